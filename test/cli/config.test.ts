import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, repoRoot } from '../helpers/fixtures';

// The command line under a repository's .fact-check.yaml: test/fixtures/config/newsroom holds a
// standards desk's rules at the top (claims file, severities, a phrase, an archive to skip, no
// stale reviews) and a politics desk's below them (paragraph scope, no figures).

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function factCheck(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the newsroom fixture as a repository of its own. */
function newsroom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-check-config-'));
  cpSync(fixturePath('config/newsroom'), dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  return dir;
}

/** Each finding of a text report as `file:line:col severity code`. */
function findings(run: Run): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => /^(.+?:\d+:\d+): (\w+) ([a-z-]+):/.exec(line)?.slice(1, 4).join(' ') ?? line);
}

describe('cli: the configuration file', () => {
  it('checks the drafts under the repository’s rules, the desk’s winning over the top’s, and skips those it ignores', () => {
    const dir = newsroom();
    const run = factCheck([], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findings(run), [
      // The claims file the rules name; paragraph scope sources "emphasized" by the link after it;
      // no figures; "went on record" is a reporting phrase; no review is stale; false claims are warnings.
      'desk/story.md:4:16 warning unsourced-attribution',
      'desk/story.md:9:69 information ledger-match',
      'desk/story.md:12:1 warning disputed-claim',
    ]);
    assert.match(run.stderr, /^1 draft checked: 0 errors, 2 warnings, 1 information\.$/m);
    // Without the rules: the archive's draft, figures, stale reviews and an error.
    const plain = factCheck(['--claims', 'ledger/checked.yaml', '--scope', 'sentence'], dir);
    assert.ok(findings(plain).includes('desk/story.md:6:39 warning unsourced-attribution'), plain.stdout);
  });

  it('lets flags given win over the files', () => {
    const dir = newsroom();
    writeFileSync(join(dir, 'other.yaml'), 'claims: []\n');
    const run = factCheck(['--scope', 'sentence', '--claims', 'other.yaml', '--review-max-age-days', '30', 'desk'], dir);
    assert.deepEqual(findings(run), [
      'desk/story.md:4:16 warning unsourced-attribution',
      'desk/story.md:6:39 warning unsourced-attribution',
      'desk/story.md:9:69 warning unsourced-attribution',
      'desk/story.md:12:1 warning unsourced-attribution',
    ]);
  });

  it('reports each problem of a configuration file once, on it, with its line and column, and applies the rest', () => {
    const dir = newsroom();
    writeFileSync(join(dir, 'desk', '.fact-check.yaml'), 'sourceScope: paragraph\nkinds: {quantity: no}\nseverity: {unsourced-claim: off, ledger-match: off}\n');
    writeFileSync(join(dir, 'desk', 'second.md'), 'Officials said 3,000 troops crossed.\n');
    const run = factCheck(['--format', 'json'], dir);
    assert.equal(run.status, 1, run.stderr);
    const all = JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }>;
    const own = all.filter((f) => f.code === 'config-file');
    assert.deepEqual(
      own.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`),
      [`${join('desk', '.fact-check.yaml')}:2:19 error`, `${join('desk', '.fact-check.yaml')}:3:12 warning`],
    );
    assert.match(own[1]?.message ?? '', /^Unknown finding code "unsourced-claim" in "severity"/);
    // The rest applies: sources count in the paragraph ("emphasized" at 6:39 is sourced), no
    // ledger-match (the figure at 9:5 had one), figures back (their kind's value was wrong).
    const story = all.filter((f) => f.file === join('desk', 'story.md')).map((f) => `${f.line}:${f.column} ${f.code}`);
    assert.deepEqual(story, ['4:16 unsourced-attribution', '9:37 unsourced-quantity', '9:69 unsourced-attribution', '10:6 unsourced-quantity', '12:1 disputed-claim']);
  });

  it('applies none of a file that cannot be read, says why, and keeps the files above it', () => {
    const dir = newsroom();
    writeFileSync(join(dir, 'desk', '.fact-check.yaml'), 'sourceScope: paragraph\nkinds: {quantity: false\n');
    const run = factCheck(['desk/story.md'], dir);
    assert.equal(run.status, 1, run.stderr);
    const lines = findings(run);
    assert.equal(lines[0], 'desk/.fact-check.yaml:1:1 error config-file');
    // The desk's rules are not applied (figures are back, information: the top's rules), the top's are (no disputed-claim error).
    assert.ok(lines.includes('desk/story.md:10:6 information unsourced-quantity'), lines.join('\n'));
    assert.ok(lines.includes('desk/story.md:12:1 warning disputed-claim'), lines.join('\n'));
  });

  it('exits 2 when a claims file or bibliography the rules name cannot be read, saying which', () => {
    const dir = newsroom();
    writeFileSync(join(dir, 'desk', '.fact-check.yaml'), 'claimsFile: missing.yaml\n');
    const run = factCheck(['desk'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^fact-check: cannot read claims file desk\/missing\.yaml: no such file$/m);

    writeFileSync(join(dir, 'desk', '.fact-check.yaml'), 'bibliography: [gone.bib]\n');
    const bib = factCheck(['desk'], dir);
    assert.equal(bib.status, 2);
    assert.match(bib.stderr, /^fact-check: cannot read bibliography desk\/gone\.bib: no such file$/m);
  });

  it('sources claims with the works of a bibliography the rules name, relative to the file', () => {
    const dir = newsroom();
    cpSync(fixturePath('bibliographies/refs.json'), join(dir, 'refs.json'));
    writeFileSync(join(dir, 'desk', '.fact-check.yaml'), 'bibliography: ../refs.json\n');
    writeFileSync(join(dir, 'desk', 'cited.md'), 'Xinhua said 141 countries voted for it [@xinhua2023].\n\nOfficials said it [@nowhere].\n');
    const run = factCheck(['desk/cited.md'], dir);
    assert.deepEqual(findings(run), ['desk/cited.md:3:1 warning unsourced-attribution', 'desk/cited.md:3:21 warning unknown-citation']);
  });
});
