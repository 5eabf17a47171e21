import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveDraftWorker } from '../host/draftWorker';
import { startServer } from './server';

if (isMainThread) serve();
else serveDraftWorker();

function serve(): void {
  // The transport comes from the command line: --stdio for editors that spawn the server
  // (Neovim, Emacs, Helix), --node-ipc for the VS Code client.
  const connection = createConnection(ProposedFeatures.all);

  // Over stdio, anything written to stdout would corrupt the protocol stream.
  console.log = connection.console.log.bind(connection.console);
  console.info = connection.console.info.bind(connection.console);
  console.warn = connection.console.warn.bind(connection.console);
  console.error = connection.console.error.bind(connection.console);

  // This very script opens long drafts on worker threads.
  startServer(connection, __filename);
}
