// The hostile drafts of issue 7, through the real server over stdio: a 20 MB draft, 200,000
// lines, one 2 MB line, lists and blockquotes nested 1,000 deep, binary garbage, lone surrogates.
// For each: time to the first diagnostics, how long a hover and a code action take to answer
// when sent right after the draft opens (while it is being checked) and once it is checked, the
// server's peak memory, and whether it is still alive.
// Usage: npm run bench:hostile, or ONLY='2 MB' npm run bench:hostile for the drafts whose name has
// those words   (needs dist/: npm run build)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-languageserver-protocol/node';
import { generateDraft } from './generate.mjs';
import { startServer } from './server.mjs';

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
  const server = await startServer(folder);
  const uri = `file://${folder}/${n++}.md`;
  const position = { line: 0, character: 5 };
  const t0 = performance.now();
  const first = server.published(uri);
  await server.open(uri, text);
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

