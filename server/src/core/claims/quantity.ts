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
import { SURE_QUOTES } from './attribution/words';
import {
  CERTAINTY, COMPARISONS, CURRENCY_PREFIXES, CURRENCY_SIGNS, DATA_UNITS, SCREEN_UNITS, DETERMINERS, FOLDS, FRAMING_HEADS, LIST_HEADS, MULTIPLE_IDIOMS, MULTIPLE_VERBS, MULTIPLES, MULTIPLIERS, NUMBER_WORDS, NUMERATORS, ORDINAL_SUFFIXES, ORDINAL_WORDS, REFERENTIAL, RELATIVE_TIME, REPORTING, SOLID_UNITS, STOP_WORDS, TEMPERATURE_UNITS, TEMPERATURE_WORDS, TIME_UNITS, VAGUE_COUNTS, WORDED_UNITS,
} from './quantity/words';
import { actsInPast, approximated, definesClass, isAdvised, isExample, isFrame, isHyperbole, introducesList, isLevel, isLocator, isProspect, isTimeMark, isTimeOrDate, isTitleCase } from './quantity/context';
import { readFraction } from './quantity/fraction';
import { MEASURED, readFirst, readRanking, readSuperlative } from './quantity/ranking';
import { readNumber, readPercent, readRange, type NumberRead } from './quantity/number';
import { CAPITALIZED, isHyphen, isSolid, isSolidWordIn, isWord, isWordIn, low, POSSESSIVE, readPhrase, tokenAt, type Phrase, type Sentence } from './quantity/sentence';

/** By the shape of the figure: digits tied to a unit are the clearest claims, vague counts the loosest. */
const CONFIDENCE = {
  measure: 0.9, // percentages and money
  count: 0.85, // digits with what they count
  multiple: 0.85, // "traffic doubled", "four times more"
  ratio: 0.8, // "one in five adults"
  magnitude: 0.75, // "10 million" with nothing after it
  ordinal: 0.7, // "the third-largest economy"
  ranking: 0.8, // "the world's largest economy", "the first agency to publish": a superlative or a first with what it ranks among
  fraction: 0.8, // "two-thirds of voters"
  worded: 0.6, // two to eight in words: more often loose, rhetorical, or counting what the text itself lists ("three tips")
  vague: 0.75, // "we received hundreds of letters": a rough count, stated
  prospect: 0.5, // "to help millions of Americans", "may lack thousands of files", ", say, 100 photos": a count only supposed or an example
} as const;

/** Number words small enough to be a text's own enumeration: "two sets of tasks", "three large buttons". */
const FEW: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight']);

/** Words before a small worded count that make it a measure: "from two minutes", "less than six months" (and "up to": "up to five services"). */
const MEASURING: ReadonlySet<string> = new Set(['from', 'than', 'nearly', 'almost', 'roughly', 'approximately']);

/** A unit joined to digits by a hyphen: "14-month", "12-Point" (title case); not "3-D". */
const HYPHEN_UNIT = /^\p{Lu}?\p{Ll}+$/u;

/** What a tally in digits may count: "1,942 of those", "300 of them". */
const PARTITIVES: ReadonlySet<string> = new Set(['those', 'them', 'these', 'which', 'whom']);

/** The words a reading below can start at (besides digits): each reading checks its first word first. */
const STARTERS: ReadonlySet<string> = new Set([...MULTIPLE_VERBS, ...MEASURED, ...MULTIPLES, ...FOLDS, ...ORDINAL_WORDS, 'half', 'majority', 'minority', ...NUMERATORS, ...VAGUE_COUNTS, ...NUMBER_WORDS, 'a']);


/** What a matcher consumed, and the claim it found there, if any. */
interface Match {
  readonly next: number;
  readonly claim?: DetectedClaim;
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
    // The number at `i`, if any, read once for the three readings that start with one.
    const n = readNumber(s, i);
    const m =
      matchMultiple(s, i, n) ?? matchOrdinal(s, i) ?? matchSuperlative(s, i) ?? matchFraction(s, i) ?? matchVague(s, i) ?? matchRatio(s, i, n) ?? matchSpan(s, i) ?? matchCardinal(s, i, n);
    if (m?.claim !== undefined) claims.push(isExample(s, i, m.next) || isAdvised(s, m.next) ? { ...m.claim, confidence: Math.min(m.claim.confidence, CONFIDENCE.prospect) } : m.claim);
    i = m === undefined ? i + 1 : Math.max(m.next, i + 1);
  }
  return claims;
}

