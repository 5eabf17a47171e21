import { firstIndex } from '../search';
import type { Text } from './rope';

// Lines end at "\n", "\r\n" or a lone "\r", as in CommonMark and YAML.

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** 0-based line and UTF-16 column. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Converts offsets to line/column positions; lines end at "\n", "\r\n" or a lone "\r". */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = [0, ...lineBreaks(text)];
  }

  position(offset: number): Position {
    // The last line that starts at or before the offset (the first always does).
    const line = Math.max(0, firstIndex(this.starts.length, (i) => (this.starts[i] ?? 0) > offset) - 1);
    return { line, character: offset - (this.starts[line] ?? 0) };
  }
}

/** The start of the line that holds `offset`. */
export function lineStart(text: Text, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineEnding(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of the line that holds `offset`, before its line break. */
export function lineEnd(text: Text, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineEnding(text.charCodeAt(i))) i++;
  return i;
}

/** The start of the line after the one that holds `offset`, or the end of the text. */
export function nextLineStart(text: Text, offset: number): number {
  const i = lineEnd(text, offset);
  return text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : Math.min(i + 1, text.length);
}

/** Whether the line before the one starting at `offset` is blank (spaces and tabs only). */
export function afterBlankLine(text: Text, offset: number): boolean {
  if (offset <= 0 || !isLineEnding(text.charCodeAt(offset - 1))) return false;
  let i = offset - 1;
  if (text.charCodeAt(i) === LF && text.charCodeAt(i - 1) === CR) i--;
  while (i > 0 && !isLineEnding(text.charCodeAt(i - 1))) {
    const code = text.charCodeAt(i - 1);
    if (code !== SPACE && code !== TAB) return false;
    i--;
  }
  return true;
}

/** The offsets where a line starts after a line break ("\r\n" counts once). */
export function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR && text.charCodeAt(i + 1) === LF) continue;
    if (isLineEnding(c)) breaks.push(i + 1);
  }
  return breaks;
}

export function isLineEnding(code: number): boolean {
  return code === LF || code === CR;
}
