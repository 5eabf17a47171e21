import { UNITS } from '../text/figures';
import { isFigureNorm, normalizeTokens } from '../text/normalize';
import { isFunctionWord, termsOf, type Stems } from '../text/terms';
import { isRanking } from './ranking';

// A phrase of a measure alone ("4.5 millimetres a year"), of a count or share and one word ("1.6
// million people", "12,000 jobs", "45 percent of voters"), or that only ranks ("highest since
// 2008") is worded alike by any figure of its kind: "6.7 million people waiting for treatment" is
// no changed count of a concert's crowd. Such a phrase is changed in a sentence only where the
// sentence writes a word of its entry's claim besides.

/**
 * The stems of an entry's `claim`, but those of its phrase (`norms`, its normalized words), one of
 * which a sentence must write for the phrase to be changed in it; none where the phrase tells its
 * claim by itself, or where it is a count whose claim says nothing more (all there is to tell the
 * entry by).
 */
export function phraseContext(norms: readonly string[], claim: string, stems: Stems): ReadonlySet<string> | undefined {
  const measure = norms.every(isBare);
  const counted = norms.filter((n) => !isBare(n));
  const count = (counted.length === 1 && !norms.some((n) => UNITS.has(n) && n !== 'percent')) || isRanking(norms);
  if (!measure && !count) return undefined;
  const own = new Set(counted.map((n) => stems.of(n)));
  const words = new Set(termsOf(normalizeTokens(claim), stems).flatMap((t) => (t.figure || UNITS.has(t.term) || own.has(t.term) ? [] : [t.term])));
  return count && !measure && words.size === 0 ? undefined : words;
}

/** A phrase's word that says nothing of what a figure is of: a figure, a unit or a function word. */
export function isBare(norm: string): boolean {
  return isFigureNorm(norm) || UNITS.has(norm) || isFunctionWord(norm);
}
