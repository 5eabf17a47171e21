// Where things stand in a claims file's text, for an entry appended in the file's own layout.

import type { Node } from 'yaml';
import { lineEnd, lineStart, nextLineStart } from '../text/lines';

/** One level of indentation where the file shows none to follow. */
export const INDENT_UNIT = '  ';

/** The offset of the "-" that introduces the list item starting at `start`, when on the same line. */
export function dashBefore(text: string, start: number): number | undefined {
  let k = start;
  while (k > 0 && (text.charAt(k - 1) === ' ' || text.charAt(k - 1) === '\t')) k--;
  return text.charAt(k - 1) === '-' ? k - 1 : undefined;
}

/** The indentation of the entries' keys relative to a flow list item: from its first line break. */
export function unitOf(text: string, items: readonly Node[], indent: string): string {
  for (const item of [...items].reverse()) {
    const range = item.range;
    if (!range) continue;
    const lf = text.slice(range[0], range[1]).indexOf('\n');
    if (lf < 0) continue;
    const inner = indentOf(text, range[0] + lf + 1);
    if (inner.length > indent.length && inner.startsWith(indent)) return inner.slice(indent.length);
  }
  return INDENT_UNIT;
}

export function isCommentDeeperThan(text: string, lineStart: number, column: number): boolean {
  const indent = indentOf(text, lineStart);
  return indent.length > column && text.charAt(lineStart + indent.length) === '#';
}

/** The offset just after the last non-space character before `end`. */
export function contentEnd(text: string, end: number): number {
  let k = end;
  while (k > 0 && /\s/.test(text.charAt(k - 1))) k--;
  return k;
}

/** The start of the line after the one ending at `end`, if any. */
export function nextLine(text: string, end: number): number | undefined {
  return lineEnd(text, end) < text.length ? nextLineStart(text, end) : undefined;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The white space that opens the line holding `offset`. */
export function indentOf(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
}
