// The language-client half of the extension, bundled apart (dist/client.js) and loaded only once
// activation has returned: vscode-languageclient is most of the extension's code.
import { Uri, window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AddSelectionRequest, ClaimsFileRequest, TrustGrantedNotification, type InitializationOptions } from '../../server/src/lsp/protocol';

export { LanguageClient };

const CLAIMS_FILES = '**/claims.{yaml,yml,json}';

/** Creates the client and starts the bundled server in the background; `onState` follows the client's state. */
export function startClient(context: ExtensionContext, outputChannel: LogOutputChannel, onState: () => void): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Claims files are synced too, so that unsaved edits to them re-check the drafts.
      { scheme: 'file', pattern: CLAIMS_FILES },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher(CLAIMS_FILES) },
    // In Restricted Mode the configuration files may not name other files or add phrases, as the
    // workspace's settings may not: the server learns the trust at each start, and when it is granted.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: workspace.isTrusted }),
    outputChannel,
  };
  const client = new LanguageClient('factCheck', 'Fact Check', serverOptions, clientOptions);
  const trusted = workspace.onDidGrantWorkspaceTrust(() => {
    if (isRunning(client)) void client.sendNotification(TrustGrantedNotification);
  });
  // After repeated crashes the client gives up: the status bar says so.
  context.subscriptions.push(client, trusted, client.onDidChangeState(onState));
  // start() logs and shows a failure itself; requests wait for the server.
  client.start().catch(() => undefined);
  return client;
}

export function isRunning(client: LanguageClient): boolean {
  return client.state === State.Running || client.state === State.Starting;
}

/** restart() throws unless the server is running; once the client gave up, start it afresh. */
export function restart(client: LanguageClient): Promise<void> {
  return client.state === State.Running ? client.restart() : client.start();
}

export async function openClaimsFile(client: LanguageClient): Promise<void> {
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

export async function addSelection(client: LanguageClient): Promise<void> {
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
