// The labelled parts of the real-world set (../shared/data/realworld): `given`, the set's own
// labelled/ posts, and the parts labelled here by the same guideline (labels.jsonl beside this
// file, `part` saying which), each with its folder and its sentences' labels, in that order.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Parts held out to judge the work, as a new batch of posts would: scored, never shown, never
 * learnt from. `fresh2` was labelled after `tune8`, before any rule looked at it.
 */
export const HELD_OUT = new Set(['fresh', 'fresh2']);

/** A file of one JSON label a line. */
export function readLabels(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** The labelled parts of the set in `dataDir`: `{ name, folder, labels }`. */
export function labelledParts(dataDir) {
  const ours = readLabels(path.join(import.meta.dirname, 'labels.jsonl'));
  return [
    { name: 'given', folder: path.join(dataDir, 'labelled'), labels: readLabels(path.join(dataDir, 'labelled', 'labels.jsonl')) },
    ...[...new Set(ours.map((l) => l.part))].map((name) => ({ name, folder: path.join(dataDir, 'digitalgov'), labels: ours.filter((l) => l.part === name) })),
  ];
}

/** A post's words, as warnings per 1,000 words count them. */
export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}
