import type { Span } from '../types';

export type TokenType = 'word' | 'number' | 'punct';

/** A word, a number or one punctuation character of prose, with its offsets. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Whether white space separates this token from the previous one (true for the first). */
  readonly spaceBefore: boolean;
}

// Words are a letter or mark, then letters, marks and numerals ("G7", "COVID"), with letters after
// internal apostrophes ("China’s", "don't"). Numbers are decimal digits with thousands separators
// and decimals ("3,000", "2.5"), never a trailing period. Any other non-space character is a token
// of its own. A hand-written scanner: the equivalent Unicode-property regex cost a third of detection.
const OTHER = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
/** A numeral that is not a decimal digit ("²", "Ⅻ"): inside words only. */
const NUMERAL = 4;
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 0x30 && c <= 0x39 ? DIGIT
  : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER
  : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? SPACE
  : OTHER,
);
const LETTER_CHAR = /^[\p{L}\p{M}]$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;
const NUMERAL_CHAR = /^\p{N}$/u;
const SPACE_CHAR = /^\s$/u;
// Classes of the non-ASCII code points met so far, bounded so that no draft can grow it at will.
const seen = new Map<number, number>();
const SEEN_LIMIT = 4096;

/** Splits `text[span]` into tokens. White space is dropped; every other character is in a token. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  let previousEnd = span.start;
  // Like a Unicode regex, a span starting inside a surrogate pair starts with the pair.
  let i = span.start > 0 && charLength(text, span.start - 1) === 2 ? span.start - 1 : span.start;
  while (i < span.end) {
    const kind = classAt(text, i);
    if (kind === SPACE) {
      i += charLength(text, i);
      continue;
    }
    // A token may run past the span, as the text goes on; it is cut at the span's end.
    const next = kind === LETTER ? wordEnd(text, i) : kind === DIGIT ? numberEnd(text, i) : i + charLength(text, i);
    const end = Math.min(next, span.end);
    tokens.push({
      type: kind === LETTER ? 'word' : kind === DIGIT ? 'number' : 'punct',
      text: text.slice(i, end),
      start: i,
      end,
      spaceBefore: tokens.length === 0 || i > previousEnd,
    });
    previousEnd = end;
    i = next;
  }
  return tokens;
}

function wordEnd(text: string, i: number): number {
  let j = skip(text, i, true);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c !== 0x27 && c !== 0x2019) || classAt(text, j + 1) !== LETTER) return j;
    j = skip(text, j + 1, false);
  }
}

function numberEnd(text: string, i: number): number {
  let j = skipDigits(text, i);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c !== 0x2e && c !== 0x2c) || classAt(text, j + 1) !== DIGIT) return j;
    j = skipDigits(text, j + 1);
  }
}

/** The end of the letters (and, with `numerals`, digits and other numerals) from `i`. */
function skip(text: string, i: number, numerals: boolean): number {
  for (;;) {
    // ASCII inline: most of every word is.
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const ascii = ASCII_CLASSES[c];
      if (ascii === LETTER || (numerals && ascii === DIGIT)) {
        i++;
        continue;
      }
      return i;
    }
    const kind = classAt(text, i);
    if (kind !== LETTER && !(numerals && (kind === DIGIT || kind === NUMERAL))) return i;
    i += charLength(text, i);
  }
}

function skipDigits(text: string, i: number): number {
  while (classAt(text, i) === DIGIT) i += charLength(text, i);
  return i;
}

/** The class of the character at `i`; past the text, other. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return OTHER;
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_CLASSES[c] ?? OTHER;
  const code = text.codePointAt(i) ?? c;
  let kind = seen.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = LETTER_CHAR.test(char) ? LETTER : DIGIT_CHAR.test(char) ? DIGIT : NUMERAL_CHAR.test(char) ? NUMERAL : SPACE_CHAR.test(char) ? SPACE : OTHER;
    if (seen.size < SEEN_LIMIT) seen.set(code, kind);
  }
  return kind;
}

/** 2 for a surrogate pair, 1 otherwise. */
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
