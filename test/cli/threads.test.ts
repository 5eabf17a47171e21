import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftReport } from '../../server/src/cli/draftChecks';
import { mergeReports } from '../../server/src/cli/merge';
import { progressLine } from '../../server/src/cli/progress';
import type { Located } from '../../server/src/cli/report';
import { threadsFor } from '../../server/src/cli/threads';
import { factCheck } from '../helpers/cli';
import { makeWorkspace } from '../helpers/workspace';

const at = (file: string, message: string): Located => ({ file, line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'warning', code: 'claims-file', message });

/**
 * A newsroom's repository: desks with their own claims files (one broken, one unreadable) and
 * configuration files (one with a problem, one naming a bibliography that is not there), a shared
 * bibliography, drafts of many sizes.
 */
function newsroom(): string {
  const said = (n: number): string => Array.from({ length: n }, (_, i) => `The minister said that ${i + 2} bridges closed. Officials said 40% of roads reopened.`).join('\n\n');
  const dir = makeWorkspace({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.fact-check.yaml': 'sourceScope: everywhere\n',
    'refs.json': '[{"id": "war", "title": "Clashes with the claims file"}, {"title": "no id"}]',
    // A draft of the first desk is the smallest, so the threads check it last of its desk.
    'metro/claims.yaml': 'claims:\n  - id: war\n    match: 14-month conflict\n    rating: true\n    sources: [https://example.org/war]\n  - id: war\n    rating: maybe\n',
    'metro/a.md': 'It was a 14-month conflict.\n',
    'metro/b.md': `${said(40)}\n\nIt was a 14-month conflict [@war].\n`,
    'metro/c.md': `---\nbibliography: ../refs.json\n---\n${said(60)}\n`,
    'sports/.fact-check.yaml': 'severity: {unsourced-quantity: off}\nbibliography: [../missing.bib]\ncolour: red\n',
    'sports/claims.yaml': 'claims: [unclosed\n',
    'sports/d.md': said(3),
    'sports/e.md': `${said(30)}\n`,
    'world/f.md': `---\nbibliography: ../refs.json\n---\n${said(25)} [@war]\n`,
    'world/g.md': said(1),
    'world/h.md': `---\nbibliography: [../refs.json, ../missing.bib]\n---\n${said(8)}\n`,
    'world/deep/i.md': `${said(50)}\n`,
  });
  // A claims file that cannot be read at all, and a draft that cannot be read.
  mkdirSync(join(dir, 'archive'));
  mkdirSync(join(dir, 'archive', 'claims.yaml'));
  writeFileSync(join(dir, 'archive', 'old.md'), said(5));
  execFileSync('mkfifo', [join(dir, 'world', 'pipe.md')]);
  return dir;
}

describe('cli on many drafts', () => {
  it('gives the same report, in the same order, on this thread or on worker threads', function () {
    this.timeout(120_000);
    const dir = newsroom();
    for (const format of ['text', 'json']) {
      // A run this small is checked on the main thread.
      const here = factCheck(['.', 'world/pipe.md', '--format', format], dir);
      for (const jobs of ['1', '2', '3']) assert.deepEqual(factCheck(['.', 'world/pipe.md', '--format', format, '--jobs', jobs], dir), here, `--jobs ${jobs} --format ${format}`);
      if (format === 'json') continue;
      assert.equal(here.status, 2);
      // Each configuration file, claims file and bibliography once, before the first draft that uses it.
      const files = here.stdout.split('\n').filter((l) => l !== '').map((l) => l.slice(0, l.indexOf(':')));
      assert.deepEqual([...new Set(files)], ['.fact-check.yaml', 'metro/claims.yaml', 'metro/a.md', 'metro/b.md', 'refs.json', 'metro/c.md', 'sports/.fact-check.yaml', 'sports/claims.yaml', 'sports/d.md', 'sports/e.md', 'world/deep/i.md', 'world/f.md', 'world/g.md', 'world/h.md']);
      assert.equal(files.filter((f) => f === 'metro/claims.yaml').length, 1);
      assert.match(here.stdout, /^refs\.json:1:9: warning bibliography: "war" is also a claims-file id/m);
      // The sports desk's own settings.
      assert.doesNotMatch(here.stdout, /^sports\/d\.md:.*unsourced-quantity/m);
      assert.match(here.stdout, /^metro\/b\.md:.*unsourced-quantity/m);
      assert.deepEqual(here.stderr.split('\n').filter((l) => l.startsWith('fact-check:')), [
        'fact-check: cannot read claims file archive/claims.yaml: it is a folder',
        'fact-check: cannot read bibliography missing.bib: no such file',
        'fact-check: cannot read world/pipe.md: it is not a regular file (a FIFO, device or socket)',
      ]);
    }
  });

  it('writes no progress line into a pipe', () => {
    const dir = newsroom();
    const run = factCheck(['metro', 'world', '--jobs', '2'], dir);
    assert.match(run.stderr, /^\d+ drafts checked: \d+ errors, \d+ warnings, \d+ information\.\n$/);
  });

  it('refuses --jobs that is no number of threads', () => {
    for (const jobs of ['0', 'many', '-2', '300']) {
      const run = factCheck([`--jobs=${jobs}`]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--jobs must be (a number of threads|from 1 to 256)/);
    }
  });
});

