import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { editingDraft, openingDraft, sameText, type CheckOptions, type Draft, type Text, type TextChange } from '../core';
import type { Parsing } from '../host/parsing';
import { EditedDocument } from './document';

/** What is kept of one open draft. */
interface Entry {
  /** The draft as last brought up to date (undefined until it is first opened). */
  draft: Draft | undefined;
  /** The changes made since, each with the document version it belongs to. */
  readonly pending: Array<{ readonly change: TextChange; readonly version: number }>;
  /** The last update of the draft under way: updates of one draft run one after another. */
  last: Promise<unknown>;
  /** Whether an update under way takes a while (see `Parsing.run`). */
  slow: boolean;
}

/**
 * The engine's incremental state of each open draft. The editor's changes are recorded as they
 * arrive and applied when the draft is next checked, so that a check after an edit re-parses only
 * the blocks the edit touched.
 */
export class OpenDrafts {
  private readonly drafts = new Map<string, Entry>();

  constructor(private readonly parsing: Parsing) {}

  /**
   * Applies content changes to a document as `TextDocuments` does, recording each change in
   * offsets first (a change's range refers to the text after the changes before it).
   */
  update(document: EditedDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): EditedDocument {
    const entry = this.drafts.get(document.uri);
    return EditedDocument.update(document, changes, version, entry && ((change) => entry.pending.push({ change, version })));
  }

  /**
   * The draft for `text`, the checked part of the document's text at `version`, brought up to date.
   * Changes past the checked part of a draft too long to check whole leave it as it is.
   */
  draftOf(uri: string, text: Text, version: number, options: CheckOptions): Promise<Draft> {
    let entry = this.drafts.get(uri);
    if (!entry) this.drafts.set(uri, (entry = { draft: undefined, pending: [], last: Promise.resolve(), slow: false }));
    const current = entry;
    const done = current.last.then(() => this.bringUpToDate(current, text, version, options));
    current.last = done.catch(() => undefined);
    return done;
  }

  /** Whether the draft is being brought up to date by work that takes a while (opening a long draft, a slow stretch). */
  isSlow(uri: string): boolean {
    return this.drafts.get(uri)?.slow ?? false;
  }

  close(uri: string): void {
    this.drafts.delete(uri);
  }

  private async bringUpToDate(entry: Entry, text: Text, version: number, options: CheckOptions): Promise<Draft> {
    try {
      return await this.updated(entry, text, version, options);
    } finally {
      entry.slow = false;
    }
  }

  private async updated(entry: Entry, text: Text, version: number, options: CheckOptions): Promise<Draft> {
    const slow = (): void => {
      entry.slow = true;
    };
    let draft = entry.draft?.options === options ? entry.draft : undefined;
    // The changes up to this version; later ones (typed meanwhile) wait for the next check.
    const count = entry.pending.findIndex((p) => p.version > version);
    const changes = entry.pending.splice(0, count < 0 ? entry.pending.length : count);
    if (draft) {
      for (const [i, { change }] of changes.entries()) {
        if (change.start > draft.text.length) continue;
        const clipped = { ...change, end: Math.min(change.end, draft.text.length) };
        // A draft's text is the start of the document's (changes past it are left out), so when
        // the last change gives it the checked text's length it gives it the checked text: the
        // draft shares that rope rather than build its own.
        const length = draft.text.length + clipped.text.length - (clipped.end - clipped.start);
        const edited = i === changes.length - 1 && length === text.length ? text : undefined;
        draft = await this.parsing.run(editingDraft(draft, clipped, edited), options, length, slow);
      }
    }
    // A missed change would leave stale findings for good: start afresh whenever the texts differ.
    if (!draft || !sameText(draft.text, text)) draft = await this.parsing.run(openingDraft(text, options), options, text.length, slow);
    entry.draft = draft;
    return draft;
  }
}
