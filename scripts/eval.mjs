// Scores claim detection on PolNeAR: every sentence the project's server flags against every
// sentence annotators marked as holding an attribution (a cue or its content). See docs/detection.md.
//
//   npm run eval                                  all training articles, over LSP (dist/server.js)
//   node scripts/eval.mjs --part tune|check       the 600-article tuning part or the 240 held back
//   node scripts/eval.mjs --fast                  the engine in-process: same numbers, much faster
//   node scripts/eval.mjs --examples 40 [--only fn|fp] [--seed 3]   print missed and wrongly flagged sentences
//   node scripts/eval.mjs --code unsourced-attribution              count one finding code only
//   node scripts/eval.mjs --warnings                                count warnings and errors only, not information
//   node scripts/eval.mjs --fast --underlines                       how many attribution underlines touch an annotation
//   node scripts/eval.mjs --fast --calibration    how often a claim's sentence is truly attributed, by confidence
//
// POLNEAR_DIR (or --data) points at a PolNeAR copy; the default is ../shared/data/polnear.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chooseArticles, metrics, openCorpus, readArticles, scoreArticle } from './polnear/corpus.mjs';
import { diagnoseOverLsp } from './polnear/lsp.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    split: { type: 'string', default: 'train' },
    part: { type: 'string', default: 'all' },
    sample: { type: 'string', default: 'all' },
    server: { type: 'string', default: `node ${JSON.stringify(path.resolve('dist/server.js'))} --stdio` },
    fast: { type: 'boolean', default: false },
    code: { type: 'string' },
    examples: { type: 'string', default: '0' },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    calibration: { type: 'boolean', default: false },
    warnings: { type: 'boolean', default: false },
    underlines: { type: 'boolean', default: false },
  },
});

if (values.split !== 'train' && values.examples !== '0') throw new Error('examples are for error analysis on the training split only');
const dataDir = values.data ?? process.env.POLNEAR_DIR ?? path.join('..', 'shared', 'data', 'polnear');
const all = readArticles(openCorpus(dataDir, values.split));
const articles = chooseArticles(all, { part: values.part, sample: values.sample === 'all' ? 0 : Number(values.sample) });

const started = performance.now();
const { results, how } = values.fast ? await diagnoseInProcess(articles) : await diagnoseWithServer(articles);
const elapsed = performance.now() - started;

const scored = [];
for (const article of articles) {
  const kept = (results.get(article.name) ?? []).filter((d) => (!values.code || d.code === values.code) && (!values.warnings || isWarning(d.severity)));
  for (const s of scoreArticle(article, kept.map((d) => d.span))) scored.push({ ...s, article });
}
const m = metrics(scored);
const f = (x) => x.toFixed(3);
console.log(`PolNeAR ${values.split} (${values.part}): ${articles.length} articles, ${m.sentences} sentences, ${how} in ${Math.round(elapsed)} ms`);
console.log(`tp=${m.tp} fp=${m.fp} fn=${m.fn} tn=${m.tn}`);
console.log(`recall=${f(m.recall)} precision=${f(m.precision)} f1=${f(m.f1)} mcc=${f(m.mcc)} flagged=${f(m.flagged)}`);
printExamples(scored, Number(values.examples));
if (values.underlines) printUnderlines();
if (values.calibration) printCalibration();
if (values.out) writeFileSync(values.out, JSON.stringify({ split: values.split, part: values.part, articles: articles.length, how, ...m }, null, 2) + '\n');

/** A warning or error, as the engine names severities or as LSP numbers them. */
function isWarning(severity) {
  return severity === 'warning' || severity === 'error' || severity === 1 || severity === 2;
}

async function diagnoseWithServer(docs) {
  const { results, wallMs } = await diagnoseOverLsp(values.server, docs.map((a) => ({ name: a.name, text: a.text })));
  return { results, how: `LSP (${values.server}, ${Math.round(wallMs)} ms in session)` };
}

/** The engine bundled from source and called directly, without a claims file, like the server in an empty folder. */
async function diagnoseInProcess(docs) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fact-check-eval-'));
  try {
    const file = path.join(dir, 'core.cjs');
    await build({ entryPoints: ['server/src/core/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: file, logLevel: 'warning' });
    const core = createRequire(import.meta.url)(file);
    const options = core.createCheckOptions();
    const results = new Map();
    for (const a of docs) {
      const { findings } = core.check(a.text, core.EMPTY_LEDGER, options);
      results.set(a.name, findings.map((x) => ({ span: [x.span.start, x.span.end], severity: x.severity, code: x.code, confidence: x.claim?.confidence })));
    }
    return { results, how: 'in-process' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the attribution underlines cover: the share that overlap an annotated cue, source or
 * content, and how many are a lone function word ("about", "that"), which names no claim.
 */
function printUnderlines() {
  const lone = /^(?:a|an|the|of|to|in|on|at|for|by|with|about|as|that|this|these|those|it|its|and|or|but|if|so|than|then|there|here|what|which|who|whom|whose)$/i;
  let count = 0;
  let covered = 0;
  let functionWords = 0;
  for (const article of articles) {
    const annotated = article.entities.flatMap((e) => e.spans);
    for (const d of results.get(article.name) ?? []) {
      if (d.code !== 'unsourced-attribution' || (values.warnings && !isWarning(d.severity))) continue;
      const [a, b] = d.span;
      count++;
      if (annotated.some(([x, y]) => x < b && y > a)) covered++;
      if (lone.test(article.text.slice(a, b).trim())) functionWords++;
    }
  }
  console.log(`attribution underlines: ${count}, overlapping an annotated cue, source or content: ${(covered / count).toFixed(3)}, a lone function word: ${functionWords}`);
}

/** A reproducible shuffle of the missed and wrongly flagged sentences. */
function printExamples(sentences, n) {
  if (n <= 0) return;
  let state = Number(values.seed) >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (const [label, wanted] of [['FN', (s) => s.gold && !s.pred], ['FP', (s) => s.pred && !s.gold]]) {
    if (values.only && values.only !== label.toLowerCase()) continue;
    const pool = sentences.filter(wanted);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    console.log(`--- ${label} (${pool.length})`);
    for (const s of pool.slice(0, n)) console.log(`${label}: ${s.article.text.slice(s.start, s.end)}`);
  }
}

/**
 * For each finding code and confidence step, the share of findings whose sentence annotators
 * marked as attributed: what a confidence means on real news. Needs the in-process run.
 */
function printCalibration() {
  if (!values.fast) throw new Error('--calibration needs --fast: confidences are not sent over LSP');
  const bins = new Map();
  for (const article of articles) {
    const sentences = scoreArticle(article, []);
    for (const d of results.get(article.name) ?? []) {
      if (d.confidence === undefined) continue;
      const [a, b] = d.span;
      const gold = sentences.some((s) => s.gold && a < s.end && Math.max(b, a + 1) > s.start);
      const key = `${d.code} ${(Math.floor(d.confidence * 10) / 10).toFixed(1)}`;
      const bin = bins.get(key) ?? { n: 0, gold: 0 };
      bin.n++;
      if (gold) bin.gold++;
      bins.set(key, bin);
    }
  }
  console.log('--- calibration: code, confidence step, findings, share in attributed sentences');
  for (const [key, bin] of [...bins].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`${key}\t${bin.n}\t${(bin.gold / bin.n).toFixed(2)}`);
}
