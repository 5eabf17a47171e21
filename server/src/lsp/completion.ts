import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Ledger, ReviewClock } from '../core';
import { entryText, render } from './markup';

// "[@", "[see @", "[@a; @" … up to the cursor: the key typed so far is group 1.
const CITATION_BEFORE_CURSOR = /\[[^[\]]*?(?:^|[\s;[-]|(?<=\[))@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
// Returning 100,000 ids would stall the editor; clients filter as the writer types more.
const MAX_ITEMS = 200;

/** Claims-file ids for a citation being typed at `position`, or null outside a citation. */
export function completeCitation(doc: TextDocument, position: Position, ledger: Ledger, markdown: boolean, clock?: ReviewClock): CompletionList | null {
  const before = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const typed = CITATION_BEFORE_CURSOR.exec(before);
  if (!typed) return null;
  const prefix = (typed[1] ?? '').toLowerCase();
  const range = { start: { line: position.line, character: position.character - (typed[1] ?? '').length }, end: position };
  const items: CompletionItem[] = [];
  let incomplete = false;
  for (const id of ledger.ids()) {
    if (!id.toLowerCase().startsWith(prefix)) continue;
    if (items.length === MAX_ITEMS) {
      incomplete = true;
      break;
    }
    const entry = ledger.get(id);
    if (!entry) continue;
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: entry.claim ? `${entry.rating} — ${entry.claim}` : entry.rating,
      documentation: render(entryText(entry, clock), markdown),
      textEdit: { range, newText: id },
    });
  }
  return { isIncomplete: incomplete, items };
}
