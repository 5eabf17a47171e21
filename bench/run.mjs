// The benchmark of issue 6: on deterministic news-like drafts, side by side, the parse floor
// (unified + remark-parse + remark-gfm), the engine's cold analysis, edit-to-diagnostics through the
// real server over stdio, peak memory; the 100,000-entry claims file; start to first diagnostics;
// a bibliography of 1,000 BibTeX entries.
// Usage: npm run bench [-- --sizes 10k,100k,1m,5m] [--edits 50] [--max-problems 1000] [--skip-ledger]   (needs dist/: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateClaims, generateDraft } from './generate.mjs';
import { benchBibliography } from './bibliography.mjs';
import { echoTimes, startServer } from './server.mjs';

const SIZES = { '10k': 10 * 1024, '100k': 100 * 1024, '1m': 1024 * 1024, '5m': 5 * 1024 * 1024 };
// Fewer repeats for big drafts (a 5 MB parse alone takes half a minute), more for small ones, whose
// tens of milliseconds this shared machine's noise can double.
const REPEATS = { '10k': 40, '100k': 15, '1m': 3, '5m': 1 };
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10k,100k,1m,5m' }, edits: { type: 'string', default: '50' }, 'max-problems': { type: 'string', default: '1000' }, 'skip-ledger': { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map((s) => s.trim().toLowerCase());
for (const s of sizes) if (!(s in SIZES)) throw new Error(`Unknown size ${s}: use ${Object.keys(SIZES).join(', ')}`);
const EDITS = Number(values.edits);
// The problems shown per draft (factCheck.maxNumberOfProblems; 1,000 by default, as many as VS Code shows).
const MAX_PROBLEMS = Number(values['max-problems']);

const cache = join(import.meta.dirname, '.cache');
mkdirSync(cache, { recursive: true });
// The engine in-process, bundled as it ships, to separate its work from Node's start-up; with the
// draft steps run here, to time an edit without a host.
const ENTRY = `export * from './server/src/core';
export * from './server/src/core/ledger';
export * from './server/src/core/text';
export { analyzeDraft, editDraft, openDraft } from './server/src/core/incremental/draft';`;
await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: join(cache, 'core.cjs'), logLevel: 'warning' });
const core = (await import(join(cache, 'core.cjs'))).default;
const claimsYaml = generateClaims(50);
const ledger = core.createLedger(core.parseLedger(claimsYaml).entries);
const options = core.createCheckOptions();

/**
 * Wall and CPU milliseconds of each of `fns`, `repeats` times after one warm-up run each (skipped
 * for a single repeat). The functions take turns, so that a machine's drift (this kind of machine
 * shares its cores) weighs on each alike.
 */
