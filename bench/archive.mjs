// The archive check: the command line over a corpus of 1,000+ Markdown files (the real-world posts
// of ../shared/data/realworld, and generated news drafts in desks with claims files), timed side by
// side in one run with markdownlint-cli2 (its default rules) on the same files, and with another
// build of the command line (--baseline, e.g. an older dist/cli.js). Rounds alternate the tools'
// order, so that the load of a shared machine falls on each alike; the median and the fastest wall
// time of each are reported with the CPU time (user + system) of each run, the steadier figure on a
// shared machine, and the load average. Before timing, it checks that the baseline's report, in
// text and JSON, is the same byte for byte, and that so is that of 1, 2 and 3 worker threads; with
// --other-findings, the baseline is an older engine whose findings differ (issue 23's baseline, main
// at e712fbd), and only the threads' reports are compared.
// Usage: npm run bench:archive [-- --rounds 5 --generated 250 --baseline /tmp/base/dist/cli.js --other-findings --check-only]
//   (needs dist/: npm run build; REALWORLD_DIR points at the real-world corpus)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateClaims, generateDraft, rng } from './generate.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    generated: { type: 'string', default: '250' },
    baseline: { type: 'string' },
    // The baseline finds other things: time it, without comparing its report.
    'other-findings': { type: 'boolean', default: false },
    // Build the corpus and compare the reports, without timing.
    'check-only': { type: 'boolean', default: false },
  },
});
const realworld = resolve(process.env.REALWORLD_DIR ?? join(root, '..', 'shared', 'data', 'realworld'));
if (!existsSync(realworld)) {
  console.log(`bench:archive skipped: no real-world corpus at ${realworld} (set REALWORLD_DIR).`);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
for (const needed of [cli, markdownlint]) if (!existsSync(needed)) throw new Error(`${needed} is missing: run npm ci and npm run build first`);

// The corpus: the real posts as they are, and desks of generated drafts, each desk with its claims
// file (which its drafts cite), of sizes from 1 to 10 KB (the real posts average 5 KB).
const corpus = join(root, 'bench', '.cache', 'archive');
rmSync(corpus, { recursive: true, force: true });
mkdirSync(join(corpus, '.git'), { recursive: true });
cpSync(realworld, join(corpus, 'realworld'), { recursive: true, filter: (path) => statSync(path).isDirectory() || path.endsWith('.md') });
const generated = Number(values.generated);
const size = rng(23);
for (let i = 0; i < generated; i++) {
  const desk = join(corpus, `desk-${i % 5}`);
  if (i < 5) {
    mkdirSync(desk);
    writeFileSync(join(desk, 'claims.yaml'), generateClaims(50));
  }
  writeFileSync(join(desk, `story-${i}.md`), generateDraft(1024 + Math.floor(size() * 9 * 1024), i + 1));
}
// markdownlint-cli2 with its default rules, all of them, over the same files.
writeFileSync(join(corpus, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true } }));
const markdown = readdirSync(corpus, { recursive: true }).filter((name) => name.endsWith('.md'));
const bytes = markdown.reduce((sum, name) => sum + statSync(join(corpus, name)).size, 0);

const baseline = values.baseline === undefined ? undefined : resolve(values.baseline);
// The default is a worker thread per two cores (see threadsFor in server/src/cli/threads.ts): one
// per core is timed too.
const cores = availableParallelism();
const allCores = `fact-check --jobs ${cores}`;
const tools = [
  ...(baseline ? [{ name: 'baseline', args: [baseline, '.', '--exit-zero'] }] : []),
  { name: 'fact-check', args: [cli, '.', '--exit-zero'] },
  ...(cores > 1 ? [{ name: allCores, args: [cli, '.', '--exit-zero', '--jobs', String(cores)] }] : []),
  { name: 'markdownlint-cli2', args: [markdownlint, '**/*.md'] },
];

// The same report as the baseline's, in text and JSON, and whatever the number of threads (this
// also warms the file cache for the timed runs).
const compared = values['other-findings'] ? undefined : baseline;
const reference = run([compared ?? cli, '.', '--exit-zero'], 'pipe');
const referenceJson = run([compared ?? cli, '.', '--exit-zero', '--format', 'json'], 'pipe');
const same = (name, a, b) => {
  if (a.status !== b.status || a.stdout !== b.stdout || a.stderr !== b.stderr) throw new Error(`${name}: the report differs from the ${compared ? 'baseline' : 'first'}'s:\n${firstDifference(a.stdout + a.stderr, b.stdout + b.stderr)}`);
};
same('fact-check', run([cli, '.', '--exit-zero'], 'pipe'), reference);
same('fact-check --format json', run([cli, '.', '--exit-zero', '--format', 'json'], 'pipe'), referenceJson);
for (const n of [1, 2, 3]) same(`fact-check --jobs ${n}`, run([cli, '.', '--exit-zero', '--jobs', String(n)], 'pipe'), reference);
console.log(`${markdown.length} Markdown files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${reference.stderr.trim()}): the same report${compared ? ' as the baseline' : ''} in text and JSON, on 1, 2 and 3 worker threads${baseline && !compared ? '; the baseline finds other things' : ''}`);
if (values['check-only']) process.exit(0);
run(tools.at(-1).args, 'ignore');

const times = new Map(tools.map((t) => [t.name, { wall: [], cpu: [] }]));
const loads = [loadavg()[0]];
const rounds = Number(values.rounds);
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < tools.length; k++) {
    const tool = tools[(round + k) % tools.length];
    const cpuBefore = childrenCpu();
    const started = performance.now();
    const { status } = run(tool.args, 'ignore');
    if (status !== 0 && !(tool.name === 'markdownlint-cli2' && status === 1)) throw new Error(`${tool.name} exited with ${status}`);
    times.get(tool.name).wall.push((performance.now() - started) / 1000);
    times.get(tool.name).cpu.push(childrenCpu() - cpuBefore);
  }
  loads.push(loadavg()[0]);
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${cores} cores; node ${process.version}; ${rounds} rounds`);
console.log(`load average (1 min) over the rounds: ${loads.map((l) => l.toFixed(2)).join(', ')}`);
console.log('tool'.padEnd(22) + 'median s'.padStart(10) + 'fastest s'.padStart(11) + 'CPU s'.padStart(8) + 'least CPU s'.padStart(13));
for (const [name, { wall, cpu }] of times) console.log(name.padEnd(22) + median(wall).toFixed(2).padStart(10) + Math.min(...wall).toFixed(2).padStart(11) + median(cpu).toFixed(2).padStart(8) + Math.min(...cpu).toFixed(2).padStart(13));
const ratio = (a, b, what) => (median(times.get(a)[what]) / median(times.get(b)[what])).toFixed(2);
const against = (name, other) => console.log(`${name} / ${other}: wall ${ratio(name, other, 'wall')}, CPU ${ratio(name, other, 'cpu')}`);
for (const name of ['fact-check', ...(cores > 1 ? [allCores] : [])]) {
  if (baseline) against(name, 'baseline');
  against(name, 'markdownlint-cli2');
}

function run(args, stdio) {
  const result = spawnSync(process.execPath, args, { cwd: corpus, encoding: 'utf8', stdio: ['ignore', stdio, stdio], maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux only). */
function childrenCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function firstDifference(a, b) {
  const lines = [a.split('\n'), b.split('\n')];
  const i = lines[0].findIndex((line, k) => line !== lines[1][k]);
  return `line ${i + 1}:\n  now:      ${lines[0][i]}\n  baseline: ${lines[1][i]}`;
}
