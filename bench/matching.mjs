// How long matching one sentence against a newsroom's claims file takes, in process: a claims file
// of 100,000 entries whose phrases all share one wording with a figure ("generated phrase N", the
// worst case for the index of changed figures), and sentences that match an entry, change its
// figure, or match nothing. Each look-up is timed alone, then both from one reading of the
// sentence, as a check makes them. The goal is 200 µs a sentence.
// Usage: npm run bench:matching [-- --rounds 2000]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateClaims } from './generate.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2000' } } });
const ROUNDS = Number(values.rounds);
const out = join(import.meta.dirname, '.cache', 'matching-core.cjs');
await build({ entryPoints: ['server/src/core/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const core = createRequire(import.meta.url)(out);

const started = performance.now();
const ledger = core.createLedger(core.parseLedger(generateClaims(100_000)).entries);
const indexMs = performance.now() - started;

const SENTENCES = {
  'matches an entry': 'The minister said that generated phrase 99995 was the figure for last year.',
  'a figure no entry gives (its wording has 100,000)': 'Officials cited generated phrase 123456 in the report of 3 May, a figure nobody checked.',
  'matches nothing': 'The 15-month conflict has displaced 3,000 families, $3.2 billion in aid has been pledged and 45% of voters approve.',
};
console.log(`100,000 entries indexed in ${indexMs.toFixed(0)} ms (parse and index)`);
console.log('| sentence | match phrases | changed figures | both, one reading (what a check does) |');
console.log('|---|---|---|---|');
for (const [what, text] of Object.entries(SENTENCES)) {
  const time = (fn) => {
    for (let i = 0; i < 100; i++) fn();
    const samples = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      fn();
      samples.push((performance.now() - t) * 1000);
    }
    samples.sort((a, b) => a - b);
    return `${samples[Math.floor(samples.length / 2)].toFixed(1)} µs (p95 ${samples[Math.floor(samples.length * 0.95)].toFixed(1)})`;
  };
  const matches = time(() => ledger.findMatches(text));
  const figures = time(() => ledger.findFigureMismatches(text));
  const both = time(() => ledger.lookUp(text));
  console.log(`| ${what} | ${matches} | ${figures} | ${both} |`);
}