describe('cli/threads', () => {
  it('keeps a small run on this thread, and gives a large one a worker per two cores, at most one per draft', () => {
    assert.equal(threadsFor([2_000, 3_000, 1_000], 8), 0);
    assert.equal(threadsFor([], 8), 0);
    assert.equal(threadsFor(Array.from({ length: 1000 }, () => 8_000), 2), 1);
    assert.equal(threadsFor(Array.from({ length: 1000 }, () => 8_000), 1), 1);
    assert.equal(threadsFor(Array.from({ length: 1000 }, () => 8_000), 8), 4);
    assert.equal(threadsFor([4_000_000, 4_000_000, 10], 16), 3);
  });
});

describe('cli/merge', () => {
  it('reports a shared file once, at the first draft that uses it, whichever report holds its findings', () => {
    const claims = { id: '/n/claims.yaml', key: 's\n/n/claims.yaml' };
    const broken = { id: '/n/broken.yaml', key: 's\n/n/broken.yaml' };
    // The thread that checked the third draft first gave the claims file's findings with it, not with the second.
    const reports: DraftReport[] = [
      { uses: [], files: new Map(), draft: { located: [at('a.md', 'a')] } },
      { uses: [claims], files: new Map(), draft: { located: [at('b.md', 'b')] } },
      { uses: [claims], files: new Map([[claims.key, { located: [at('claims.yaml', 'dup')] }]]), draft: { located: [at('c.md', 'c')] } },
      { uses: [broken], files: new Map([[broken.key, { error: 'cannot read claims file broken.yaml' }]]) },
      { uses: [broken], files: new Map() },
      { uses: [], files: new Map(), draft: { error: 'cannot read e.md' } },
    ];
    const run = mergeReports(reports);
    assert.deepEqual(run.located.map((l) => `${l.file} ${l.message}`), ['a.md a', 'claims.yaml dup', 'b.md b', 'c.md c']);
    assert.deepEqual(run.errors, ['cannot read claims file broken.yaml', 'cannot read e.md']);
  });

  it('gives a file the findings of the first draft’s settings, when drafts of other settings use it too', () => {
    const strict = { id: '/n/claims.yaml', key: 'strict\n/n/claims.yaml' };
    const lax = { id: '/n/claims.yaml', key: 'lax\n/n/claims.yaml' };
    const reports: DraftReport[] = [
      { uses: [lax], files: new Map(), draft: { located: [] } },
      { uses: [strict], files: new Map([[strict.key, { located: [at('claims.yaml', 'strict')] }]]) },
      { uses: [lax], files: new Map([[lax.key, { located: [at('claims.yaml', 'lax')] }]]) },
    ];
    assert.deepEqual(mergeReports(reports).located.map((l) => l.message), ['lax']);
  });
});

describe('cli/progress', () => {
  const stream = (isTTY: boolean): { isTTY: boolean; written: string[]; write(s: string): boolean } => ({
    isTTY,
    written: [],
    write(s: string) {
      this.written.push(s);
      return true;
    },
  });

  it('redraws one line on a terminal at most ten times a second, and takes it away at the end', () => {
    const tty = stream(true);
    let now = 0;
    const progress = progressLine(tty, 300, () => now);
    progress.update(1);
    now = 150;
    progress.update(2);
    now = 200;
    progress.update(3);
    now = 260;
    progress.update(4);
    progress.end();
    assert.deepEqual(tty.written, ['\r\x1b[Kfact-check: 2/300 drafts checked', '\r\x1b[Kfact-check: 4/300 drafts checked', '\r\x1b[K']);
  });

  it('writes nothing when the stream is no terminal, or the run ends at once', () => {
    const pipe = stream(false);
    let now = 0;
    const piped = progressLine(pipe, 300, () => now);
    now = 1_000;
    piped.update(10);
    piped.end();
    assert.deepEqual(pipe.written, []);
    const tty = stream(true);
    const quick = progressLine(tty, 300, () => 0);
    quick.update(300);
    quick.end();
    assert.deepEqual(tty.written, []);
  });
});
