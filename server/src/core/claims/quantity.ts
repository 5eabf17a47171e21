/**
 * Quantity claims: a figure tied to what it counts or measures ("3,000 troops", "45 percent",
 * "$3.2 billion", "14-month conflict", "the third-largest economy"). A figure with nothing to
 * count is not reported: a bare "3,000" is usually a tally already tied to a noun earlier on.
 *
 * Figures that only locate or name something are never claims: years and dates, times of day,
 * page/section/version labels, names ("Apollo 11", "COVID-19"), phone numbers. Neither are ages
 * ("the 45-year-old senator"): editors check them against records, and flagging every one
 * would bury the figures that need a source. Number words that point back at things already
 * mentioned ("the two leaders", "one of them") are skipped too.
 */
import type { Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import type { DetectedClaim } from './detected';
import { keysOf } from './lexicon';
import {
  APPROXIMATORS, BIG_SCALES, CAPITAL_OK, CERTAINTY, CLOCK_WORDS, CURRENCY_PREFIXES, CURRENCY_SIGNS, DASHES,
  DETERMINERS, FRACTIONS, FRAMES, FRAMING_HEADS, HALF_BLOCKERS, HYPHENS, IRREGULAR_PLURALS, LOCATOR_LABELS,
  MONTHS, MULTIPLIERS, NUMBER_WORDS, NUMERATORS, ORDINAL_SUFFIXES, ORDINAL_WORDS, REFERENTIAL, RELATIVE_TIME,
  REPORTING, SCALES, SOLID_BLOCKERS, SOLID_SCALES, STOP_WORDS, STREAKS, SUPERLATIVES, TEMPERATURE_UNITS, TEMPERATURE_WORDS, TIME_UNITS, UNITS,
  VAGUE_COUNTS, VERBS_IN_S, WORDED_UNITS,
} from './quantity/words';

/** By the shape of the figure: digits tied to a unit are the clearest claims, vague counts the loosest. */
const CONFIDENCE = {
  measure: 0.9, // percentages and money
  count: 0.85, // digits with what they count
  ratio: 0.8, // "one in five adults"
  magnitude: 0.75, // "10 million" with nothing after it
  ordinal: 0.7, // "the third-largest economy"
  fraction: 0.7, // "two-thirds of voters"
  worded: 0.6, // two to eight in words: more often loose, rhetorical, or counting what the text itself lists ("three tips")
  vague: 0.5, // "thousands of people"
} as const;

/** Number words small enough to be a text's own enumeration: "two sets of tasks", "three large buttons". */
const FEW: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight']);

const YEAR = /^(?:1[6-9]|20)\d\d$/u;
// Not "-ss" (congress), "-us" (census), "-is" (crisis) or a possessive.
const PLURAL = /[^siu'’]s$/u;
/** In a singular phrase, a participle or adverb after the head ends it ("conflict continued", "plan finally"). */
const PHRASE_END = /..(?:ed|ing|ly)$/u;
const POSSESSIVE = /['’]s$/u;
const CAPITALIZED = /^\p{Lu}/u;
/** A unit joined to digits by a hyphen: "14-month", "12-Point" (title case); not "3-D". */
const HYPHEN_UNIT = /^\p{Lu}?\p{Ll}+$/u;
const INITIAL = /^\p{Lu}$/u;

/** The words a reading below can start at (besides digits): each reading checks its first word first. */
const STARTERS: ReadonlySet<string> = new Set([...ORDINAL_WORDS, 'half', ...NUMERATORS, ...VAGUE_COUNTS, ...NUMBER_WORDS, 'a']);

/** Words a counted noun phrase may run to: "more than two dozen other wealthy investors". */
const MAX_PHRASE_WORDS = 4;

interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The tokens' lexicon keys: lowercase, apostrophes straight. */
  readonly keys: readonly string[];
}

/** What a matcher consumed, and the claim it found there, if any. */
interface Match {
  readonly next: number;
  readonly claim?: DetectedClaim;
}

/** A run of tokens, by inclusive indices. */
interface Phrase {
  readonly first: number;
  readonly last: number;
}

/** A number as written: digits with their scale ("2.5 million") or number words ("twenty-five"). */
interface NumberRead {
  readonly next: number;
  readonly digits: boolean;
  readonly scaled: boolean;
  readonly big: boolean;
  /** The lone word "one", which is usually a pronoun or idiom. */
  readonly one: boolean;
  readonly year: boolean;
}

/** Finds the quantity claims in `text[sentence]`, given its tokens if already split; spans are offsets into `text`. */
export function detectQuantities(text: string, sentence: Span, tokens: readonly Token[] = tokenize(text, sentence), keys: readonly string[] = keysOf(tokens)): DetectedClaim[] {
  const s: Sentence = { text, tokens, keys };
  const claims: DetectedClaim[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Most tokens start no figure: skip them before trying every reading.
    if (tokens[i]?.type !== 'number' && !isWordIn(s, i, STARTERS)) {
      i++;
      continue;
    }
    const m =
      matchOrdinal(s, i) ?? matchFraction(s, i) ?? matchVague(s, i) ?? matchRatio(s, i) ?? matchCardinal(s, i);
    if (m?.claim !== undefined) claims.push(m.claim);
    i = m === undefined ? i + 1 : Math.max(m.next, i + 1);
  }
  return claims;
}

/** "the third-largest economy", "the fifth consecutive year", "the first time since 1990". */
function matchOrdinal(s: Sentence, i: number): Match | undefined {
  let j: number;
  if (isWordIn(s, i, ORDINAL_WORDS)) j = i + 1;
  else if (s.tokens[i]?.type === 'number' && isSolidWordIn(s, i + 1, ORDINAL_SUFFIXES)) j = i + 2;
  else return undefined;
  const fact = readRanking(s, j);
  if (fact === undefined) return { next: j };
  return { next: fact.last + 1, claim: claim(s, i, fact.last, fact, CONFIDENCE.ordinal) };
}

/** What follows an ordinal when it states a fact; returns the phrase from the ranking word to its head. */
function readRanking(s: Sentence, j: number): Phrase | undefined {
  const k = isHyphen(s, j) ? j + 1 : j;
  const w = low(s, k);
  if (!isWord(s, k)) return undefined;
  if (SUPERLATIVES.has(w)) {
    let end = k;
    if (w === 'most' || w === 'least') {
      const adjective = isHyphen(s, k + 1) ? k + 2 : k + 1;
      if (isWord(s, adjective) && !STOP_WORDS.has(low(s, adjective))) end = adjective;
    }
    const head = readPhrase(s, end + 1, 'singular');
    return { first: k, last: head?.last ?? end };
  }
  if (STREAKS.has(w)) {
    const head = readPhrase(s, k + 1, 'singular');
    return head && { first: k, last: head.last };
  }
  if (w !== 'time') return undefined;
  if (low(s, k + 1) === 'since' && s.tokens[k + 2]?.type === 'number') return { first: k, last: k + 2 };
  if (low(s, k + 1) !== 'in') return undefined;
  const n = readNumber(s, k + 2);
  if (n === undefined) return isWordIn(s, k + 2, TIME_UNITS) ? { first: k, last: k + 2 } : undefined;
  const head = readPhrase(s, n.next, 'plural');
  return head && { first: k, last: head.last };
}

/** "a third of voters", "two-thirds of the country's population", "half of Americans". */
function matchFraction(s: Sentence, i: number): Match | undefined {
  const w = low(s, i);
  if (!isWord(s, i)) return undefined;
  let k: number;
  if (w === 'half') {
    if (HALF_BLOCKERS.has(low(s, i - 1))) return undefined;
    k = i + 1;
  } else if (NUMERATORS.has(w)) {
    const f = isHyphen(s, i + 1) && isSolid(s, i + 2) ? i + 2 : i + 1;
    if (!isWordIn(s, f, FRACTIONS)) return undefined;
    k = f + 1;
  } else {
    return undefined;
  }
  if (low(s, k) !== 'of') return undefined;
  let h = k + 1;
  if (low(s, h) === 'all') h++;
  if (low(s, h) === 'the') h++;
  const head = readPhrase(s, h, 'singular');
  if (head === undefined) return undefined;
  return { next: head.last + 1, claim: claim(s, approximated(s, i), head.last, head, CONFIDENCE.fraction) };
}

/** "thousands of people", "tens of thousands of protesters". */
function matchVague(s: Sentence, i: number): Match | undefined {
  if (!isWordIn(s, i, VAGUE_COUNTS) || low(s, i + 1) !== 'of') return undefined;
  let k = i + 2;
  while (isWordIn(s, k, VAGUE_COUNTS) && low(s, k + 1) === 'of') k += 2;
  const head = readPhrase(s, k, 'plural');
  if (head === undefined) return undefined;
  return { next: head.last + 1, claim: claim(s, i, head.last, head, CONFIDENCE.vague) };
}

/** "one in five adults", "three out of four voters", "nine of 10 Republicans". */
function matchRatio(s: Sentence, i: number): Match | undefined {
  const a = readNumber(s, i);
  if (a === undefined || a.scaled || a.year) return undefined;
  const of = low(s, a.next) === 'of';
  let k = a.next;
  if (low(s, k) === 'in' || of) k += 1;
  else if (low(s, k) === 'out' && low(s, k + 1) === 'of') k += 2;
  else return undefined;
  const b = readNumber(s, k);
  if (b === undefined || b.scaled || b.year || isLocator(s, i)) return undefined;
  const head = readPhrase(s, b.next, 'plural');
  // Without its noun, "one of three" is a pick, not a share; "one of three things" frames a list.
  if (of && (head === undefined || FRAMING_HEADS.has(low(s, head.last)))) return undefined;
  const last = head?.last ?? b.next - 1;
  const cue = head ?? { first: k, last };
  return { next: last + 1, claim: claim(s, approximated(s, i), last, cue, CONFIDENCE.ratio) };
}

/** A cardinal figure with its unit or counted noun: "3,000 troops", "45%", "$3.2 billion", "14-month conflict". */
function matchCardinal(s: Sentence, i: number): Match | undefined {
  const n = readNumber(s, i);
  if (n === undefined) return undefined;
  let first = i;
  let money = false;
  if (n.digits && isSolid(s, i) && CURRENCY_SIGNS.has(s.tokens[i - 1]?.text ?? '')) {
    money = true;
    first = i - 1;
    if (isSolid(s, first) && CURRENCY_PREFIXES.has(s.tokens[first - 1]?.text ?? '')) first--;
  }
  let next = n.next;
  let big = n.big;
  let start = first;
  const range = readRange(s, next, n.digits, low(s, first - 1) === 'between');
  if (range !== undefined) {
    if (range.phone) return { next: range.next };
    next = range.next;
    big ||= range.big;
    if (range.between) start = first - 1;
  }
  const skip: Match = { next };
  const percent = readPercent(s, next);
  const measured = money || percent !== undefined;
  if ((n.year && !measured) || isLocator(s, first, measured) || isTimeOrDate(s, next)) return skip;
  if (isFrame(s, first)) return skip;
  start = approximated(s, start);

  if (percent !== undefined) {
    if (s.tokens[i]?.text === '100' && CERTAINTY.has(low(s, percent + 1))) return { next: percent + 1 };
    return { next: percent + 1, claim: claim(s, start, percent, { first: next, last: percent }, CONFIDENCE.measure) };
  }
  if (money) return { next, claim: claim(s, start, next - 1, { first, last: i - 1 }, CONFIDENCE.measure) };
  if (isHyphen(s, next) && isWord(s, next + 1) && isSolid(s, next + 1)) return matchCompound(s, start, next, n.digits);
  if (n.one && range === undefined) return skip;
  if (!n.digits && (REFERENTIAL.has(low(s, first - 1)) || POSSESSIVE.test(s.tokens[first - 1]?.text ?? ''))) {
    return skip;
  }
  // "Zuckoff’s 13 Hours book", "on 60 Minutes": a capitalized time unit in running text is a title.
  if (isWordIn(s, next, TIME_UNITS) && CAPITALIZED.test(s.tokens[next]?.text ?? '') && !isTitleCase(s)) return { next: next + 1 };
  if (isSolidWordIn(s, next, UNITS)) {
    // "18F" is a temperature only where the sentence speaks of one; elsewhere it is a name ("GSA's 18F").
    if (TEMPERATURE_UNITS.has(low(s, next)) && !s.keys.some((key) => TEMPERATURE_WORDS.has(key))) return { next: next + 1 };
    return { next: next + 1, claim: claim(s, start, next, { first: next, last: next }, CONFIDENCE.count) };
  }
  // "650 18-hole golf courses": the count, then a measured noun.
  if (s.tokens[next]?.type === 'number' && isHyphen(s, next + 1) && isWord(s, next + 2) && isSolid(s, next + 2)) {
    return matchCompound(s, start, next + 1, true);
  }
  // "1 person" counts one thing; any other number counts a plural ("3,000 troops").
  const single = n.digits && s.tokens[i]?.text === '1' && !n.scaled;
  const head = readPhrase(s, next, single ? 'singular' : 'plural');
  if (head !== undefined) {
    if (isFraming(s, head.last, n.digits)) return { next: head.last + 1 };
    // "nine outbreaks", "fifteen agencies", "a dozen manufacturers" count the world as digits do.
    const few = !n.digits && n.next === i + 1 && FEW.has(low(s, i));
    return { next: head.last + 1, claim: claim(s, start, head.last, head, few ? CONFIDENCE.worded : CONFIDENCE.count) };
  }
  if (big) return { next, claim: claim(s, start, next - 1, { first: next - 1, last: next - 1 }, CONFIDENCE.magnitude) };
  return skip;
}

/** A headline in title case ("3,000 Troops Deployed"): most words of four letters or more are capitalized. */
function isTitleCase(s: Sentence): boolean {
  let long = 0;
  let capitalized = 0;
  for (const t of s.tokens) {
    if (t.type !== 'word' || t.text.length < 4) continue;
    long++;
    if (CAPITALIZED.test(t.text)) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.7;
}

/**
 * Whether the counted noun ending at `last` makes the figure a point in time ("two years ago"),
 * an age ("45 years old"), a listicle ("5 things") or, for worded counts, a description of
 * sources ("two officials said").
 */
function isFraming(s: Sentence, last: number, digits: boolean): boolean {
  const head = low(s, last);
  const after = low(s, last + 1);
  const relative = RELATIVE_TIME.has(after) || (after === 'from' && low(s, last + 2) === 'now');
  return (TIME_UNITS.has(head) && relative) || FRAMING_HEADS.has(head) || (!digits && REPORTING.has(after));
}

/** A figure joined to its unit by a hyphen, then the noun it describes: "12-point peace proposal". */
function matchCompound(s: Sentence, start: number, hyphen: number, digits: boolean): Match {
  const unit = hyphen + 1;
  let end = unit;
  while (isHyphen(s, end + 1) && isSolid(s, end + 2) && isWord(s, end + 2)) end += 2;
  const skip: Match = { next: end + 1 };
  const last = low(s, end);
  if (last === 'old' || last === 'olds') return skip;
  const unitText = s.tokens[unit]?.text ?? '';
  const unitOk = digits
    ? HYPHEN_UNIT.test(unitText) && !STOP_WORDS.has(low(s, unit))
    : WORDED_UNITS.has(low(s, unit));
  if (!unitOk) return skip;
  const head = readPhrase(s, end + 1, 'singular');
  if (head === undefined) return skip;
  const confidence = digits ? CONFIDENCE.count : CONFIDENCE.worded;
  return { next: head.last + 1, claim: claim(s, start, head.last, head, confidence) };
}

/** Reads a number at `i`: digits with any scale words, or a run of number words. */
function readNumber(s: Sentence, i: number): NumberRead | undefined {
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
    return { next, digits: true, scaled, big, one: false, year };
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
  return { next, digits: false, scaled: big, big, one: next === i + 1 && w === 'one', year: false };
}

/** A second figure after a dash, "to", "or", or the "and" of "between": "40-50", "two or three", "between 40 and 50". */
function readRange(
  s: Sentence,
  j: number,
  digits: boolean,
  afterBetween: boolean,
): { next: number; big: boolean; between: boolean; phone: boolean } | undefined {
  const c = s.tokens[j];
  if (c === undefined) return undefined;
  const dash = DASHES.has(c.text);
  const between = afterBetween && low(s, j) === 'and';
  if (!dash && low(s, j) !== 'to' && low(s, j) !== 'or' && !between) return undefined;
  const k = CURRENCY_SIGNS.has(s.tokens[j + 1]?.text ?? '') && isSolid(s, j + 2) ? j + 2 : j + 1;
  const m = readNumber(s, k);
  if (m === undefined || m.digits !== digits || m.one) return undefined;
  // A third dashed group makes it a phone number: "1-800-555-0199".
  let next = m.next;
  let phone = false;
  while (dash && isHyphen(s, next) && isSolid(s, next + 1) && s.tokens[next + 1]?.type === 'number') {
    next += 2;
    phone = true;
  }
  return { next, big: m.big, between, phone };
}

/** The last token of a percentage unit at `j` ("%", "percent", "per cent", "percentage points"). */
function readPercent(s: Sentence, j: number): number | undefined {
  const w = low(s, j);
  if (s.tokens[j]?.text === '%' || (isWord(s, j) && (w === 'percent' || w === 'pct'))) return j;
  if (w === 'per' && low(s, j + 1) === 'cent') return j + 1;
  if (w === 'percentage' && (low(s, j + 1) === 'point' || low(s, j + 1) === 'points')) return j + 1;
  return undefined;
}

/**
 * Whether what stands before the figure makes it a label, a date or part of a name. Money and
 * percentages are never part of a name, so they may follow one ("Clinton 50% to 40%").
 */
function isLocator(s: Sentence, first: number, measured = false): boolean {
  const prev = s.tokens[first - 1];
  if (prev === undefined) return false;
  if (isSolid(s, first) && (prev.type === 'word' || SOLID_BLOCKERS.has(prev.text))) return true;
  // "p. 3", "No. 10", "Feb. 24": a label or month, maybe abbreviated.
  const label = prev.text === '.' ? first - 2 : first - 1;
  if (isWordIn(s, label, LOCATOR_LABELS)) return true;
  if (isWordIn(s, label, MONTHS) && CAPITALIZED.test(s.tokens[label]?.text ?? '')) return true;
  // "Apollo 11", "Windows 11", "Flight 370", "Group of 20": a capitalized word names the number.
  const name = low(s, first - 1) === 'of' ? first - 2 : first - 1;
  const word = s.tokens[name];
  return (
    !measured &&
    word?.type === 'word' &&
    CAPITALIZED.test(word.text) &&
    !POSSESSIVE.test(word.text) &&
    !CAPITAL_OK.has(low(s, name)) &&
    !NUMBER_WORDS.has(low(s, name))
  );
}

/** Whether what follows the figure makes it a time of day, a date, a decade or an identifier. */
function isTimeOrDate(s: Sentence, j: number): boolean {
  const t = s.tokens[j];
  if (t === undefined) return false;
  const w = low(s, j);
  if (!t.spaceBefore) {
    // "10:30", "9/11"; "1990s", "3pm", "5G": anything glued on but a unit.
    if ((t.text === ':' || t.text === '/') && s.tokens[j + 1]?.type === 'number') return true;
    return t.type === 'word' && !UNITS.has(w);
  }
  if (t.type !== 'word') return false;
  if (CLOCK_WORDS.has(w)) return true;
  if ((w === 'a' || w === 'p') && s.tokens[j + 1]?.text === '.' && low(s, j + 2) === 'm') return true;
  return MONTHS.has(w) && CAPITALIZED.test(t.text);
}

/** "the past 10 years", "its first 100 days", "the richest 1 percent"; not the verb in "to last three days". */
function isFrame(s: Sentence, first: number): boolean {
  if (!FRAMES.has(low(s, first - 1))) return false;
  return DETERMINERS.has(low(s, first - 2)) || POSSESSIVE.test(s.tokens[first - 2]?.text ?? '');
}

/** Extends a claim's start over an approximator before it ("nearly", "more than", "up to"). */
function approximated(s: Sentence, start: number): number {
  for (const phrase of APPROXIMATORS) {
    const from = start - phrase.length;
    if (from >= 0 && phrase.every((w, k) => s.keys[from + k] === w && isWord(s, from + k))) return from;
  }
  return start;
}

/**
 * The noun phrase a figure counts, from `i` to its head. After a plural figure the head is the
 * first plural noun ("3,000 Russian troops"); after a hyphenated unit or an ordinal it is the
 * last noun before a function word ("12-point peace proposal as").
 */
function readPhrase(s: Sentence, i: number, mode: 'plural' | 'singular'): Phrase | undefined {
  let k = i;
  let last: number | undefined;
  for (let count = 0; count < MAX_PHRASE_WORDS; count++) {
    const end = wordEnd(s, k);
    if (end === undefined || (end === k && (STOP_WORDS.has(low(s, k)) || NUMBER_WORDS.has(low(s, k))))) break;
    const w = low(s, end);
    if (mode === 'singular') {
      if (count > 0 && (PHRASE_END.test(w) || VERBS_IN_S.has(w))) break;
      last = end;
      k = end + 1;
      if (isPlural(w)) break;
      continue;
    }
    if (isPlural(w)) {
      last = end;
      // Compound plurals: "police officers".
      for (let more = wordEnd(s, end + 1); more !== undefined && isPlural(low(s, more)); more = wordEnd(s, more + 1)) {
        if (STOP_WORDS.has(low(s, last + 1))) break;
        last = more;
      }
      break;
    }
    if (count === 0 && UNITS.has(w)) return { first: i, last: end };
    k = end + 1;
  }
  return last === undefined ? undefined : { first: i, last };
}

/** The last token of the word at `i`, with solid hyphenated parts ("long-range", "COVID-19") and initials ("U.S."). */
function wordEnd(s: Sentence, i: number): number | undefined {
  if (!isWord(s, i)) return undefined;
  let k = i;
  for (;;) {
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

function isPlural(w: string): boolean {
  return IRREGULAR_PLURALS.has(w) || (w.length > 3 && PLURAL.test(w));
}

function claim(s: Sentence, first: number, last: number, cue: Phrase, confidence: number): DetectedClaim {
  return {
    kind: 'quantity',
    span: { start: tokenAt(s, first).start, end: tokenAt(s, last).end },
    cue: s.text.slice(tokenAt(s, cue.first).start, tokenAt(s, cue.last).end),
    confidence,
  };
}

function tokenAt(s: Sentence, i: number): Token {
  const t = s.tokens[i];
  if (t === undefined) throw new RangeError(`no token ${i}`);
  return t;
}

/** The key of token `i`; '' outside the sentence. */
function low(s: Sentence, i: number): string {
  return s.keys[i] ?? '';
}

function isWord(s: Sentence, i: number): boolean {
  return s.tokens[i]?.type === 'word';
}

function isWordIn(s: Sentence, i: number, words: ReadonlySet<string>): boolean {
  return isWord(s, i) && words.has(low(s, i));
}

/** Whether token `i` touches the one before it. */
function isSolid(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && !t.spaceBefore;
}

function isSolidWordIn(s: Sentence, i: number, words: ReadonlySet<string>): boolean {
  return isSolid(s, i) && isWordIn(s, i, words);
}

/** A hyphen written solid after the token before it. */
function isHyphen(s: Sentence, i: number): boolean {
  return isSolid(s, i) && HYPHENS.has(s.tokens[i]?.text ?? '');
}
