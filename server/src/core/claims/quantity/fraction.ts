import { AUXILIARIES } from '../attribution/words';
import { approximated } from './context';
import { isHyphen, isSolid, isWord, isWordIn, low, readPhrase, type Phrase, type Sentence } from './sentence';
import { COMPARISONS, DETERMINERS, FRACTIONS, HALF_BLOCKERS, NUMERATORS, STOP_WORDS } from './words';

// Shares: a fraction of something ("a third of voters", "two-thirds of the country's population",
// "1/4 of customer agencies", "the vast majority of users"); "half" before a determiner ("about
// half the agencies"); and, after an approximator, a fraction standing for what the sentence has
// named ("Of all the services, more than half are carried out by contractors").

/** A share read at token `i`: from its first token (an approximator's, if any) to its last, and what it counts (or, counting what came before, the fraction itself). */
export interface FractionRead {
  readonly first: number;
  readonly last: number;
  readonly cue: Phrase;
}

const MAJORITY_ADJECTIVES: ReadonlySet<string> = new Set(['vast', 'large', 'slim', 'narrow', 'small', 'overwhelming', 'clear', 'simple', 'great']);

/** The share that starts at token `i`, if any. */
export function readFraction(s: Sentence, i: number): FractionRead | undefined {
  const w = low(s, i);
  const slash = isSlashFraction(s, i);
  if (!isWord(s, i) && !slash) return undefined;
  let k: number;
  let first = i;
  if (w === 'half') {
    if (HALF_BLOCKERS.has(low(s, i - 1))) return undefined;
    k = i + 1;
  } else if (NUMERATORS.has(w)) {
    // "a year and a half of design": a duration, not a share.
    if (w === 'a' && low(s, i - 1) === 'and') return undefined;
    const f = isHyphen(s, i + 1) && isSolid(s, i + 2) ? i + 2 : i + 1;
    if (!isWordIn(s, f, FRACTIONS)) return undefined;
    k = f + 1;
  } else if (slash) {
    k = i + 3;
  } else if (w === 'majority' || w === 'minority') {
    // "a majority of Americans", "the vast majority of users": a share, however loosely put.
    k = i + 1;
    first = MAJORITY_ADJECTIVES.has(low(s, i - 1)) ? i - 1 : i;
    if (low(s, first - 1) === 'a' || low(s, first - 1) === 'the') first--;
  } else {
    return undefined;
  }
  const from = approximated(s, first);
  if (low(s, k) !== 'of') return unnamedShare(s, w, from < first, from, k);
  let h = k + 1;
  if (low(s, h) === 'all') h++;
  // "half of the articles", "half of our search traffic".
  if (DETERMINERS.has(low(s, h))) h++;
  const head = readPhrase(s, h, 'singular');
  return head && { first: from, last: head.last, cue: head };
}

/**
 * A share without "of", ending before token `k`: "half" before a determiner and a plural ("half
 * the agencies"; "half the time" is a manner of speaking), or any noun after an approximator
 * ("nearly half the budget"); a change or a difference by a share ("fell by a third", "a third
 * fewer"); and, after an approximator, a share that is a verb's subject ("more than half are
 * carried out by contractors"), of what the sentence named before it.
 */
function unnamedShare(s: Sentence, w: string, estimated: boolean, from: number, k: number): FractionRead | undefined {
  if (w === 'half' && DETERMINERS.has(low(s, k))) {
    const head = readPhrase(s, k + 1, estimated ? 'singular' : 'plural');
    return head && { first: from, last: head.last, cue: head };
  }
  // "fell by a third", "slashing fees by a tenth", "a third fewer than in 2023": a change or a
  // difference by a share, the share ending its phrase ("by a third party" names someone).
  const ends = !isWord(s, k) || STOP_WORDS.has(low(s, k));
  if ((low(s, from - 1) === 'by' && ends) || (COMPARISONS.has(low(s, k)) && !DETERMINERS.has(low(s, k)))) return { first: from, last: k - 1, cue: { first: from, last: k - 1 } };
  // An auxiliary right after it makes it a subject: "more than half are", "nearly a third have".
  if (!estimated || !AUXILIARIES.has(low(s, k))) return undefined;
  return { first: from, last: k - 1, cue: { first: from, last: k - 1 } };
}

/** "1/4 of customer agencies", "2/3 of": a proper fraction in digits, its denominator at most 10 (not "24/7", "9/11"). */
function isSlashFraction(s: Sentence, i: number): boolean {
  if (s.tokens[i]?.type !== 'number' || s.tokens[i + 1]?.text !== '/' || !isSolid(s, i + 1) || !isSolid(s, i + 2)) return false;
  const [a, b] = [Number(s.tokens[i]?.text), Number(s.tokens[i + 2]?.text)];
  return Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a < b && b <= 10;
}
