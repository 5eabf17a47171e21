import { sentenceAt, type Draft, type Span } from '../core';
import { citeEdit, suggestId } from '../core/fixes';
import { addEntry, type ActionContext } from './codeActions';
import type { AddSelectionResult } from './protocol';

// A selection longer than this is a whole claim, not a phrase that identifies it in drafts.
const MAX_MATCH_LENGTH = 80;

/**
 * "Add Selection to Claims File": the selected text becomes an unverified entry (and its match
 * phrase when it is short), cited at the end of the sentence where the selection ends.
 */
export async function addSelection(selection: Span, draft: Draft, context: ActionContext): Promise<AddSelectionResult> {
  const text = context.draft.getText();
  const selected = text.slice(selection.start, selection.end).replace(/\s+/g, ' ').trim();
  if (selected === '') return { error: 'Select the words of the claim first.' };
  const taken = (id: string): boolean => context.claims?.ledger.get(id) !== undefined;
  const id = suggestId({ kind: 'quantity', text: selected }, selected, taken);
  const sentence = sentenceAt(draft, Math.max(selection.start, selection.end - 1));
  const cite = sentence && citeEdit(text, sentence, id);
  const match = selected.length <= MAX_MATCH_LENGTH ? [selected] : [];
  return addEntry({ id, claim: selected, match }, cite ? [cite] : [], context);
}
