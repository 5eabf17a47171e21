import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { ClaimsFiles, type ClaimsFile } from '../host/claimsStore';
import { ConfigFiles } from '../host/configFiles';
import { readDraft } from '../host/draftFile';
import type { Files } from '../host/files';
import type { Parsing } from '../host/parsing';
import { Checker, CLAIMS_FILE_NAMES } from '../core';
import { CONFIG_FILE_NAMES } from '../core/config';
import { Analyses } from './analyses';
import { ADD_TO_CLAIMS_FILE } from './codeActions';
import { Contexts } from './contexts';
import { inEffect, SOURCE } from './diagnostics';
import { EditedDocument } from './document';
import { registerCompletion } from './features/completion';
import { registerHover } from './features/hover';
import { registerNavigation } from './features/navigation';
import { registerQuickFixes } from './features/quickFixes';
import type { Services } from './features/services';
import { isDraft, WorkspaceFolders } from './folders';
import { ClaimsFileRequest, TrustGrantedNotification, type InitializationOptions } from './protocol';
import { Publisher } from './publisher';
import { SettingsCache } from './settingsCache';

/** The bibliography files watched, besides claims files: Pandoc's formats. */
const BIBLIOGRAPHY_GLOBS = ['*.bib', '*.json', '*.yaml', '*.yml'];

/** The command behind "Fact Check: Check All Drafts in Workspace". */
export const CHECK_WORKSPACE = 'factCheck.checkWorkspace';

/** What the server runs on: the Node process, or a browser's web worker. */
export interface ServerHost {
  /** What files are read through: the disk, or the client's workspace file system. */
  readonly files: Files;
  /** Where parse jobs run: on a worker thread when they are slow, or all on this one. */
  readonly parsing: Parsing;
}

/** Serves one client over `connection` until it shuts down. All state lives in this session. */
export function startServer(connection: Connection, host: ServerHost): void {
  new Session(connection, host).listen();
}

class Session {
  private readonly files: Files;
  private readonly parsing: Parsing;
  private readonly checker: Checker;
  private readonly documents = new TextDocuments<EditedDocument>({
    create: (uri, languageId, version, content) => EditedDocument.create(uri, languageId, version, content),
    // Each change is recorded for the engine, in offsets, for drafts it keeps.
    update: (document, changes, version) =>
      EditedDocument.update(document, changes, version, this.checker.isOpen(document.uri) ? (change) => this.checker.changed(document.uri, change, version) : undefined),
  });
  private readonly folders: WorkspaceFolders;
  private readonly settings = new SettingsCache(
    (folder) => (this.capabilities.workspace?.configuration ? this.askSettings(folder) : undefined),
    (message) => this.connection.console.warn(message),
  );
  private readonly claimsFiles: ClaimsFiles;
  /**
   * Whether the workspace is trusted, as the client says at start (VS Code's Restricted Mode);
   * other editors have no such mode, and their workspaces count as trusted.
   */
  private trusted = true;
  private readonly configs: ConfigFiles;
  private readonly contexts: Contexts;
  private readonly analyses: Analyses;
  private readonly publisher: Publisher;
  private capabilities: ClientCapabilities = {};

  constructor(
    private readonly connection: Connection,
    { files, parsing }: ServerHost,
  ) {
    this.files = files;
    this.parsing = parsing;
    this.folders = new WorkspaceFolders(files);
    this.configs = new ConfigFiles(files, () => this.trusted);
    this.claimsFiles = new ClaimsFiles(
      files,
      (uri) => this.documents.get(uri),
      (path) => this.folders.of(files.uriOf(path)) ?? this.pathOf(Utils.dirname(URI.parse(files.uriOf(path)))),
      (read, signal) => this.parsing.readClaims(read, signal),
      (file) => this.claimsRead(file),
      'the workspace folder (name that file in the factCheck.claimsFile setting to use it)',
    );
    this.checker = new Checker(this.parsing);
    this.analyses = new Analyses(this.checker, (doc) => this.contexts.ofDraft(doc.uri, doc.content), (uri) => this.documents.get(uri) !== undefined);
    this.publisher = new Publisher(connection, this.documents, this.analyses, (uri) => this.settings.known(this.folders.of(uri)).debounceMs);
    const watched = (): boolean => this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false;
    this.contexts = new Contexts(files, this.settings, this.folders, this.claimsFiles, this.configs, watched, (code, uri, problems, text, settings) => void this.publisher.publishFile(code, uri, problems, text, settings));
  }

