import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER } from '../../../server/src/core';
import { checkedLength } from '../../../server/src/core/incremental/limit';

describe('core/incremental/limit', () => {
  it('checks a draft whole up to the maximum length', () => {
    assert.equal(checkedLength('Officials said 40 died.\n', 24), 24);
  });

  it('cuts a longer draft after the last line break before the maximum', () => {
    assert.equal(checkedLength('one\ntwo\r\nthree\rfour', 12), 'one\ntwo\r\n'.length);
    assert.equal(checkedLength('one\ntwo\r\nthree\rfour', 16), 'one\ntwo\r\nthree\r'.length);
  });

  it('cuts one enormous line at the maximum, never between the halves of a surrogate pair', () => {
    assert.equal(checkedLength('ab😀cd', 3), 2);
    assert.equal(checkedLength('ab😀cd', 4), 4);
  });

  it('checks only the checked part and notes where it stops, once', () => {
    const claim = 'The minister said that 40 people died.\n\n';
    const text = claim.repeat(100);
    const analysis = check(text, EMPTY_LEDGER, createCheckOptions({ maxDraftLength: 1000 }));
    const cut = checkedLength(text, 1000);
    assert.ok(analysis.claims.length > 0 && analysis.claims.every((c) => c.span.end <= cut));
    const notes = analysis.findings.filter((f) => f.code === 'draft-truncated');
    assert.deepEqual(notes.map((n) => [n.span, n.severity]), [[{ start: cut, end: cut }, 'information']]);
    assert.match(notes[0]?.message ?? '', /Only the first 1,000 characters/);
    assert.equal(check(text, EMPTY_LEDGER, createCheckOptions({ maxDraftLength: 1000, levels: { 'draft-truncated': 'off' } })).findings.filter((f) => f.code === 'draft-truncated').length, 0);
  });

  it('shows where the check stops even among more problems than are shown', () => {
    // Warnings come before information when problems are cut: the note must not be cut with them.
    const text = 'The minister said that 40 people died.\n\n'.repeat(100);
    const analysis = check(text, EMPTY_LEDGER, createCheckOptions({ maxDraftLength: 1000 }));
    assert.ok(analysis.findings.filter((f) => f.severity === 'warning').length > 5);
    for (const max of [1, 5]) {
      const { findings, total } = analysis.reported(max);
      assert.equal(total, analysis.findings.length);
      assert.equal(findings.length, max);
      assert.equal(findings.at(-1)?.code, 'draft-truncated');
      assert.ok(findings.slice(0, -1).every((f) => f.severity === 'warning'));
    }
  });

  it('checks nothing of binary data opened as Markdown, and says why', () => {
    const garbage = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 40)).join('') + '\uFFFD'.repeat(500);
    assert.equal(checkedLength(garbage, 5_000_000), 0);
    const analysis = check(garbage, EMPTY_LEDGER, createCheckOptions());
    assert.deepEqual(analysis.findings.map((f) => [f.code, f.span.start]), [['draft-truncated', 0]]);
    assert.match(analysis.findings[0]?.message ?? '', /does not look like text/);
    const text = 'Café costs \u0000 12 euros, the owner said.\n';
    assert.equal(checkedLength(text, 5_000_000), text.length);
  });
});