/**
 * A change or comparison by a multiple: "traffic doubled", "halving the backlog", "double the
 * number of visits", "twice as many", "four times more", "a double-digit rise". A verb followed by
 * its figure ("doubled to 27%") leaves the claim to that figure.
 */
function matchMultiple(s: Sentence, i: number, n: NumberRead | undefined): Match | undefined {
  if (isHyphen(s, i - 1)) return undefined;
  if (isWordIn(s, i, MULTIPLE_VERBS)) {
    const after = low(s, i + 1);
    if (isHyphen(s, i + 1) || MULTIPLE_IDIOMS.has(after)) return { next: i + 1 };
    if ((after === 'to' || after === 'from' || after === 'by') && readNumber(s, i + 2) !== undefined) return { next: i + 1 };
    const object = DETERMINERS.has(after) ? readPhrase(s, i + 2, 'singular') : undefined;
    const last = object?.last ?? i;
    return { next: last + 1, claim: claim(s, approximated(s, i), last, { first: i, last: i }, CONFIDENCE.multiple) };
  }
  if (isWordIn(s, i, FOLDS)) {
    // "a fortyfold increase in measles", "grew tenfold".
    const head = readPhrase(s, i + 1, 'singular');
    const last = head?.last ?? i;
    return { next: last + 1, claim: claim(s, approximated(s, i), last, { first: i, last: i }, CONFIDENCE.multiple) };
  }
  if (isWordIn(s, i, MULTIPLES)) {
    // "a double-digit rise", "triple-digit growth".
    if (isHyphen(s, i + 1) && (low(s, i + 2) === 'digit' || low(s, i + 2) === 'digits')) {
      const head = readPhrase(s, i + 3, 'singular');
      return head && { next: head.last + 1, claim: claim(s, approximated(s, i), head.last, { first: i, last: i + 2 }, CONFIDENCE.multiple) };
    }
    return comparison(s, i, i + 1);
  }
  if (n === undefined || n.year) return undefined;
  // "four times more", and "10x faster", "60,000x quicker" with the sign written solid.
  const times = low(s, n.next) === 'times' || (n.digits && low(s, n.next) === 'x' && isSolid(s, n.next));
  return times ? comparison(s, i, n.next + 1) : undefined;
}

/** The comparison a multiple at `i` makes from `k` on ("as many people", "the rate"), if it makes one. */
function comparison(s: Sentence, i: number, k: number): Match | undefined {
  const w = low(s, k);
  if (!COMPARISONS.has(w) || isHyphen(s, k)) return undefined;
  // "twice as many people", "four times more visitors", "double the number of visits".
  const from = w === 'as' ? k + 2 : k + 1;
  const head = readPhrase(s, from, 'plural') ?? readPhrase(s, from, 'singular');
  const last = head?.last ?? (w === 'as' ? k + 1 : k);
  return { next: last + 1, claim: claim(s, approximated(s, i), last, { first: i, last: k }, CONFIDENCE.multiple) };
}

/** "the third-largest economy", "the fifth consecutive year", "the first time since 1990". */
function matchOrdinal(s: Sentence, i: number): Match | undefined {
  let j: number;
  if (isWordIn(s, i, ORDINAL_WORDS)) j = i + 1;
  else if (s.tokens[i]?.type === 'number' && isSolidWordIn(s, i + 1, ORDINAL_SUFFIXES)) j = i + 2;
  else return undefined;
  const fact = readRanking(s, j);
  if (fact !== undefined) return { next: fact.last + 1, claim: claim(s, i, fact.last, fact, CONFIDENCE.ordinal) };
  const first = readFirst(s, i);
  return first ? { next: first.last + 1, claim: claim(s, first.first, first.last, first, CONFIDENCE.ranking) } : { next: j };
}

/** A ranking by a superlative alone, where it says among what: "the world's largest economy", "the busiest airport in the country". */
function matchSuperlative(s: Sentence, i: number): Match | undefined {
  const read = readSuperlative(s, i);
  return read && { next: read.last + 1, claim: claim(s, read.first, read.last, read, CONFIDENCE.ranking) };
}

