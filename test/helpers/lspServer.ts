import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { repoRoot } from './fixtures';

/** What a test's client answers to `workspace/configuration`: a value per request item. */
export type ConfigurationAnswer = (item: { scopeUri?: string; section?: string }) => unknown;

/** What a test's client answers to `workspace/applyEdit`: whether it applied the edit. */
export type ApplyEditAnswer = (params: ApplyWorkspaceEditParams) => ApplyWorkspaceEditResult;

export interface StartOptions {
  readonly folders?: readonly string[];
  readonly capabilities?: ClientCapabilities;
  readonly configuration?: ConfigurationAnswer;
  /** Without it, the client applies no edit the server sends. */
  readonly applyEdit?: ApplyEditAnswer;
  /** What the client tells the server at start, as VS Code's client does (see lsp/protocol.ts). */
  readonly initializationOptions?: unknown;
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
};

/**
 * The shipped server (dist/server.js) over stdio, driven as an editor would drive it. Waits on
 * notifications, never on timers.
 */
export class LspServer {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private readonly versions = new Map<string, number>();
  readonly stderr: string[] = [];
  /** The messages the server showed the user, in order. */
  readonly messages: ShowMessageParams[] = [];
  /** The edits the server asked the client to apply (`workspace/applyEdit`), in order. */
  readonly edits: ApplyWorkspaceEditParams[] = [];
  private readonly messageWaiters: Array<() => void> = [];
  initializeResult!: InitializeResult;

  private constructor(
    private readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspServer> {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new LspServer(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => server.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => server.received(params));
    // Servers show messages as notifications or, to offer buttons, as requests.
    const shown = (params: ShowMessageParams): void => {
      server.messages.push(params);
      for (const waiter of server.messageWaiters.splice(0)) waiter();
    };
    connection.onNotification(ShowMessageNotification.type, shown);
    connection.onRequest(ShowMessageRequest.type, (params) => {
      shown(params);
      return null;
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (options.configuration ? options.configuration(item) : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      server.edits.push(params);
      return options.applyEdit ? options.applyEdit(params) : { applied: false, failureReason: 'the test client applies no edits' };
    });
    connection.listen();
    const folders = options.folders ?? [];
    server.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? URI.file(folders[0]).toString() : null,
      workspaceFolders: folders.map((f, i) => ({ uri: URI.file(f).toString(), name: `folder${i}` })),
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      ...(options.initializationOptions !== undefined && { initializationOptions: options.initializationOptions }),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  /** Opens a document and returns the first diagnostics published for it. */
  async open(path: string, text: string, languageId = 'markdown'): Promise<PublishDiagnosticsParams> {
    const uri = URI.file(path).toString();
    this.versions.set(uri, 1);
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return next;
  }

  /** Opens a document whose diagnostics the test does not wait for (a claims file, say). */
  async openQuietly(path: string, text: string, languageId: string): Promise<void> {
    const uri = URI.file(path).toString();
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces a document's whole text (or a range of it) and bumps its version. */
  async change(path: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<number> {
    const uri = URI.file(path).toString();
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
    return version;
  }

  async close(path: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: URI.file(path).toString() } });
  }

  /** The next diagnostics published for `path` that satisfy `accept`. */
  nextDiagnostics(pathOrUri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const uri = pathOrUri.includes('://') ? pathOrUri : URI.file(pathOrUri).toString();
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  /** The diagnostics published for `version` of `path`, whether they came already or are yet to come. */
  diagnosticsOf(path: string, version: number): Promise<PublishDiagnosticsParams> {
    const uri = URI.file(path).toString();
    const published = this.diagnostics.get(uri)?.find((p) => p.version === version);
    return published ? Promise.resolve(published) : this.nextDiagnostics(uri, (p) => p.version === version);
  }

  /** The first diagnostics ever published for `path`, whether they came already or are yet to come. */
  firstDiagnostics(path: string): Promise<PublishDiagnosticsParams> {
    const uri = URI.file(path).toString();
    const first = this.diagnostics.get(uri)?.[0];
    return first ? Promise.resolve(first) : this.nextDiagnostics(uri);
  }

  /** Every diagnostics published for `path` so far, in order. */
  allDiagnostics(path: string): PublishDiagnosticsParams[] {
    return [...(this.diagnostics.get(URI.file(path).toString()) ?? [])];
  }

  /** Every document the server has published diagnostics for, so far. */
  publishedUris(): string[] {
    return [...this.diagnostics.keys()];
  }

  /** The first message shown whose text matches `pattern`, whether it came already or is yet to come. */
  async message(pattern: RegExp): Promise<ShowMessageParams> {
    for (;;) {
      const found = this.messages.find((m) => pattern.test(m.message));
      if (found) return found;
      await new Promise<void>((resolve) => this.messageWaiters.push(resolve));
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    this.connection.dispose();
  }

  private received(params: PublishDiagnosticsParams): void {
    const list = this.diagnostics.get(params.uri) ?? [];
    list.push(params);
    this.diagnostics.set(params.uri, list);
    const index = this.waiters.findIndex((w) => w.uri === params.uri && w.accept(params));
    if (index === -1) return;
    const [waiter] = this.waiters.splice(index, 1);
    waiter?.resolve(params);
  }
}

/**
 * For a `describe` block whose tests each start a server: `servers.start(...)` starts one, and
 * every server started is stopped after each test, so no process outlives the suite.
 */
export function serversPerTest(): { start(options?: StartOptions): Promise<LspServer> } {
  const running: LspServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop();
  });
  return {
    async start(options) {
      const server = await LspServer.start(options);
      running.push(server);
      return server;
    },
  };
}
