import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFiles } from '../host/nodeFiles';
import { mainOrParseWorker, ParseWorker } from '../host/parseWorker';
import { Parsing } from '../host/parsing';
import { startServer } from './server';

mainOrParseWorker(serve);

function serve(): void {
  // The transport comes from the command line: --stdio for editors that spawn the server
  // (Neovim, Emacs, Helix), --node-ipc for the VS Code client.
  const connection = createConnection(ProposedFeatures.all);

  // Over stdio, anything written to stdout would corrupt the protocol stream.
  console.log = connection.console.log.bind(connection.console);
  console.info = connection.console.info.bind(connection.console);
  console.warn = connection.console.warn.bind(connection.console);
  console.error = connection.console.error.bind(connection.console);

  // This very script runs slow parse jobs on a worker thread.
  startServer(connection, { files: nodeFiles, parsing: new Parsing(() => new ParseWorker(__filename)) });
}