/** A share: "a third of voters", "about half the agencies", "more than half are …" (./quantity/fraction). */
function matchFraction(s: Sentence, i: number): Match | undefined {
  const read = readFraction(s, i);
  return read && { next: read.last + 1, claim: claim(s, read.first, read.last, read.cue, CONFIDENCE.fraction) };
}

/** "thousands of people", "tens of thousands of protesters". */
function matchVague(s: Sentence, i: number): Match | undefined {
  if (!isWordIn(s, i, VAGUE_COUNTS) || low(s, i + 1) !== 'of') return undefined;
  let k = i + 2;
  while (isWordIn(s, k, VAGUE_COUNTS) && low(s, k + 1) === 'of') k += 2;
  const head = readPhrase(s, k, 'plural');
  if (head === undefined) return undefined;
  return { next: head.last + 1, claim: claim(s, i, head.last, head, isProspect(s, i) ? CONFIDENCE.prospect : CONFIDENCE.vague) };
}

/** "one in five adults", "three out of four voters", "nine of 10 Republicans". */
function matchRatio(s: Sentence, i: number, a: NumberRead | undefined): Match | undefined {
  if (a === undefined || a.scaled || a.year) return undefined;
  const of = low(s, a.next) === 'of';
  let k = a.next;
  if (low(s, k) === 'in' || of) k += 1;
  else if (low(s, k) === 'out' && low(s, k + 1) === 'of') k += 2;
  else return undefined;
  // "1,942 of those were email subscribers", "23 of its bus services": a tally, in digits, of a set.
  if (of && a.digits && s.tokens[i]?.text !== '1' && !isLocator(s, i)) {
    if (PARTITIVES.has(low(s, k))) return { next: k + 1, claim: claim(s, approximated(s, i), k, { first: i, last: k }, CONFIDENCE.count) };
    const set = DETERMINERS.has(low(s, k)) && readNumber(s, k + 1) === undefined ? readPhrase(s, k + 1, 'plural') : undefined;
    if (set !== undefined && !FRAMING_HEADS.has(low(s, set.last))) return { next: set.last + 1, claim: claim(s, approximated(s, i), set.last, set, CONFIDENCE.count) };
  }
  // "one in every five adults", "2 out of every 3 jobs"; "46 of the 50 states", "11 of the top 20 pages".
  if (!of && low(s, k) === 'every') k++;
  if (of && low(s, k) === 'the') {
    const skip = SELECTORS.has(low(s, k + 1)) ? 2 : 1;
    // Worded, "the three leaders" points back: "two of the three leaders" picks among them.
    if (readNumber(s, k + skip)?.digits === true) k += skip;
  }
  const b = readNumber(s, k);
  if (b === undefined || b.scaled || b.year || isLocator(s, i)) return undefined;
  const head = readPhrase(s, b.next, 'plural');
  // Without its noun, "one of three" is a pick, not a share; "one of three things" frames a list.
  if (of && (head === undefined || FRAMING_HEADS.has(low(s, head.last)))) return undefined;
  const last = head?.last ?? b.next - 1;
  const cue = head ?? { first: k, last };
  return { next: last + 1, claim: claim(s, approximated(s, i), last, cue, CONFIDENCE.ratio) };
}

/** Words that pick the numbered part of a set: "the top 20", "the first 10". */
const SELECTORS: ReadonlySet<string> = new Set(['top', 'first', 'last', 'bottom']);

/** One of a time unit, and the words before "a" that make it a measured span. */
const SPAN_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const SPAN_MEASURES: ReadonlySet<string> = new Set(['than', 'over', 'nearly', 'almost', 'about', 'roughly', 'approximately']);

/**
 * "took about a month", "for more than a decade", "in a little over a year": a span of time
 * measured is a duration, as "14 months" is; "a year ago" is a time, "a month" alone an idiom.
 */
function matchSpan(s: Sentence, i: number): Match | undefined {
  if (low(s, i) !== 'a' || !isWordIn(s, i + 1, SPAN_UNITS) || !SPAN_MEASURES.has(low(s, i - 1)) || RELATIVE_TIME.has(low(s, i + 2))) return undefined;
  return { next: i + 2, claim: claim(s, approximated(s, i), i + 1, { first: i + 1, last: i + 1 }, CONFIDENCE.count) };
}

