import assert from 'node:assert/strict';
import type { Checker } from '../../server/src/core';
import { Analyses, type DraftContext } from '../../server/src/lsp/analyses';
import { EditedDocument } from '../../server/src/lsp/document';

/** A context told apart by its name; the analyses compare contexts by their claims file and ledger. */
function context(name: string): DraftContext {
  const ledger = { name };
  return { claims: { name }, options: { name }, library: { ledger }, settings: {}, ignored: false } as unknown as DraftContext;
}

/** A checker whose first check waits until `release`; each check's analysis is the ledger it was given. */
function heldChecker(): { checker: Checker; checks: unknown[]; release: () => void } {
  const checks: unknown[] = [];
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const checker = {
    check: async (_uri: string, _text: unknown, _version: number, _options: unknown, ledger: unknown) => {
      checks.push(ledger);
      if (checks.length === 1) await held;
      return { draft: {}, analysis: { ledger } };
    },
    isSlow: () => false,
    close: () => undefined,
  } as unknown as Checker;
  return { checker, checks, release: () => release() };
}

describe('lsp/analyses', () => {
  const doc = EditedDocument.create('file:///draft.md', 'markdown', 1, 'The minister said 40 people died.');

  it('checks a draft again when what it is checked with changed during its check', async () => {
    const { checker, checks, release } = heldChecker();
    let current = context('old claims file');
    const analyses = new Analyses(checker, () => Promise.resolve(current), () => true);
    const first = analyses.of(doc);
    // The same version asked again while its check runs shares it.
    assert.equal(analyses.of(doc), first);
    await new Promise((resolve) => setImmediate(resolve));
    // The claims file changes while the check runs: once it is done, the draft is checked with the new one.
    current = context('new claims file');
    analyses.contextChanged();
    const second = analyses.of(doc);
    release();
    assert.deepEqual((await first).context.library.ledger, { name: 'old claims file' });
    assert.deepEqual((await second).context.library.ledger, { name: 'new claims file' });
    assert.equal(checks.length, 2);
  });

  it('but keeps the result of a check whose context turned out the same', async () => {
    const { checker, checks, release } = heldChecker();
    const same = context('claims file');
    const analyses = new Analyses(checker, () => Promise.resolve(same), () => true);
    const first = analyses.of(doc);
    await new Promise((resolve) => setImmediate(resolve));
    analyses.contextChanged();
    const second = analyses.of(doc);
    release();
    assert.equal(await second, await first);
    assert.equal(checks.length, 1);
  });
});
