import porter2 from 'wink-porter2-stemmer';
import { firstIndex } from '../search';
import { isFigureNorm, type NormToken } from '../text/normalize';
import { isFunctionWord, termsOf, type Stems } from '../text/terms';
import { UNITS } from '../text/figures';

// What a figure is of, read from the words around it, without a parser: the thing it counts ("5,500
// confirmed cases of dengue fever" → confirmed cases; "a 9 percent rise in knife crime" → knife
// crime), the subject whose change or level it measures ("Gun crime rose 9 percent" → gun crime;
// "Turnout … was 67.3 percent" → turnout), and, for a share of people or things, what the share
// is or does ("One in four adults in England is obese" → obese). Two claims that share a figure and
// a word or two are about the same thing only if these agree: see ./figureAgreement.

/** The words of a figure, as stems in text order; each empty where the text does not say. */
export interface FigureWords {
  /** The noun phrase the figure counts: "5,500 confirmed exoplanets" → confirm, exoplanet. */
  readonly counted: readonly string[];
  /** The noun phrase whose change or level the figure measures: "Knife crime rose 9 percent" → knife, crime. */
  readonly subject: readonly string[];
  /** For a share, what the counted people or things are or do: "one in four adults … is obese" → obes. */
  readonly predicate: readonly string[];
}

/** At most this many words of a noun phrase are read: a head and its nearest modifiers. */
const MAX_PHRASE = 3;
/** At most this many words of a share's predicate: "are now classed as obese". */
const MAX_PREDICATE = 4;
/**
 * A figure's words are this near it, or their phrase's: at most this many words are passed over
 * to find them ("fell to", "are now classed as"), which bounds what a run-on sentence costs.
 */
const MAX_PASSED = 8;

// Verbs and nouns that say how a figure came about or stands (its change or its level): the words
// between a figure and the subject it measures ("rose", "peaked at", "was"), or between a figure
// and the thing a change is of ("a 9 percent rise in knife crime"). Function words ("is", "was",
// "has") are passed over anyway.
const MEASURE_WORDS =
  'rise rises rose risen rising fall falls fell fallen falling grow grows grew grown growth increase increased decrease decreased ' +
  'drop dropped declined decline climb climbed jump jumped peak peaked double doubled halve halved triple tripled widen widened ' +
  'narrow narrowed expand expanded shrink shrank soar soared surge surged plunge plunged slump slumped reach reached hit total ' +
  'totalled totaled stand stood top topped exceed exceeded amount amounted average averaged ease eased dip dipped tumble tumbled ' +
  'edge edged stay stayed remain remained come came cost costs run ran';
const MEASURE: ReadonlySet<string> = new Set(MEASURE_WORDS.split(' ').map((w) => porter2(w)));

/** Whether a stem is of a verb or noun that says how a figure came about or stands ("rose", "grew", "peaked"). */
export function isMeasureWord(stem: string): boolean {
  return MEASURE.has(stem);
}