/** A cardinal figure with its unit or counted noun: "3,000 troops", "45%", "$3.2 billion", "14-month conflict". */
function matchCardinal(s: Sentence, i: number, n: NumberRead | undefined): Match | undefined {
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
  // "from 40% in 2013 to 24%": a year before a figure that is none is a date, not a range's start.
  if (n.year && range !== undefined && readNumber(s, range.second)?.year === false) return { next };
  if (range !== undefined) {
    if (range.phone) return { next: range.next };
    next = range.next;
    big ||= range.big;
    if (range.between) start = first - 1;
  }
  // "100+ departments": a plus written solid after digits says "more than", and the count goes on past it ("3+1" is a sum).
  if (n.digits && range === undefined && s.tokens[next]?.text === '+' && isSolid(s, next) && !isSolid(s, next + 1)) next++;
  const skip: Match = { next };
  const percent = readPercent(s, next);
  const measured = money || percent !== undefined;
  if ((n.year && !measured) || isLocator(s, first, measured) || isTimeOrDate(s, next) || isHyperbole(s, first, next)) return skip;
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
  // "(735 KB, PDF)", a line "3.21 MB": a download's size labels a link; "the dataset measures 321 MB" states one.
  if (isWordIn(s, next, DATA_UNITS) && (start === 0 || s.tokens[start - 1]?.text === '(')) return { next: next + 1 };
  // "we chose 980 pixels": a size on screen is a design's own, not a fact to source.
  if (isWordIn(s, next, SCREEN_UNITS)) return { next: next + 1 };
  if (isSolidWordIn(s, next, SOLID_UNITS)) {
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
    if (isFraming(s, head.last, n.digits) || isTimeMark(s, start, head.last) || isListTitle(s, start, head.last) || isQuotedLabel(s, start, head.last) || definesClass(s, start, head.last, range !== undefined)) return { next: head.last + 1 };
    // "“60 Government Sites in 60 Minutes” gave an overview": words in capitals in running text make
    // a name ("9,387 Americans", a people, and "20 MB", a unit, are one word); but not after a verb
    // or a word that counts them, where they are what is counted ("includes 22 VA Medical Centers").
    if (n.digits && head.last > head.first && !isTitleCase(s) && capitalizedFrom(s, head.first, head.last) && !isCounted(s, start)) return { next: head.last + 1 };
    // "nine outbreaks", "fifteen agencies", "a dozen manufacturers" count the world as digits do.
    // "from two minutes to 10", "less than six months": a measure, however small, is as sure as digits.
    const measured = MEASURING.has(low(s, i - 1)) || (low(s, i - 1) === 'to' && low(s, i - 2) === 'up');
    // "three years running", "four seasons in a row": a streak, as sure as "the third consecutive year".
    // A range is as few as its end: "between two and five people", not "between two and five thousand dollars".
    const small = range === undefined || (range.next === range.second + 1 && FEW.has(low(s, range.second)));
    const few = !n.digits && small && n.next === i + 1 && FEW.has(low(s, i)) && !measured && !isStreak(s, head.last) && !actsInPast(s, start, head.last);
    const last = rateBase(s, head.last + 1) ?? head.last;
    return { next: last + 1, claim: claim(s, start, last, head, few ? CONFIDENCE.worded : CONFIDENCE.count) };
  }
  if (big) return { next, claim: claim(s, start, next - 1, { first: next - 1, last: next - 1 }, CONFIDENCE.magnitude) };
  const rate = n.digits ? rateBase(s, next) : undefined;
  if (rate !== undefined) return { next: rate + 1, claim: claim(s, start, rate, { first: next, last: rate }, CONFIDENCE.count) };
  // "serve 6-12 month “tours of duty”": a singular time unit before a quoted noun measures it.
  if (!single && isWordIn(s, next, TIME_UNITS) && SURE_QUOTES.has(s.tokens[next + 1]?.text ?? '')) return { next: next + 1, claim: claim(s, start, next, { first: next, last: next }, CONFIDENCE.count) };
  if (n.digits && isLevel(s, start, next)) return { next, claim: claim(s, start, next - 1, { first: next - 1, last: next - 1 }, CONFIDENCE.count) };
  // "an overall GCXi score of 78", "a perfect score of 100": a measure named before it.
  if (n.digits && low(s, first - 1) === 'of' && SCORES.has(low(s, first - 2))) return { next, claim: claim(s, first - 2, next - 1, { first: first - 2, last: first - 2 }, CONFIDENCE.count) };
  return skip;
}

