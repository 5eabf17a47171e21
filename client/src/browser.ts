// The extension's entry in a browser (vscode.dev, github.dev): one bundle (dist/browser.js), the
// language server a web worker (dist/browserServer.js) whose files the client reads for it.
import { Uri, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
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
  const script = Uri.joinPath(context.extensionUri, 'dist/browserServer.js').toString(true);
  // A new worker at each start (a restart, after a crash), the one before ended.
  let worker: WebWorker | undefined;
  const server = async (): Promise<WebWorker> => {
    worker?.terminate();
    worker = new Worker(script);
    return worker;
  };
  // Documents of any scheme: github.dev's are vscode-vfs:, vscode.dev's of a local folder vscode-file-system-access:.
  const client = new LanguageClient('factCheck', 'Fact Check', server as ConstructorParameters<typeof LanguageClient>[2], session.clientOptions(outputChannel));
  context.subscriptions.push(...serveWorkspaceFiles(client), { dispose: () => worker?.terminate() });
  return session.start(context, client, onState);
}

export function activate(context: ExtensionContext): FactCheckApi {
  return activateWith(context, async () => ({ ...session, startClient }));
}

export function deactivate(): void {
  // The client is disposed with the extension's subscriptions.
}
