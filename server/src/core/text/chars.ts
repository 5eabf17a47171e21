// The character classes both scanners read prose by (./tokens for detection, ./normalize for
// claims-file matching): one classifier, two grammars over it. ASCII is looked up in a table;
// other code points are classified once by their Unicode properties and remembered, since the
// property regexes cost several times more than a look-up and run on every keystroke's sentences.

export const OTHER = 0;
export const SPACE = 1;
/** A letter or a combining mark. */
export const LETTER = 2;
/** A decimal digit. */
export const DIGIT = 3;
/** A numeral that is not a decimal digit ("²", "Ⅻ"). */
export const NUMERAL = 4;

/** The class of each ASCII character, for scanners' inline fast paths. */
export const ASCII_CLASSES: Readonly<Uint8Array> = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 0x30 && c <= 0x39 ? DIGIT
  : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER
  : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? SPACE
  : OTHER,
);
const LETTER_CHAR = /^[\p{L}\p{M}]$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;
const NUMERAL_CHAR = /^\p{N}$/u;
const SPACE_CHAR = /^\s$/u;

/** Classes of the non-ASCII code points met so far, bounded so that no draft can grow it at will. */
const seen = new Map<number, number>();
const SEEN_LIMIT = 4096;

/** The class of the character at `i`; past the text, other. */
export function classAt(text: string, i: number): number {
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

/** Whether the character at `i` is white space as `/\s/` reads it: a table look-up for ASCII, not a regex call. */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && classAt(text, i) === SPACE;
}

/** 2 for a surrogate pair, 1 otherwise (a lone surrogate is one character of its own). */
export function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
