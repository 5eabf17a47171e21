import type { Analysis, CheckOptions, Checker, Draft } from '../core';
import type { ClaimsFile } from '../host/claimsStore';
import type { DraftLibrary } from '../host/draftLibrary';
import type { EditedDocument } from './document';
import type { ServerSettings } from './settings';

/** What a document is checked with: its folder's settings (with its configuration files' rules) and claims file. */
export interface Context {
  readonly settings: ServerSettings;
  readonly options: CheckOptions;
  readonly claims: ClaimsFile;
  /** Whether a configuration file says not to check the draft: its options then report nothing. */
  readonly ignored: boolean;
}

/** Everything a draft is checked with: its library joins its bibliographies' works to the claims file. */
export interface DraftContext extends Context {
  readonly library: DraftLibrary;
}

export interface CachedAnalysis {
  readonly version: number;
  readonly context: DraftContext;
  /** The checked part of the draft at `version`. */
  readonly draft: Draft;
  readonly analysis: Analysis;
}

// How long a hover or a code action waits for the analysis of the draft's current version; after
// that it answers with nothing rather than keep the writer waiting (a long draft still opening,
// a stretch the parser is slow on).
const ANSWER_WITHIN_MS = 500;

/**
 * The analysis of each open draft's current version: computed once however many ask for it (the
 * publish after an edit and a hover at the same moment share one computation), and kept until the
 * draft, its settings or its claims file change.
 */
export class Analyses {
  private readonly cache = new Map<string, CachedAnalysis>();
  /** The analysis being computed for each document, for which version and under which context generation. */
  private readonly running = new Map<string, { version: number; generation: number; done: Promise<CachedAnalysis> }>();
  /** Counts changes of what drafts are checked with (settings, claims files, bibliographies, configuration files). */
  private generation = 0;

  /**
   * @param contextOf what a document is checked with now
   * @param isOpen whether a document is still open (a draft closed while it was checked keeps nothing)
   */
  constructor(
    private readonly checker: Checker,
    private readonly contextOf: (doc: EditedDocument) => Promise<DraftContext>,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /** The analysis of the document's current version, computed now if the cached one is older. */
  of(doc: EditedDocument): Promise<CachedAnalysis> {
    const running = this.running.get(doc.uri);
    if (running?.version === doc.version && running.generation === this.generation) return running.done;
    // A check begun before the context changed gives the old context's findings: once it is done,
    // the draft is checked again if its context is not the same (else its result is kept).
    const before = running?.version === doc.version ? running.done.catch(() => undefined) : Promise.resolve();
    const done = before.then(() => this.compute(doc)).finally(() => {
      if (this.running.get(doc.uri)?.done === done) this.running.delete(doc.uri);
    });
    this.running.set(doc.uri, { version: doc.version, generation: this.generation, done });
    return done;
  }

  /** Says that what drafts are checked with has changed: checks under way no longer answer for the current versions. */
  contextChanged(): void {
    this.generation++;
  }

  /**
   * For requests that must answer at once (hover, code actions): the analysis of the document's
   * current version, or undefined when it is slow to come (its check goes on): at once when the
   * draft is known to take a while, else after a moment.
   */
  async now(doc: EditedDocument): Promise<CachedAnalysis | undefined> {
    const cached = this.cache.get(doc.uri);
    if (cached?.version !== doc.version && this.checker.isSlow(doc.uri)) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ANSWER_WITHIN_MS)));
    try {
      return await Promise.race([this.of(doc), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    this.cache.delete(uri);
    this.checker.close(uri);
  }

  private async compute(doc: EditedDocument): Promise<CachedAnalysis> {
    const context = await this.contextOf(doc);
    const cached = this.cache.get(doc.uri);
    const ledger = context.library.ledger;
    const same = cached?.context.claims === context.claims && cached.context.library.ledger === ledger && cached.context.options === context.options;
    if (cached && cached.version === doc.version && same) {
      return cached;
    }
    const { draft, analysis } = await this.checker.check(doc.uri, doc.content, doc.version, context.options, ledger);
    const fresh = { version: doc.version, context, draft, analysis };
    if (this.isOpen(doc.uri)) this.cache.set(doc.uri, fresh);
    return fresh;
  }
}
