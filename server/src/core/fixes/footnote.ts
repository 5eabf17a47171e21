import { lineEnd, lineStart } from '../text/lines';
import type { Span } from '../types';
import { lineEnding, type TextEdit } from './edit';

// Numeric footnote labels of calls and definitions alike: "[^3]", "[^3]:".
const NUMERIC_LABEL = /\[\^(\d+)\]/g;
// Closing emphasis and footnote calls right after the sentence: a new call goes after them.
const AFTER_SENTENCE = /^[*_~]*(?:\[\^[^\]\s]+\])*/;
const DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;
// A note's further lines are indented so that they stay in the definition.
const CONTINUATION = '    ';

/**
 * Adds a footnote to `sentence` (draft offsets): a call right after its final punctuation and
 * closing quotes ("…conflict.[^3]"), and the definition `[^3]: note` after the document's last
 * block. The label is one more than the largest numeric label in the document (non-numeric ones
 * are ignored), so it never collides. The edits are in document order; when both insert at the
 * same offset, the call comes first, as LSP orders insertions at one position.
 */
export function footnoteEdits(text: string, sentence: Span, note?: string): TextEdit[] {
  const label = `[^${nextLabel(text)}]`;
  const call = callOffset(text, sentence);
  const eol = lineEnding(text);
  const end = contentEnd(text);
  // A blank line ends the last block, except after definitions: consecutive ones stay together.
  const separator = end === 0 ? '' : DEFINITION.test(lastBlockFirstLine(text, end)) ? eol : eol + eol;
  const definition = `${label}: ${(note ?? '').split(/\r?\n/).join(eol + CONTINUATION)}`;
  return [
    { span: { start: call, end: call }, newText: label },
    { span: { start: end, end }, newText: separator + definition },
  ];
}

function nextLabel(text: string): number {
  let max = 0;
  for (const m of text.matchAll(NUMERIC_LABEL)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

function callOffset(text: string, sentence: Span): number {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text.charAt(end - 1))) end--;
  return end + (AFTER_SENTENCE.exec(text.slice(end, lineEnd(text, end)))?.[0].length ?? 0);
}

/** The end of the last line that is not blank (before its line break), or 0 in a blank document. */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  while (end < text.length && (text.charAt(end) === ' ' || text.charAt(end) === '\t')) end++;
  return end;
}

/** The first line of the block (run of non-blank lines) that ends at `end`. */
function lastBlockFirstLine(text: string, end: number): string {
  let start = lineStart(text, end);
  while (start > 0) {
    const previous = lineStart(text, previousLineEnd(text, start));
    if (text.slice(previous, start).trim() === '') break;
    start = previous;
  }
  return text.slice(start, Math.min(lineEnd(text, start), end));
}

/** The end of the line before the one starting at `start` (after a "\r\n" too). */
function previousLineEnd(text: string, start: number): number {
  return text.charAt(start - 1) === '\n' && text.charAt(start - 2) === '\r' ? start - 2 : start - 1;
}
