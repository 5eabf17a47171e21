import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { editDraft, mayReparseWhole, openingDraft, opensInSteps, sameText, touchedLength, type CheckOptions, type Draft, type Text, type TextChange } from '../core';
import { EditedDocument } from './document';

// A worker takes about 0.3 s to start (it loads the server's bundle): worth it for drafts whose
// parse could hold up requests for longer; shorter ones open here, chunk by chunk.
const OPEN_ELSEWHERE_FROM = 256 * 1024;

/**
 * The engine's incremental state of each open draft. The editor's changes are recorded as they
 * arrive and applied when the draft is next checked, so that a check after an edit re-parses only
 * the blocks the edit touched.
 */
export class OpenDrafts {
  /** Each draft (undefined while it is being opened) and the changes made since. */
  private readonly drafts = new Map<string, { draft: Draft | undefined; pending: TextChange[] }>();

  /**
   * @param pause lets other work run between the steps of opening a long draft here
   * @param openElsewhere opens a long draft off this thread (see host/draftWorker); when it fails,
   *   the draft opens here
   */
  constructor(
    private readonly pause: () => Promise<void>,
    private readonly openElsewhere?: (text: Text, options: CheckOptions) => Promise<Draft>,
  ) {}

  /**
   * Applies content changes to a document as `TextDocuments` does, recording each change in
   * offsets first (a change's range refers to the text after the changes before it).
   */
  update(document: EditedDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): EditedDocument {
    const entry = this.drafts.get(document.uri);
    return EditedDocument.update(document, changes, version, entry && ((change) => entry.pending.push(change)));
  }

  /**
   * The draft for `text`, the checked part of the document's current text, brought up to date.
   * Changes past the checked part of a draft too long to check whole leave it as it is.
   */
  async draftOf(uri: string, text: Text, options: CheckOptions): Promise<Draft> {
    const entry = this.drafts.get(uri);
    let draft = entry?.draft?.options === options && !this.reopens(entry) ? entry.draft : undefined;
    if (entry && draft) {
      const last = entry.pending.length - 1;
      for (const [i, change] of entry.pending.entries()) {
        if (change.start > draft.text.length) continue;
        const clipped = { ...change, end: Math.min(change.end, draft.text.length) };
        // A draft's text is the start of the document's (changes past it are left out), so when
        // the last change gives it the checked text's length it gives it the checked text: the
        // draft shares that rope rather than build its own.
        const length = draft.text.length + clipped.text.length - (clipped.end - clipped.start);
        draft = editDraft(draft, clipped, i === last && length === text.length ? text : undefined);
      }
    }
    // A missed change would leave stale findings for good: start afresh whenever the texts differ.
    if (draft && sameText(draft.text, text)) {
      this.drafts.set(uri, { draft, pending: [] });
      return draft;
    }
    // Changes made while the draft opens are recorded, to be applied at the next check.
    const opening: { draft: Draft | undefined; pending: TextChange[] } = { draft: undefined, pending: [] };
    this.drafts.set(uri, opening);
    opening.draft = await this.open(text, options);
    return opening.draft;
  }

  private async open(text: Text, options: CheckOptions): Promise<Draft> {
    if (this.openElsewhere && text.length >= OPEN_ELSEWHERE_FROM) {
      try {
        return await this.openElsewhere(text, options);
      } catch {
        // No worker (or it failed): open the draft here, step by step.
      }
    }
    const steps = openingDraft(text, options);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await this.pause();
    }
  }

  /** Whether checking `text` now means opening a long draft (or one is under way). */
  opensSlowly(uri: string, text: Text): boolean {
    const entry = this.drafts.get(uri);
    return entry ? entry.draft === undefined || this.reopens(entry) : opensInSteps(text);
  }

  /**
   * Whether the changes since a long draft was checked may re-parse as much as opening it does (a
   * block that long, a definition, the front matter): then it is reopened, off this thread, rather
   * than hold up requests.
   */
  private reopens({ draft, pending }: { draft: Draft | undefined; pending: readonly TextChange[] }): boolean {
    if (draft === undefined || this.openElsewhere === undefined || draft.text.length < OPEN_ELSEWHERE_FROM) return false;
    return pending.some((c) => c.end <= draft.text.length && (touchedLength(draft, c) >= OPEN_ELSEWHERE_FROM || mayReparseWhole(draft, c)));
  }

  close(uri: string): void {
    this.drafts.delete(uri);
  }
}
