// Drives the real language server (dist/server.js) over stdio, as an editor does, for the
// benchmark: open a draft, edit it, wait for the diagnostics of each version, read its peak memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-languageserver-protocol/node';

/** A Node process running `args` that speaks JSON-RPC over its stdio, and how to shut it down. */
function peer(args) {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const stop = async () => {
    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    connection.dispose();
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  };
  return { child, connection, stop };
}

/** Starts a server on `folder` with `settings` (`debounceMs` 0); `started` is when the process was spawned. */
export async function startServer(folder, settings = { debounceMs: 0 }) {
  const started = performance.now();
  // SERVER_NODE_ARGS: Node flags for the server alone, as "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const { child, connection, stop } = peer([...nodeArgs, 'dist/server.js', '--stdio']);
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    const i = waiters.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i !== -1) waiters.splice(i, 1)[0].resolve(params);
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  connection.listen();
  const uri = `file://${folder}`;
  await connection.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  return {
    started,
    /** For requests of the benchmark's own (hover, code actions). */
    connection,
    alive: () => child.exitCode === null,
    /** Resolves with the next diagnostics published for `uri` (and `version`, if given). */
    published: (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve })),
    open: (uri, text) => connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } }),
    change: (uri, version, range, text) => connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] }),
    /** The server's peak resident memory so far, in MB (Linux). */
    peakRssMb: () => Number(/VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
    stop,
  };
}

/**
 * The protocol floor for `params` (a publishDiagnostics notification): wall ms from asking
 * bench/echo-peer.mjs to publish them to having read them, `times` times.
 */
export async function echoTimes(params, times) {
  const { connection, stop } = peer(['bench/echo-peer.mjs']);
  let received;
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, () => received?.());
  connection.listen();
  await connection.sendNotification('bench/hold', params);
  const samples = [];
  for (let i = 0; i < times; i++) {
    const done = new Promise((resolve) => (received = resolve));
    const start = performance.now();
    await connection.sendNotification('bench/echo');
    await done;
    samples.push(performance.now() - start);
  }
  await stop();
  return samples;
}
