import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReviewClock } from '../core/ledger';
import type { DraftLibrary } from '../host/draftLibrary';
import { entryText, referenceText, render } from './markup';

// "[@", "[see @", "[@a; @" … up to the cursor: the key typed so far is group 1.
const CITATION_BEFORE_CURSOR = /\[[^[\]]*?(?:^|[\s;[-]|(?<=\[))@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
// Returning 100,000 ids would stall the editor; clients filter as the writer types more.
const MAX_ITEMS = 200;

/** Claims-file ids, then the keys of the draft's bibliographies, for a citation being typed at `position`; null outside a citation. */
export function completeCitation(doc: TextDocument, position: Position, library: Pick<DraftLibrary, 'ledger' | 'references'>, markdown: boolean, clock?: ReviewClock): CompletionList | null {
  const before = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const typed = CITATION_BEFORE_CURSOR.exec(before);
  if (!typed) return null;
  const prefix = (typed[1] ?? '').toLowerCase();
  const range = { start: { line: position.line, character: position.character - (typed[1] ?? '').length }, end: position };
  const items: CompletionItem[] = [];
  const offer = (item: CompletionItem): boolean => {
    if (items.length === MAX_ITEMS) return false;
    items.push({ ...item, kind: CompletionItemKind.Reference, textEdit: { range, newText: item.label } });
    return true;
  };
  const { ledger, references } = library;
  for (const id of ledger.ids()) {
    const entry = ledger.get(id);
    if (!entry || !id.toLowerCase().startsWith(prefix)) continue;
    const detail = entry.claim ? `${entry.rating} — ${entry.claim}` : entry.rating;
    if (!offer({ label: id, detail, documentation: render(entryText(entry, clock), markdown) })) return { isIncomplete: true, items };
  }
  for (const reference of references) {
    // A key the claims file has too is cited as the claims-file entry.
    if (ledger.get(reference.key) || !reference.key.toLowerCase().startsWith(prefix)) continue;
    const detail = [reference.authors, reference.year && `(${reference.year})`, reference.title].filter(Boolean).join(' ');
    if (!offer({ label: reference.key, detail, documentation: render(referenceText(reference), markdown) })) return { isIncomplete: true, items };
  }
  return { isIncomplete: false, items };
}
