import { MAX_FIGURE_PHRASES } from './bags';
import { CLAIM_WORDS, ENTRY_WEIGHTS, findPosting, HAS_FIGURE, SLOT, TOTAL, type Postings } from './postings';
import type { QueryTerm, queryTerms } from './query';

// The candidates of the index of similar claims (./similar): the entries a sentence's rarer terms
// find, with what its other terms add to them, and the few of them worth scoring in full.

/**
 * A term in more than this share of the entries (and more than MIN_COMMON) does not by itself make
 * an entry a candidate: it only adds to the score of entries that rarer terms found. Such a term
 * weighs little, and walking its entries would cost a look-up in a large claims file its budget.
 */
const COMMON_SHARE = 0.01;
const MIN_COMMON = 64;
/**
 * At most this many candidates from a claims file's terms together (or the share above of its
 * entries, if more): a term whose entries would bring them past it only adds to the candidates
 * that rarer terms found. A sentence of two terms each in nearly 1% of 100,000 entries would
 * otherwise have every one of their 1,400 entries scored, past the budget of a look-up.
 */
const MAX_CANDIDATES = 1024;

/**
 * A sentence is compared by its rarest terms, at most this many: more than a claim's sentence has,
 * and a bound on what a run-on "sentence" of thousands of words costs.
 */
const MAX_TERMS = 64;

/**
 * At most this many candidates, those of the highest bounds, are scored with related words: more
 * than a claims file has entries like one sentence, and a bound on what one of thousands of
 * near-copies of an entry costs.
 */
const MAX_RESCORED = 8;

/**
 * A related word this near ("jobless" for "unemployment", 0.88) counts as the claim's own word in
 * the share that makes an entry alike: a claim that may be the sentence's with another figure.
 * Chosen on the learning sets of scripts/matching (docs/claims-file.md): from 0.75 to 0.85 no
 * unrelated sentence more is given a finding, at 0.7 three are ("inflation" is 0.70 from
 * "unemployment", "surplus" 0.78 from "deficit").
 */
const SYNONYM_WEIGHT = 0.8;

/** What a term of the sentence counts in a candidate: a figure, a word of its own, or a word of change. */
const COUNTS_FIGURE = 0;
const COUNTS_WORD = 1;
const COUNTS_CHANGE = 2;

/** A sentence's terms as the index reads them: see ./query. */
export type SentenceTerms = ReturnType<typeof queryTerms>;

/**
 * The candidates of the entries of `index`, `n` of them, for a sentence's terms: the entries its
 * own terms find, at most MAX_RESCORED, by their bound (their score with all that related words
 * could add), highest first; those bound below `least` left out. And `alike`: at most MAX_RESCORED
 * of them whose claim's words, figures and words of change aside, the sentence's own words and
 * near-synonyms hold at least an `alikeLeast` share of, most alike first.
 */
