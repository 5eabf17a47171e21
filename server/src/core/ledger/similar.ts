import { normalizeTokens, type NormToken } from '../text/normalize';
import { Stems, termsOf, type Term } from '../text/terms';
import type { LedgerEntry, Span } from '../types';

// Reworded claims: which claims-file entry a sentence words otherwise, by lexical retrieval. Each
// entry is a bag of the terms of its claim and its match phrases (see ../text/terms), weighted as
// BM25 weights a document's terms; a sentence's score for an entry is the share of the entry's
// weight that the sentence's terms hold: 1 when the sentence has every term of the entry, whatever
// else it says, and in what order. An entry that states a figure is a candidate only for a sentence
// that gives that figure (the same words around another figure are another claim, or a changed one),
// and any entry only for a sentence that shares a word with it (a figure alone is of anything).

/** A claims-file entry whose terms a sentence shares, and which of its words they are. */
export interface SimilarEntry {
  readonly entryId: string;
  /** The share of the entry's weight that the sentence holds, from 0 to 1. */
  readonly score: number;
  /** Whether the score is high enough to count as a match, not only as an offer. */
  readonly confident: boolean;
  /** The sentence's words and figures that the entry has, as the sentence writes them, in its order. */
  readonly shared: ReadonlyArray<{ readonly text: string; readonly span: Span; readonly figure: boolean }>;
}

export interface SimilarIndex {
  /** The entry most like the text whose `tokens` these are, when its score is at least `least`. */
  mostSimilar(text: string, tokens: readonly NormToken[], least?: number): SimilarEntry | undefined;
}

/**
 * The scores from which an entry is offered as similar, and from which it counts as a match. Chosen
 * on the labelled sentences of scripts/matching (npm run eval:matching, see docs/claims-file.md): the
 * lowest scores at which at most one in fifty unrelated sentences gets an offer, and at which no
 * sentence is matched to the wrong entry, with a margin.
 */
export const OFFER_SCORE = 0.55;
export const MATCH_SCORE = 0.7;

// BM25's usual constants: how fast a term's repeats saturate, and how much an entry's length counts.
const K1 = 1.2;
const B = 0.75;

/**
 * A term in more than this share of the entries (and more than MIN_COMMON) does not by itself make
 * an entry a candidate: it only adds to the score of entries that rarer terms found. Such a term
 * weighs little, and walking its entries would cost a look-up in a large claims file its budget.
 */
const COMMON_SHARE = 0.01;
const MIN_COMMON = 64;

/**
 * A sentence is compared by its rarest terms, at most this many: more than a claim's sentence has,
 * and a bound on what a run-on "sentence" of thousands of words costs.
 */
const MAX_TERMS = 64;

