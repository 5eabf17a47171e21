import type { Span } from '../types';
import { ASCII_CLASSES, charLength, classAt, DIGIT as DIGIT_CLASS, LETTER as LETTER_CLASS, NUMERAL } from './chars';
import { canonicalFigures, GLUED_CURRENCIES, YEAR } from './figures';
import { joinNumberPhrases } from './numberPhrases';
import { withPeriods } from './periods';

/** One word or number of a text, reduced to the form claims-file phrases are compared in. */
export interface NormToken {
  readonly norm: string;
  /** Offsets of the token in the original text. */
  readonly start: number;
  readonly end: number;
}

const STARTS_WITH_DIGIT = /^\d/;

/** Whether a token's norm is a figure: every figure is normalized to digits ("fourteen" → "14", "$3.2 billion" → "3200000000"). */
export function isFigureNorm(norm: string): boolean {
  return STARTS_WITH_DIGIT.test(norm);
}

// The scanner's classes, over the shared character classes (./chars). Tokens are runs of digits
// and letters (with marks and other numerals), with apostrophes inside words; everything else
// (hyphens, dashes, quotes, other punctuation) separates tokens.
const SEPARATOR = 0;
const DIGIT = 1;
const LETTER = 2;
const APOSTROPHE = 3;
const APOSTROPHES = /['’‘ʼ]/g;
// Only the combining diacritics of Latin, Greek and Cyrillic: vowel signs of Indic and other
// scripts are marks too, but removing them would change the word.
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
// What may join "twenty" and "five" into one number.
const NUMBER_JOINER = /^(?:\s+|[-‐‑])$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NTH_UNITS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const NTH_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

interface NumberWord {
  readonly value: number;
  readonly ordinal: boolean;
}

const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map<string, NumberWord>([
  ...UNITS.map((word, n) => [word, { value: n, ordinal: false }] as const),
  ...TENS.map((word, i) => [word, { value: 20 + 10 * i, ordinal: false }] as const),
  ...NTH_UNITS.map((word, i) => [word, { value: i + 1, ordinal: true }] as const),
  ...NTH_TENS.map((word, i) => [word, { value: 20 + 10 * i, ordinal: true }] as const),
]);

/**
 * Splits `text[span]` into normalized words and numbers: lower case, compatibility forms and
 * curly apostrophes folded, diacritics and in-word apostrophes dropped, thousands separators
 * removed, number words written as digits ("twenty-five" → "25", "fourteenth" → "14th"; "six point
 * four" → "6.4", see ./numberPhrases), and figures in one form ("$3.2 billion" → "3200000000 usd", "45%" → "45 percent"; see ./figures).
 */
export function normalizeTokens(text: string, span: Span = { start: 0, end: text.length }): NormToken[] {
  const tokens: NormToken[] = [];
  const end = span.end;
  // The value of the last token while it is a tens word ("twenty") that a unit word can complete.
  let tens = 0;
  let i = span.start;
  while (i < end) {
    const kind = kindAt(text, i, end);
    if (kind === DIGIT) {
      i = readNumber(text, i, end, tokens);
      tens = 0;
    } else if (kind === LETTER) {
      const start = i;
      i = gluedCurrencyEnd(text, i, end) ?? readWord(text, i, end);
      tens = addWord(text, start, i, tokens, tens);
    } else {
      i += charLength(text, i);
    }
  }
  return withPeriods(canonicalFigures(text, joinNumberPhrases(tokens)));
}

/** Whether `text` has a word or number, that is, any tokens (without making them). */
export function hasTokens(text: string): boolean {
  for (let i = 0; i < text.length; i += charLength(text, i)) {
    const kind = kindAt(text, i, text.length);
    if (kind === DIGIT || kind === LETTER) return true;
  }
  return false;
}

/** Adds the word `text[start, end)`, joined to a preceding tens word it completes; returns the new tens value. */
function addWord(text: string, start: number, end: number, tokens: NormToken[], tens: number): number {
  const word = fold(text.slice(start, end));
  const number = NUMBER_WORDS.get(word);
  if (!number) {
    // "thirtyfold" is "30-fold": a number word and "fold".
    const times = word.endsWith('fold') ? NUMBER_WORDS.get(word.slice(0, -4)) : undefined;
    if (times && !times.ordinal) tokens.push({ norm: String(times.value), start, end: end - 4 }, { norm: 'fold', start: end - 4, end });
    else tokens.push({ norm: word, start, end });
    return 0;
  }
  const previous = tokens[tokens.length - 1];
  if (tens > 0 && previous && number.value >= 1 && number.value <= 9 && NUMBER_JOINER.test(text.slice(previous.end, start))) {
    const value = tens + number.value;
    tokens[tokens.length - 1] = { norm: number.ordinal ? ordinal(value) : String(value), start: previous.start, end };
    return 0;
  }
  tokens.push({ norm: number.ordinal ? ordinal(number.value) : String(number.value), start, end });
  return !number.ordinal && number.value >= 20 ? number.value : 0;
}

/**
 * Adds the number starting at `start` and returns where it ends. Thousands separators count only
 * in groups of three ("1,2" is two numbers); a letter suffix stays on ordinals ("14th") and is its
 * own token otherwise ("3bn").
 */
function readNumber(text: string, start: number, end: number, tokens: NormToken[]): number {
  let i = skipDigits(text, start, end);
  if (i - start <= 3) {
    while (text.charCodeAt(i) === 0x2c && i + 4 <= end && skipDigits(text, i + 1, end) === i + 4) i += 4;
  }
  if (text.charCodeAt(i) === 0x2e && kindAt(text, i + 1, end) === DIGIT) i = skipDigits(text, i + 1, end);
  const number = fold(text.slice(start, i).replaceAll(',', ''));
  if (kindAt(text, i, end) !== LETTER) {
    tokens.push({ norm: yearRangeEnd(text, start, number, tokens), start, end: i });
    return i;
  }
  const suffixEnd = readWord(text, i, end);
  const suffix = fold(text.slice(i, suffixEnd));
  if (ORDINAL_SUFFIX.test(suffix)) tokens.push({ norm: number + suffix, start, end: suffixEnd });
  else tokens.push({ norm: number, start, end: i }, { norm: suffix, start: i, end: suffixEnd });
  return suffixEnd;
}

const RANGE_MARKS: ReadonlySet<string> = new Set(['-', '\u2013', '/']);

/** A year range's end written in two digits is that year: "2023-24", "2023–24" and "2023/24" end in 2024. */
function yearRangeEnd(text: string, start: number, number: string, tokens: readonly NormToken[]): string {
  const before = tokens.at(-1);
  if (number.length !== 2 || before === undefined || before.end !== start - 1 || !YEAR.test(before.norm) || !RANGE_MARKS.has(text.charAt(start - 1))) return number;
  const next = Number(before.norm) + 1;
  return next % 100 === Number(number) ? String(next) : number;
}

/** The end of a currency's abbreviation written solid with its number ("Rs2,000", "KSh346"), which is a word of its own; else undefined. */
function gluedCurrencyEnd(text: string, i: number, end: number): number | undefined {
  let j = i;
  while (j < end && j - i <= 3 && kindAt(text, j, end) === LETTER) j += charLength(text, j);
  // In capitals, as a sign is written: "rs232" is no money.
  const capital = /[A-Z]/.test(text.charAt(i));
  return capital && kindAt(text, j, end) === DIGIT && GLUED_CURRENCIES.has(fold(text.slice(i, j))) ? j : undefined;
}

/** The end of the word starting at `i`: letters and digits, with single apostrophes inside ("China’s"). */
function readWord(text: string, i: number, end: number): number {
  let j = skipAlphanumerics(text, i, end);
  while (kindAt(text, j, end) === APOSTROPHE && isAlphanumeric(kindAt(text, j + 1, end))) j = skipAlphanumerics(text, j + 1, end);
  return j;
}

function skipAlphanumerics(text: string, i: number, end: number): number {
  while (i < end && isAlphanumeric(kindAt(text, i, end))) i += charLength(text, i);
  return i;
}

function skipDigits(text: string, i: number, end: number): number {
  while (i < end && kindAt(text, i, end) === DIGIT) i += charLength(text, i);
  return i;
}

function isAlphanumeric(kind: number): boolean {
  return kind === DIGIT || kind === LETTER;
}

/** The class of the character at `i`; past `end`, a separator. */
function kindAt(text: string, i: number, end: number): number {
  if (i >= end) return SEPARATOR;
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_KINDS[c] ?? SEPARATOR;
  if (c === 0x2019 || c === 0x2018) return APOSTROPHE;
  // General Punctuation (dashes, curly quotes, special spaces) is most of the non-ASCII in prose.
  if (c >= 0x2000 && c <= 0x206f) return SEPARATOR;
  return kindOf(classAt(text, i));
}

/** This scanner's kind of a shared class: other numerals are part of words here ("x²"). */
function kindOf(kind: number): number {
  return kind === DIGIT_CLASS ? DIGIT : kind === LETTER_CLASS || kind === NUMERAL ? LETTER : SEPARATOR;
}

const ASCII_KINDS = Uint8Array.from(ASCII_CLASSES, (kind, c) => (c === 0x27 ? APOSTROPHE : kindOf(kind)));

function fold(raw: string): string {
  // Most words are plain lower-case ASCII: skip the copies, regexes and Unicode passes for them.
  let plain = true;
  let lower = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = c < 0x80 && c !== 0x27;
    lower &&= c < 0x41 || c > 0x5a;
  }
  if (plain) return lower ? raw : raw.toLowerCase();
  return raw.replace(APOSTROPHES, '').toLowerCase().normalize('NFKD').replace(DIACRITICS, '').normalize('NFC').replace(APOSTROPHES, '');
}

function ordinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return String(n) + suffix;
}
