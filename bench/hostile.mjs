// The hostile drafts of issue 7, through the real server over stdio: a 20 MB draft, 200,000
// lines, one 2 MB line, lists and blockquotes nested 1,000 deep, binary garbage, lone surrogates.
// For each: time to the first diagnostics, how long a hover and a code action take to answer
// when sent right after the draft opens (while it is being checked) and once it is checked, the
// server's peak memory, and whether it is still alive. Also: user-supplied phrases and claims-file
// match phrases built to make a backtracking matcher explode, timed at growing sizes.
// Usage: npm run bench:hostile   (needs dist/: npm run build)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-languageserver-protocol/node';
import { generateDraft } from './generate.mjs';

const MB = 1024 * 1024;

function drafts() {
  const garbage = Buffer.alloc(2 * MB);
  let seed = 7;
  for (let i = 0; i < garbage.length; i++) garbage[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return [
    ['20 MB news-like draft', () => generateDraft(20 * MB)],
    ['200,000 lines', () => Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? `- The minister said ${i} people died` : `line ${i}`)).join('\n')],
    ['one 2 MB line', () => 'The minister said that 40 people died, officials said. '.repeat(Math.ceil((2 * MB) / 55))],
    ['lists nested 1,000 deep', () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Officials said ${i} died`).join('\n')],
    ['blockquotes nested 1,000 deep', () => `${'>'.repeat(1000)} The minister said that 40 people died.\n`.repeat(20)],
    ['2 MB of binary garbage', () => garbage.toString('utf8')],
    ['lone surrogates', () => 'The minister said \uD800 that 40 \uDC00 people died. '.repeat(20_000)],
  ];
}

async function start(folder, settings) {
  const child = spawn(process.execPath, [...(process.env.SERVER_ARGS ? process.env.SERVER_ARGS.split(' ') : []), 'dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    for (const w of waiters.splice(0)) if (w.uri === params.uri) w.resolve(params);
    else waiters.push(w);
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  connection.listen();
  const uri = `file://${folder}`;
  await connection.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'hostile' }], capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  return {
    connection,
    alive: () => child.exitCode === null,
    published: (uri) => new Promise((resolve) => waiters.push({ uri, resolve })),
    peakRssMb: () => Number(/VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
    async stop() {
      await connection.sendRequest(rpc.ShutdownRequest.type);
      await connection.sendNotification(rpc.ExitNotification.type);
      connection.dispose();
    },
  };
}

async function timed(promise) {
  const t = performance.now();
  await promise;
  return performance.now() - t;
}

const folder = mkdtempSync(join(tmpdir(), 'fact-check-hostile-'));
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
console.log('| hostile draft | size | first diagnostics | hover sent at open | hover after | code action after | diagnostics | note | peak RSS | alive |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
let n = 0;
for (const [name, make] of drafts().filter(([n]) => !process.env.ONLY || n.includes(process.env.ONLY))) {
  const text = make();
  const server = await start(folder, { debounceMs: 0 });
  const uri = `file://${folder}/${n++}.md`;
  const position = { line: 0, character: 5 };
  const t0 = performance.now();
  const first = server.published(uri);
  await server.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  // Sent at once: answered only when the server gets to it, behind the check of the draft.
  const hoverDuring = timed(server.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position }));
  const { diagnostics } = await first;
  const firstMs = performance.now() - t0;
  const range = diagnostics[0]?.range ?? { start: position, end: position };
  const hoverAfter = await timed(server.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position }));
  // As an editor does: the diagnostics under the cursor, not the whole list.
  const actionAfter = await timed(server.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: diagnostics.slice(0, 1) } }));
  const r = {
    name,
    size: `${(Buffer.byteLength(text) / MB).toFixed(1)} MB`,
    firstMs,
    hoverDuring: await hoverDuring,
    hoverAfter,
    actionAfter,
    diagnostics: diagnostics.length,
    truncated: diagnostics.some((d) => d.code === 'draft-truncated'),
    peakMb: server.peakRssMb(),
    alive: server.alive(),
  };
  await server.stop();
  console.log(`| ${r.name} | ${r.size} | ${ms(r.firstMs)} | ${ms(r.hoverDuring)} | ${ms(r.hoverAfter)} | ${ms(r.actionAfter)} | ${r.diagnostics} | ${r.truncated ? 'yes' : 'no'} | ${Math.round(r.peakMb)} MB | ${r.alive ? 'yes' : 'NO'} |`);
}