export function candidatesReader(index: Postings, n: number): (terms: SentenceTerms, least: number, alikeLeast: number) => Candidates {
  const { offsets, postings, weights, inClaim, phrases: postingPhrases, df, heaviest, changeTerms, entryWeights, phraseStarts, phraseSizes } = index;
  const common = Math.max(MIN_COMMON, n * COMMON_SHARE);
  const mostCandidates = Math.max(MAX_CANDIDATES, common);

  // A look-up's scratch: each candidate's score and counts of shared figures and words, zero again
  // after each look-up, by its place among the candidates (at SLOT of its entry's weights, read with
  // them), so that they lie together; and which entries are candidates, a bit each, few enough to
  // stay in cache while a common term's entries are walked (entries far apart would each cost a
  // read from memory).
  const isCandidate = new Uint32Array((n + 31) >>> 5);
  // The candidates' entries, by place: kept from look-up to look-up, not grown anew in each.
  const candidates = new Int32Array(n);
  const scores = new Float64Array(n);
  const figures = new Uint16Array(n);
  const words = new Uint16Array(n);
  const wordScores = new Float64Array(n);
  // And how many terms of each of its figure phrases the sentence has, by candidate, and whether any.
  const phraseCounts = new Uint8Array(n * MAX_FIGURE_PHRASES);
  const phrasesHit = new Uint8Array(n);
  /** Whether the sentence has every term of one of entry `e`'s figure phrases, candidate `c`; its counts zero again. */
  const coverOf = (e: number, c: number): number => {
    let cover = 0;
    const first = phraseStarts[e] ?? 0;
    for (let p = first; p < (phraseStarts[e + 1] ?? 0); p++) {
      const at = c * MAX_FIGURE_PHRASES + p - first;
      if (phraseCounts[at] === phraseSizes[p]) cover = 1;
      phraseCounts[at] = 0;
    }
    phrasesHit[c] = 0;
    return cover;
  };

  /** Zeroes candidate `c`'s counts of figure phrases without reading its entry's: it is not covered. */
  const clearPhrases = (c: number): number => {
    if (phrasesHit[c] === 1) for (let at = c * MAX_FIGURE_PHRASES; at < (c + 1) * MAX_FIGURE_PHRASES; at++) phraseCounts[at] = 0;
    phrasesHit[c] = 0;
    return 0;
  };

  /** Adds posting `at` of entry `e` to its candidate's score and counts, as a term of `counts` kind. */
  const add = (e: number, at: number, counts: number): void => {
    const c = entryWeights[ENTRY_WEIGHTS * e + SLOT] ?? 0;
    scores[c] = (scores[c] ?? 0) + (weights[at] ?? 0);
    if (counts === COUNTS_FIGURE) {
      figures[c] = (figures[c] ?? 0) + 1;
    } else {
      if (counts === COUNTS_WORD) {
        words[c] = (words[c] ?? 0) + 1;
        if (inClaim[at] === 1) wordScores[c] = (wordScores[c] ?? 0) + (weights[at] ?? 0);
      }
    }
    let bits = postingPhrases[at] ?? 0;
    if (bits !== 0) phrasesHit[c] = 1;
    for (let p = c * MAX_FIGURE_PHRASES; bits !== 0; p++, bits >>= 1) if ((bits & 1) !== 0) phraseCounts[p] = (phraseCounts[p] ?? 0) + 1;
  };

  /**
   * What the sentence's near-synonyms of entry `e`'s claim words add to its weight: each word of
   * the sentence once, at its nearest, and none that is itself a word of the entry (`own`).
   */
  const synonymsOf = (e: number, synonyms: readonly QueryTerm[], own: readonly QueryTerm[]): number => {
    const best = new Map<number, number>();
    for (const t of synonyms) {
      const at = findPosting(index, t.id, e);
      if (at >= 0 && inClaim[at] === 1) best.set(t.source, Math.max(best.get(t.source) ?? 0, t.weight * (weights[at] ?? 0)));
    }
    let sum = 0;
    for (const [source, weight] of best) if (!own.some((t) => t.source === source && findPosting(index, t.id, e) >= 0)) sum += weight;
    return sum;
  };

  return ({ terms, sources, opposed }: SentenceTerms, least: number, alikeLeast: number): Candidates => {
    // The sentence's own terms find the candidates and score them; the related terms only rescore
    // the few candidates they could lift above the best, so that a look-up costs about what it
    // costs without them. A word naming the sentence's country otherwise ("Kyiv" for its
    // "Ukraine") scores as its own, last, but finds no entry: a country's names are in many.
    const own = terms
      .filter((t) => t.weight === 1)
      .sort((a, b) => Number(a.related) - Number(b.related) || (df[a.id] ?? 0) - (df[b.id] ?? 0))
      .slice(0, MAX_TERMS);
    const others = terms.filter((t) => t.weight < 1).slice(0, MAX_TERMS);
    let count = 0;
    for (const { id, figure, related } of own) {
      const counts = figure ? COUNTS_FIGURE : changeTerms[id] ? COUNTS_CHANGE : COUNTS_WORD;
      const from = offsets[id] ?? 0;
      const to = offsets[id + 1] ?? 0;
      if (to - from <= common && count + to - from <= mostCandidates && !related) {
        for (let at = from; at < to; at++) {
          const e = postings[at] ?? 0;
          const bits = isCandidate[e >>> 5] ?? 0;
          if ((bits & (1 << (e & 31))) === 0) {
            isCandidate[e >>> 5] = bits | (1 << (e & 31));
            entryWeights[ENTRY_WEIGHTS * e + SLOT] = count;
            candidates[count++] = e;
          }
          add(e, at, counts);
        }
      } else if (count * Math.log2(to - from) < to - from) {
        for (let c = 0; c < count; c++) {
          const e = candidates[c] ?? 0;
          const at = findPosting(index, id, e);
          if (at >= 0) add(e, at, counts);
        }
      } else {
        // Many candidates: one pass over the term's entries costs less than a search for each.
        for (let at = from; at < to; at++) {
          const e = postings[at] ?? 0;
          if (((isCandidate[e >>> 5] ?? 0) & (1 << (e & 31))) !== 0) add(e, at, counts);
        }
      }
    }
    // The most that related words can add to an entry: each word of the sentence counts once.
    const potential = new Array<number>(sources).fill(0);
    for (const t of others) potential[t.source] = Math.max(potential[t.source] ?? 0, t.weight * (heaviest[t.id] ?? 0));
    const lift = potential.reduce((x, y) => x + y, 0);
    // Each candidate's bound: its score with all that related words could add. The MAX_RESCORED
    // highest (ties: the entry written first) are kept, in order, and those that may beat the best
    // are then scored in full, each word of the sentence counting once (one word may be related to
    // several of an entry's: "premier" to "prime" and to "minister").
    const bounds: number[] = [];
    const bounded: number[] = [];
    const covers: number[] = [];
    const alike: Array<[number, number]> = [];
    // Most sentences have no near-synonym of a word the claims file has: they read no more. What the
    // near-synonyms could add at most spares reading them for candidates they could not make alike.
    const synonyms = others.filter((t) => t.weight >= SYNONYM_WEIGHT);
    const synonymLift = synonyms.reduce((sum, t) => sum + t.weight * (heaviest[t.id] ?? 0), 0);
    const isHigher = (bound: number, e: number, k: number): boolean => bound > (bounds[k] ?? 0) || (bound === bounds[k] && e < (bounded[k] ?? 0));
    for (let c = 0; c < count; c++) {
      const e = candidates[c] ?? 0;
      const score = scores[c] ?? 0;
      const hasWords = (words[c] ?? 0) > 0;
      // A figure says how much, and words say of what: a sentence must share both with an entry that
      // has both, a word of its own (related words only add to it: "inflation" is near "unemployment").
      // A candidate's counts are read first: they lie together, and what is known of its entry far apart.
      // No bound, 1 at most, places an entry below the shortlist's last: then what is known of it
      // need not be read (of many near-copies of an entry, most are such).
      const x = ENTRY_WEIGHTS * e;
      const mayRank = hasWords && least <= 1 && (bounds.length < MAX_RESCORED || isHigher(1, e, MAX_RESCORED - 1));
      const found = mayRank && ((figures[c] ?? 0) > 0 || entryWeights[x + HAS_FIGURE] === 0);
      // A figure phrase whose every term the sentence has is the claim, whatever share of the rest it holds.
      const cover = found && phrasesHit[c] === 1 ? coverOf(e, c) : clearPhrases(c);
      if (hasWords) {
        // An entry with no claim has no words to state; its match phrases are looked for as they are.
        const claimWords = entryWeights[x + CLAIM_WORDS] ?? 0;
        const ownShare = claimWords > 0 ? (wordScores[c] ?? 0) / claimWords : 0;
        const lifted = ownShare < alikeLeast && claimWords > 0 && ownShare + synonymLift / claimWords >= alikeLeast;
        const share = lifted ? ownShare + synonymsOf(e, synonyms, own) / claimWords : ownShare;
        if (share >= alikeLeast) alike.push([share, e]);
      }
      isCandidate[e >>> 5] = 0;
      scores[c] = 0;
      figures[c] = 0;
      words[c] = 0;
      wordScores[c] = 0;
      if (!found) continue;
      const bound = Math.max(cover, Math.min(1, (score + lift) / (entryWeights[x + TOTAL] || 1)));
      if (bound < least || (bounds.length === MAX_RESCORED && bound <= (bounds[MAX_RESCORED - 1] ?? 0) && !isHigher(bound, e, MAX_RESCORED - 1))) continue;
      let at = Math.min(bounds.length, MAX_RESCORED - 1);
      while (at > 0 && isHigher(bound, e, at - 1)) at--;
      bounds.splice(at, 0, bound);
      bounded.splice(at, 0, e);
      covers.splice(at, 0, cover);
      bounds.length = Math.min(bounds.length, MAX_RESCORED);
      bounded.length = bounds.length;
      covers.length = bounds.length;
    }
    alike.sort(([x, e], [y, f]) => y - x || e - f);
    return { bounds, bounded, covers, counted: [...own, ...others], sources, alike: alike.slice(0, MAX_RESCORED).map(([share, entry]) => ({ entry, share })), opposed };
  };
}

/** What a sentence's terms find: see `candidatesReader`. */
export interface Candidates {
  readonly bounds: readonly number[];
  readonly bounded: readonly number[];
  /** By candidate: 1 if the sentence has every term of one of its figure phrases, else 0. */
  readonly covers: readonly number[];
  readonly counted: readonly QueryTerm[];
  readonly sources: number;
  /** The entries alike to the sentence, most alike first, with the share of their claim's words it holds. */
  readonly alike: readonly { readonly entry: number; readonly share: number }[];
  /** The terms that say the opposite of one of the sentence's words (see ./query). */
  readonly opposed: readonly number[];
}
