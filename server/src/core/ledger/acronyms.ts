import { normalizeTokens, type NormToken } from '../text/normalize';
import { isFunctionWord, type Stems, type Term } from '../text/terms';

// Names written out and their acronyms stand for one another in the index of similar claims
// (./similar): a rewording writes "the International Monetary Fund" for the entry's "IMF", "gross
// domestic product" for "GDP", or "the FTC" for "the Federal Trade Commission". The claims file
// says which acronyms it knows and what its own words spell: only those are read in a sentence.

/** A name's words may hold these between its initials: "Office for National Statistics", "Bank of England". */
const INNER: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on']);
const ACRONYM = /^\p{Lu}{2,5}$/u;
const CAPITALIZED = /^\p{Lu}/u;
const LOWER = /^\p{Ll}{3,}$/u;

/** The terms that a sentence's acronyms and spelled-out names add to its own: see `acronymReader`. */
export type AcronymTerms = (text: string, tokens: readonly NormToken[]) => Term[];

/**
 * The reader of a sentence's acronyms and names for the claims file whose wordings these are: for
 * a run of words whose initials spell an acronym the claims file writes, that acronym; for an
 * acronym that a run of the claims file's words spells, those words. Each added term stands where
 * the sentence writes what it stands for.
 */
export function acronymReader(wordings: readonly string[], stems: Stems): AcronymTerms {
  const acronyms = new Set<string>();
  // The content words' stems of the first run of the claims file's words that spells each set of initials.
  const spelled = new Map<string, readonly string[]>();
  for (const wording of wordings) {
    const tokens = normalizeTokens(wording);
    for (const token of tokens) if (ACRONYM.test(wording.slice(token.start, token.end))) acronyms.add(token.norm);
    eachRun(wording, tokens, (initials, from, to) => {
      if (!spelled.has(initials)) spelled.set(initials, tokens.slice(from, to + 1).flatMap((t) => (INNER.has(t.norm) ? [] : [stems.of(t.norm)])));
    });
  }
  if (acronyms.size === 0 && spelled.size === 0) return () => [];
  return (text, tokens) => {
    const added: Term[] = [];
    if (acronyms.size > 0) {
      eachRun(text, tokens, (initials, from, to) => {
        if (acronyms.has(initials)) added.push({ term: stems.of(initials), figure: false, start: (tokens[from] as NormToken).start, end: (tokens[to] as NormToken).end });
      });
    }
    for (const token of tokens) {
      const words = ACRONYM.test(text.slice(token.start, token.end)) ? spelled.get(token.norm) : undefined;
      for (const stem of words ?? []) added.push({ term: stem, figure: false, start: token.start, end: token.end });
    }
    return added;
  };
}

/**
 * Calls `found` with the initials of each run of `tokens` that may be a name written out, and the
 * run's first and last tokens: two to five capitalized words, with "of", "for", "and", "the" or
 * "on" between them ("Canada Mortgage and Housing Corporation"; its initials with and without
 * those: "ONS", "BoE"), or three to five lowercase words of three letters or more ("gross
 * domestic product", "official cash rate"). Nothing is made for a run: most sentences spell nothing.
 */
function eachRun(text: string, tokens: readonly NormToken[], found: (initials: string, from: number, to: number) => void): void {
  const written = (k: number): string => {
    const token = tokens[k];
    return token === undefined ? '' : text.slice(token.start, token.end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = written(i);
    const capitalized = CAPITALIZED.test(first) && !ACRONYM.test(first);
    if (!capitalized && !LOWER.test(first)) continue;
    let initials = '';
    let all = '';
    for (let k = i; k < tokens.length && initials.length < 5; k++) {
      const word = written(k);
      const norm = (tokens[k] as NormToken).norm;
      if (capitalized && k > i && INNER.has(norm) && CAPITALIZED.test(written(k + 1))) {
        all += norm.charAt(0);
        continue;
      }
      if (capitalized ? !CAPITALIZED.test(word) || ACRONYM.test(word) : !LOWER.test(word) || isFunctionWord(norm)) break;
      initials += norm.charAt(0);
      all += norm.charAt(0);
      if (initials.length < (capitalized ? 2 : 3)) continue;
      found(initials, i, k);
      if (all !== initials) found(all, i, k);
    }
  }
}
