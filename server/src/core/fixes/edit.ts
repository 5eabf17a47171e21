import type { Span } from '../types';

/**
 * A change to a text: `span` (UTF-16 offsets into the text being edited) is replaced by `newText`;
 * an insertion has `span.start === span.end`. Fixes return these as plain data and hosts turn them
 * into editor edits, so the core never writes a file.
 */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** The text after one edit. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

/** The line ending a text uses (that of its first line), so inserted lines match their neighbours. */
export function lineEnding(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charAt(lf - 1) === '\r' ? '\r\n' : '\n';
}
