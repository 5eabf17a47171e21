import type { Analysis } from './incremental/analysis';
import { editingDraft, openingDraft, type Draft, type DraftSteps, type TextChange } from './incremental/draft';
import { checkedLength, noteTruncation } from './incremental/limit';
import type { Ledger } from './ledger/ledger';
import type { CheckOptions } from './options';
import { editText, sameText, type Text } from './text/rope';

/**
 * How a host runs the engine's stepped work: where each parse job runs (here, or on a worker
 * thread with a deadline) and when judging the findings pauses for other requests. The Node
 * hosts' is `Parsing` (server/src/host/parsing.ts).
 */
export interface StepRunner {
  /** Runs the steps that open or edit a draft of `length` characters; `slow` is called once they take a while. */
  run(steps: DraftSteps, options: CheckOptions, length: number, slow?: () => void): Promise<Draft>;
  /** The draft's findings against `ledger` (see `analyzingDraft`). */
  analyze(draft: Draft, ledger: Ledger): Promise<Analysis>;
}

/** A document's check: the draft the engine keeps (its checked part) and its findings. */
export interface Checked {
  readonly draft: Draft;
  readonly analysis: Analysis;
}

/** What is kept of one open document. */
interface Entry {
  /** The draft as last brought up to date (undefined until it is first checked). */
  draft: Draft | undefined;
  /** The changes made since, each with the document version it belongs to. */
  readonly pending: Array<{ readonly change: TextChange; readonly version: number }>;
  /** The last check under way: checks of one document run one after another. */
  last: Promise<unknown>;
  /** Whether a check under way takes a while (see `StepRunner.run`). */
  slow: boolean;
}

/**
 * The engine's state of each open document, kept between edits: changes are recorded as the
 * editor sends them and applied at the next check, so that a check after an edit re-parses only
 * the blocks the edit touched. A document longer than `maxDraftLength` is checked up to the last
 * line break before it, with a note saying so; changes past that leave its draft as it is. Any
 * doubt that the kept draft matches the text (a missed change, new options) opens it afresh.
 */
export class Checker {
  private readonly documents = new Map<string, Entry>();

  constructor(private readonly runner: StepRunner) {}

  /** Whether the document has been checked and not closed since: only its changes are worth recording. */
  isOpen(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** Records a change of an open document, made at `version`, in offsets of the text before it. */
  changed(uri: string, change: TextChange, version: number): void {
    this.documents.get(uri)?.pending.push({ change, version });
  }

  /** The check of the document's `text` at `version`, against `ledger`. */
  check(uri: string, text: Text, version: number, options: CheckOptions, ledger: Ledger): Promise<Checked> {
    let entry = this.documents.get(uri);
    if (!entry) this.documents.set(uri, (entry = { draft: undefined, pending: [], last: Promise.resolve(), slow: false }));
    const current = entry;
    const done = current.last.then(() => this.checkNow(current, text, version, options, ledger));
    current.last = done.catch(() => undefined);
    return done;
  }

  /** Whether the document's check under way takes a while (opening a long draft, a slow stretch). */
  isSlow(uri: string): boolean {
    return this.documents.get(uri)?.slow ?? false;
  }

  close(uri: string): void {
    this.documents.delete(uri);
  }

  /** Checks a whole text at once, keeping nothing: the command line, "Check All Drafts", saved drafts. */
  async checkText(text: string, ledger: Ledger, options: CheckOptions): Promise<Analysis> {
    const checked = checkedLength(text, options.maxDraftLength);
    const draft = await this.runner.run(openingDraft(text.slice(0, checked), options), options, checked);
    return noteTruncation(await this.runner.analyze(draft, ledger), text.length, checked, options);
  }

  private async checkNow(entry: Entry, text: Text, version: number, options: CheckOptions, ledger: Ledger): Promise<Checked> {
    try {
      const checked = checkedLength(text, options.maxDraftLength);
      // The checked part of a rope is a rope: slicing it to a string would copy megabytes per keystroke.
      const draft = await this.updated(entry, checked === text.length ? text : editText(text, checked, text.length, ''), version, options);
      return { draft, analysis: noteTruncation(await this.runner.analyze(draft, ledger), text.length, checked, options) };
    } finally {
      entry.slow = false;
    }
  }

  /** The draft of `text`, the checked part of the document at `version`, brought up to date. */
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
        draft = await this.runner.run(editingDraft(draft, clipped, edited), options, length, slow);
      }
    }
    // A missed change would leave stale findings for good: start afresh whenever the texts differ.
    if (!draft || !sameText(draft.text, text)) draft = await this.runner.run(openingDraft(text, options), options, text.length, slow);
    entry.draft = draft;
    return draft;
  }
}
