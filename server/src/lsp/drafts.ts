import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editDraft, openDraft, type CheckOptions, type Draft, type TextChange } from '../core';

/**
 * The engine's incremental state of each open draft. The editor's changes are recorded as they
 * arrive and applied when the draft is next checked, so that a check after an edit re-parses only
 * the blocks the edit touched.
 */
export class OpenDrafts {
  private readonly drafts = new Map<string, { draft: Draft; pending: TextChange[] }>();

  /**
   * Applies content changes to a document as `TextDocuments` does, recording each change in
   * offsets first (a change's range refers to the text after the changes before it).
   */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    const entry = this.drafts.get(document.uri);
    let doc = document;
    for (const change of changes) {
      if (entry) {
        const whole = !('range' in change);
        const start = whole ? 0 : doc.offsetAt(change.range.start);
        const end = whole ? doc.getText().length : doc.offsetAt(change.range.end);
        entry.pending.push({ start, end, text: change.text });
      }
      doc = TextDocument.update(doc, [change], version);
    }
    return doc;
  }

  /**
   * The draft for `text`, the checked part of the document's current text, brought up to date.
   * Changes past the checked part of a draft too long to check whole leave it as it is.
   */
  draftOf(uri: string, text: string, options: CheckOptions): Draft {
    const entry = this.drafts.get(uri);
    let draft: Draft | undefined;
    if (entry && entry.draft.options === options) {
      draft = entry.draft;
      for (const change of entry.pending) {
        if (change.start <= draft.text.length) draft = editDraft(draft, { ...change, end: Math.min(change.end, draft.text.length) });
      }
    }
    // A missed change would leave stale findings for good: start afresh whenever the texts differ.
    if (draft?.text !== text) draft = openDraft(text, options);
    this.drafts.set(uri, { draft, pending: [] });
    return draft;
  }

  close(uri: string): void {
    this.drafts.delete(uri);
  }
}
