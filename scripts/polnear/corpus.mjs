// PolNeAR for the detection eval: reads a corpus directory, the gold attribution spans of each
// article, and scores predicted spans sentence by sentence. It follows the shared scorer
// (../shared/tools/polnear-eval) rule for rule, so the two print the same numbers on the same run:
// gold = Cue and Content spans of the first annotator file by name; a sentence is positive when a
// span overlaps it; sentences come from the scorer's fixed segmentation, not the engine's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const GOLD_TYPES = new Set(['Cue', 'Content']);

/** The `<split>/text` and `<split>/attributions` folders of a PolNeAR directory. */
export function openCorpus(dir, split) {
  const abs = path.resolve(dir);
  for (const root of [path.join(abs, 'data'), abs]) {
    if (existsSync(path.join(root, split, 'text'))) return path.join(root, split);
  }
  throw new Error(`no PolNeAR "${split}" split under ${abs} (want data/${split}/text or ${split}/text); set POLNEAR_DIR`);
}

/** Every article of a split, sorted by name, with its text and gold spans. */
export function readArticles(splitDir) {
  const anns = readdirSync(path.join(splitDir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const annFile = new Map();
  for (const f of anns) {
    const m = /^(.*)_[0-9a-f]{4}\.ann$/.exec(f);
    if (m && !annFile.has(m[1])) annFile.set(m[1], f);
  }
  const names = readdirSync(path.join(splitDir, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return names.map((name) => {
    const text = readFileSync(path.join(splitDir, 'text', `${name}.txt`), 'utf8');
    const ann = annFile.get(name);
    const entities = ann ? parseBrat(readFileSync(path.join(splitDir, 'attributions', ann), 'utf8')) : [];
    const toIndex = codePointIndex(text);
    const gold = entities.filter((e) => GOLD_TYPES.has(e.type)).flatMap((e) => e.spans.map(([a, b]) => [toIndex(a), toIndex(b)]));
    return { name, text, gold, entities: entities.map((e) => ({ ...e, spans: e.spans.map(([a, b]) => [toIndex(a), toIndex(b)]) })) };
  });
}

/**
 * Articles to score. `tune` and `check` split the articles 600/240 by position (every 7th and the
 * one after it are held back for `check`), so rules tuned on one part can be checked on the other.
 * `sample` picks every (n/k)th article, as the shared scorer's `--sample k` does.
 */
export function chooseArticles(articles, { part = 'all', sample = 0 } = {}) {
  let chosen = articles;
  if (sample > 0 && sample < articles.length) chosen = Array.from({ length: sample }, (_, i) => articles[Math.floor((i * articles.length) / sample)]);
  if (part === 'tune') return chosen.filter((_, i) => i % 7 >= 2);
  if (part === 'check') return chosen.filter((_, i) => i % 7 < 2);
  if (part !== 'all') throw new Error(`part must be all, tune or check, not "${part}"`);
  return chosen;
}

/** brat standoff text-bound annotations; offsets are code points, fragments of a discontinuous span listed apart. */
function parseBrat(ann) {
  const entities = [];
  for (const line of ann.split('\n')) {
    const m = /^T\d+\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) entities.push({ type: m[1], spans: m[2].split(';').map((s) => s.trim().split(/\s+/).map(Number)) });
  }
  return entities;
}

function codePointIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[Math.min(i, map.length - 1)];
}

// The shared scorer's segmentation: each line is a block; a sentence ends after [.!?]+ and closing
// quotes or brackets followed by white space, except after a listed abbreviation or an initial.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'st', 'jr', 'sr', 'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'gen', 'lt',
  'col', 'maj', 'capt', 'sgt', 'cmdr', 'adm', 'atty', 'supt', 'insp', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'corp',
  'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'd.c', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s.a', 'n.y', 'l.a',
]);

export function segmentSentences(text) {
  const out = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const boundary = /[.!?]+["'”’)\]]*(?=\s)/g;
    let start = 0;
    for (let m = boundary.exec(line); m !== null; m = boundary.exec(line)) {
      const end = m.index + m[0].length;
      if (m[0][0] === '.' && isAbbreviation(line, m.index)) continue;
      push(text, lineStart + start, lineStart + end, out);
      start = end;
    }
    push(text, lineStart + start, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function isAbbreviation(line, dot) {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(line[i - 1])) i--;
  const word = line.slice(i, dot);
  return word !== '' && (/^[A-Z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase()));
}

function push(text, start, end, out) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

const overlaps = (a0, a1, b0, b1) => a0 < b1 && a1 > b0;

/** Each sentence of an article with whether gold and prediction touch it; `predicted` are [start, end) offsets. */
export function scoreArticle(article, predicted) {
  return segmentSentences(article.text).map((s) => ({
    ...s,
    gold: article.gold.some(([a, b]) => overlaps(a, b, s.start, s.end)),
    pred: predicted.some(([a, b]) => overlaps(a, b === a ? a + 1 : b, s.start, s.end)),
  }));
}

/** Recall, precision, F1, MCC and share flagged over scored sentences. */
export function metrics(sentences) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const s of sentences) {
    if (s.gold && s.pred) tp++;
    else if (s.pred) fp++;
    else if (s.gold) fn++;
    else tn++;
  }
  const ratio = (a, b) => (b ? a / b : 0);
  const recall = ratio(tp, tp + fn);
  const precision = ratio(tp, tp + fp);
  const d = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return {
    sentences: sentences.length, tp, fp, fn, tn, recall, precision,
    f1: ratio(2 * precision * recall, precision + recall),
    mcc: d ? (tp * tn - fp * fn) / d : 0,
    flagged: ratio(tp + fp, sentences.length),
  };
}
