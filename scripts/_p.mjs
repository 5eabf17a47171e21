import { readFileSync } from 'node:fs';
import { loadEngine } from './polnear/engine.mjs';
import { warningsOf } from './judge/examples.mjs';
const engine = await loadEngine();
const model = JSON.parse(readFileSync('server/src/core/claims/judge/judge-model.json','utf8'));
const off = { ...engine.createCheckOptions(), judge: false };
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const { voice, judged } = warningsOf(engine, text, off);
  console.log(f, voice.join(' '));
  for (const w of judged) { let z = model.bias; for (const x of engine.judgeFeatures(w.features, voice)) z += model.weights[x] ?? 0; console.log('  ', (1/(1+Math.exp(-z))).toFixed(2), JSON.stringify(text.slice(w.span.start, w.span.end)).slice(0,60), w.features.join(' ')); }
}
