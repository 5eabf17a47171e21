// What claim detection costs next to Markdown parsing, on the PolNeAR training articles: parse
// (remark parse and prose extraction) against sentence splitting plus every detector over every
// sentence. The goal is detection within a quarter of the parse time.
//
//   npm run bench:detection [-- --rounds 5]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCorpus, readArticles } from './polnear/corpus.mjs';
import { loadEngine } from './polnear/engine.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const engine = await loadEngine();
const articles = readArticles(openCorpus(process.env.POLNEAR_DIR ?? path.join('..', 'shared', 'data', 'polnear'), 'train'));
const options = engine.createCheckOptions();

const parsed = articles.map((a) => engine.extractProse(engine.parseMarkdown(a.text), a.text));
let claims = 0;
const parse = [];
const detect = [];
// Each phase starts on a collected heap, so that neither pays for the other's garbage.
const collect = globalThis.gc ?? (() => {});
for (let round = 0; round < Number(values.rounds); round++) {
  collect();
  let t = performance.now();
  for (const a of articles) engine.extractProse(engine.parseMarkdown(a.text), a.text);
  parse.push(performance.now() - t);
  collect();
  t = performance.now();
  claims = 0;
  for (const blocks of parsed) {
    for (const block of blocks) for (const sentence of engine.splitSentences(block.text)) claims += engine.detectClaims(block.text, sentence, options).length;
  }
  detect.push(performance.now() - t);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chars = articles.reduce((n, a) => n + a.text.length, 0);
console.log(`${articles.length} articles, ${(chars / 1e6).toFixed(1)} M characters, ${claims} claims; median of ${values.rounds} rounds`);
console.log(`parse ${median(parse).toFixed(0)} ms, detection ${median(detect).toFixed(0)} ms: detection adds ${((median(detect) / median(parse)) * 100).toFixed(1)}% to the parse`);
