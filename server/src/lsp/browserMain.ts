import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { DEFAULT_LIMITS, Parsing } from '../host/parsing';
import { ClientFiles } from './clientFiles';
import { startServer } from './server';

// The language server as a web worker, for the extension in a browser (vscode.dev, github.dev):
// the same session as over Node, with the workspace's files read by the client, and every parse
// job on this thread, since a web worker cannot end a job that runs too long as a thread can.

// The worker's own scope is the port to the client (its types are the DOM's, which this project leaves out).
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));

console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

// A browser has no setImmediate: a timer of 0 lets other messages in between jobs.
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
startServer(connection, { files: new ClientFiles(connection), parsing: new Parsing(undefined, DEFAULT_LIMITS, pause) });
