// Times the `fact-check` command line on the example draft and on a generated 1 MB draft, next to
// unified + remark-parse alone on the same files, in one run. Median of 5 (after one warm-up).
// Usage: npm run bench  (needs `npm install`, which builds dist/)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateDraft } from './generate.mjs';

const RUNS = 5;
const cache = join(import.meta.dirname, '.cache');
mkdirSync(cache, { recursive: true });

// The engine in-process, bundled as it ships, to separate its work from Node's start-up.
await build({ entryPoints: ['server/src/core/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: join(cache, 'core.cjs'), logLevel: 'warning' });
const core = (await import(join(cache, 'core.cjs'))).default;

const parseOnlyScript = join(cache, 'parse-only.mjs');
writeFileSync(
  parseOnlyScript,
  `import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
unified().use(remarkParse).parse(readFileSync(process.argv[2], 'utf8'));
`,
);

const oneMb = join(cache, 'draft-1mb.md');
writeFileSync(oneMb, generateDraft(1024 * 1024, 1));
const files = [
  ['example draft', 'examples/ukraine-call.md'],
  ['generated 1 MB draft', oneMb],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function run(args) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status === 2 || result.error) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
}

const options = core.createCheckOptions();
const rows = [];
for (const [name, file] of files) {
  const text = readFileSync(file, 'utf8');
  const parser = unified().use(remarkParse);
  const parse = time(() => parser.parse(text));
  // What the engine itself parses: GFM (footnotes, tables, autolinks) and front matter on top.
  const fullParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
  const fullParse = time(() => fullParser.parse(text));
  const engine = time(() => core.check(text, core.EMPTY_LEDGER, options));
  const cli = time(() => run(['dist/cli.js', file, '--claims', 'examples/claims.yaml', '--format', 'json']));
  const parseProcess = time(() => run([parseOnlyScript, file]));
  rows.push({ name, kb: (Buffer.byteLength(text) / 1024).toFixed(0), parse, fullParse, engine, cli, parseProcess });
}

const ms = (v) => `${v.toFixed(1)} ms`;
console.log(`node ${process.version}, ${RUNS} runs each, median\n`);
console.log('In process (after one warm-up run):\n');
console.log('| draft | size | remark-parse | remark-parse + gfm + frontmatter | engine `check()` | ÷ remark-parse | ÷ parse + gfm |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.kb} KB | ${ms(r.parse)} | ${ms(r.fullParse)} | ${ms(r.engine)} | ${(r.engine / r.parse).toFixed(2)}× | ${(r.engine / r.fullParse).toFixed(2)}× |`);
}
console.log('\nWhole processes (Node start-up included):\n');
console.log('| draft | `fact-check` CLI | node + remark-parse only | ratio |');
console.log('|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${ms(r.cli)} | ${ms(r.parseProcess)} | ${(r.cli / r.parseProcess).toFixed(2)}× |`);
}
