import { existsSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { readDraft } from '../host/draftFile';
import { markdownFiles } from '../host/markdownFiles';
import { checkText, Parsing } from '../host/parsing';
import { checkedLength, CLAIMS_FILE_NAMES, editText, EMPTY_LEDGER, noteTruncation, createCheckOptions, type Analysis, type AppendResult, type Citation, type CheckOptions, type CheckSettings, type Draft, type NewEntry } from '../core';
import { ClaimsFiles, type ClaimsFile } from './claimsFiles';
import { EditedDocument } from './document';
import { addSelection } from './addSelection';
import { ADD_TO_CLAIMS_FILE, claimsFixEdit, isClaimsFixRequest, quickFixes, resolveDeferred, type ActionContext, type ClaimsTarget, type DeferredAction } from './codeActions';
import { claimsDiagnostics, draftDiagnostics, SOURCE } from './diagnostics';
import { completeCitation } from './completion';
import { OpenDrafts } from './drafts';
import { hoverAt } from './hover';
import { citationAt, citationsOf, entryAt, entryLocation } from './navigation';
import { AddSelectionRequest, ClaimsFileRequest } from './protocol';
import { DEFAULT_SERVER_SETTINGS, readSettings, type ServerSettings } from './settings';

/** Everything a draft is checked with. */
interface Context {
  readonly settings: ServerSettings;
  readonly options: CheckOptions;
  readonly claims: ClaimsFile;
}

interface CachedAnalysis {
  readonly version: number;
  readonly context: Context;
  /** The checked part of the draft at `version`. */
  readonly draft: Draft;
  readonly analysis: Analysis;
}

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;
// How long a hover or a code action waits for the analysis of the draft's current version; after
// that it answers with nothing rather than keep the writer waiting (a long draft still opening,
// a stretch the parser is slow on).
const ANSWER_WITHIN_MS = 500;
/** The command behind "Fact Check: Check All Drafts in Workspace". */
export const CHECK_WORKSPACE = 'factCheck.checkWorkspace';

/** Serves one client over `connection` until it shuts down. All state lives in this session. */
export function startServer(connection: Connection, parseWorker?: string): void {
  new Session(connection, parseWorker).listen();
}

class Session {
  private readonly parsing: Parsing;
  private readonly drafts: OpenDrafts;
  private readonly documents = new TextDocuments<EditedDocument>({
    create: (uri, languageId, version, content) => EditedDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => this.drafts.update(document, changes, version),
  });
  private readonly claimsFiles = new ClaimsFiles(
    (uri) => this.documents.get(uri),
    (path) => this.folderOf(URI.file(path).toString()) ?? dirname(path),
    (read, signal) => this.parsing.readClaims(read, signal),
    (file) => this.claimsRead(file),
  );
  private readonly analyses = new Map<string, CachedAnalysis>();
  /** The analysis last published for each document. */
  private readonly published = new Map<string, Analysis>();
  /** The analysis being computed for each document, and for which version. */
  private readonly running = new Map<string, { version: number; done: Promise<CachedAnalysis> }>();
  /** Cancels the check scheduled for each document. */
  private readonly scheduled = new Map<string, () => void>();
  /** Settings per workspace folder ('' for documents outside every folder). */
  private readonly settings = new Map<string, Promise<ServerSettings>>();
  private readonly resolvedSettings = new Map<string, ServerSettings>();
  /** The claims file of each (draft folder, workspace folder, setting); see `claimsPathOf`. */
  private readonly claimsPaths = new Map<string, string | undefined>();
  private readonly options = new WeakMap<CheckSettings, CheckOptions>();
  /** Settings pushed by clients that cannot be asked (no `workspace/configuration`). */
  private pushedSettings: ServerSettings = DEFAULT_SERVER_SETTINGS;
  private folders: string[] = [];
  private capabilities: ClientCapabilities = {};

  /** @param parseWorker the script that runs slow parse jobs on a worker thread (see host/parseWorker) */
  constructor(
    private readonly connection: Connection,
    parseWorker?: string,
  ) {
    this.parsing = new Parsing(parseWorker);
    this.drafts = new OpenDrafts(this.parsing);
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onDidChangeConfiguration((params) => {
      const raw: unknown = (params.settings as { factCheck?: unknown } | null)?.factCheck;
      this.pushedSettings = readSettings(raw);
      this.forgetSettings();
      this.recheckAll();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      let moved = false;
      for (const change of changes) {
        const path = URI.parse(change.uri).fsPath;
        if (!this.claimsFiles.isClaimsFile(path)) continue;
        // A claims file that appears or disappears can change which file governs a draft.
        if (change.type !== FileChangeType.Changed) {
          this.claimsPaths.clear();
          moved = true;
        }
        // Drafts are checked again once the new version is read (see claimsRead).
        if (change.type !== FileChangeType.Changed || !this.documents.get(change.uri)) this.claimsFiles.reload(path);
      }
      if (moved) this.recheckAll();
    });
    connection.onHover(async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      if (!doc || !isDraft(doc)) return null;
      const ready = await this.analysisNow(doc);
      if (!ready) return null;
      const markdown = this.capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
      return hoverAt(ready.analysis, doc, doc.offsetAt(position), ready.context.claims, markdown);
    });

    connection.onCodeAction(async ({ textDocument, context }) => {
      const doc = documents.get(textDocument.uri);
      if (!doc || !isDraft(doc)) return [];
      if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
      const ready = await this.analysisNow(doc);
      if (!ready) return [];
      return quickFixes(context.diagnostics, ready.analysis, this.actionContext(doc, ready.context.claims));
    });
    connection.onCodeActionResolve(async (action) => {
      const { uri } = (action.data ?? {}) as Partial<DeferredAction>;
      const doc = uri === undefined ? undefined : documents.get(uri);
      if (!doc) return action;
      const ready = await this.analysisNow(doc);
      if (!ready) return action;
      return resolveDeferred(action, ready.analysis, this.actionContext(doc, ready.context.claims));
    });
    connection.onRequest(AddSelectionRequest, async ({ uri, range }) => {
      const doc = documents.get(uri);
      if (!doc) return { error: 'Open the draft first.' };
      const { draft, context } = await this.analyze(doc);
      return addSelection({ start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) }, draft, this.actionContext(doc, context.claims));
    });
    connection.onCompletion(async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      if (!doc || !isDraft(doc)) return null;
      const { claims } = await this.contextOf(doc.uri);
      const markdown = this.capabilities.textDocument?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) ?? false;
      return completeCitation(doc, position, claims.ledger, markdown);
    });
    connection.onDefinition(async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      if (!doc || !isDraft(doc)) return null;
      const { analysis, context } = await this.analyze(doc);
      const offset = doc.offsetAt(position);
      const citation = citationAt(analysis, offset);
      return (citation && entryLocation(context.claims, citation.id)) ?? null;
    });
    connection.onReferences(async ({ textDocument, position, context: { includeDeclaration } }) => {
      const doc = documents.get(textDocument.uri);
      if (!doc) return null;
      const offset = doc.offsetAt(position);
      let claims: ClaimsFile;
      let id: string | undefined;
      if (this.isClaimsDocument(doc)) {
        claims = await this.claimsFiles.get(URI.parse(doc.uri).fsPath);
        id = entryAt(claims, offset);
      } else {
        const { analysis, context } = await this.analyze(doc);
        claims = context.claims;
        id = citationAt(analysis, offset)?.id;
      }
      const folder = this.folderOf(doc.uri) ?? (claims.path ? dirname(claims.path) : undefined);
      if (id === undefined || folder === undefined) return null;
      const declaration = includeDeclaration ? entryLocation(claims, id) : undefined;
      const { options } = await this.contextOf(doc.uri);
      const analyzed = async (d: EditedDocument): Promise<readonly Citation[]> => (await this.analyze(d)).analysis.citations;
      const saved = async (text: string): Promise<readonly Citation[]> => (await checkText(this.parsing, text, EMPTY_LEDGER, options)).citations;
      return [...(declaration ? [declaration] : []), ...(await citationsOf(id, folder, documents.all().filter(isDraft), analyzed, saved, options.maxDraftLength))];
    });

    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command === CHECK_WORKSPACE) return this.checkWorkspace();
      if (command === ADD_TO_CLAIMS_FILE) return this.addToClaimsFile(args?.[0]);
      return undefined;
    });
    connection.onRequest(ClaimsFileRequest, async ({ uri }) => {
      const { claims } = await this.contextOf(uri);
      return claims.path === '' ? null : { uri: claims.uri, exists: claims.current !== undefined };
    });

    documents.onDidOpen(({ document }) => {
      if (this.isClaimsDocument(document)) this.claimsChanged(document);
      else if (isDraft(document)) void this.publish(document.uri);
    });
    documents.onDidChangeContent(({ document }) => {
      // Typing in the claims file re-reads it and re-checks every draft: wait for a pause there too.
      if (this.isClaimsDocument(document)) this.schedule(document.uri, () => this.claimsChanged(document));
      else if (isDraft(document)) this.schedule(document.uri, () => void this.publish(document.uri));
    });
    documents.onDidClose(({ document }) => {
      this.unschedule(document.uri);
      this.analyses.delete(document.uri);
      this.published.delete(document.uri);
      this.drafts.close(document.uri);
      // Back to what is on disk: unsaved edits of a closed claims file are gone.
      if (this.isClaimsDocument(document)) this.claimsChanged(document);
      else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.onShutdown(() => {
      for (const cancel of this.scheduled.values()) cancel();
      this.scheduled.clear();
      this.parsing.dispose();
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    this.folders = foldersOf(params.workspaceFolders, params.rootUri);
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
      const watchers = CLAIMS_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` }));
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    // Claims-file problems show as soon as a folder opens, before any draft is.
    for (const folder of this.folders) void this.loadFolder(folder);
    if (workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(foldersOf(removed, null));
        const fresh = foldersOf(added, null);
        this.folders = [...this.folders.filter((f) => !gone.has(f)), ...fresh];
        for (const folder of fresh) void this.loadFolder(folder);
        this.forgetSettings();
        this.recheckAll();
      });
    }
  }

  private async loadFolder(folder: string): Promise<void> {
    const settings = await this.settingsOf(folder);
    const path = this.claimsFiles.resolve(undefined, folder, settings.claimsFile);
    if (path) await this.claimsFiles.get(path);
  }

  /**
   * Which claims file governs a document. Finding it looks at the disk, folder by folder, so it is
   * remembered until a claims file appears or disappears; clients that cannot report that to the
   * server (no file watching) get a fresh look each time.
   */
  private claimsPathOf(uri: string, folder: string | undefined, setting: string): string | undefined {
    const path = fileOf(uri);
    if (!this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return this.claimsFiles.resolve(path, folder, setting);
    const key = `${path ? dirname(path) : ''}\n${folder ?? ''}\n${setting}`;
    if (!this.claimsPaths.has(key)) this.claimsPaths.set(key, this.claimsFiles.resolve(path, folder, setting));
    return this.claimsPaths.get(key);
  }

  private forgetSettings(): void {
    this.settings.clear();
    this.resolvedSettings.clear();
  }

  /** Runs `work` for a document once the writer pauses, so that typing never waits for the checker. */
  private schedule(uri: string, work: () => void): void {
    this.unschedule(uri);
    const delay = this.resolvedSettings.get(this.folderOf(uri) ?? '')?.debounceMs ?? DEFAULT_SERVER_SETTINGS.debounceMs;
    const run = (): void => {
      this.scheduled.delete(uri);
      work();
    };
    // A timer waits at least a millisecond: with no pause asked for, check as soon as this change is in.
    if (delay === 0) {
      const immediate = setImmediate(run);
      this.scheduled.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      this.scheduled.set(uri, () => clearTimeout(timer));
    }
  }

  private unschedule(uri: string): void {
    this.scheduled.get(uri)?.();
    this.scheduled.delete(uri);
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const { analysis, context } = await this.analyze(doc);
    // Settings are fetched asynchronously: the writer may have typed on meanwhile, and the newer
    // version has its own check scheduled. Never publish results for text that is gone.
    if (this.documents.get(uri)?.version !== doc.version) return;
    // Opening a draft asks for a check twice (open, then its first content): send a long list once.
    if (this.published.get(uri) === analysis) return;
    this.published.set(uri, analysis);
    const diagnostics = draftDiagnostics(analysis, doc, context.claims, context.settings.maxNumberOfProblems);
    await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  }

  /**
   * The analysis of the document's current version, computed now if the cached one is older. The
   * publish after an edit and a hover at the same moment share one computation.
   */
  private analyze(doc: EditedDocument): Promise<CachedAnalysis> {
    const running = this.running.get(doc.uri);
    if (running?.version === doc.version) return running.done;
    const done = this.computeAnalysis(doc).finally(() => {
      if (this.running.get(doc.uri)?.done === done) this.running.delete(doc.uri);
    });
    this.running.set(doc.uri, { version: doc.version, done });
    return done;
  }

  /**
   * For requests that must answer at once (hover, code actions): the analysis of the document's
   * current version, or undefined when it is slow to come (its check goes on): at once when the
   * draft is known to take a while, else after a moment.
   */
  private async analysisNow(doc: EditedDocument): Promise<CachedAnalysis | undefined> {
    const cached = this.analyses.get(doc.uri);
    if (cached?.version !== doc.version && this.drafts.isSlow(doc.uri)) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ANSWER_WITHIN_MS)));
    try {
      return await Promise.race([this.analyze(doc), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async computeAnalysis(doc: EditedDocument): Promise<CachedAnalysis> {
    const context = await this.contextOf(doc.uri);
    const cached = this.analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.context.claims === context.claims && cached.context.options === context.options) {
      return cached;
    }
    const text = doc.content;
    const checked = checkedLength(text, context.options.maxDraftLength);
    // The checked part of a rope is a rope: slicing it to a string would copy megabytes per keystroke.
    const draft = await this.drafts.draftOf(doc.uri, checked === text.length ? text : editText(text, checked, text.length, ''), doc.version, context.options);
    const analysis = noteTruncation(await this.parsing.analyze(draft, context.claims.ledger), text.length, checked, context.options);
    const fresh = { version: doc.version, context, draft, analysis };
    // A draft closed while it was being opened keeps nothing.
    if (this.documents.get(doc.uri)) this.analyses.set(doc.uri, fresh);
    return fresh;
  }

  private async contextOf(uri: string): Promise<Context> {
    const folder = this.folderOf(uri);
    const settings = await this.settingsOf(folder);
    const claimsPath = this.claimsPathOf(uri, folder, settings.claimsFile);
    // The first time, this waits for the file to be read: in steps or on the worker thread when it
    // is long, so that other requests are answered meanwhile, and no longer than it may take.
    const claims = claimsPath ? await this.claimsFiles.get(claimsPath) : this.claimsFiles.none();
    let options = this.options.get(settings.check);
    if (!options) {
      options = createCheckOptions(settings.check);
      this.options.set(settings.check, options);
    }
    return { settings, options, claims };
  }

  private settingsOf(folder: string | undefined): Promise<ServerSettings> {
    const key = folder ?? '';
    let pending = this.settings.get(key);
    if (!pending) {
      pending = this.fetchSettings(folder).then((s) => {
        this.resolvedSettings.set(key, s);
        return s;
      });
      this.settings.set(key, pending);
    }
    return pending;
  }

  private async fetchSettings(folder: string | undefined): Promise<ServerSettings> {
    if (!this.capabilities.workspace?.configuration) return this.pushedSettings;
    try {
      const scopeUri = folder ? URI.file(folder).toString() : undefined;
      const [raw] = (await this.connection.workspace.getConfiguration([{ scopeUri, section: 'factCheck' }])) as unknown[];
      return readSettings(raw);
    } catch (error) {
      this.connection.console.warn(`Could not read the factCheck settings, using the defaults: ${(error as Error).message}`);
      return DEFAULT_SERVER_SETTINGS;
    }
  }

  private claimsChanged(document: TextDocument): void {
    this.claimsFiles.reload(URI.parse(document.uri).fsPath);
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
    const text = file.current;
    const inEffect = file.stale ? `the last readable version (${count(file.ledger.size, 'entry', 'entries')}) stays in effect` : 'none of its entries are used';
    if (!text) {
      await this.connection.sendDiagnostics({ uri: file.uri, diagnostics: [] });
      if (file.readError) this.connection.window.showWarningMessage(`Fact Check: cannot read ${file.path}: ${file.readError}. Until then, ${inEffect}.`);
      return;
    }
    const settings = await this.settingsOf(this.folderOf(file.uri));
    const unreadable: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'claims-file',
      message: `This version of the claims file cannot be read, so ${inEffect} until it is fixed.`,
    };
    const diagnostics = claimsDiagnostics(file, text, settings.check, settings.maxNumberOfProblems, file.readable ? [] : [unreadable]);
    await this.connection.sendDiagnostics({ uri: file.uri, diagnostics });
  }

  /**
   * Checks every Markdown file of the workspace folders, not only the open ones, and publishes
   * their diagnostics; returns how many drafts were checked. Open drafts keep their editor text.
   */
  private async checkWorkspace(): Promise<number> {
    let checked = 0;
    for (const folder of this.folders) {
      for (const path of await markdownFiles(folder)) {
        const uri = URI.file(path).toString();
        checked++;
        if (this.documents.get(uri)) {
          await this.publish(uri);
          continue;
        }
        const context = await this.contextOf(uri);
        let doc: TextDocument;
        try {
          doc = TextDocument.create(uri, 'markdown', 0, readDraft(path, context.options.maxDraftLength));
        } catch (error) {
          this.connection.console.warn(`Cannot read ${path}: ${(error as Error).message}`);
          continue;
        }
        const analysis = await checkText(this.parsing, doc.getText(), context.claims.ledger, context.options);
        const diagnostics = draftDiagnostics(analysis, doc, context.claims, context.settings.maxNumberOfProblems);
        await this.connection.sendDiagnostics({ uri, diagnostics });
      }
    }
    return checked;
  }

  /**
   * Runs the "Add … to claims file" fix a writer picked in a client without `codeAction/resolve`:
   * its edit is computed from the draft and the claims file as they are now, and sent to the client.
   * Returns whether the client applied it; the writer is told why not.
   */
  private async addToClaimsFile(request: unknown): Promise<boolean> {
    const doc = isClaimsFixRequest(request) ? this.documents.get(request.uri) : undefined;
    let error = 'Open the draft and pick the fix again.';
    if (doc && isClaimsFixRequest(request)) {
      const { analysis, context } = await this.analyze(doc);
      const fix = await claimsFixEdit(request.title, request.diagnostics, analysis, this.actionContext(doc, context.claims));
      if (!fix.edit) {
        error = fix.error ?? error;
      } else {
        const { applied, failureReason } = await this.connection.workspace.applyEdit({ label: request.title, edit: fix.edit });
        if (applied) return true;
        error = `The editor did not apply the edit${failureReason ? ` (${failureReason})` : ''}, so the claims file is unchanged: pick the fix again.`;
      }
    }
    void this.connection.window.showWarningMessage(`Fact Check: ${error}`);
    return false;
  }

  private actionContext(draft: TextDocument, claims: ClaimsFile): ActionContext {
    const { workspace, textDocument } = this.capabilities;
    const canCreateFiles = (workspace?.workspaceEdit?.documentChanges ?? false) && (workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false);
    const resolves = textDocument?.codeAction?.resolveSupport?.properties.includes('edit') ?? false;
    const claimsEdits = resolves ? 'resolve' : workspace?.applyEdit ? 'command' : 'now';
    const append = (text: string | undefined, entry: NewEntry, format: 'yaml' | 'json'): Promise<AppendResult> => this.parsing.appendEntry({ text, entry, format });
    return { draft, claims: this.claimsTarget(claims), canCreateFiles, claimsEdits, append };
  }

  /** The claims file as the fixes edit it: the editor's text when open, else freshly read from disk. */
  private claimsTarget(claims: ClaimsFile): ClaimsTarget | undefined {
    if (claims.path === '') return undefined;
    const open = this.documents.get(claims.uri);
    const read = (): TextDocument | undefined => {
      if (open || !existsSync(claims.path)) return open;
      if (claims.readError) throw new Error(claims.readError);
      // Appending to a lossy decoding would replace the undecodable bytes when the editor saves.
      const { text, invalidAt } = this.claimsFiles.readFromDisk(claims.path);
      if (invalidAt !== undefined) throw new Error('it is not valid UTF-8');
      return TextDocument.create(claims.uri, claims.format, 0, text);
    };
    return { uri: claims.uri, format: claims.format, read, version: open?.version ?? null, ledger: claims.ledger };
  }

  private recheckAll(): void {
    for (const doc of this.documents.all()) if (isDraft(doc) && !this.isClaimsDocument(doc)) void this.publish(doc.uri);
  }

  private isClaimsDocument(doc: TextDocument): boolean {
    const path = fileOf(doc.uri);
    return path !== undefined && this.claimsFiles.isClaimsFile(path);
  }

  /** The innermost workspace folder holding the document; untitled documents belong to the first. */
  private folderOf(uri: string): string | undefined {
    const path = fileOf(uri);
    if (!path) return this.folders[0];
    return this.folders.filter((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
  }
}

declare const PACKAGE_VERSION: string;

function isDraft(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || MARKDOWN_FILE.test(doc.uri);
}

function fileOf(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

function foldersOf(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null): string[] {
  if (folders && folders.length > 0) return folders.map((f) => URI.parse(f.uri).fsPath);
  return rootUri ? [URI.parse(rootUri).fsPath] : [];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
