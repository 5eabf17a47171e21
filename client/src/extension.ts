import * as path from 'node:path';
import { commands, languages, StatusBarAlignment, Uri, window, workspace, type ExtensionContext, type StatusBarItem } from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AddSelectionRequest, ClaimsFileRequest } from '../../server/src/lsp/protocol';

const CLAIMS_FILES = '**/claims.{yaml,yml,json}';
const UNSOURCED = new Set(['unsourced-attribution', 'unsourced-quantity']);

/** Starts the bundled language server for Markdown drafts; returns the client (for tests). */
export async function activate(context: ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
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
    outputChannel: window.createOutputChannel('Fact Check', { log: true }),
  };
  const client = new LanguageClient('factCheck', 'Fact Check', serverOptions, clientOptions);
  const status = window.createStatusBarItem(StatusBarAlignment.Left, 10);
  const refresh = (): void => showStatus(status, client.state === State.Running || client.state === State.Starting);
  context.subscriptions.push(
    client,
    status,
    languages.onDidChangeDiagnostics(refresh),
    window.onDidChangeActiveTextEditor(refresh),
    // After repeated crashes the client gives up: say so, rather than "Sourced" for lack of diagnostics.
    client.onDidChangeState(refresh),
    // restart() throws unless the server is running; once the client gave up, start it afresh.
    commands.registerCommand('factCheck.restartServer', () => (client.state === State.Running ? client.restart() : client.start())),
    commands.registerCommand('factCheck.openClaimsFile', () => openClaimsFile(client)),
    commands.registerCommand('factCheck.addSelection', () => addSelection(client)),
  );
  // Activation returns at once and the server starts in the background: requests wait for it, and
  // start() itself logs and shows a failure.
  client.start().catch(() => undefined);
  refresh();
  return client;
}

/** How many claims of the active draft lack a source, in the status bar; or that the server is down. */
function showStatus(status: StatusBarItem, running: boolean): void {
  const doc = window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    status.hide();
    return;
  }
  if (!running) {
    status.text = '$(error) Fact Check stopped';
    status.tooltip = 'Fact Check: the language server is not running (click to restart it)';
    status.command = 'factCheck.restartServer';
    status.show();
    return;
  }
  status.command = 'workbench.actions.view.problems';
  const count = languages.getDiagnostics(doc.uri).filter((d) => d.source === 'fact-check' && UNSOURCED.has(String(typeof d.code === 'object' ? d.code.value : d.code))).length;
  status.text = count === 0 ? '$(check) Sourced' : `$(warning) ${count} unsourced`;
  status.tooltip = count === 0 ? 'Fact Check: every claim in this draft has a source' : `Fact Check: ${count} claim${count === 1 ? '' : 's'} without a source (click for the Problems view)`;
  status.show();
}

async function openClaimsFile(client: LanguageClient): Promise<void> {
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

async function addSelection(client: LanguageClient): Promise<void> {
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

export function deactivate(): void {
  // The client is disposed with the extension's subscriptions.
}
