// The extension's entry in a browser (vscode.dev, github.dev): one bundle (dist/browser.js), the
// language server a web worker (dist/browserServer.js) whose files the client reads for it.
import { Uri, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, type FactCheckApi } from './activation';
import * as session from './session';
import { serveWorkspaceFiles } from './workspaceFiles';

export type { FactCheckApi };

/** The DOM's Worker, which the extension host of a browser has (this project's types leave the DOM out). */
interface WebWorker {
  terminate(): void;
}
declare const Worker: new (url: string) => WebWorker;

function startClient(context: ExtensionContext, outputChannel: LogOutputChannel, onState: () => void): LanguageClient {
  const script = Uri.joinPath(context.extensionUri, 'dist/browserServer.js');
  // A new worker at each start (a restart, after a crash), the one before ended.
  let worker: WebWorker | undefined;
  // Transports rather than the worker: the client knows a worker by `instanceof Worker`, which
  // VS Code's wrapped Worker constructor fails.
  const server = async (): Promise<MessageTransports> => {
    worker?.terminate();
    const started = await serverWorker(script);
    worker = started;
    const port = started as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
    return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
  };
  // Documents of any scheme: github.dev's are vscode-vfs:, vscode.dev's of a local folder vscode-file-system-access:.
  const client = new LanguageClient('factCheck', 'Fact Check', server, session.clientOptions(outputChannel));
  context.subscriptions.push(...serveWorkspaceFiles(client), { dispose: () => worker?.terminate() });
  return session.start(context, client, onState);
}

/**
 * The server's web worker. VS Code refuses a Worker the URI of an extension installed on a remote
 * (code-server, say): its script is fetched then (the extension host's fetch resolves that URI)
 * and started from a Blob.
 */
async function serverWorker(script: Uri): Promise<WebWorker> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const source = await (await fetch(script.toString(true))).text();
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'application/javascript' })));
}

export function activate(context: ExtensionContext): FactCheckApi {
  return activateWith(context, async () => ({ ...session, startClient }));
}

export function deactivate(): void {
  // The client is disposed with the extension's subscriptions.
}
