// The desktop's language client, bundled apart (dist/client.js) and loaded only once activation
// has returned: vscode-languageclient is most of the extension's code.
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, start } from './session';

export * from './session';

/** Creates the client and starts the bundled Node server in the background; `onState` follows the client's state. */
export function startClient(context: ExtensionContext, outputChannel: LogOutputChannel, onState: () => void): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return start(context, new LanguageClient('factCheck', 'Fact Check', serverOptions, clientOptions(outputChannel, ['file', 'untitled'])), onState);
}
