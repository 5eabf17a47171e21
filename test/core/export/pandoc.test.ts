import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCslJson } from '../../../server/src/core/export/csl';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import { fixturePath, readFixture } from '../../helpers/fixtures';

/** Renders a draft to plain text with the real Pandoc and its citeproc, given bibliographies (which replace the draft's own). */
function pandoc(draft: string, bibliographies: readonly string[]): string {
  const args = ['--citeproc', '--to', 'plain', '--wrap', 'none', ...bibliographies.flatMap((b) => ['--bibliography', b]), draft];
  try {
    return execFileSync('pandoc', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('Pandoc is not installed: `apt-get install pandoc` (.ci/run installs it).');
    throw error;
  }
}

describe('core/export rendered by Pandoc', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'fact-check-pandoc-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a draft citing a BibTeX bibliography and claims-file ids with every citation found and listed', () => {
    const claims = join(dir, 'claims.csl.json');
    writeFileSync(claims, JSON.stringify(toCslJson(parseLedger(readFixture('drafts/claims.yaml')).entries), null, 2));
    const out = pandoc(fixturePath('drafts/pandoc.md'), [fixturePath('bibliographies/refs.bib'), claims]);
    // An unresolved citation stays in the text as its key, with a question mark.
    assert.doesNotMatch(out, /\?|@/, out);
    const list = out.slice(out.lastIndexOf('p. 1).') + 'p. 1).'.length);
    for (const expected of ['Institute for the Study of War. 2023.', 'Kofman, Michael, and Rob Lee. 2023.', '“Russia’s Full-Scale Invasion of Ukraine', '“China Published a 12-Point Position Paper']) {
      assert.ok(list.includes(expected), `${expected} in the reference list:\n${out}`);
    }
  });
});
