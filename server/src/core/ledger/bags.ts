import { UNITS } from '../text/figures';
import { normalizeTokens } from '../text/normalize';
import { negatedTerm, termsOf, type Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import { isMeasureWord } from './figureWords';
import { isName } from './wording';

// The claims file's entries as bags of terms (see ../text/terms), as the index of similar claims
// (./similar) weighs and looks them up: each entry's claim and match phrases together.

/**
 * Nouns of any measure ("the unemployment rate", "the poverty level"): written in every wording of an
 * entry, they still do not say what the claims file knows it by; the words they measure do.
 */
const GENERIC: ReadonlySet<string> = new Set(['rate', 'level', 'number', 'share', 'percentag', 'proport', 'total', 'amount', 'figur']);

/** The terms of entries, numbered, and each entry's, one entry after another. */
export interface Bags {
  /** Each term's number. */
  readonly termIds: ReadonlyMap<string, number>;
  /** By term number: whether the term is a figure. */
  readonly figureTerms: readonly boolean[];
  /**
   * By term number: whether a wording writes the term capitalized, not as a date, past its first
   * word or as a place's name: a name ("Bankman-Fried", "Chicago", "China's …").
   */
  readonly nameTerms: readonly boolean[];
  /**
   * By term number: the term as an entry writes it, to say which of the entry's words a related
   * word stands for: where first written other than first in a wording, whose capital may be the
   * sentence's only.
   */
  readonly termTexts: readonly string[];
  /** Each entry's distinct terms and how often it uses each, one after another (`starts` marks each entry's first, and the end). */
  readonly entryTerms: readonly number[];
  readonly entryCounts: readonly number[];
  /** Whether the entry's claim has the term (not only its match phrases). */
  readonly entryInClaim: readonly boolean[];
  /**
   * Whether every wording of the entry (its claim and each match phrase) has the term: what the
   * claims file identifies the claim by, wherever it words it ("raid" of "raided the pension fund"
   * and "pension fund raid").
   */
  readonly entryKey: readonly boolean[];
  readonly starts: readonly number[];
  /** Each entry's number of terms, repeats counted. */
  readonly lengths: Float64Array;
  /**
   * Which of the entry's figure phrases have the term, a bit each: a match phrase that gives a
   * figure and a word neither a unit nor of change ("14-month conflict", not "grew by 0.6 percent"
   * or "4.5 millimetres a year"), the claim in few words, which a sentence says when it has all of
   * them in any order.
   */
  readonly entryPhrases: readonly number[];
  /** Each entry's first figure phrase among `phraseSizes`, and the end. */
  readonly phraseStarts: readonly number[];
  /** Each figure phrase's number of distinct terms. */
  readonly phraseSizes: readonly number[];
}

/** At most this many of an entry's match phrases count as figure phrases: one bit each. */
export const MAX_FIGURE_PHRASES = 8;

/** The bags of terms of `entries`, in the order given. */
export function bagsOf(entries: readonly LedgerEntry[], stems: Stems): Bags {
  const termIds = new Map<string, number>();
  const figureTerms: boolean[] = [];
  const nameTerms: boolean[] = [];
  const generic: boolean[] = [];
  const termTexts: string[] = [];
  const opening: boolean[] = [];
  const entryTerms: number[] = [];
  const entryCounts: number[] = [];
  const entryInClaim: boolean[] = [];
  const entryKey: boolean[] = [];
  const starts: number[] = [];
  const lengths = new Float64Array(entries.length);
  const entryPhrases: number[] = [];
  const phraseStarts: number[] = [];
  const phraseSizes: number[] = [];
  // Where each term of the entry being read stands in `entryTerms`, and in how many of its wordings: one map for all, cleared for each.
  const slot = new Map<number, number>();
  const wordingsOf: number[] = [];
  entries.forEach((entry, e) => {
    starts.push(entryTerms.length);
    phraseStarts.push(phraseSizes.length);
    slot.clear();
    let wordings = 0;
    [entry.claim ?? '', ...entry.match].forEach((wording, w) => {
      const terms = termsOf(normalizeTokens(wording), stems);
      if (terms.length > 0) wordings++;
      const seen = new Set<number>();
      for (const { term: word, figure, start, end, negation } of terms) {
        // A word the wording negates is another term: "no public money" is not "public money".
        const term = negation ? negatedTerm(word) : word;
        const written = wording.slice(start, end);
        let id = termIds.get(term);
        if (id === undefined) {
          termIds.set(term, (id = termIds.size));
          figureTerms.push(figure);
          nameTerms.push(false);
          generic.push(GENERIC.has(term));
          termTexts.push(written);
          opening.push(start === 0);
        } else if (opening[id] === true && start > 0) {
          termTexts[id] = written;
          opening[id] = false;
        }
        if (!figure && isName(written, start === 0, word)) nameTerms[id] = true;
        let k = slot.get(id);
        if (k === undefined) {
          slot.set(id, (k = entryTerms.length));
          entryTerms.push(id);
          entryCounts.push(0);
          // The claim is read first: a term it has is new to the entry there.
          entryInClaim.push(w === 0);
          entryPhrases.push(0);
          wordingsOf.push(0);
        }
        entryCounts[k] = (entryCounts[k] ?? 0) + 1;
        if (!seen.has(id)) wordingsOf[k] = (wordingsOf[k] ?? 0) + 1;
        seen.add(id);
        lengths[e] = (lengths[e] ?? 0) + 1;
      }
      const figurePhrase = w > 0 && terms.some((t) => t.figure) && terms.some((t) => !t.figure && !UNITS.has(t.term) && !isMeasureWord(t.term));
      const bit = phraseSizes.length - (phraseStarts[e] ?? 0);
      if (!figurePhrase || bit >= MAX_FIGURE_PHRASES) return;
      for (const id of seen) {
        const k = slot.get(id) ?? 0;
        entryPhrases[k] = (entryPhrases[k] ?? 0) | (1 << bit);
      }
      phraseSizes.push(seen.size);
    });
    for (let k = starts[e] ?? 0; k < entryTerms.length; k++) entryKey.push(wordingsOf[k] === wordings && generic[entryTerms[k] ?? 0] !== true);
  });
  starts.push(entryTerms.length);
  phraseStarts.push(phraseSizes.length);
  return { termIds, figureTerms, nameTerms, termTexts, entryTerms, entryCounts, entryInClaim, entryKey, starts, lengths, entryPhrases, phraseStarts, phraseSizes };
}
