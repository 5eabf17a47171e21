import assert from 'node:assert/strict';
import type { Checker } from '../../server/src/core';
import { Analyses, type DraftContext } from '../../server/src/lsp/analyses';
import { EditedDocument } from '../../server/src/lsp/document';

/** A context told apart by its name; the analyses compare contexts by their claims file and ledger. */
function context(name: string): DraftContext {
  const ledger = { name };
  return { claims: { name }, options: { name }, library: { ledger }, settings: {}, ignored: false } as unknown as DraftContext;
}

describe('lsp/analyses', () => {
  it('does not answer for a draft with a check begun before what it is checked with changed', async () => {
    const started: Array<{ ledger: unknown; finish: () => void }> = [];
    const checker = {
      check: (_uri: string, _text: unknown, _version: number, _options: unknown, ledger: unknown) =>
        new Promise((resolve) => started.push({ ledger, finish: () => resolve({ draft: {}, analysis: { ledger } }) })),
      isSlow: () => false,
      close: () => undefined,
    } as unknown as Checker;
    let current = context('old claims file');
    const analyses = new Analyses(checker, () => Promise.resolve(current), () => true);
    const doc = EditedDocument.create('file:///draft.md', 'markdown', 1, 'The minister said 40 people died.');

    const first = analyses.of(doc);
    // The same version asked again while its check runs shares it.
    assert.equal(analyses.of(doc), first);
    await new Promise((resolve) => setImmediate(resolve));
    // The claims file changes while the check runs: the draft is checked again, with the new one.
    current = context('new claims file');
    analyses.contextChanged();
    const second = analyses.of(doc);
    assert.notEqual(second, first);
    await new Promise((resolve) => setImmediate(resolve));
    for (const check of started) check.finish();
    assert.deepEqual((await second).context.library.ledger, { name: 'new claims file' });
    assert.deepEqual((await first).context.library.ledger, { name: 'old claims file' });
  });
});
