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

// Words keep internal apostrophes ("China’s", "don't") and digits ("G7", "COVID"); numbers keep
// their thousands separators and decimals ("3,000", "2.5"), never a trailing period.
const TOKEN = /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)|(\p{Nd}+(?:[.,]\p{Nd}+)*)|(\S)/gu;

/** Splits `text[span]` into tokens. White space is dropped; every other character is in a token. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = span.start;
  let previousEnd = span.start;
  let first = true;
  for (let m = re.exec(text); m !== null && m.index < span.end; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, span.end);
    const type: TokenType = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    tokens.push({
      type,
      text: text.slice(m.index, end),
      start: m.index,
      end,
      spaceBefore: first || m.index > previousEnd,
    });
    previousEnd = end;
    first = false;
  }
  return tokens;
}