  listen(): void {
    const { connection, documents } = this;
    const services: Services = {
      connection,
      documents,
      analyses: this.analyses,
      contexts: this.contexts,
      checker: this.checker,
      claimsFiles: this.claimsFiles,
      files: this.files,
      folders: this.folders,
      parsing: this.parsing,
      capabilities: () => this.capabilities,
      isClaimsDocument: (doc) => this.isClaimsDocument(doc),
    };
    registerHover(services);
    registerCompletion(services);
    registerNavigation(services);
    const addToClaimsFile = registerQuickFixes(services);
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onDidChangeConfiguration((params) => {
      this.settings.push((params.settings as { factCheck?: unknown } | null)?.factCheck);
      this.recheckAll();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      let moved = false;
      let configured = false;
      for (const change of changes) {
        const path = this.files.pathOf(change.uri);
        if (path === undefined) continue;
        // A configuration file is read again, and its problems published, when the drafts are checked again.
        if (this.contexts.configChanged(path, change.type !== FileChangeType.Changed)) {
          configured = true;
          continue;
        }
        // A bibliography a draft uses is read again when the draft is checked again.
        if (this.contexts.bibliographyChanged(path)) moved = true;
        if (!this.claimsFiles.isClaimsFile(path)) continue;
        // A claims file that appears or disappears can change which file governs a draft.
        if (change.type !== FileChangeType.Changed) {
          this.claimsFiles.forgetPaths();
          moved = true;
        }
        // Drafts are checked again once the new version is read (see claimsRead).
        if (change.type !== FileChangeType.Changed || !this.documents.get(change.uri)) this.claimsFiles.reload(path);
      }
      // The folders' own rules too: their problems show, and the claims file they name is read, with no draft open.
      if (configured) for (const folder of this.folders.all()) void this.loadFolder(folder);
      if (moved || configured) this.recheckAll();
    });
    connection.onNotification(TrustGrantedNotification, () => {
      this.trusted = true;
      for (const folder of this.folders.all()) void this.loadFolder(folder);
      this.recheckAll();
    });
    connection.onExecuteCommand(async ({ command, arguments: args }, token) => {
      if (command === CHECK_WORKSPACE) return this.checkWorkspace(() => token.isCancellationRequested);
      if (command === ADD_TO_CLAIMS_FILE) return addToClaimsFile(args?.[0]);
      return undefined;
    });
    connection.onRequest(ClaimsFileRequest, async ({ uri }) => {
      const { claims } = await this.contexts.of(uri);
      return claims.path === '' ? null : { uri: claims.uri, exists: claims.current !== undefined };
    });

    documents.onDidOpen(({ document }) => {
      if (this.isClaimsDocument(document)) this.claimsChanged(document);
      else if (isDraft(document)) void this.publisher.publish(document.uri);
    });
    documents.onDidChangeContent(({ document }) => {
      // Typing in the claims file re-reads it and re-checks every draft: wait for a pause there too.
      if (this.isClaimsDocument(document)) this.publisher.schedule(document.uri, () => this.claimsChanged(document));
      else if (isDraft(document)) this.publisher.schedule(document.uri, () => void this.publisher.publish(document.uri));
    });
    documents.onDidClose(({ document }) => {
      this.publisher.forget(document.uri);
      this.analyses.close(document.uri);
      this.contexts.forget(document.uri);
      // Back to what is on disk: unsaved edits of a closed claims file are gone.
      if (this.isClaimsDocument(document)) this.claimsChanged(document);
      else void this.publisher.clear(document.uri);
    });
    connection.onShutdown(() => {
      this.publisher.dispose();
      this.parsing.dispose();
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    this.trusted = (params.initializationOptions as InitializationOptions | null | undefined)?.workspaceTrusted !== false;
    this.folders.open(params.workspaceFolders, params.rootUri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        executeCommandProvider: { commands: [CHECK_WORKSPACE, ADD_TO_CLAIMS_FILE] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        completionProvider: { triggerCharacters: ['@'] },
        definitionProvider: true,
        referencesProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SOURCE, version: PACKAGE_VERSION },
    };
  }

  private initialized(): void {
    const workspace = this.capabilities.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'factCheck' });
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // Bibliographies and configuration files too: a change to one a draft uses checks the drafts again.
      const watchers = [...CLAIMS_FILE_NAMES, ...CONFIG_FILE_NAMES, ...BIBLIOGRAPHY_GLOBS].map((name) => ({ globPattern: `**/${name}` }));
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    // Claims-file problems show as soon as a folder opens, before any draft is.
    for (const folder of this.folders.all()) void this.loadFolder(folder);
    if (workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        for (const folder of this.folders.change(added, removed)) void this.loadFolder(folder);
        this.settings.forget();
        this.recheckAll();
      });
    }
  }

  private async loadFolder(folder: string): Promise<void> {
    const settings = await this.contexts.settingsOfFolder(folder);
    const path = await this.claimsFiles.resolve(undefined, folder, settings.claimsFile);
    if (path) await this.claimsFiles.get(path);
  }

  private askSettings(folder: string | undefined): Promise<unknown> {
    const scopeUri = folder ? this.files.uriOf(folder) : undefined;
    return this.connection.workspace.getConfiguration([{ scopeUri, section: 'factCheck' }]).then((found: unknown[]) => found[0]);
  }

  private claimsChanged(document: TextDocument): void {
    const path = this.files.pathOf(document.uri);
    if (path !== undefined) this.claimsFiles.reload(path);
  }

  /** The path of a URI the files hold (a folder's, say), else the URI's own path. */
  private pathOf(uri: URI): string {
    return this.files.pathOf(uri.toString()) ?? uri.path;
  }

  /**
   * A version of a claims file is read and in effect: its problems are published and the drafts
   * checked again. Until then, drafts are checked with the version before.
   */
  private claimsRead(file: ClaimsFile): void {
    void this.publishClaims(file);
    this.recheckAll();
  }

  private async publishClaims(file: ClaimsFile): Promise<void> {
    await this.publisher.publishClaims(file, await this.contexts.settingsOfFolder(this.folders.of(file.uri)));
    if (!file.current && file.readError) {
      void this.connection.window.showWarningMessage(`Fact Check: cannot read ${file.path}: ${file.readError}. Until then, ${inEffect(file)}.`);
    }
  }

  /**
   * Checks every Markdown file of the workspace folders, not only the open ones, and publishes
   * their diagnostics; returns how many drafts were checked. Open drafts keep their editor text.
   * Once `cancelled` says so, no further draft is checked.
   */
  private async checkWorkspace(cancelled: () => boolean): Promise<number> {
    let checked = 0;
    for (const folder of this.folders.all()) {
      for (const path of await this.files.markdownFiles(folder)) {
        if (cancelled()) return checked;
        const uri = this.files.uriOf(path);
        if (this.documents.get(uri)) {
          checked++;
          await this.publisher.publish(uri);
          continue;
        }
        const { options, ignored } = await this.contexts.of(uri);
        if (ignored) continue;
        checked++;
        let doc: TextDocument;
        try {
          doc = TextDocument.create(uri, 'markdown', 0, await readDraft(this.files, path, options.maxDraftLength));
        } catch (error) {
          this.connection.console.warn(`Cannot read ${path}: ${(error as Error).message}`);
          continue;
        }
        const context = await this.contexts.ofDraft(uri, doc.getText());
        await this.publisher.publishSaved(doc, await this.checker.checkText(doc.getText(), context.library.ledger, context.options), context);
        this.contexts.forget(uri);
      }
    }
    return checked;
  }

  private recheckAll(): void {
    this.analyses.contextChanged();
    for (const doc of this.documents.all()) if (isDraft(doc) && !this.isClaimsDocument(doc)) void this.publisher.publish(doc.uri);
  }

  private isClaimsDocument(doc: TextDocument): boolean {
    const path = this.files.pathOf(doc.uri);
    return path !== undefined && this.claimsFiles.isClaimsFile(path);
  }
}

declare const PACKAGE_VERSION: string;