/** Where a rate's base after its figure ends: "12 deaths per 100,000 people", "5.2 per 100,000", "2.4 per hundred thousand people". */
function rateBase(s: Sentence, k: number): number | undefined {
  if (low(s, k) !== 'per') return undefined;
  let scale = k + 1;
  while (isWordIn(s, scale, MULTIPLIERS)) scale++;
  const base = scale > k + 1 ? { next: scale, year: false } : readNumber(s, k + 1);
  if (base === undefined || base.year) return undefined;
  return readPhrase(s, base.next, 'plural')?.last ?? base.next - 1;
}

/** Whether the time unit at `last` ends a streak: "three years running", "five times in a row". */
function isStreak(s: Sentence, last: number): boolean {
  if (!TIME_UNITS.has(low(s, last)) && low(s, last) !== 'times') return false;
  const after = low(s, last + 1);
  return after === 'running' || after === 'straight' || (after === 'in' && low(s, last + 2) === 'a' && low(s, last + 3) === 'row');
}

/** Measures whose value a number after "of" gives. */
const SCORES = new Set(['score', 'scores', 'rating', 'index', 'grade', 'average', 'total', 'median']);

/**
 * Whether the counted noun ending at `last` makes the figure a point in time ("two years ago"),
 * an age ("45 years old"), a listicle ("5 things", "7 actions you can take:") or, for worded
 * counts, a description of sources ("two officials said").
 */
function isFraming(s: Sentence, last: number, digits: boolean): boolean {
  const head = low(s, last);
  const after = low(s, last + 1);
  const relative = RELATIVE_TIME.has(after) || (after === 'from' && low(s, last + 2) === 'now');
  return (TIME_UNITS.has(head) && relative) || FRAMING_HEADS.has(head) || (!digits && REPORTING.has(after)) || introducesList(s, last);
}

/** Whether a count opening the sentence ("10 ideas for everyone", "Top 5 Webinars") counts a listicle's items. */
function isListTitle(s: Sentence, start: number, last: number): boolean {
  const opens = start === 0 || (start === 1 && low(s, 0) === 'top') || (start === 2 && low(s, 0) === 'the' && low(s, 1) === 'top');
  return opens && LIST_HEADS.has(low(s, last));
}

/** Whether the figure's words are all a quotation's, in capitals: the “2 Indicators” option is a label. */
function isQuotedLabel(s: Sentence, start: number, last: number): boolean {
  return SURE_QUOTES.has(s.tokens[start - 1]?.text ?? '') && SURE_QUOTES.has(s.tokens[last + 1]?.text ?? '') && CAPITALIZED.test(s.tokens[last]?.text ?? '');
}

/** A figure joined to its unit by a hyphen, then the noun it describes: "12-point peace proposal". */
function matchCompound(s: Sentence, start: number, hyphen: number, digits: boolean): Match {
  const unit = hyphen + 1;
  let end = unit;
  while (isHyphen(s, end + 1) && isSolid(s, end + 2) && isWord(s, end + 2)) end += 2;
  const skip: Match = { next: end + 1 };
  const last = low(s, end);
  if (last === 'old' || last === 'olds') return skip;
  // "a 360-degree view", "a 180-degree turn": a whole or half turn is a figure of speech.
  if (low(s, unit) === 'degree' && (low(s, start) === '360' || low(s, start) === '180')) return skip;
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

function claim(s: Sentence, first: number, last: number, cue: Phrase, confidence: number): DetectedClaim {
  return {
    kind: 'quantity',
    span: { start: tokenAt(s, first).start, end: tokenAt(s, last).end },
    cue: s.text.slice(tokenAt(s, cue.first).start, tokenAt(s, cue.last).end),
    confidence,
  };
}


/** Whether a lowercase word that is no function word stands before a count at `start`: a verb or a quantifier ("recognized 25", "only 15", "all 10"). */
function isCounted(s: Sentence, start: number): boolean {
  const before = s.tokens[start - 1];
  return before?.type === 'word' && !CAPITALIZED.test(before.text) && !STOP_WORDS.has(low(s, start - 1)) && low(s, start - 1) !== 'and' && low(s, start - 1) !== 'or';
}

/** Whether every word from token `first` to `last` is capitalized. */
function capitalizedFrom(s: Sentence, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const token = s.tokens[k];
    if (token?.type === 'word' && !CAPITALIZED.test(token.text)) return false;
  }
  return true;
}
