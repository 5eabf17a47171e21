import type { Token } from '../../text/tokens';
import { HYPHENS, IRREGULAR_PLURALS, NUMBER_WORDS, STOP_WORDS, TIME_UNITS, UNITS, VERBS_IN_S } from './words';

// A sentence as the figure rules read it: its tokens and their keys, tests on single tokens, and
// the noun phrase a figure counts.

// Not "-ss" (congress), "-us" (census), "-is" (crisis) or a possessive.
const PLURAL = /[^siu'’]s$/u;
/** In a singular phrase, a participle or adverb after the head ends it ("conflict continued", "plan finally"). */
const PHRASE_END = /..(?:ed|ing|ly)$/u;
export const POSSESSIVE = /['’]s$/u;
export const CAPITALIZED = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
/** Words a counted noun phrase may run to: "more than two dozen other wealthy investors" (two more past an "and"). */
const MAX_PHRASE_WORDS = 4;
const JOINED: ReadonlySet<string> = new Set(['and', 'or']);

export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The tokens' lexicon keys: lowercase, apostrophes straight. */
  readonly keys: readonly string[];
}

/** A run of tokens, by inclusive indices. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
}

/** Words that sum a count, before or after its noun. */
const SUMS: ReadonlySet<string> = new Set(['total', 'overall']);

/** A word in capitals: an acronym, though its letters are a function word's ("IT", "US"). */
const ACRONYM = /^[A-Z]{2,}$/;

/**
 * The noun phrase a figure counts, from `i` to its head. After a plural figure the head is the
 * first plural noun ("3,000 Russian troops"); after a hyphenated unit or an ordinal it is the
 * last noun before a function word ("12-point peace proposal as").
 */
export function readPhrase(s: Sentence, i: number, mode: 'plural' | 'singular'): Phrase | undefined {
  let k = i;
  let last: number | undefined;
  let limit = MAX_PHRASE_WORDS;
  // "1,200 total employees": a word that sums the count may stand before its noun, as after it ("1,200 in total").
  if (mode === 'plural' && SUMS.has(low(s, k)) && isWord(s, k + 1) && !STOP_WORDS.has(low(s, k + 1))) k++;
  for (let count = 0; count < limit; count++) {
    // "20 state and local officials": modifiers joined by "and" or "or" before the head.
    if (mode === 'plural' && count > 0 && JOINED.has(low(s, k)) && isWord(s, k + 1) && !STOP_WORDS.has(low(s, k + 1)) && !NUMBER_WORDS.has(low(s, k + 1))) {
      k++;
      limit = MAX_PHRASE_WORDS + 2;
    }
    const end = wordEnd(s, k);
    // "4,000 IT specialists": a function word's letters in capitals are an acronym.
    const acronym = ACRONYM.test(s.tokens[k]?.text ?? '');
    if (end === undefined || (end === k && !acronym && (STOP_WORDS.has(low(s, k)) || NUMBER_WORDS.has(low(s, k))))) break;
    const w = low(s, end);
    if (mode === 'singular') {
      if (count > 0 && (PHRASE_END.test(w) || VERBS_IN_S.has(w))) break;
      last = end;
      k = end + 1;
      if (isPluralAt(s, end)) break;
      continue;
    }
    if (isPluralAt(s, end)) {
      last = end;
      // Compound plurals: "police officers"; but a duration counts its unit, and a verb may follow
      // it ("the conflict that has lasted 15 months shows no sign of ending").
      for (let more = wordEnd(s, end + 1); more !== undefined && isPluralAt(s, more) && !TIME_UNITS.has(low(s, last)) && !VERBS_IN_S.has(low(s, more)); more = wordEnd(s, more + 1)) {
        if (STOP_WORDS.has(low(s, last + 1))) break;
        last = more;
      }
      break;
    }
    if (count === 0 && UNITS.has(w)) return { first: i, last: end };
    // "100 new career-specific, day-in-the-life videos": a comma between compound modifiers.
    const comma = mode === 'plural' && end > k && s.tokens[end + 1]?.text === ',' && isWord(s, end + 2) && !STOP_WORDS.has(low(s, end + 2));
    k = comma ? end + 2 : end + 1;
  }
  return last === undefined ? undefined : { first: i, last };
}

/** The last token of the word at `i`, with solid hyphenated parts ("long-range", "COVID-19") and initials with their last period ("U.S."). */
export function wordEnd(s: Sentence, i: number): number | undefined {
  if (!isWord(s, i)) return undefined;
  let k = i;
  for (;;) {
    // "3,000 U.S. troops": the period after the last initial is the abbreviation's, where a word follows.
    if (k > i && INITIAL.test(s.tokens[k]?.text ?? '') && s.tokens[k - 1]?.text === '.' && s.tokens[k + 1]?.text === '.' && isSolid(s, k + 1) && isWord(s, k + 2)) return k + 1;
    const part = s.tokens[k + 2];
    if (isHyphen(s, k + 1) && part !== undefined && !part.spaceBefore && part.type !== 'punct') {
      k += 2;
    } else if (
      INITIAL.test(s.tokens[k]?.text ?? '') &&
      s.tokens[k + 1]?.text === '.' &&
      isSolid(s, k + 1) &&
      isSolid(s, k + 2) &&
      INITIAL.test(s.tokens[k + 2]?.text ?? '')
    ) {
      k += 2;
    } else {
      return k;
    }
  }
}

export function isPlural(w: string): boolean {
  return IRREGULAR_PLURALS.has(w) || (w.length > 3 && PLURAL.test(w));
}

/** An acronym's plural: "13 APIs", "two GUIs" (its last capital may be one a plural "s" never follows in a word). */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/u;

function isPluralAt(s: Sentence, k: number): boolean {
  return isPlural(low(s, k)) || ACRONYM_PLURAL.test(s.tokens[k]?.text ?? '');
}

export function tokenAt(s: Sentence, i: number): Token {
  const t = s.tokens[i];
  if (t === undefined) throw new RangeError(`no token ${i}`);
  return t;
}

/** The key of token `i`; '' outside the sentence. */
export function low(s: Sentence, i: number): string {
  return s.keys[i] ?? '';
}

export function isWord(s: Sentence, i: number): boolean {
  return s.tokens[i]?.type === 'word';
}

export function isWordIn(s: Sentence, i: number, words: ReadonlySet<string>): boolean {
  return isWord(s, i) && words.has(low(s, i));
}

/** Whether token `i` touches the one before it. */
export function isSolid(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && !t.spaceBefore;
}

export function isSolidWordIn(s: Sentence, i: number, words: ReadonlySet<string>): boolean {
  return isSolid(s, i) && isWordIn(s, i, words);
}

/** A hyphen written solid after the token before it. */
export function isHyphen(s: Sentence, i: number): boolean {
  return isSolid(s, i) && HYPHENS.has(s.tokens[i]?.text ?? '');
}
