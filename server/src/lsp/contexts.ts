import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LedgerProblem } from '../core';
import type { Text } from '../core/text';
import { bibliographyFormat } from '../core/bibliography';
import { bibliographyPath } from '../host/bibliographyFiles';
import type { ClaimsFiles } from '../host/claimsStore';
import type { ConfigFiles, FolderConfig } from '../host/configFiles';
import type { Files } from '../host/files';
import type { Context, DraftContext } from './analyses';
import { ConfiguredSettings } from './configured';
import type { WorkspaceFolders } from './folders';
import { Libraries } from './libraries';
import type { ServerSettings } from './settings';
import type { SettingsCache } from './settingsCache';

const NONE: readonly LedgerProblem[] = [];

/** Where the problems of a bibliography or a configuration file go: published on the file. */
export type PublishProblems = (code: 'bibliography' | 'config-file', uri: string, problems: readonly LedgerProblem[], text: TextDocument, settings: ServerSettings) => void;

/**
 * What each document is checked with: its folder's settings with its configuration files' rules,
 * its claims file, and for a draft the works of its bibliographies; the problems of those files
 * are published on them once per reading.
 */
export class Contexts {
  private readonly libraries: Libraries;
  private readonly configured = new ConfiguredSettings();
  /** The problems last published for each bibliography file, by path. */
  private readonly published = new Map<string, readonly LedgerProblem[]>();
  /** The problems last published for each configuration file, by path: of the version read then. */
  private readonly publishedConfigs = new Map<string, readonly LedgerProblem[]>();

  /**
   * @param files what the files are read through
   * @param watched whether the client reports file changes (else claims and configuration files are looked up afresh each time)
   */
  constructor(
    private readonly files: Files,
    private readonly settings: SettingsCache,
    private readonly folders: WorkspaceFolders,
    private readonly claimsFiles: ClaimsFiles,
    private readonly configs: ConfigFiles,
    private readonly watched: () => boolean,
    private readonly publish: PublishProblems,
  ) {
    this.libraries = new Libraries(files);
  }

  async of(uri: string): Promise<Context> {
    const folder = this.folders.of(uri);
    const path = this.files.pathOf(uri);
    const editor = await this.settings.of(folder);
    // An unsaved draft has its workspace folder's rules.
    const config = path !== undefined ? await this.configs.forDraft(path, folder, this.watched()) : folder !== undefined ? await this.configs.forFolder(folder, folder, this.watched()) : undefined;
    const ignored = path !== undefined && config?.ignores(path) === true;
    const settings = this.configuredWith(editor, config, ignored);
    const setting = settings.claimsFile;
    // Remembered until a claims file appears or disappears, for clients that report that.
    const claimsPath = await (this.watched() ? this.claimsFiles.resolveRemembered(path, folder, setting) : this.claimsFiles.resolve(path, folder, setting));
    // The first time, this waits for the file to be read: in steps or on the worker thread when it
    // is long, so that other requests are answered meanwhile, and no longer than it may take.
    const claims = claimsPath ? await this.claimsFiles.get(claimsPath) : this.claimsFiles.none();
    return { settings, options: this.settings.optionsFor(settings), claims, ignored };
  }

  /** The settings of a workspace folder's top, with its configuration files' rules (their problems published). */
  async settingsOfFolder(folder: string | undefined): Promise<ServerSettings> {
    const editor = await this.settings.of(folder);
    return this.configuredWith(editor, folder === undefined ? undefined : await this.configs.forFolder(folder, folder, this.watched()), false);
  }

  /**
   * The editor's settings with the configuration's rules, whose files' problems are published.
   * Called with a configuration just read, with no wait between: a change reported meanwhile
   * would otherwise have an older version's problems published over the newer's.
   */
  private configuredWith(editor: ServerSettings, config: FolderConfig | undefined, ignored: boolean): ServerSettings {
    if (!config) return editor;
    const settings = this.configured.of(editor, config, ignored);
    this.publishConfig(config, settings);
    return settings;
  }

  /**
   * What a draft is checked with: its folder's context, and the works of the bibliographies it
   * names (in its front matter) and its folder's settings name, joined to its claims file.
   */
  async ofDraft(uri: string, text: Text): Promise<DraftContext> {
    const context = await this.of(uri);
    const folder = this.folders.of(uri);
    const workspace = context.settings.bibliographies.flatMap((path) => bibliographyPath(path, folder) ?? []);
    const library = await this.libraries.of(uri, this.files.pathOf(uri), text, context.claims.ledger, workspace, folder);
    for (const file of library.files) {
      // A file that can no longer be read (deleted, say) keeps no problems.
      const problems = file.text === undefined ? NONE : (library.fileProblems.get(file.path) ?? NONE);
      if (this.published.get(file.path) === problems || (file.text === undefined && !this.published.has(file.path))) continue;
      this.published.set(file.path, problems);
      const fileUri = this.files.uriOf(file.path);
      this.publish('bibliography', fileUri, problems, TextDocument.create(fileUri, bibliographyFormat(file.path) ?? 'plaintext', 0, file.text ?? ''), context.settings);
    }
    return { ...context, library };
  }

  /** A file changed on disk: whether it is a bibliography a draft uses, which is then read again. */
  bibliographyChanged(path: string): boolean {
    if (!this.libraries.files.knows(path)) return false;
    this.libraries.files.forget(path);
    return true;
  }

  /**
   * A file changed on disk (`moved`: it appeared or disappeared): whether it is a configuration
   * file, which is then read again when drafts are checked again.
   */
  configChanged(path: string, moved: boolean): boolean {
    if (!this.configs.isConfigFile(path)) return false;
    this.configs.forget(path);
    if (moved) this.configs.forgetPaths();
    // Published again with the next check that reads it; a deleted file's are taken away now.
    if (this.publishedConfigs.delete(path)) void this.clearIfGone(path);
    return true;
  }

  private async clearIfGone(path: string): Promise<void> {
    if (await this.configs.exists(path)) return;
    const uri = this.files.uriOf(path);
    this.publish('config-file', uri, NONE, TextDocument.create(uri, 'yaml', 0, ''), this.settings.known(this.folders.of(uri)));
  }

  /** Publishes the problems of the configuration files that apply, each once per reading. */
  private publishConfig(config: FolderConfig, settings: ServerSettings): void {
    for (const file of config.files) {
      const problems = file.parsed.problems;
      if (this.publishedConfigs.get(file.path) === problems) continue;
      this.publishedConfigs.set(file.path, problems);
      const uri = this.files.uriOf(file.path);
      this.publish('config-file', uri, problems, TextDocument.create(uri, file.path.endsWith('.json') ? 'json' : 'yaml', 0, file.text), settings);
    }
  }

  /** A draft closed, or was checked from disk ("Check All Drafts"). */
  forget(uri: string): void {
    this.libraries.forget(uri);
  }
}
