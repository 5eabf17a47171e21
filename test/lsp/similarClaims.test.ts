import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, createCheckOptions } from '../../server/src/core';
import { appendEntryEdit } from '../../server/src/core/fixes';
import { quickFixes, type ActionContext, type ClaimsTarget } from '../../server/src/lsp/codeActions';
import { draftDiagnostics } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { claimsFileOf } from '../helpers/claimsFile';
import { readFixture } from '../helpers/fixtures';
import { applyWorkspaceEdit } from '../helpers/workspaceEdit';

// What the writer sees of a claim that a claims-file entry words otherwise, not closely enough to
// count as a match: the warning stays, says which entry and why, and offers to cite it.

describe('lsp: similar claims (in process)', () => {
  const claims = claimsFileOf(readFixture('ledger/similar.yaml'));
  const text = 'The sea is rising by about 4.5 millimetres every year.\n';
  const draft = TextDocument.create('file:///workspace/draft.md', 'markdown', 1, text);
  const analysis = check(text, claims.ledger, createCheckOptions());
  const diagnostics = draftDiagnostics(analysis, draft, claims, 0);

  it('keeps the warning, naming the similar entry and pointing at it', () => {
    const [warning, ...rest] = diagnostics;
    assert.deepEqual(rest, []);
    assert.equal(warning?.code, 'unsourced-quantity');
    assert.match(String(warning?.message), /Similar to claims-file entry "sea-level-rise" \(shared words sea, rising, year; figure 4\.5 millimetres\)/);
    assert.deepEqual(warning?.relatedInformation?.map((r) => [r.location.uri, r.message]), [[claims.uri, 'similar: sea-level-rise (mostly-true): Global mean sea level is rising by 4.5 millimetres a year.']]);
  });

  it('shows the similar entry in the hover, as similar', () => {
    const hover = hoverAt(analysis, draft, text.indexOf('4.5'), claims, false);
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /A similar claim, worded otherwise: cite it only if it is the same claim\.\n\nClaims file: sea-level-rise — rated mostly-true\n\n> Global mean sea level/);
  });

  it('offers to cite the similar entry, not as the preferred fix', async () => {
    const target: ClaimsTarget = { uri: claims.uri, format: 'yaml', read: async () => claims.current, version: null, ledger: claims.ledger };
    const context: ActionContext = { draft, claims: target, canCreateFiles: true, claimsEdits: 'now', append: async (t, entry, format) => appendEntryEdit(t, entry, format) };
    const actions = await quickFixes(diagnostics, analysis, context);
    assert.deepEqual(actions.map((a) => a.title), ['Cite sea-level-rise (similar claim)', 'Add to claims file', 'Insert footnote', 'Ignore this claim']);
    const [cite] = actions;
    assert.equal(cite?.isPreferred, undefined);
    assert.equal(applyWorkspaceEdit(cite!.edit!, { [draft.uri]: text }, { [draft.uri]: 1 })[draft.uri], 'The sea is rising by about 4.5 millimetres every year [@sea-level-rise].\n');
  });
});