function timeInTurns(fns, repeats) {
  if (repeats > 1) for (const fn of fns) fn();
  const samples = fns.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < repeats; i++) {
    fns.forEach((fn, k) => {
      const c = process.cpuUsage();
      const t = performance.now();
      fn();
      samples[k].wall.push(performance.now() - t);
      const used = process.cpuUsage(c);
      samples[k].cpu.push((used.user + used.system) / 1000);
    });
  }
  return samples.map(({ wall, cpu }) => ({ wall: stats(wall), cpu: stats(cpu) }));
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { median: at(50), p95: at(95), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** Peak RSS (MB) of a fresh Node process that only parses `file` with remark + gfm. */
function parsePeakRssMb(file) {
  const script = `const { unified } = await import('unified'); const { default: p } = await import('remark-parse'); const { default: g } = await import('remark-gfm');
unified().use(p).use(g).parse((await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8'));
console.log(process.resourceUsage().maxRSS / 1024);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: process.cwd() });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(result.stdout.trim());
}

async function serverOnDraft(text, claims) {
  const folder = mkdtempSync(join(tmpdir(), 'fact-check-bench-'));
  if (claims) writeFileSync(join(folder, 'claims.yaml'), claims);
  const server = await startServer(folder, { debounceMs: 0, maxNumberOfProblems: MAX_PROBLEMS });
  const uri = `file://${folder}/draft.md`;
  const opened = performance.now();
  const first = server.published(uri, 1);
  await server.open(uri, text);
  const diagnostics = (await first).diagnostics;
  const openMs = performance.now() - opened;
  const openRss = server.peakRssMb();
  // One character typed in the middle of a line in the middle of the draft, again and again.
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  const lines = text.slice(0, middle).split('\n');
  const position = { line: lines.length - 1, character: Math.floor((lines.at(-1) ?? '').length / 2) };
  const samples = [];
  let last;
  for (let version = 2; version < 2 + EDITS; version++) {
    const done = server.published(uri, version);
    const start = performance.now();
    await server.change(uri, version, { start: position, end: position }, 'x');
    last = await done;
    samples.push(performance.now() - start);
    position.character++;
  }
  const rss = server.peakRssMb();
  await server.stop();
  // The protocol floor: the last edit's diagnostics, published by a peer that does nothing else.
  const echo = last && stats(await echoTimes(last, EDITS));
  return { openMs, edits: stats(samples), echo, rss, openRss, published: diagnostics.length, payloadMb: Buffer.byteLength(JSON.stringify(diagnostics)) / 1024 / 1024 };
}

/**
 * The engine alone: `EDITS` one-character edits in the middle, each applied to the text as the
 * server's copy of the document is (a rope, which the draft shares), analysed, and the problems to
 * show chosen (wall ms).
 */
function editInProcess(text) {
  let edited = core.Rope.of(text);
  let draft = core.openDraft(edited, options);
  core.analyzeDraft(draft, ledger);
  let at = text.indexOf('\n', Math.floor(text.length / 2)) - 10;
  const samples = [];
  for (let i = 0; i < EDITS; i++, at++) {
    const start = performance.now();
    edited = edited.edit(at, at, 'x');
    draft = core.editDraft(draft, { start: at, end: at, text: 'x' }, edited);
    core.analyzeDraft(draft, ledger).reported(MAX_PROBLEMS);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const rows = [];
for (const size of sizes) {
  const text = generateDraft(SIZES[size], 1);
  const file = join(cache, `draft-${size}.md`);
  writeFileSync(file, text);
  const repeats = REPEATS[size];
  const parser = unified().use(remarkParse).use(remarkGfm);
  const [floor, engine] = timeInTurns([() => parser.parse(text), () => core.check(text, ledger, options)], repeats);
  const engineEdits = editInProcess(text);
  const server = await serverOnDraft(text, claimsYaml);
  rows.push({ size, kb: Buffer.byteLength(text) / 1024, floor, engine, engineEdits, server, parseRss: parsePeakRssMb(file) });
  process.stderr.write(`${size} done\n`);
}

const f = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ms = (s) => `${f(s.median)} ms`;
const spread = (s) => (s.n > 1 ? ` (${f(s.min)}–${f(s.max)})` : '');
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; maxNumberOfProblems ${MAX_PROBLEMS}; wall medians (min–max over the repeats), CPU time where noted\n`);
console.log(`| | ${rows.map((r) => `${r.size} (${f(r.kb)} KB)`).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---').join('|')}|`);
const line = (label, cell) => console.log(`| ${label} | ${rows.map(cell).join(' | ')} |`);
line('repeats', (r) => String(r.floor.wall.n));
line('1. parse floor: remark-parse + gfm', (r) => `${ms(r.floor.wall)}${spread(r.floor.wall)}`);
line('2. engine cold `check()`', (r) => `${ms(r.engine.wall)}${spread(r.engine.wall)}`);
line('   ratio to 1 (wall / CPU)', (r) => `${(r.engine.wall.median / r.floor.wall.median).toFixed(2)}× / ${(r.engine.cpu.median / r.floor.cpu.median).toFixed(2)}×`);
line(`3a. engine edit + analysis in process, median (${EDITS} edits)`, (r) => ms(r.engineEdits));
line('    p95', (r) => `${f(r.engineEdits.p95)} ms`);
line(`3. edit → diagnostics via server, median (${EDITS} edits)`, (r) => ms(r.server.edits));
line('   p95', (r) => `${f(r.server.edits.p95)} ms`);
line(`3b. the same diagnostics published by a peer that does nothing else, median / p95 (${EDITS} times)`, (r) => (r.server.echo ? `${ms(r.server.echo)} / ${f(r.server.echo.p95)} ms` : ''));
line('   p95 ÷ parse floor', (r) => `${(r.server.edits.p95 / r.floor.wall.median).toFixed(3)}×`);
line('   diagnostics published per edit (JSON size)', (r) => `${r.server.published} (${f(r.server.payloadMb)} MB)`);
line('   open → first diagnostics', (r) => `${f(r.server.openMs)} ms`);
line('5. server peak RSS, draft opened', (r) => `${f(r.server.openRss)} MB`);
line('   … after the edits', (r) => `${f(r.server.rss)} MB`);
line('   remark + gfm parse peak RSS', (r) => `${f(r.parseRss)} MB`);
line('   ratio (opened / parse)', (r) => `${(r.server.openRss / r.parseRss).toFixed(2)}×`);

if (!values['skip-ledger']) {
  // 4. The claims file: 100,000 generated entries, in a fresh process (its own memory).
  const claimsFile = join(cache, 'claims-100k.yaml');
  writeFileSync(claimsFile, generateClaims(100_000));
  const script = `const core = require(${JSON.stringify(join(cache, 'core.cjs'))});
const text = require('node:fs').readFileSync(${JSON.stringify(claimsFile)}, 'utf8');
const t = performance.now();
const parsed = core.parseLedger(text);
const ledger = core.createLedger(parsed.entries);
const load = performance.now() - t;
const sentence = 'Officials said the generated phrase 99999 was wrong, and 3,200 troops left.';
const n = 20000;
let t2 = performance.now();
for (let i = 0; i < n; i++) ledger.get('claim-' + ((i * 7919) % 100000));
const get = (performance.now() - t2) * 1000 / n;
t2 = performance.now();
for (let i = 0; i < n; i++) ledger.findMatches(sentence);
const match = (performance.now() - t2) * 1000 / n;
console.log(JSON.stringify({ load, get, match, entries: ledger.size, problems: parsed.problems.length, rss: process.resourceUsage().maxRSS / 1024 }));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const l = JSON.parse(result.stdout);
  // 5 (ledger). The server with the 100,000-entry claims file and the example draft open.
  const folderServer = await serverOnDraft(readFileSync('examples/ukraine-call.md', 'utf8'), readFileSync(claimsFile, 'utf8'));
  console.log(`\n4. claims file, 100,000 entries (${f(Buffer.byteLength(readFileSync(claimsFile)) / 1024 / 1024)} MB YAML): load + index ${f(l.load)} ms; ${l.get.toFixed(2)} µs per id look-up; ${l.match.toFixed(1)} µs per sentence matched; peak RSS ${f(l.rss)} MB (${l.entries} entries, ${l.problems} problems)`);
  console.log(`5. server peak RSS with the 100,000-entry claims file and the example draft open: ${f(folderServer.rss)} MB (first diagnostics ${f(folderServer.openMs)} ms after opening)`);
}

// 6. Server start to first diagnostics on the example draft: spawn, initialize, open, publish.
const starts = [];
for (let i = 0; i < 5; i++) {
  const folder = mkdtempSync(join(tmpdir(), 'fact-check-bench-'));
  writeFileSync(join(folder, 'claims.yaml'), readFileSync('examples/claims.yaml', 'utf8'));
  const server = await startServer(folder);
  const uri = `file://${folder}/ukraine-call.md`;
  const first = server.published(uri, 1);
  await server.open(uri, readFileSync('examples/ukraine-call.md', 'utf8'));
  await first;
  starts.push(performance.now() - server.started);
  await server.stop();
}
const s = stats(starts);
console.log(`6. server start → first diagnostics on examples/ukraine-call.md: ${ms(s)} median (${f(s.min)}–${f(s.max)}, 5 starts)`);

// 7. A Pandoc writer's bibliography of 1,000 BibTeX entries: reading it, and first diagnostics with it.
await benchBibliography();
