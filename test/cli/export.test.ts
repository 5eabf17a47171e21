import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/fixtures';

/** Runs `fact-check export` as a user would. */
function factCheckExport(args: readonly string[], cwd = repoRoot) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'export', ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Renders a draft to plain text with the real Pandoc and its citeproc; its warnings come back on stderr. */
function pandoc(draft: string, bibliographies: readonly string[]): { out: string; warnings: string } {
  const args = ['--citeproc', '--to', 'plain', '--wrap', 'none', ...bibliographies.flatMap((b) => ['--bibliography', b]), draft];
  const result = spawnSync('pandoc', args, { encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error('Pandoc is not installed: `apt-get install pandoc` (npm test installs it).');
  assert.equal(result.status, 0, result.stderr);
  return { out: result.stdout, warnings: result.stderr };
}

describe('cli: export', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'fact-check-export-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes CSL JSON that Pandoc renders the example story with, citing a BibTeX bibliography and claims-file ids, with no warning', () => {
    const csl = join(dir, 'claims.csl.json');
    const run = factCheckExport(['--to', 'csl', '--claims', 'examples/claims.yaml', '-o', csl]);
    assert.equal(run.status, 0, run.stderr);
    const { out, warnings } = pandoc('examples/pandoc/story.md', ['examples/pandoc/refs.bib', csl]);
    assert.equal(warnings, '');
    // An unresolved citation stays in the text as its key.
    assert.doesNotMatch(out, /@|\?\?/, out);
    const list = out.slice(out.lastIndexOf('p. 2).') + 'p. 2).'.length);
    for (const expected of ['Institute for the Study of War. 2023.', 'Kofman, Michael, and Rob Lee. 2023.', '“Russia’s Full-Scale Invasion of Ukraine', 'https://www.fmprc.gov.cn/mfa_eng/']) {
      assert.ok(list.includes(expected), `${expected} in the reference list:\n${out}`);
    }
  });

  it('writes ClaimReview JSON-LD to standard output, and says which entries it leaves out', () => {
    const run = factCheckExport(['--to', 'claimreview', '--claims', 'examples/claims.yaml', '--url', 'https://news.example/ukraine-call', '--publisher', 'Example News']);
    assert.equal(run.status, 0, run.stderr);
    const reviews = (JSON.parse(run.stdout) as { '@graph': Array<{ url: string; reviewRating: { alternateName: string } }> })['@graph'];
    const entries = readFileSync(join(repoRoot, 'examples', 'claims.yaml'), 'utf8').match(/^ {2}- id: /gm) ?? [];
    assert.ok(reviews.length > 0 && reviews.length <= entries.length);
    assert.equal(reviews[0]?.url, 'https://news.example/ukraine-call#ukraine-war-duration');
    if (reviews.length < entries.length) assert.match(run.stderr, /^fact-check: left out \d+ entr/);
  });

  it('exits 2 with the export usage for what ClaimReview needs, and with a clear message for a missing claims file', () => {
    const noUrl = factCheckExport(['--to', 'claimreview', '--claims', 'examples/claims.yaml', '--publisher', 'X']);
    assert.equal(noUrl.status, 2);
    assert.match(noUrl.stderr, /--to claimreview needs --url[\s\S]*Run "fact-check export --help"/);
    assert.equal(factCheckExport(['--to', 'rss']).status, 2);
    const missing = factCheckExport(['--to', 'csl', '--claims', 'nowhere.yaml']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read claims file .*nowhere\.yaml: no such file/);
    assert.match(factCheckExport(['--help']).stdout, /^Usage: fact-check export/);
    assert.equal(execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' }).includes('fact-check export'), true);
  });
});
