import type { TextEdit } from '../../server/src/core/fixes/edit';

/**
 * Applies edits of one text the way an editor applies a WorkspaceEdit: every span refers to the
 * original text, and insertions at one offset appear in the order of the array.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.span.start - a.edit.span.start || b.index - a.index);
  let result = text;
  for (const { edit } of ordered) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}
