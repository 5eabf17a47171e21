/**
 * The engine's door for quick fixes: the text edits that cite an entry, add a footnote, silence a
 * claim, or add an entry to the claims file, and the ids to suggest.
 */
export { citeEdit } from './fixes/cite';
export type { TextEdit } from './fixes/edit';
export { checkedFigureEdits } from './fixes/figures';
export { footnoteEdits } from './fixes/footnote';
export { ignoreEdit } from './fixes/ignore';
export { appendEntryEdit, type AppendResult, type NewEntry } from './ledger/append';
export { suggestId } from './ledger/suggest';
export { closestIds } from './ledger/closest';
