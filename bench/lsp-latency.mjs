// Edit-to-diagnostics latency of the language server, as an editor sees it: a one-character
// didChange to the next publishDiagnostics for that version, over stdio, with debounceMs 0.
// 50 edits in the middle of the document; median and p95. Usage: npm run bench:lsp
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import rpcModule from 'vscode-languageserver-protocol/node';

const rpc = rpcModule;
import { generateDraft } from './generate.mjs';

const EDITS = 50;

async function startServer(folder) {
  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    const i = waiters.findIndex((w) => w.version === params.version);
    if (i !== -1) waiters.splice(i, 1)[0].resolve(params);
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({ debounceMs: 0 })));
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  connection.listen();
  const uri = `file://${folder}`;
  await connection.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const published = (version) => new Promise((resolve) => waiters.push({ version, resolve }));
  return { child, connection, published };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(name, text) {
  const folder = mkdtempSync(join(tmpdir(), 'fact-check-bench-'));
  const server = await startServer(folder);
  const uri = `file://${folder}/draft.md`;
  let first = server.published(1);
  await server.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  // An edit in the middle of a line in the middle of the document.
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  const before = text.slice(0, middle).split('\n');
  const position = { line: before.length - 1, character: Math.floor((before.at(-1) ?? '').length / 2) };
  const samples = [];
  for (let version = 2; version < 2 + EDITS; version++) {
    const done = server.published(version);
    const start = performance.now();
    await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    await done;
    samples.push(performance.now() - start);
  }
  await server.connection.sendRequest(rpc.ShutdownRequest.type);
  await server.connection.sendNotification(rpc.ExitNotification.type);
  server.connection.dispose();
  samples.sort((a, b) => a - b);
  return { name, kb: (Buffer.byteLength(text) / 1024).toFixed(0), median: percentile(samples, 50), p95: percentile(samples, 95) };
}

const rows = [await measure('example draft', readFileSync('examples/ukraine-call.md', 'utf8')), await measure('generated 100 KB draft', generateDraft(100 * 1024, 2))];
console.log(`node ${process.version}, ${EDITS} one-character edits each, debounceMs 0\n`);
console.log('| draft | size | median | p95 |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.kb} KB | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`);
