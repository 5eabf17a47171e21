// Scores claim detection on real Markdown beyond news (../shared/data/realworld): DigitalGov posts
// whose sentences are labelled by its GUIDELINE.md (would an editor send it back with "source?").
// Labelled parts: `given`, the set's own labelled/ posts; `tune`, `check`, `tune2`, `tune3`,
// `tune4` to `tune11`, `fresh` and `fresh2`, further posts labelled here by the same guideline
// (scripts/realworld/labels.jsonl, `part` says which). `fresh` and `fresh2` are scored and never shown. A
// sentence counts as flagged when a warning or error overlaps it; precision = flagged `needs` /
// flagged, recall = flagged `needs` / `needs`; and warnings (and errors) per 1,000 words of the
// posts. See docs/detection.md.
//
//   npm run eval:realworld                          every part, and all together
//   npm run eval:realworld -- --codes               which finding codes flag which sentences
//   npm run eval:realworld -- --unlabelled          warnings per 1,000 words over the 790 unlabelled posts too
//   npm run eval:realworld -- --unlabelled --sample 40 [--seed 7]   and 40 of their warnings at random, to judge by hand
//   npm run eval:realworld -- --examples 30 [--part tune] [--only fp|fn] [--seed 2]   flagged and missed sentences
//   npm run eval:realworld -- --agreement           how far a second, independent labelling of some parts agrees with the first
//
// REALWORLD_DIR (or --data) points at a copy of the set; the default is ../shared/data/realworld.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from './polnear/engine.mjs';
import { HELD_OUT, labelledParts, readLabels, wordCount } from './realworld/parts.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    unlabelled: { type: 'boolean', default: false },
    codes: { type: 'boolean', default: false },
    agreement: { type: 'boolean', default: false },
    examples: { type: 'string', default: '0' },
    sample: { type: 'string', default: '0' },
    part: { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const dataDir = values.data ?? process.env.REALWORLD_DIR ?? path.join('..', 'shared', 'data', 'realworld');
const engine = await loadEngine();
const options = engine.createCheckOptions();

/** The warnings and errors of a document, as the writer sees them. */
function flags(text) {
  return engine.check(text, engine.EMPTY_LEDGER, options).findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
}

// The held-out parts are scored and never shown: the examples below leave them out, so that they
// stay an honest estimate of how the engine does on posts no rule was written for.
const parts = labelledParts(dataDir);

/** Scores one part: counts, and every labelled sentence with the findings over it. */
function score(part) {
  const byDoc = new Map();
  for (const l of part.labels) byDoc.set(l.doc, [...(byDoc.get(l.doc) ?? []), l]);
  const result = { tp: 0, fp: 0, fn: 0, needs: 0, sentences: part.labels.length, posts: byDoc.size, warnings: 0, words: 0, scored: [] };
  for (const [doc, sentences] of byDoc) {
    const text = readFileSync(path.join(part.folder, doc), 'utf8');
    const found = flags(text);
    result.warnings += found.length;
    result.words += wordCount(text);
    for (const s of sentences) {
      const hits = found.filter((f) => f.span.start < s.end && f.span.end > s.start);
      const flagged = hits.length > 0;
      const needs = s.label === 'needs';
      if (needs) result.needs++;
      if (flagged && needs) result.tp++;
      else if (flagged) result.fp++;
      else if (needs) result.fn++;
      result.scored.push({ ...s, part: part.name, flagged, hits, post: text });
    }
  }
  return result;
}

const f = (x) => x.toFixed(3);
function report(name, r) {
  const precision = r.tp / Math.max(1, r.tp + r.fp);
  const recall = r.tp / Math.max(1, r.tp + r.fn);
  console.log(`${name.padEnd(6)} ${String(r.posts).padStart(3)} posts ${String(r.sentences).padStart(5)} sentences ${String(r.needs).padStart(3)} need a source  tp=${r.tp} fp=${r.fp} fn=${r.fn}  precision=${f(precision)} recall=${f(recall)} warnings/1,000 words=${((r.warnings * 1000) / r.words).toFixed(1)}`);
}

const results = parts.map((part) => [part.name, score(part)]);
const total = { tp: 0, fp: 0, fn: 0, needs: 0, sentences: 0, posts: 0, warnings: 0, words: 0 };
for (const [name, r] of results) {
  report(name, r);
  for (const key of Object.keys(total)) total[key] += r[key];
}
report('all', total);
const scored = results.flatMap(([, r]) => r.scored);

if (values.codes) {
  // Per finding code and confidence: how many flagged sentences needed a source, and how many not.
  const rows = new Map();
  for (const s of scored) {
    for (const h of s.hits) {
      const key = `${h.code} ${h.claim?.speaker === undefined ? 'no speaker' : 'speaker'} ${h.claim?.confidence ?? ''}`;
      const row = rows.get(key) ?? { needs: 0, not: 0 };
      if (s.label === 'needs') row.needs++;
      else row.not++;
      rows.set(key, row);
    }
  }
  console.log('\nfinding code, speaker, confidence: sentences that need a source / that do not');
  for (const [key, row] of [...rows].sort()) console.log(`  ${key.padEnd(50)} ${row.needs} / ${row.not}`);
}

if (values.unlabelled) {
  const dir = path.join(dataDir, 'digitalgov');
  const labelled = new Set(parts.filter((p) => p.name !== 'given').flatMap((p) => p.labels.map((l) => l.doc)));
  let all = 0;
  let allWords = 0;
  const drawn = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const found = flags(text);
    all += found.length;
    allWords += wordCount(text);
    if (!labelled.has(name)) for (const f of found) drawn.push({ text, f });
  }
  console.log(`unlabelled: warnings per 1,000 words=${((all * 1000) / allWords).toFixed(1)} (${all} over ${allWords} words)`);
  let seed = Number(values.seed);
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (const { text, f } of drawn.map((d) => [random(), d]).sort((a, b) => a[0] - b[0]).slice(0, Number(values.sample)).map(([, d]) => d)) {
    const sentence = f.claim?.sentence ?? f.span;
    console.log(`- ${f.code} «${text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ').slice(0, 70)}»\n    ${text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}

if (values.agreement) {
  // A second annotator labelled some parts again, blind to the first labels and to the engine
  // (scripts/realworld/second.jsonl): what two editors agree on bounds what the engine can. For
  // `tune4`, `tune5` and `tune6` the labels it is compared with are the adjudicated ones (docs/detection.md).
  const first = new Map(parts.flatMap((p) => p.labels).map((l) => [l.id, l.label === 'needs']));
  const second = readLabels(path.join(import.meta.dirname, 'realworld', 'second.jsonl'));
  console.log('\nsecond labelling against the first (`needs` or not):');
  for (const name of new Set(second.map((l) => l.part))) {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const l of second.filter((x) => x.part === name)) {
      const a = first.get(l.id);
      if (a === undefined) throw new Error(`${l.id}: in second.jsonl but not in labels.jsonl`);
      const b = l.label === 'needs';
      c[a && b ? 'tp' : b ? 'fp' : a ? 'fn' : 'tn']++;
    }
    const n = c.tp + c.fp + c.fn + c.tn;
    const observed = (c.tp + c.tn) / n;
    const chance = ((c.tp + c.fp) * (c.tp + c.fn) + (c.tn + c.fn) * (c.tn + c.fp)) / n ** 2;
    console.log(`${name.padEnd(6)} ${String(n).padStart(5)} sentences  needs: first ${c.tp + c.fn}, second ${c.tp + c.fp}, both ${c.tp}  precision=${f(c.tp / (c.tp + c.fp))} recall=${f(c.tp / (c.tp + c.fn))} F1=${f((2 * c.tp) / (2 * c.tp + c.fp + c.fn))} kappa=${f((observed - chance) / (1 - chance))}`);
  }
}

const wanted = Number(values.examples);
if (wanted > 0) {
  // A fixed shuffle, so that a run can be compared with the next.
  let seed = Number(values.seed);
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pool = scored.filter((s) => !HELD_OUT.has(s.part) && (values.part === undefined || s.part === values.part));
  const pick = (kind) => pool.filter((s) => (kind === 'fp' ? s.flagged && s.label !== 'needs' : !s.flagged && s.label === 'needs')).sort(() => random() - 0.5).slice(0, wanted);
  for (const kind of values.only ? [values.only] : ['fp', 'fn']) {
    console.log(`\n${kind === 'fp' ? 'flagged, no source needed' : 'missed'}:`);
    for (const s of pick(kind)) {
      const why = s.hits.map((h) => `${h.code} «${s.post.slice(h.span.start, h.span.end).replace(/\s+/g, ' ').slice(0, 80)}»${h.claim?.speaker ? ` speaker «${h.claim.speaker}»` : ''} ${h.claim?.confidence ?? ''}`).join('; ');
      console.log(`- [${s.part} ${s.label}${s.key ? `: ${s.key}` : ''}] ${s.text.replace(/\s+/g, ' ').slice(0, 200)}${why ? `\n    ${why}` : ''}`);
    }
  }
}