// What may stand between a figure and its counted noun phrase ("3,000 of its bus services").
const DETERMINERS: ReadonlySet<string> = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'all']);
// What opens the phrase a change is of ("a rise in knife crime"), or a place after a share's people ("adults in England").
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'across', 'from', 'among', 'for']);
// Punctuation that ends a phrase between two tokens (a hyphen does not: "break-ins").
const BOUNDARY = /[,.;:!?()[\]{}"“”«»—–]/;
// Words that make a figure a multiple ("30-fold", "thirty times"), as a unit does a measure.
const MULTIPLES: ReadonlySet<string> = new Set(['fold', 'times']);
// Words of when, which end a phrase: "4.5 millimetres every year", "4.99 percent next year".
const TIMES: ReadonlySet<string> = new Set(['every', 'each', 'next', 'last', 'ago']);
// A figure after these is the subject's level: "Turnout … was 67.3 percent".
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// Plurals that do not end in "s".
const PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women']);
const ADVERB = /ly$/;

/**
 * The words of the figure whose first token is `tokens[at]` (its unit, if any, the next). `text`
 * is what the tokens' offsets are in: its punctuation ends phrases.
 */
export function figureWordsAt(text: string, tokens: readonly NormToken[], at: number, stems: Stems): FigureWords {
  const read = reader(text, tokens, stems);
  const next = tokens[at + 1]?.norm ?? '';
  const unit = (UNITS.has(next) || MULTIPLES.has(next)) && !read.ends(at) ? at + 1 : at;
  const counted = countedOf(read, unit);
  const stemsOf = (ks: readonly number[]): string[] => ks.map(read.stem);
  return { counted: stemsOf(counted), subject: stemsOf(subjectOf(read, at)), predicate: stemsOf(predicateOf(read, unit, counted)) };
}

/** A text's tokens, and what the readings of its figures ask of them, by token index. */
interface Reader {
  readonly tokens: readonly NormToken[];
  norm(k: number): string;
  stem(k: number): string;
  /** Whether punctuation ends a phrase after token `k` (or it is the last). */
  ends(k: number): boolean;
  /** Whether token `k` is a content word: not a function word, a figure or a word of when. */
  isContent(k: number): boolean;
  /** The content words from `from` on, at most `limit`, up to a function word, figure or punctuation. */
  runFrom(from: number, limit: number): number[];
  /** The content words up to `to`, at most MAX_PHRASE, back to a function word, figure or punctuation. */
  runBefore(to: number): number[];
}

function reader(text: string, tokens: readonly NormToken[], stems: Stems): Reader {
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  const ends = (k: number): boolean => {
    const a = tokens[k];
    const b = tokens[k + 1];
    return !a || !b || BOUNDARY.test(text.slice(a.end, b.start));
  };
  const isContent = (k: number): boolean => {
    const n = norm(k);
    return n.length > 1 && !isFigureNorm(n) && !isFunctionWord(n) && !TIMES.has(n);
  };
  return {
    tokens,
    norm,
    stem: (k) => stems.of(norm(k)),
    ends,
    isContent,
    runFrom(from, limit) {
      const run: number[] = [];
      for (let k = from; k < tokens.length && run.length < limit && isContent(k) && (k === from || !ends(k - 1)); k++) run.push(k);
      return run;
    },
    runBefore(to) {
      const run: number[] = [];
      for (let k = to; k >= 0 && run.length < MAX_PHRASE && isContent(k) && !ends(k); k--) run.unshift(k);
      return run;
    },
  };
}

/** What the figure ending at token `unit` counts: after it, past "of the"; a change there ("a 9 percent rise") is of what follows its preposition. */
function countedOf(read: Reader, unit: number): number[] {
  if (read.ends(unit)) return [];
  let from = unit + 1;
  while (from - unit <= MAX_PASSED && DETERMINERS.has(read.norm(from)) && !read.ends(from)) from++;
  let counted = read.runFrom(from, MAX_PHRASE);
  // A count's noun is plural, and what follows it is not of it: "45 percent of voters support …".
  const plural = isCount(read.norm(unit)) ? counted.findIndex((k) => isPlural(read.norm(k))) : -1;
  if (plural >= 0) counted = counted.slice(0, plural + 1);
  const last = counted.at(-1);
  if (last !== undefined && MEASURE.has(read.stem(last)) && PREPOSITIONS.has(read.norm(last + 1)) && !read.ends(last)) {
    const of = read.runFrom(last + 2, MAX_PHRASE);
    if (of.length > 0) counted = [...counted.slice(0, -1), ...of];
  }
  return counted;
}

/**
 * What the figure starting at token `at` measures: before it, past function words, adverbs and a
 * verb that measures ("rose", "was"), or next to it as in "turnout of 67.3 percent".
 */
function subjectOf(read: Reader, at: number): number[] {
  let k = at - 1;
  let measured = false;
  while (k >= 0 && at - k <= MAX_PASSED && !read.ends(k)) {
    const norm = read.norm(k);
    if (COPULAS.has(norm)) measured = true;
    if (isFunctionWord(norm) || ADVERB.test(norm)) k--;
    // A second verb that measures is passed only before a preposition: "rise by an average of", not "growth rose".
    else if (MEASURE.has(read.stem(k)) && (!measured || isFunctionWord(read.norm(k + 1)))) {
      measured = true;
      k--;
    } else break;
  }
  const subject = measured || (k === at - 2 && read.norm(at - 1) === 'of') ? read.runBefore(k) : [];
  // Of a phrase with a place or a time, the first is the subject: "Turnout at the general election was …".
  let p = (subject[0] ?? 0) - 1;
  while (p >= 0 && (subject[0] ?? 0) - p <= MAX_PASSED && ARTICLES.has(read.norm(p)) && !read.ends(p)) p--;
  if (subject.length === 0 || !PREPOSITIONS.has(read.norm(p)) || read.ends(p)) return subject;
  const before = read.runBefore(p - 1);
  return before.length > 0 ? before : subject;
}

/** For a share with people or things `counted`, what follows them, past a place ("in England"), to the end of the clause. */
function predicateOf(read: Reader, unit: number, counted: readonly number[]): number[] {
  const end = counted.at(-1);
  if (read.norm(unit) !== 'percent' || end === undefined || read.ends(end)) return [];
  let p = end + 1;
  if (PREPOSITIONS.has(read.norm(p)) && !read.ends(p)) p += 1 + read.runFrom(p + 1, MAX_PHRASE).length;
  const predicate: number[] = [];
  for (; p < read.tokens.length && p - end <= 2 * MAX_PASSED && predicate.length < MAX_PREDICATE && !isFigureNorm(read.norm(p)); p++) {
    if (read.isContent(p)) predicate.push(p);
    if (read.ends(p)) break;
  }
  return predicate;
}

/** A reader of the words of a text's figures, each by the offset where it starts: read once asked for, then kept. */
export function figureWordsOf(text: string, tokens: readonly NormToken[], stems: Stems): (start: number) => FigureWords | undefined {
  const read = new Map<number, FigureWords | undefined>();
  return (start) => {
    if (!read.has(start)) {
      const k = firstIndex(tokens.length, (i) => (tokens[i]?.start ?? 0) >= start);
      read.set(start, tokens[k]?.start === start ? figureWordsAt(text, tokens, k, stems) : undefined);
    }
    return read.get(start);
  };
}

/** The words of each figure of a text, by its term (see ../text/terms): a figure may be written more than once. */
export function figuresOf(text: string, tokens: readonly NormToken[], stems: Stems): Map<string, FigureWords[]> {
  const byTerm = new Map<string, FigureWords[]>();
  const at = new Map(tokens.map((t, k) => [t.start, k]));
  for (const term of termsOf(tokens, stems)) {
    const k = at.get(term.start);
    if (!term.figure || k === undefined) continue;
    const words = figureWordsAt(text, tokens, k, stems);
    const known = byTerm.get(term.term);
    if (known) known.push(words);
    else byTerm.set(term.term, [words]);
  }
  return byTerm;
}

/** Whether a figure whose unit (or own token) is `unit` counts people or things: a bare number, or a share. */
function isCount(unit: string): boolean {
  return isFigureNorm(unit) || unit === 'percent';
}

/** Whether a normalized word looks plural: "voters", "burglaries", "children"; not "loss", "virus", "analysis". */
function isPlural(norm: string): boolean {
  return PLURALS.has(norm) || (norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is)$/.test(norm));
}
