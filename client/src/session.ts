// The language client's part that the desktop (client.ts) and the browser (browserClient.ts) share:
// its options, its start, and the commands that ask the server.
import { Uri, window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { CloseAction, ErrorAction, State, type BaseLanguageClient, type DocumentSelector, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { AddSelectionRequest, ClaimsFileRequest, TrustGrantedNotification, type InitializationOptions } from '../../server/src/lsp/protocol';

const CLAIMS_FILES = '**/claims.{yaml,yml,json}';

/**
 * The client's options: Markdown drafts and claims files of the `schemes` given (of any scheme
 * when none are), the claims files watched, and the workspace's trust.
 */
export function clientOptions(outputChannel: LogOutputChannel, schemes?: readonly string[]): LanguageClientOptions {
  const of = (filter: { language: string } | { pattern: string }): DocumentSelector => (schemes ? schemes.map((scheme) => ({ scheme, ...filter })) : [filter]);
  return {
    // Claims files are synced too, so that unsaved edits to them re-check the drafts.
    documentSelector: [...of({ language: 'markdown' }), ...of({ pattern: CLAIMS_FILES })],
    synchronize: { fileEvents: workspace.createFileSystemWatcher(CLAIMS_FILES) },
    // In Restricted Mode the configuration files may not name other files or add phrases, as the
    // workspace's settings may not: the server learns the trust at each start, and when it is granted.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: workspace.isTrusted }),
    outputChannel,
    errorHandler: crashHandler(),
  };
}

const RESTARTS = 4;
const CRASH_WINDOW_MS = 3 * 60_000;
/** Failed writes to the server the client passes over before it shuts the connection, as the library's own handler does. */
const WRITE_ERRORS = 3;

/**
 * Restarts a crashed server up to four times in three minutes, then gives up with one message.
 * A write to the server that just died fails too: that is logged, never shown, so that a crash
 * makes no second notification (the library's own handler shows both).
 */
function crashHandler(): ErrorHandler {
  let crashes: number[] = [];
  return {
    error: (_error, _message, count) => (count === undefined || count <= WRITE_ERRORS ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      crashes = [...crashes.filter((at) => now - at <= CRASH_WINDOW_MS), now];
      if (crashes.length <= RESTARTS) return { action: CloseAction.Restart };
      crashes = [];
      return { action: CloseAction.DoNotRestart, message: `The Fact Check server crashed ${RESTARTS + 1} times in the last 3 minutes. It will not be restarted: see the output, then run "Fact Check: Restart Server".` };
    },
  };
}

/** Starts a created client in the background; `onState` follows its state. */
export function start<Client extends BaseLanguageClient>(context: ExtensionContext, client: Client, onState: () => void): Client {
  const trusted = workspace.onDidGrantWorkspaceTrust(() => {
    if (isRunning(client)) void client.sendNotification(TrustGrantedNotification);
  });
  // After repeated crashes the client gives up: the status bar says so.
  context.subscriptions.push(client, trusted, client.onDidChangeState(onState));
  // start() logs and shows a failure itself; requests wait for the server.
  client.start().catch(() => undefined);
  return client;
}

export function isRunning(client: BaseLanguageClient): boolean {
  return client.state === State.Running || client.state === State.Starting;
}

/** Stops the server if it runs, and starts it afresh (once the client gave up too). */
export async function restart(client: BaseLanguageClient): Promise<void> {
  if (client.state === State.Running) await client.stop();
  await client.start();
}

export async function openClaimsFile(client: BaseLanguageClient): Promise<void> {
  const doc = window.activeTextEditor?.document;
  const target = doc ? await client.sendRequest(ClaimsFileRequest, { uri: doc.uri.toString() }) : null;
  if (!target) {
    void window.showInformationMessage('Fact Check: open a Markdown draft in a workspace folder to find its claims file.');
    return;
  }
  const uri = Uri.parse(target.uri);
  if (!target.exists) {
    const create = await window.showInformationMessage(`There is no claims file yet. Create ${workspace.asRelativePath(uri)}?`, 'Create');
    if (create !== 'Create') return;
    await workspace.fs.writeFile(uri, new TextEncoder().encode('# Checked claims: see the Fact Check README for the format.\nclaims: []\n'));
  }
  await window.showTextDocument(uri);
}

export async function addSelection(client: BaseLanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void window.showInformationMessage('Fact Check: select the words of a claim in a Markdown draft first.');
    return;
  }
  const range = client.code2ProtocolConverter.asRange(editor.selection);
  const result = await client.sendRequest(AddSelectionRequest, { uri: editor.document.uri.toString(), range });
  if (!result.edit) {
    void window.showWarningMessage(`Fact Check: ${result.error ?? 'the claim could not be added.'}`);
    return;
  }
  await workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
}
