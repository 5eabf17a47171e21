import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { Checker, createCheckOptions } from '../../server/src/core';
import { createLedger } from '../../server/src/core/ledger';
import { DEFAULT_LIMITS, Parsing } from '../../server/src/host/parsing';
import { ParseWorker } from '../../server/src/host/parseWorker';
import { repoRoot } from '../helpers/fixtures';
import { fuzzRuns } from '../helpers/hostileMarkdown';
import { pathologicalDraft } from '../helpers/pathologicalMarkdown';

// Small limits, so that many cases run: the property is that the limits hold, whatever they are.
const LIMITS = { ...DEFAULT_LIMITS, jobMs: (length: number) => 300 + length / 200, budgetMs: () => 1_000 };
// The time a case may take: its budget, the last job's deadline past it, and a new worker's start,
// with room for a loaded machine.
const CASE_MS = 10_000;

describe('host/parsing (fuzzed)', function () {
  this.timeout(0);
  const options = createCheckOptions();
  const ledger = createLedger([{ id: 'war', match: ['14-month conflict'], rating: 'true', sources: [], span: { start: 0, end: 0 } }]);
  let parsing: Parsing;
  before(() => (parsing = new Parsing(() => new ParseWorker(join(repoRoot, 'dist', 'server.js')), LIMITS)));
  after(() => parsing.dispose());

  it('checks drafts of deep nesting, delimiter runs and long lines up to 100 KB in bounded time, without failing', async () => {
    await fc.assert(
      fc.asyncProperty(pathologicalDraft, async (text) => {
        const analysis = await new Checker(parsing).checkText(text, ledger, options);
        for (const f of analysis.findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `span ${JSON.stringify(f.span)} outside 0..${text.length}`);
        // A stretch may be left unchecked for its time or depth, never because something broke.
        assert.ok(!analysis.findings.some((f) => f.code === 'not-checked' && /failed/.test(f.message)), 'a job failed');
      }),
      // A case that takes longer than its limits allow fails with its seed.
      { numRuns: fuzzRuns(10), timeout: CASE_MS, endOnFailure: true },
    );
  });
});
