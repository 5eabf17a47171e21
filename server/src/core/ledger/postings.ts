import type { Bags } from './bags';
import { isMeasureWord } from './figureWords';

// The index of similar claims' lists of entries by term (see ./similar): where each term is, how
// much it weighs there (BM25), and what each entry holds in all.

// BM25's usual constants: how fast a term's repeats saturate, and how much an entry's length counts.
const K1 = 1.2;
const B = 0.75;

/**
 * The places of an entry's values in `Postings.entryWeights`, from `ENTRY_WEIGHTS * e`, in pairs
 * that lie in one line of memory: with SLOT, a look-up's own (see ./candidates), the values a
 * candidate needs most; then those it may need.
 */
export const ENTRY_WEIGHTS = 4;
export const CLAIM_WORDS = 0;
export const SLOT = 1;
export const TOTAL = 2;
export const HAS_FIGURE = 3;

export interface Postings {
  /** Each term's entries, in entry order (so that one is found by binary search): term `t`'s from `offsets[t]` to `offsets[t + 1]`. */
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
  /** By posting: the term's BM25 weight in the entry. */
  readonly weights: Float32Array;
  /** By posting: whether the entry's claim has the term, and whether every wording of the entry has it (see ./bags). */
  readonly inClaim: Uint8Array;
  readonly key: Uint8Array;
  /** By posting: which of the entry's figure phrases have the term, a bit each (see ./bags). */
  readonly phrases: Uint8Array;
  /** By term: in how many entries it is; its weight in the entry where it weighs most; whether it is a word of change. */
  readonly df: Int32Array;
  readonly heaviest: Float32Array;
  /**
   * Words of change ("rose", "fell", "grew") say how a figure moved, not what it is of: they add to
   * a score, but are not the word of its own a sentence must share, nor a word the entry is known by.
   */
  readonly changeTerms: Uint8Array;
  /**
   * By entry, side by side (a candidate's read from one place in memory, not several): its claim's
   * words' weight, figures and words of change ("rose", "ran") aside; a place left to a look-up;
   * its whole weight; 1 if it states a figure.
   */
  readonly entryWeights: Float64Array;
  /** By entry: how many words (not figures) it has in every wording. */
  readonly keyCounts: Uint8Array;
  /** Each entry's first figure phrase, and the end; and each figure phrase's number of distinct terms. */
  readonly phraseStarts: Int32Array;
  readonly phraseSizes: Uint8Array;
}

/** The lists of the `bags` of `n` entries. */
export function postingsOf(bags: Bags, n: number): Postings {
  const { termIds, figureTerms, entryTerms, entryCounts, entryInClaim, entryKey, entryPhrases, starts, lengths } = bags;
  const changeTerms = Uint8Array.from(termIds.keys(), (term, t) => (!figureTerms[t] && isMeasureWord(term) ? 1 : 0));
  const df = new Int32Array(termIds.size);
  for (const id of entryTerms) df[id] = (df[id] ?? 0) + 1;
  const offsets = new Int32Array(termIds.size + 1);
  for (let t = 0; t < termIds.size; t++) offsets[t + 1] = (offsets[t] ?? 0) + (df[t] ?? 0);
  const postings = new Int32Array(entryTerms.length);
  const counts = new Uint16Array(entryTerms.length);
  const inClaim = new Uint8Array(entryTerms.length);
  const key = new Uint8Array(entryTerms.length);
  const phrases = new Uint8Array(entryTerms.length);
  const keyCounts = new Uint8Array(n);
  const filled = offsets.slice(0, termIds.size);
  for (let e = 0; e < n; e++) {
    for (let k = starts[e] ?? 0; k < (starts[e + 1] ?? 0); k++) {
      const t = entryTerms[k] ?? 0;
      const at = filled[t] ?? 0;
      filled[t] = at + 1;
      postings[at] = e;
      counts[at] = Math.min(entryCounts[k] ?? 1, 0xffff);
      inClaim[at] = entryInClaim[k] ? 1 : 0;
      key[at] = entryKey[k] ? 1 : 0;
      phrases[at] = entryPhrases[k] ?? 0;
      if (entryKey[k] && !figureTerms[t] && !changeTerms[t]) keyCounts[e] = Math.min(0xff, (keyCounts[e] ?? 0) + 1);
    }
  }

  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const weights = new Float32Array(entryTerms.length);
  const heaviest = new Float32Array(termIds.size);
  const entryWeights = new Float64Array(ENTRY_WEIGHTS * n);
  for (let t = 0; t < termIds.size; t++) {
    const d = df[t] ?? 0;
    const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
    for (let at = offsets[t] ?? 0; at < (offsets[t + 1] ?? 0); at++) {
      const e = postings[at] ?? 0;
      const count = counts[at] ?? 1;
      const w = (idf * count * (K1 + 1)) / (count + K1 * (1 - B + (B * (lengths[e] ?? 0)) / averageLength));
      weights[at] = w;
      heaviest[t] = Math.max(heaviest[t] ?? 0, w);
      const x = ENTRY_WEIGHTS * e;
      entryWeights[x + TOTAL] = (entryWeights[x + TOTAL] ?? 0) + w;
      if (!figureTerms[t] && !changeTerms[t] && inClaim[at] === 1) entryWeights[x + CLAIM_WORDS] = (entryWeights[x + CLAIM_WORDS] ?? 0) + w;
      if (figureTerms[t]) entryWeights[x + HAS_FIGURE] = 1;
    }
  }
  return {
    offsets,
    postings,
    weights,
    inClaim,
    key,
    phrases,
    df,
    heaviest,
    changeTerms,
    entryWeights,
    keyCounts,
    phraseStarts: Int32Array.from(bags.phraseStarts),
    phraseSizes: Uint8Array.from(bags.phraseSizes, (size) => Math.min(size, 0xff)),
  };
}

/** Where entry `e` is among term `t`'s entries in `postings`, or -1. */
export function findPosting({ offsets, postings }: Postings, t: number, e: number): number {
  let low = offsets[t] ?? 0;
  let high = (offsets[t + 1] ?? 0) - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const found = postings[mid] ?? 0;
    if (found === e) return mid;
    if (found < e) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