/** Indexes the terms of `entries` (ids unique), in the order given. */
export function createSimilarIndex(entries: readonly LedgerEntry[]): SimilarIndex {
  const stems = new Stems();
  const termIds = new Map<string, number>();
  const figureTerms: boolean[] = [];
  // Each entry's distinct terms and how often it uses each, one after another (`starts` marks each entry's first).
  const entryTerms: number[] = [];
  const entryCounts: number[] = [];
  const starts: number[] = [];
  const lengths = new Float64Array(entries.length);
  // Where each term of the entry being read stands in `entryTerms`: one map for all, cleared for each.
  const slot = new Map<number, number>();
  entries.forEach((entry, e) => {
    starts.push(entryTerms.length);
    slot.clear();
    for (const wording of [entry.claim ?? '', ...entry.match]) {
      for (const { term, figure } of termsOf(normalizeTokens(wording), stems)) {
        let id = termIds.get(term);
        if (id === undefined) {
          termIds.set(term, (id = termIds.size));
          figureTerms.push(figure);
        }
        const k = slot.get(id);
        if (k === undefined) {
          slot.set(id, entryTerms.length);
          entryTerms.push(id);
          entryCounts.push(1);
        } else {
          entryCounts[k] = (entryCounts[k] ?? 0) + 1;
        }
        lengths[e] = (lengths[e] ?? 0) + 1;
      }
    }
  });
  starts.push(entryTerms.length);

  // The entries of each term, in entry order (so that one is found by binary search), and the term's count in each.
  const df = new Int32Array(termIds.size);
  for (const id of entryTerms) df[id] = (df[id] ?? 0) + 1;
  const offsets = new Int32Array(termIds.size + 1);
  for (let t = 0; t < termIds.size; t++) offsets[t + 1] = (offsets[t] ?? 0) + (df[t] ?? 0);
  const postings = new Int32Array(entryTerms.length);
  const postingCounts = new Uint16Array(entryTerms.length);
  const filled = offsets.slice(0, termIds.size);
  for (let e = 0; e < entries.length; e++) {
    for (let k = starts[e] ?? 0; k < (starts[e + 1] ?? 0); k++) {
      const t = entryTerms[k] ?? 0;
      const at = filled[t] ?? 0;
      filled[t] = at + 1;
      postings[at] = e;
      postingCounts[at] = Math.min(entryCounts[k] ?? 1, 0xffff);
    }
  }

  // Each term's BM25 weight in each of its entries; each entry's whole weight, and whether it states a figure.
  const n = entries.length;
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const weights = new Float32Array(entryTerms.length);
  const totals = new Float64Array(n);
  const hasFigure = new Uint8Array(n);
  for (let t = 0; t < termIds.size; t++) {
    const d = df[t] ?? 0;
    const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
    for (let at = offsets[t] ?? 0; at < (offsets[t + 1] ?? 0); at++) {
      const e = postings[at] ?? 0;
      const count = postingCounts[at] ?? 1;
      const w = (idf * count * (K1 + 1)) / (count + K1 * (1 - B + (B * (lengths[e] ?? 0)) / averageLength));
      weights[at] = w;
      totals[e] = (totals[e] ?? 0) + w;
      if (figureTerms[t]) hasFigure[e] = 1;
    }
  }
  const common = Math.max(MIN_COMMON, n * COMMON_SHARE);

  /** Where entry `e` is among term `t`'s entries, or -1. */
  const postingOf = (t: number, e: number): number => {
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
  };

  // A look-up's scratch: each candidate's score and counts of shared figures and words, zero again after each look-up.
  const scores = new Float64Array(n);
  const figures = new Uint16Array(n);
  const words = new Uint16Array(n);

  return {
    mostSimilar(text, tokens, least = OFFER_SCORE) {
      if (n === 0) return undefined;
      const terms = distinctKnown(termsOf(tokens, stems), termIds)
        .sort((a, b) => (df[a.id] ?? 0) - (df[b.id] ?? 0))
        .slice(0, MAX_TERMS);
      // The candidates are the entries of the rarer terms; the common terms add to their scores.
      const candidates: number[] = [];
      for (const { id, figure } of terms) {
        const add = (e: number, at: number): void => {
          scores[e] = (scores[e] ?? 0) + (weights[at] ?? 0);
          if (figure) figures[e] = (figures[e] ?? 0) + 1;
          else words[e] = (words[e] ?? 0) + 1;
        };
        const from = offsets[id] ?? 0;
        const to = offsets[id + 1] ?? 0;
        if (to - from <= common) {
          for (let at = from; at < to; at++) {
            const e = postings[at] ?? 0;
            if (scores[e] === 0) candidates.push(e);
            add(e, at);
          }
        } else if (candidates.length * Math.log2(to - from) < to - from) {
          for (const e of candidates) {
            const at = postingOf(id, e);
            if (at >= 0) add(e, at);
          }
        } else {
          // Many candidates: one pass over the term's entries costs less than a search for each.
          for (let at = from; at < to; at++) {
            const e = postings[at] ?? 0;
            if ((scores[e] ?? 0) > 0) add(e, at);
          }
        }
      }
      let best = -1;
      let bestScore = least;
      for (const e of candidates) {
        const share = Math.min(1, (scores[e] ?? 0) / (totals[e] ?? 1));
        // A figure says how much, and words say of what: a sentence must share both with an entry that has both.
        const found = (hasFigure[e] === 0 || (figures[e] ?? 0) > 0) && (words[e] ?? 0) > 0;
        scores[e] = 0;
        figures[e] = 0;
        words[e] = 0;
        // Ties go to the entry written first.
        if (found && (share > bestScore || (share === bestScore && (best < 0 || e < best)))) {
          best = e;
          bestScore = share;
        }
      }
      const entry = entries[best];
      if (!entry) return undefined;
      const shared = terms
        .filter((t) => postingOf(t.id, best) >= 0)
        .sort((a, b) => a.start - b.start)
        .map((t) => ({ text: text.slice(t.start, t.end), span: { start: t.start, end: t.end }, figure: t.figure }));
      return { entryId: entry.id, score: bestScore, confident: bestScore >= MATCH_SCORE, shared };
    },
  };
}

/** The terms the index knows, each once (where the text first writes it), with their ids. */
function distinctKnown(terms: readonly Term[], termIds: ReadonlyMap<string, number>): Array<Term & { readonly id: number }> {
  const seen = new Set<number>();
  const known: Array<Term & { readonly id: number }> = [];
  for (const term of terms) {
    const id = termIds.get(term.term);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    known.push({ ...term, id });
  }
  return known;
}
