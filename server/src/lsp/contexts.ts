import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { LedgerProblem } from '../core';
import type { Text } from '../core/text';
import { bibliographyFormat } from '../core/bibliography';
import { bibliographyPath } from '../host/bibliographyFiles';
import type { ClaimsFiles } from '../host/claimsStore';
import type { Context, DraftContext } from './analyses';
import { fileOf, type WorkspaceFolders } from './folders';
import { Libraries } from './libraries';
import type { ServerSettings } from './settings';
import type { SettingsCache } from './settingsCache';

const NONE: readonly LedgerProblem[] = [];

/** Where a bibliography's problems go: published on the file. */
export type PublishBibliography = (uri: string, problems: readonly LedgerProblem[], text: TextDocument, settings: ServerSettings) => void;

/**
 * What each document is checked with: its folder's settings and claims file, and for a draft the
 * works of its bibliographies, whose problems are published on them once per reading.
 */
export class Contexts {
  private readonly libraries = new Libraries();
  /** The problems last published for each bibliography file, by path. */
  private readonly published = new Map<string, readonly LedgerProblem[]>();

  /** @param watched whether the client reports file changes (else the claims file is looked up afresh each time) */
  constructor(
    private readonly settings: SettingsCache,
    private readonly folders: WorkspaceFolders,
    private readonly claimsFiles: ClaimsFiles,
    private readonly watched: () => boolean,
    private readonly publish: PublishBibliography,
  ) {}

  async of(uri: string): Promise<Context> {
    const folder = this.folders.of(uri);
    const settings = await this.settings.of(folder);
    const setting = settings.claimsFile;
    // Remembered until a claims file appears or disappears, for clients that report that.
    const claimsPath = this.watched() ? this.claimsFiles.resolveRemembered(fileOf(uri), folder, setting) : this.claimsFiles.resolve(fileOf(uri), folder, setting);
    // The first time, this waits for the file to be read: in steps or on the worker thread when it
    // is long, so that other requests are answered meanwhile, and no longer than it may take.
    const claims = claimsPath ? await this.claimsFiles.get(claimsPath) : this.claimsFiles.none();
    return { settings, options: this.settings.optionsFor(settings), claims };
  }

  /**
   * What a draft is checked with: its folder's context, and the works of the bibliographies it
   * names (in its front matter) and its folder's settings name, joined to its claims file.
   */
  async ofDraft(uri: string, text: Text): Promise<DraftContext> {
    const context = await this.of(uri);
    const folder = this.folders.of(uri);
    const workspace = context.settings.bibliographies.flatMap((path) => bibliographyPath(path, folder) ?? []);
    const library = this.libraries.of(uri, fileOf(uri), text, context.claims.ledger, workspace, folder);
    for (const file of library.files) {
      // A file that can no longer be read (deleted, say) keeps no problems.
      const problems = file.text === undefined ? NONE : (library.fileProblems.get(file.path) ?? NONE);
      if (this.published.get(file.path) === problems || (file.text === undefined && !this.published.has(file.path))) continue;
      this.published.set(file.path, problems);
      const fileUri = URI.file(file.path).toString();
      this.publish(fileUri, problems, TextDocument.create(fileUri, bibliographyFormat(file.path) ?? 'plaintext', 0, file.text ?? ''), context.settings);
    }
    return { ...context, library };
  }

  /** A file changed on disk: whether it is a bibliography a draft uses, which is then read again. */
  bibliographyChanged(path: string): boolean {
    if (!this.libraries.files.knows(path)) return false;
    this.libraries.files.forget(path);
    return true;
  }

  /** A draft closed, or was checked from disk ("Check All Drafts"). */
  forget(uri: string): void {
    this.libraries.forget(uri);
  }
}
