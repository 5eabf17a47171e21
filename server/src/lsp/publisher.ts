import { RAL, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LedgerProblem } from '../core';
import type { ClaimsFile } from '../host/claimsStore';
import type { Analyses, DraftContext } from './analyses';
import { claimsDiagnostics, draftDiagnostics, fileDiagnostics } from './diagnostics';
import type { EditedDocument } from './document';
import type { ServerSettings } from './settings';

/**
 * Sends diagnostics: a draft's once the writer pauses, never for a version that is gone and never
 * the same analysis twice; a saved draft's ("Check All Drafts"); a claims file's problems.
 */
export class Publisher {
  /** Cancels the work scheduled for each document. */
  private readonly scheduled = new Map<string, () => void>();
  /** The analysis last published for each document. */
  private readonly published = new Map<string, Analysis>();

  /** @param delayOf how long to wait after a change to a document before its work runs */
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<EditedDocument>,
    private readonly analyses: Analyses,
    private readonly delayOf: (uri: string) => number,
  ) {}

  /** Runs `work` for a document once the writer pauses, so that typing never waits for the checker. */
  schedule(uri: string, work: () => void): void {
    this.unschedule(uri);
    const run = (): void => {
      this.scheduled.delete(uri);
      work();
    };
    // A timer waits at least a millisecond: with no pause asked for, run as soon as this change is in.
    const delay = this.delayOf(uri);
    if (delay === 0) {
      // The runtime's own (Node's setImmediate; a browser has none).
      const immediate = RAL().timer.setImmediate(run);
      this.scheduled.set(uri, () => immediate.dispose());
    } else {
      const timer = setTimeout(run, delay);
      this.scheduled.set(uri, () => clearTimeout(timer));
    }
  }

  /** Publishes an open draft's diagnostics for its current version. */
  async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const { analysis, context } = await this.analyses.of(doc);
    // Settings are fetched asynchronously: the writer may have typed on meanwhile, and the newer
    // version has its own check scheduled. Never publish results for text that is gone.
    if (this.documents.get(uri)?.version !== doc.version) return;
    // Opening a draft asks for a check twice (open, then its first content): send a long list once.
    if (this.published.get(uri) === analysis) return;
    this.published.set(uri, analysis);
    await this.send(uri, doc, analysis, context, doc.version);
  }

  /** Publishes the diagnostics of a draft that is not open, as saved. */
  publishSaved(doc: TextDocument, analysis: Analysis, context: DraftContext): Promise<void> {
    return this.send(doc.uri, doc, analysis, context);
  }

  /** Publishes a claims file's problems: none when it does not exist. */
  async publishClaims(file: ClaimsFile, settings: ServerSettings): Promise<void> {
    const text = file.current;
    const diagnostics = text ? claimsDiagnostics(file, text, settings.check, settings.maxNumberOfProblems) : [];
    await this.connection.sendDiagnostics({ uri: file.uri, diagnostics });
  }

  /** Publishes a bibliography's problems (its own, and keys that are claims-file ids too), or a configuration file's. */
  async publishFile(code: 'bibliography' | 'config-file', uri: string, problems: readonly LedgerProblem[], text: TextDocument, settings: ServerSettings): Promise<void> {
    await this.connection.sendDiagnostics({ uri, diagnostics: fileDiagnostics(problems, text, settings.check, code) });
  }

  /** A document closed: its pending work is dropped and what was published of it forgotten. */
  forget(uri: string): void {
    this.unschedule(uri);
    this.published.delete(uri);
  }

  /** Takes a closed draft's diagnostics away. */
  async clear(uri: string): Promise<void> {
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Drops every pending check (shutting down). */
  dispose(): void {
    for (const cancel of this.scheduled.values()) cancel();
    this.scheduled.clear();
  }

  private unschedule(uri: string): void {
    this.scheduled.get(uri)?.();
    this.scheduled.delete(uri);
  }

  private send(uri: string, doc: TextDocument, analysis: Analysis, context: DraftContext, version?: number): Promise<void> {
    const own = fileDiagnostics(context.library.draftProblems, doc, context.settings.check);
    const diagnostics: Diagnostic[] = [...own, ...draftDiagnostics(analysis, doc, context.claims, context.settings.maxNumberOfProblems)];
    return this.connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics });
  }
}
