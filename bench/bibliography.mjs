// The bibliography part of the benchmark (issue 22): a Pandoc writer's draft whose front matter
// names a BibTeX file of 1,000 entries. How long the engine takes to read the file, and how long a
// fresh server takes from opening the draft to its first diagnostics, against the same draft
// without the bibliography. Usage: node bench/bibliography.mjs (needs dist/: npm run build);
// `npm run bench` runs it last.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { startServer } from './server.mjs';

const ENTRIES = 1000;
const RUNS = 5;

/** A BibTeX file of `n` entries in the shapes reference managers export. */
export function generateBibtex(n) {
  const types = ['article', 'book', 'report', 'online', 'inproceedings'];
  let text = '@string{jot = "Journal of Things"}\n\n';
  for (let i = 0; i < n; i++) {
    text += `@${types[i % types.length]}{key${i},\n  author = {Smith, John and Doe, Jane and {World Health Organization}},\n  title = {The {COVID-19} Pandemic and \\"Uber Results, Part ${i}},\n  journal = jot,\n  year = {${2000 + (i % 25)}},\n  volume = {${i % 40}},\n  pages = {${i}--${i + 10}},\n  doi = {10.1000/bench.${i}},\n  url = {https://example.org/works/${i}},\n}\n\n`;
  }
  return text;
}

/** A draft that names `bibliography` (if any) and cites `cited` of its keys, one sentence each. */
function draft(bibliography, cited) {
  const head = bibliography ? `---\ntitle: Bench\nbibliography: ${bibliography}\n---\n\n` : '';
  return head + Array.from({ length: cited }, (_, i) => `Officials said 3,000 troops crossed the border on day ${i} [@key${i * 9}].`).join('\n\n') + '\n';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

const f = (ms) => ms.toFixed(0);

export async function benchBibliography() {
  const bib = generateBibtex(ENTRIES);
  const out = join(mkdtempSync(join(tmpdir(), 'fact-check-bib-')), 'core.cjs');
  await build({ stdin: { contents: "export { parseBibliography } from './server/src/core/bibliography';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  const { parseBibliography } = (await import(out)).default;
  const parses = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const { references, problems } = parseBibliography(bib, 'bibtex');
    parses.push(performance.now() - t);
    if (references.length !== ENTRIES || problems.length > 0) throw new Error(`read ${references.length} works, ${problems.length} problems`);
  }
  console.log(`7. reading a BibTeX bibliography of ${ENTRIES.toLocaleString('en-US')} entries (${(bib.length / 1024).toFixed(0)} KB): ${f(parses[0])} ms the first time, ${f(median(parses.slice(1)))} ms median after`);

  const firsts = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, bibliography] of [['with', 'refs.bib'], ['without', undefined]]) {
      const folder = mkdtempSync(join(tmpdir(), 'fact-check-bench-'));
      writeFileSync(join(folder, 'refs.bib'), bib);
      const server = await startServer(folder);
      const uri = `file://${folder}/draft.md`;
      const first = server.published(uri, 1);
      const opened = performance.now();
      await server.open(uri, draft(bibliography, 100));
      const { diagnostics } = await first;
      firsts[name].push(performance.now() - opened);
      const unknown = diagnostics.filter((d) => d.code === 'unknown-citation').length;
      if ((name === 'with') !== (unknown === 0)) throw new Error(`${name} the bibliography: ${unknown} unknown citations`);
      if (name === 'with' && diagnostics.length > 0) throw new Error(`cited claims flagged: ${diagnostics.map((d) => d.code).join(', ')}`);
      await server.stop();
    }
  }
  console.log(`   a fresh server, a draft citing 100 of its works: open → first diagnostics ${f(median(firsts.with))} ms median with the bibliography (no finding), ${f(median(firsts.without))} ms without it (${RUNS} starts each)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBibliography();
