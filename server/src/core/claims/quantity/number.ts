import { BIG_SCALES, CURRENCY_SIGNS, DASHES, MULTIPLIERS, NUMBER_WORDS, SCALES, SOLID_SCALES } from './words';
import { isHyphen, isSolid, isWord, isWordIn, low, type Sentence } from './sentence';

// Numbers as written: digits with their scale, number words, a second figure of a range, a percentage.

const YEAR = /^(?:1[6-9]|20)\d\d$/u;

/** A number as written: digits with their scale ("2.5 million") or number words ("twenty-five"). */
export interface NumberRead {
  readonly next: number;
  readonly digits: boolean;
  readonly scaled: boolean;
  readonly big: boolean;
  /** The lone word "one", which is usually a pronoun or idiom. */
  readonly one: boolean;
  readonly year: boolean;
}

/** Reads a number at `i`: digits with any scale words, or a run of number words. */
export function readNumber(s: Sentence, i: number): NumberRead | undefined {
  const t = s.tokens[i];
  if (t === undefined) return undefined;
  let next = i + 1;
  let scaled = false;
  let big = false;
  if (t.type === 'number') {
    for (;;) {
      // "$10-million contract": a scale may also be hyphenated.
      const at = isHyphen(s, next) && isSolid(s, next + 1) && isWordIn(s, next + 1, SCALES) ? next + 1 : next;
      const w = low(s, at);
      if (!isWord(s, at) || !(SCALES.has(w) || (isSolid(s, at) && SOLID_SCALES.has(w)))) break;
      scaled = true;
      big ||= BIG_SCALES.has(w);
      next = at + 1;
    }
    const year = !scaled && YEAR.test(t.text);
    return { next: andAHalf(s, next), digits: true, scaled, big, one: false, year };
  }
  const w = low(s, i);
  if (t.type !== 'word') return undefined;
  if (w === 'half' && low(s, i + 1) === 'a' && isWordIn(s, i + 2, MULTIPLIERS)) next = i + 2; // "half a million"
  else if (!(NUMBER_WORDS.has(w) || (w === 'a' && isWordIn(s, i + 1, MULTIPLIERS)))) return undefined;
  for (;;) {
    if (isWordIn(s, next, NUMBER_WORDS) || isWordIn(s, next, MULTIPLIERS)) {
      big ||= BIG_SCALES.has(low(s, next));
      next++;
    } else if (isHyphen(s, next) && isSolid(s, next + 1) && isWordIn(s, next + 1, NUMBER_WORDS)) {
      next += 2; // "twenty-five"
    } else {
      break;
    }
  }
  return { next: andAHalf(s, next), digits: false, scaled: big, big, one: next === i + 1 && w === 'one', year: false };
}

/** Past "and a half" at `j`, which is part of the number: "four and a half months", "3 and a half years". */
function andAHalf(s: Sentence, j: number): number {
  return low(s, j) === 'and' && (low(s, j + 1) === 'a' || low(s, j + 1) === 'one') && low(s, j + 2) === 'half' ? j + 3 : j;
}

/** North American toll-free prefixes: 800, 888, 877, 866, 855, 844, 833. */
const TOLL_FREE = /^8(?:00|([3-8])\1)$/;

/** A second figure after a dash, "to", "or", or the "and" of "between": "40-50", "two or three", "between 40 and 50"; `second` is where the second figure starts. */
export function readRange(
  s: Sentence,
  j: number,
  digits: boolean,
  afterBetween: boolean,
): { next: number; big: boolean; between: boolean; phone: boolean; second: number } | undefined {
  const c = s.tokens[j];
  if (c === undefined) return undefined;
  // An em dash opens a clause ("in 2013—10,076 deaths in total"); a range takes a hyphen or an en dash.
  const dash = DASHES.has(c.text) && c.text !== '—';
  const between = afterBetween && low(s, j) === 'and';
  if (!dash && low(s, j) !== 'to' && low(s, j) !== 'or' && !between) return undefined;
  const k = CURRENCY_SIGNS.has(s.tokens[j + 1]?.text ?? '') && isSolid(s, j + 2) ? j + 2 : j + 1;
  const m = readNumber(s, k);
  if (m === undefined || m.digits !== digits || m.one) return undefined;
  // A third dashed group makes it a phone number: "1-800-555-0199".
  let next = m.next;
  // "a 1-800 number": a toll-free prefix, however few groups follow it.
  let phone = dash && s.tokens[j - 1]?.text === '1' && TOLL_FREE.test(s.tokens[k]?.text ?? '');
  while (dash && isHyphen(s, next) && isSolid(s, next + 1) && s.tokens[next + 1]?.type === 'number') {
    next += 2;
    phone = true;
  }
  return { next, big: m.big, between, phone, second: k };
}

/** The last token of a percentage unit at `j` ("%", "percent", "per cent", "percentage points"). */
export function readPercent(s: Sentence, j: number): number | undefined {
  const w = low(s, j);
  if (s.tokens[j]?.text === '%' || (isWord(s, j) && (w === 'percent' || w === 'pct'))) return j;
  if (w === 'per' && low(s, j + 1) === 'cent') return j + 1;
  if (w === 'percentage' && (low(s, j + 1) === 'point' || low(s, j + 1) === 'points')) return j + 1;
  return undefined;
}
