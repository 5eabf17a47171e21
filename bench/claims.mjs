// The long claims files of issue 18, through the real server over stdio: how soon a draft that
// matches an entry of the 100,000-entry claims file is first checked, and, while that file with
// one typo is read (by the full reader, on the worker thread), how long a hover on an open draft
// and another draft's first diagnostics take, and when the file's problems are published.
// Usage: node bench/claims.mjs [--runs 5]   (needs dist/: npm run build; compare with another
// checkout by running it there)
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-languageserver-protocol/node';
import { generateClaims } from './generate.mjs';
import { startServer } from './server.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const valid = generateClaims(100_000);
// A line indented one space short, in the middle: the fast reader gives up there.
const typo = valid.replace('  - id: claim-50000\n', '  - id: claim-50000\n   x: [\n');
const MATCHING = 'The minister said that generated phrase 99995 last year.\n';
const mb = (text) => `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`;

/** Wall ms from sending `request` to its answer. */
async function timed(request) {
  const t = performance.now();
  await request;
  return performance.now() - t;
}

async function firstCheck() {
  const folder = mkdtempSync(join(tmpdir(), 'fact-check-claims-'));
  writeFileSync(join(folder, 'claims.yaml'), valid);
  const server = await startServer(folder);
  const uri = `file://${folder}/draft.md`;
  const first = server.published(uri);
  const ms = await timed((async () => (await server.open(uri, MATCHING), await first))());
  const matched = (await first).diagnostics.some((d) => d.message.includes('claim-99995'));
  await server.stop();
  if (!matched) throw new Error('the draft did not match its entry');
  return ms;
}

async function whileBroken() {
  const folder = mkdtempSync(join(tmpdir(), 'fact-check-claims-'));
  const claims = join(folder, 'claims.yaml');
  writeFileSync(claims, 'claims:\n  - id: deaths\n    match: [40 people died]\n    rating: false\n');
  const server = await startServer(folder);
  const draft = `file://${folder}/a.md`;
  const opened = server.published(draft);
  await server.open(draft, 'The minister said that 40 people died.\n');
  await opened;
  writeFileSync(claims, typo);
  const problems = server.published(`file://${claims}`);
  const t = performance.now();
  await server.connection.sendNotification(rpc.DidChangeWatchedFilesNotification.type, { changes: [{ uri: `file://${claims}`, type: rpc.FileChangeType.Changed }] });
  const hover = await timed(server.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri: draft }, position: { line: 0, character: 24 } }));
  const other = `file://${folder}/b.md`;
  const otherFirst = server.published(other);
  const otherMs = await timed((async () => (await server.open(other, 'Officials said 12 people died.\n'), await otherFirst))());
  await problems;
  const read = performance.now() - t;
  const rss = server.peakRssMb();
  await server.stop();
  return { hover, otherMs, read, rss };
}

const runs = Number(values.runs);
const samples = [];
for (let i = 0; i < runs; i++) samples.push(await firstCheck());
samples.sort((a, b) => a - b);
console.log(`first diagnostics of a draft matching an entry of the 100,000-entry claims file (${mb(valid)}), ${runs} runs: median ${Math.round(samples[runs >> 1])} ms (${samples.map(Math.round).join(', ')})`);
const b = await whileBroken();
console.log(`while that file with one typo is read: a hover is answered in ${Math.round(b.hover)} ms, another draft checked in ${Math.round(b.otherMs)} ms; its problems are published after ${(b.read / 1000).toFixed(1)} s; peak RSS ${Math.round(b.rss)} MB`);
