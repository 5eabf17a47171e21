// How long matching one sentence against a newsroom's claims file takes, in process, for claims
// files of 100,000 entries:
// - "generated": every phrase shares one wording with a figure ("generated phrase N", the worst
//   case for the index of changed figures), and sentences that match an entry, change its figure,
//   or match nothing. Each look-up is timed alone, then all from one reading of the sentence (phrases,
//   changed figures and similar claims), as a check makes them.
// - "newsroom-like": the 38 claims of scripts/matching reworded again and again, each word kept or
//   replaced by one of 20,000 made-up words drawn as often as words are in prose (Zipf), each figure
//   replaced: real words are then in thousands of entries, which is the hard case for finding
//   similar claims. Every sentence of scripts/matching is looked up against it.
// The goal is 200 µs a sentence.
// Usage: npm run bench:matching [-- --rounds 2000]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateClaims, rng } from './generate.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2000' } } });
const ROUNDS = Number(values.rounds);
const out = join(import.meta.dirname, '.cache', 'matching-core.cjs');
const ENTRY = `export * from './server/src/core';
export * from './server/src/core/ledger';`;
await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const core = createRequire(import.meta.url)(out);

/** The median and 95th percentile of `fn`'s time, in µs, over ROUNDS calls after a warm-up. */
function time(fn, rounds = ROUNDS) {
  for (let i = 0; i < 100; i++) fn();
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    samples.push((performance.now() - t) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
}
const shown = ({ median, p95 }) => `${median.toFixed(1)} µs (p95 ${p95.toFixed(1)})`;

/** The ledger of a claims file, and how long reading it and indexing its entries took. */
function ledgerOf(text) {
  const started = performance.now();
  const { entries } = core.parseLedger(text);
  const read = performance.now();
  const ledger = core.createLedger(entries);
  const took = `read in ${(read - started).toFixed(0)} ms, indexed in ${(performance.now() - read).toFixed(0)} ms`;
  // Indexing leaves the heap to sweep: collected now, it is not timed as the first sentences' cost.
  globalThis.gc?.();
  return { ledger, took };
}

const generated = ledgerOf(generateClaims(100_000));
const SENTENCES = {
  'matches an entry': 'The minister said that generated phrase 99995 was the figure for last year.',
  'a figure no entry gives (its wording has 100,000)': 'Officials cited generated phrase 123456 in the report of 3 May, a figure nobody checked.',
  'matches nothing': 'The 15-month conflict has displaced 3,000 families, $3.2 billion in aid has been pledged and 45% of voters approve.',
};
console.log(`generated: 100,000 entries ${generated.took}`);
console.log('| sentence | match phrases | changed figures | all, one reading (what a check does) |');
console.log('|---|---|---|---|');
for (const [what, text] of Object.entries(SENTENCES)) {
  const { ledger } = generated;
  console.log(`| ${what} | ${shown(time(() => ledger.findMatches(text)))} | ${shown(time(() => ledger.findFigureMismatches(text)))} | ${shown(time(() => ledger.lookUp(text)))} |`);
}

/** The claims of scripts/matching reworded into `count` entries (see the top of this file). */
function newsroomClaims(count) {
  const real = core.parseLedger(readFileSync(join(import.meta.dirname, '..', 'scripts', 'matching', 'claims.yaml'), 'utf8')).entries;
  const next = rng(21);
  // Zipf: the word of rank r is drawn with a chance proportional to 1 / r.
  const VOCABULARY = 20_000;
  const cumulative = [];
  for (let r = 1, sum = 0; r <= VOCABULARY; r++) cumulative.push((sum += 1 / r));
  const total = cumulative.at(-1);
  const word = () => {
    const x = next() * total;
    let low = 0;
    for (let high = VOCABULARY - 1; low < high; ) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < x) low = mid + 1;
      else high = mid;
    }
    return `w${low.toString(36)}`;
  };
  const reword = (text) => text.replace(/[\p{L}\p{N}.,£$%-]+/gu, (w) => (/\d/.test(w) ? String(Math.floor(next() * 100_000)) : next() < 0.5 ? w : word()));
  const lines = ['claims:'];
  for (let i = 0; i < count; i++) {
    const base = real[i % real.length];
    lines.push(`  - id: claim-${i}`, `    claim: ${JSON.stringify(reword(base.claim ?? ''))}`, `    match: ${JSON.stringify(base.match.map(reword))}`, '    rating: true', `    sources: [https://example.org/${i}]`);
  }
  return lines.join('\n') + '\n';
}

const newsroom = ledgerOf(newsroomClaims(100_000));
const sentences = readFileSync(join(import.meta.dirname, '..', 'scripts', 'matching', 'sentences.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const perSentence = sentences.map((text) => time(() => newsroom.ledger.lookUp(text), Math.ceil(ROUNDS / 10)));
const medians = perSentence.map((t) => t.median).sort((a, b) => a - b);
const p95s = perSentence.map((t) => t.p95).sort((a, b) => a - b);
console.log(`\nnewsroom-like: 100,000 entries ${newsroom.took}`);
console.log(`| ${sentences.length} sentences of scripts/matching, one reading each | median of the medians | slowest median | slowest p95 |`);
console.log('|---|---|---|---|');
console.log(`| all look-ups (phrases, changed figures, similar claims) | ${medians[Math.floor(medians.length / 2)].toFixed(1)} µs | ${medians.at(-1).toFixed(1)} µs | ${p95s.at(-1).toFixed(1)} µs |`);
