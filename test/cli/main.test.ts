import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { factCheck, type JsonFinding, type Run } from '../helpers/cli';
import { fixturePath, repoRoot } from '../helpers/fixtures';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-check-cli-'));
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('cli', () => {
  it('prints path:line:col: severity code: message and exits 1 when claims lack sources', () => {
    const run = factCheck([fixturePath('seed/bare.md')]);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.length >= 9, run.stdout);
    for (const line of lines) assert.match(line, /^test\/fixtures\/seed\/bare\.md:\d+:\d+: (warning|information|error) [a-z-]+: .+$/);
    assert.match(run.stdout, /bare\.md:16:\d+: warning unsourced-attribution: .*Maria Zakharova noted/);
    assert.match(run.stderr, /1 draft checked: 0 errors, \d+ warnings/);
  });

  it('matches the bundled example to its claims file: each phrase the draft words is its entry’s', () => {
    const run = factCheck([join(repoRoot, 'examples', 'ukraine-call.md'), '--format', 'json']);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const about = (code: string): string[] => findings.filter((f) => f.code === code).map((f) => `${f.line} ${f.message.match(/entry "([^"]+)"/)?.[1] ?? ''}`);
    // "the 14-month conflict", "China’s 12-point peace proposal" (whatever else its sentence names), and a false claim.
    assert.deepEqual(about('ledger-match'), ['14 ukraine-war-duration', '18 china-12-point-plan'], run.stdout);
    assert.deepEqual(about('disputed-claim'), ['20 ex-soviet-states-status'], run.stdout);
  });

  it('exits 0 on a draft whose claims are all sourced, using the claims file beside it', () => {
    const run = factCheck([fixturePath('seed/sourced.md')]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /warning|error/);
  });

  it('writes JSON with 1-based lines and columns and exclusive end columns', () => {
    const run = factCheck([fixturePath('drafts/crlf.md'), '--format', 'json']);
    assert.equal(run.status, 1, run.stderr);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const attribution = findings.find((f) => f.code === 'unsourced-attribution');
    assert.ok(attribution, run.stdout);
    assert.equal(attribution.file, join('test', 'fixtures', 'drafts', 'crlf.md'));
    assert.equal(attribution.line, 3);
    assert.equal(attribution.column, 1);
    assert.equal(attribution.severity, 'warning');
    // The claims file beside the fixture knows this figure, so it is only information.
    const figure = findings.find((f) => f.line === 4);
    assert.ok(figure, run.stdout);
    assert.equal(figure.code, 'ledger-match');
    assert.equal(`It was a 14-month conflict.`.slice(figure.column - 1, figure.endColumn - 1), '14-month conflict');
    assert.equal(run.stderr, '');
  });

  it('reports claims-file problems once, against the claims file, and keeps its valid entries', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'claims.yaml'), 'claims:\n  - id: war\n    match: 14-month conflict\n    rating: true\n    sources: [https://example.org/war]\n  - id: war\n    rating: maybe\n');
    writeFileSync(join(dir, 'a.md'), 'It was a 14-month conflict [@war].\n');
    writeFileSync(join(dir, 'b.md'), 'It was a 14-month conflict.\n');
    const run = factCheck(['.', '--format', 'json'], dir);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const ledgerProblems = findings.filter((f) => f.file === 'claims.yaml');
    assert.equal(ledgerProblems.length, 1, run.stdout);
    assert.equal(ledgerProblems[0]?.code, 'claims-file');
    assert.equal(ledgerProblems[0]?.line, 6);
    assert.match(ledgerProblems[0]?.message ?? '', /war/);
    assert.deepEqual(
      findings.filter((f) => f.file !== 'claims.yaml').map((f) => [f.file, f.code]),
      [['b.md', 'ledger-match']],
    );
    assert.equal(run.status, 1);
  });

  it('finds the claims file in a folder above the draft, up to the workspace root', () => {
    const dir = workspace();
    cpSync(fixturePath('drafts/claims.yaml'), join(dir, 'claims.yaml'));
    mkdirSync(join(dir, 'stories', '2023'), { recursive: true });
    writeFileSync(join(dir, 'stories', '2023', 'draft.md'), 'It was a 14-month conflict [@ukraine-war-duration].\n');
    const run = factCheck(['stories'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
  });

  it('uses no entry of a claims file that cannot be read as a whole, and says where it breaks', () => {
    const dir = workspace();
    // A file cut off while it was being written: the first entry is whole, the second is not.
    writeFileSync(join(dir, 'claims.yaml'), 'claims:\n  - id: war\n    match: 14-month conflict\n  - id: "peace\n');
    writeFileSync(join(dir, 'a.md'), 'It was a 14-month conflict.\n');
    const run = factCheck(['.', '--format', 'json'], dir);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.ok(findings.some((f) => f.file === 'claims.yaml' && f.code === 'claims-file' && f.line >= 4), run.stdout);
    assert.deepEqual(findings.filter((f) => f.file === 'a.md').map((f) => f.code), ['unsourced-quantity']);
  });

  it('reports a claims file that is not UTF-8 at its first bad byte, and uses none of it', () => {
    const dir = workspace();
    const head = Buffer.from('claims:\n  - id: war\n    match: 14-month conflict\n    notes: caf');
    writeFileSync(join(dir, 'claims.yaml'), Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' latin-1\n')]));
    writeFileSync(join(dir, 'a.md'), 'It was a 14-month conflict.\n');
    const run = factCheck(['.', '--format', 'json'], dir);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const problem = findings.find((f) => f.file === 'claims.yaml');
    assert.deepEqual([problem?.line, problem?.column], [4, 15], run.stdout);
    assert.match(problem?.message ?? '', /UTF-8/);
    assert.deepEqual(findings.filter((f) => f.file === 'a.md').map((f) => f.code), ['unsourced-quantity']);
  });

  it('does not read a discovered claims file that links outside the repository, unless --claims names it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'fact-check-outside-'));
    cpSync(fixturePath('drafts/claims.yaml'), join(outside, 'claims.yaml'));
    const dir = workspace();
    symlinkSync(join(outside, 'claims.yaml'), join(dir, 'claims.yaml'));
    writeFileSync(join(dir, 'a.md'), 'It was a 14-month conflict [@ukraine-war-duration].\n');
    const refused = factCheck(['a.md'], dir);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /claims\.yaml: it links to .*outside the repository/);
    assert.equal(factCheck(['a.md', '--claims', 'claims.yaml'], dir).status, 0);
  });

  it('refuses a claims file over the size limit with a clear message', () => {
    const dir = workspace();
    const entry = '  - id: e\n    claim: ' + 'x'.repeat(1000) + '\n';
    writeFileSync(join(dir, 'claims.yaml'), 'claims:\n' + entry.repeat(34_000));
    writeFileSync(join(dir, 'a.md'), 'Fine.\n');
    const run = factCheck(['a.md'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read claims file claims\.yaml: it is 3\d\.\d MB, over the 32\.0 MB a claims file may have/);
  });

  it('refuses a claims file that is a FIFO or a device at once, named or discovered', () => {
    const dir = workspace();
    execFileSync('mkfifo', [join(dir, 'claims.yaml')]);
    writeFileSync(join(dir, 'a.md'), 'Fine.\n');
    const discovered = factCheck(['a.md'], dir);
    assert.equal(discovered.status, 2, discovered.stderr);
    assert.match(discovered.stderr, /^fact-check: cannot read claims file claims\.yaml: it is not a regular file \(a FIFO, device or socket\)$/m);
    const named = factCheck(['a.md', '--claims', 'claims.yaml'], dir);
    assert.equal(named.status, 2, named.stderr);
    assert.match(named.stderr, /cannot read claims file claims\.yaml: it is not a regular file/);
    const device = factCheck(['a.md', '--claims', '/dev/zero'], dir);
    assert.equal(device.status, 2, device.stderr);
    assert.match(device.stderr, /cannot read claims file \S*dev\/zero: it is not a regular file/);
  });

  it('refuses a draft named on the command line that is a FIFO', () => {
    const dir = workspace();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const run = factCheck(['pipe.md'], dir);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /cannot read pipe\.md: it is not a regular file/);
  });

  it('does not follow links out of a folder or a glob\'s folder, but follows those inside and reads a file named', () => {
    const outside = mkdtempSync(join(tmpdir(), 'fact-check-outside-'));
    mkdirSync(join(outside, 'usr'));
    writeFileSync(join(outside, 'secret.md'), 'Officials said that 41 people died.\n');
    writeFileSync(join(outside, 'usr', 'far.md'), 'Officials said that 42 people died.\n');
    const dir = workspace();
    mkdirSync(join(dir, 'stories'));
    writeFileSync(join(dir, 'stories', 'one.md'), 'Officials said that 40 people died.\n');
    symlinkSync(join(outside, 'secret.md'), join(dir, 'stories', 'secret.md'));
    symlinkSync(join(outside, 'usr'), join(dir, 'stories', 'usr'));
    symlinkSync(join(dir, 'stories', 'one.md'), join(dir, 'stories', 'alias.md'));
    const files = (args: string[]): string[] => {
      const run = factCheck([...args, '--format', 'json'], dir);
      return [...new Set((JSON.parse(run.stdout) as JsonFinding[]).map((f) => f.file))];
    };
    const inside = [join('stories', 'alias.md'), join('stories', 'one.md')];
    assert.deepEqual(files(['stories']), inside);
    assert.deepEqual(files(['stories/*.md']), inside);
    assert.deepEqual(files(['**/*.md']), inside);
    assert.deepEqual(files(['stories/secret.md']), [join('stories', 'secret.md')]);
  });

  it('reports on drafts nested thousands of levels deep, or that the parser is slow on, rather than failing', function () {
    this.timeout(60_000);
    const dir = workspace();
    writeFileSync(join(dir, 'quotes.md'), 'The minister said 40 people died.\n\n' + '> '.repeat(3_000) + 'x\n');
    writeFileSync(join(dir, 'emphasis.md'), '*'.repeat(8_000) + 'x' + '*'.repeat(8_000) + '\n');
    writeFileSync(join(dir, 'setext.md'), 'a\n=\n'.repeat(8_192));
    const run = factCheck([dir, '--format', 'json'], dir, 50_000);
    assert.equal(run.status, 1, run.stderr);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.deepEqual(findings.filter((f) => f.file.endsWith('quotes.md') && f.code !== 'not-checked').map((f) => f.code), ['unsourced-attribution', 'unsourced-quantity']);
    assert.deepEqual(findings.filter((f) => f.file.endsWith('setext.md')).map((f) => [f.code, f.line]), [['not-checked', 1]]);
  });

  describe('on very many findings', function () {
    const slow = 170_000;
    this.timeout(slow + 10_000);

    it('prints every one of more than 130,000 findings of one draft and exits 1', () => {
      const dir = workspace();
      // 135 citation groups of 1,000 keys each, none of which is in a claims file.
      const group = `[${Array.from({ length: 1000 }, (_, i) => `@k${i}`).join('; ')}]\n\n`;
      writeFileSync(join(dir, 'draft.md'), group.repeat(135));
      const run = factCheck(['draft.md'], dir, slow);
      assert.equal(run.status, 1, run.stderr.slice(0, 500));
      const lines = run.stdout.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 135_000);
      assert.equal(lines[0], 'draft.md:1:3: warning unknown-citation: No entry "k0" in the claims file or a bibliography: add it, or correct the citation.');
      assert.match(lines.at(-1) ?? '', /^draft\.md:269:\d+: warning unknown-citation: No entry "k999" /);
      assert.match(run.stderr, /^1 draft checked: 0 errors, 135000 warnings, 0 information\.$/m);
    });

    it('reports the first thousand of 200,000 repeated ids in the claims file and how many more, and exits 1', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'claims.yaml'), 'claims:\n' + '  - id: same\n'.repeat(200_001));
      writeFileSync(join(dir, 'draft.md'), 'Nothing to check here.\n');
      const run = factCheck(['--claims', 'claims.yaml', 'draft.md'], dir, slow);
      assert.equal(run.status, 1, run.stderr.slice(0, 500));
      const lines = run.stdout.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1001);
      assert.equal(lines[0], 'claims.yaml:3:9: error claims-file: Duplicate id "same": the entry on line 2 already uses it, so this entry is ignored.');
      assert.match(lines[999] ?? '', /^claims\.yaml:1002:9: error claims-file: Duplicate id "same"/);
      assert.equal(lines[1000], 'claims.yaml:1002:9: information claims-file: … and 199,001 more problems: fix the ones above first.');
    });
  });

  it('uses --claims over discovery and --scope paragraph widens where sources count', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'draft.md'), 'The minister said that talks would resume. See [the report](https://example.org).\n');
    assert.equal(factCheck(['draft.md'], dir).status, 1);
    assert.equal(factCheck(['draft.md', '--scope', 'paragraph'], dir).status, 0);
    const withClaims = factCheck(['draft.md', '--claims', fixturePath('drafts/claims.yaml'), '--scope', 'paragraph'], dir);
    assert.equal(withClaims.status, 0, withClaims.stderr);
  });

  it('notes claims citing an entry reviewed more than --review-max-age-days ago (365 by default; 0: never), by today\'s date', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'claims.yaml'), 'claims:\n  - id: old\n    rating: true\n    sources: [https://example.org/old]\n    reviewed: 2001-01-01\n');
    writeFileSync(join(dir, 'draft.md'), 'Officials said that the talks had stalled [@old].\n');
    const stale = factCheck(['draft.md'], dir);
    assert.equal(stale.status, 0, stale.stderr);
    assert.equal(stale.stdout, 'draft.md:1:1: information weak-backing: Claims-file entry "old" was last reviewed 2001-01-01, more than 365 days ago: check that it still holds, then update its "reviewed" date.\n');
    for (const days of ['0', '=-1', '=100000']) {
      const run = factCheck(['draft.md', days.startsWith('=') ? `--review-max-age-days${days}` : '--review-max-age-days', ...(days.startsWith('=') ? [] : [days])], dir);
      assert.equal(run.stdout, '', days);
    }
    const wrong = factCheck(['draft.md', '--review-max-age-days', 'a year'], dir);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--review-max-age-days must be a whole number of days, not "a year"/);
  });

  describe('bibliographies', () => {
    it('sources the claims that cite the works of the bibliography a draft names, and reports keys nobody defines', () => {
      const dir = workspace();
      cpSync(fixturePath('bibliographies/refs.bib'), join(dir, 'refs.bib'));
      writeFileSync(join(dir, 'draft.md'), ['---', 'bibliography: refs.bib', '---', '', 'The institute said 3,000 troops crossed [@isw2023].', '', 'Officials said so [@nowhere].', ''].join('\n'));
      const run = factCheck(['draft.md', '--format', 'json'], dir);
      const found = (JSON.parse(run.stdout) as JsonFinding[]).map((f) => `${f.line}:${f.column} ${f.code}`);
      assert.deepEqual(found, ['7:1 unsourced-attribution', '7:21 unknown-citation']);
    });

    it('reads --bibliography for every draft, and reports a bibliography’s problems once, in the bibliography', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'refs.json'), '[{"id": "un2023", "title": "Resolution"}, {"title": "no id"}]');
      writeFileSync(join(dir, 'claims.yaml'), 'claims:\n  - id: un2023\n    match: [one phrase]\n    rating: true\n    sources: [https://example.org]\n');
      writeFileSync(join(dir, 'a.md'), 'The assembly said 141 countries voted for it [@un2023].\n');
      writeFileSync(join(dir, 'b.md'), 'The assembly said so [@un2023].\n');
      const run = factCheck(['a.md', 'b.md', '--bibliography', 'refs.json'], dir);
      const bibliography = run.stdout.split('\n').filter((line) => line.startsWith('refs.json'));
      assert.equal(bibliography.length, 2, run.stdout);
      assert.match(bibliography[0] ?? '', /^refs\.json:1:9: warning bibliography: "un2023" is also a claims-file id/);
      assert.match(bibliography[1] ?? '', /^refs\.json:1:43: warning bibliography: This CSL item has no "id"/);
      assert.doesNotMatch(run.stdout, /unknown-citation|unsourced/);
    });

    it('reports, in the draft, a bibliography it names that cannot be read; exits 2 on one named on the command line', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'draft.md'), ['---', 'bibliography: [missing.bib]', '---', 'Text [@a].', ''].join('\n'));
      const run = factCheck(['draft.md'], dir);
      assert.match(run.stdout, /^draft\.md:2:16: error bibliography: Cannot read the bibliography missing\.bib: no such file\./m);
      const flag = factCheck(['draft.md', '--bibliography', 'gone.json'], dir);
      assert.equal(flag.status, 2);
      assert.match(flag.stderr, /cannot read bibliography gone\.json: no such file/);
    });
  });

  it('writes a GitHub Actions annotation for every finding, escaped to stay one command', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a, b: draft.md'), 'Officials said 3,000 troops crossed.\n\nThe minister\nsaid that 40% left.\n');
    const run = factCheck(['a, b: draft.md', '--format', 'github'], dir);
    assert.equal(run.status, 1, run.stderr);
    const json = JSON.parse(factCheck(['a, b: draft.md', '--format', 'json'], dir).stdout) as JsonFinding[];
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, json.length);
    assert.equal(lines[0], '::warning file=a%2C b%3A draft.md,line=1,endLine=1,col=1,endColumn=15,title=fact-check unsourced-attribution::No source for this attributed statement ("Officials said"): add a link, a footnote or a citation of the claims file.');
    // A finding over two lines gives its lines, not columns.
    assert.ok(lines.some((l) => /^::warning file=a%2C b%3A draft\.md,line=3,endLine=4,title=fact-check unsourced-attribution::/.test(l)), run.stdout);
  });

  it('checks a draft piped on standard input as the file --stdin-filename names, with that file’s claims file', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'claims.yaml'), 'claims:\n  - id: troops\n    claim: 3,000 troops crossed.\n    match: ["3,000 troops"]\n    rating: false\n    sources: [https://example.org]\n');
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--stdin', '--stdin-filename', 'desk/draft.md'], { cwd: dir, input: 'Officials said 3,000 troops crossed.\n', encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^desk\/draft\.md:1:16: error disputed-claim: .*"troops", rated false/m);
    assert.equal(factCheck(['draft.md', '--stdin'], dir).status, 2);
    assert.equal(factCheck(['--stdin-filename', 'x.md'], dir).status, 2);
  });

  it('checks with --changed only the Markdown files changed since a revision, new ones included', () => {
    const dir = workspace();
    rmSync(join(dir, '.git'), { recursive: true });
    const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    const said = 'Officials said 3,000 troops crossed.\n';
    for (const name of ['kept.md', 'edited.md', 'gone.md']) writeFileSync(join(dir, name), said);
    git('add', '.');
    git('commit', '-q', '-m', 'drafts');
    const base = git('rev-parse', 'HEAD').trim();
    writeFileSync(join(dir, 'edited.md'), `${said}More.\n`);
    writeFileSync(join(dir, 'new.md'), said);
    writeFileSync(join(dir, 'notes.txt'), said);
    rmSync(join(dir, 'gone.md'));
    const files = (run: Run): string[] => [...new Set((JSON.parse(run.stdout) as JsonFinding[]).map((f) => f.file))].sort();
    assert.deepEqual(files(factCheck(['--changed', '--format', 'json'], dir)), ['edited.md', 'new.md']);
    git('add', '.');
    git('commit', '-q', '-m', 'edits');
    // Nothing changed since HEAD: nothing to check, and that is no failure.
    const clean = factCheck(['--changed'], dir);
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stderr, /^0 drafts checked/);
    assert.deepEqual(files(factCheck([`--changed=${base}`, '--format', 'json'], dir)), ['edited.md', 'new.md']);
    const bad = factCheck(['--changed=no-such-revision'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^fact-check: --changed: /);
    assert.equal(factCheck(['--changed', 'kept.md'], dir).status, 2);
  });

  it('expands globs and folders, skipping node_modules', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), 'Officials said 40 died.\n');
    writeFileSync(join(dir, 'one.md'), 'Officials said that 40 people died.\n');
    writeFileSync(join(dir, 'two.markdown'), 'Nothing to see.\n');
    const folder = factCheck(['.', '--format', 'json'], dir);
    assert.deepEqual([...new Set((JSON.parse(folder.stdout) as JsonFinding[]).map((f) => f.file))], ['one.md']);
    const glob = factCheck(['*.markdown'], dir);
    assert.equal(glob.status, 0, glob.stderr);
  });

  it('exits 2 with a clear message for usage errors and missing files', () => {
    const usage = factCheck(['--format', 'xml']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--format must be text, json, github or sarif, not "xml"/);
    const unknown = factCheck(['--frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown option '--frobnicate'/);
    const missing = factCheck(['no-such-draft.md']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no file matches "no-such-draft\.md"/);
    const claims = factCheck([fixturePath('seed/bare.md'), '--claims', 'no-such-claims.yaml']);
    assert.equal(claims.status, 2);
    assert.match(claims.stderr, /cannot read claims file no-such-claims\.yaml: no such file/);
  });

  it('--exit-zero reports findings but exits 0, for demos', () => {
    const run = factCheck([fixturePath('seed/bare.md'), '--exit-zero']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /unsourced-attribution/);
  });

  it('prints usage and version', () => {
    assert.match(factCheck(['--help']).stdout, /^Usage: fact-check/);
    assert.match(factCheck(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
