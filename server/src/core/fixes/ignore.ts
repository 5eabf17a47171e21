import { lineEnd, lineStart, nextLineStart } from '../text/lines';
import type { Span } from '../types';
import { lineEnding, type TextEdit } from './edit';

const DIRECTIVE = '<!-- fact-check-ignore-next -->';
// Blockquote markers and list markers (with the space after them) that open a line.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
// A GFM table's delimiter row ("|---|:--:|"): a table's header is the line above it.
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Silences the prose block that starts at `block.start` (a paragraph, heading or table cell of the
 * draft) with an ignore-next comment on the line above it. The comment line repeats the block's
 * blockquote markers and replaces list markers by spaces, so that the block stays in its list item
 * or blockquote. A table cannot hold a line of its own, so a cell's whole table is silenced.
 */
export function ignoreEdit(text: string, block: Span): TextEdit {
  const at = tableStart(text, block.start) ?? block.start;
  const prefix = text.slice(lineStart(text, at), at).replace(/[^>\s]/g, ' ');
  return { span: { start: at, end: at }, newText: DIRECTIVE + lineEnding(text) + prefix };
}

/**
 * Where the table starts when `offset` is one of its cells, found from the text alone (parsing the
 * whole draft again would cost seconds on a long one). The header row is the line above the
 * delimiter row: the cell's own row when the delimiter row follows it, else the row above the
 * nearest delimiter row up the adjacent non-blank lines of the same blockquote depth.
 */
function tableStart(text: string, offset: number): number | undefined {
  const start = lineStart(text, offset);
  if (!mayBeCell(text, start, offset)) return undefined;
  const depth = quoteDepth(text, start);
  const next = lineAfter(text, start);
  if (next !== undefined && isDelimiterRow(text, next, depth)) return contentStart(text, start);
  for (let row = start; row > 0; ) {
    const above = lineStart(text, row - 1);
    if (isDelimiterRow(text, above, depth)) return above > 0 ? contentStart(text, lineStart(text, above - 1)) : undefined;
    if (/^[\s>]*$/.test(lineOf(text, above)) || quoteDepth(text, above) !== depth) return undefined;
    row = above;
  }
  return undefined;
}

/**
 * A cell starts at its "|", or is the first cell of a row without a leading "|": then it starts its
 * line (after blockquote markers only: after a list marker it is a list item's paragraph), and
 * the line holds a "|" and is no heading.
 */
function mayBeCell(text: string, start: number, offset: number): boolean {
  const first = text.charAt(offset);
  if (first === '|') return true;
  return first !== '#' && /^[ \t>]*$/.test(text.slice(start, offset)) && lineOf(text, start).includes('|');
}

function isDelimiterRow(text: string, start: number, depth: number): boolean {
  const content = lineOf(text, start).slice(contentStart(text, start) - start);
  return content.includes('|') && DELIMITER_ROW.test(content) && quoteDepth(text, start) === depth;
}

function contentStart(text: string, start: number): number {
  return start + (CONTAINER_PREFIX.exec(lineOf(text, start))?.[0].length ?? 0);
}

function quoteDepth(text: string, start: number): number {
  const prefix = CONTAINER_PREFIX.exec(lineOf(text, start))?.[0] ?? '';
  return prefix.split('>').length - 1;
}

/** The line starting at `start`, without its line ending. */
function lineOf(text: string, start: number): string {
  return text.slice(start, lineEnd(text, start));
}

function lineAfter(text: string, start: number): number | undefined {
  return lineEnd(text, start) < text.length ? nextLineStart(text, start) : undefined;
}
