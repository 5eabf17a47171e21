import assert from 'node:assert/strict';
import { check, createCheckOptions, type Finding, type LedgerEntry } from '../../../server/src/core';
import { createLedger } from '../../../server/src/core/ledger';
import { analyzeDraft, editDraft, openDraft } from '../../../server/src/core/incremental/draft';

const ledger = createLedger([{ id: 'claim-1', match: [], rating: 'true', sources: [], span: { start: 0, end: 0 } } satisfies LedgerEntry]);
// Each paragraph has a warning (the attribution) and an information (the figure); the unknown
// citation at the end is the one error.
const options = createCheckOptions({ levels: { 'unknown-citation': 'error', 'unsourced-quantity': 'information' } });
const paragraph = (i: number): string => `The minister said that ${i + 10} soldiers were hurt.\n\n`;
const text = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('') + 'The mayor said so [@nowhere].\n';

const summary = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.severity} ${f.code} ${text.slice(f.span.start, f.span.end)}`);

describe('core/incremental/analysis', () => {
  it('reports every finding when they fit, and how many there are', () => {
    const analysis = check(text, ledger, options);
    const all = analysis.findings;
    assert.ok(all.length > 5);
    assert.deepEqual(analysis.reported(0), { findings: all, total: all.length });
    assert.deepEqual(analysis.reported(all.length), { findings: all, total: all.length });
  });

  it('keeps the most severe findings first, then the earliest, returned in document order', () => {
    const analysis = check(text, ledger, options);
    const { findings, total } = analysis.reported(3);
    assert.equal(total, analysis.findings.length);
    const warnings = analysis.findings.filter((f) => f.severity === 'warning');
    const error = analysis.findings.find((f) => f.severity === 'error');
    assert.ok(error);
    // The error at the end of the draft is kept before any warning; the two earliest warnings fill the rest.
    assert.deepEqual(summary(findings), summary([...warnings.slice(0, 2), error]));
    assert.ok(analysis.findings.some((f) => f.severity === 'information' && f.span.start < error.span.start));
  });

  it('reports the same findings, at their new places, after an edit moves the blocks', () => {
    const draft = openDraft(text, options);
    analyzeDraft(draft, ledger);
    const edited = editDraft(draft, { start: 0, end: 0, text: 'Rain fell.\n\n' });
    const fresh = check(String(edited.text), ledger, options);
    for (const max of [0, 1, 2, 4, 7]) assert.deepEqual(analyzeDraft(edited, ledger).reported(max), fresh.reported(max));
  });

  it('reports the findings at their places after edits that move blocks away and back', () => {
    // The problems shown are moved one by one and kept for the next edit: a stale one would show.
    let draft = openDraft(text, options);
    const lead = 'Rain fell.\n\n';
    for (const change of [{ start: 0, end: 0, text: lead }, { start: 0, end: lead.length, text: '' }, { start: 0, end: 0, text: lead }, { start: 0, end: 0, text: 'More rain.\n\n' }]) {
      draft = editDraft(draft, change);
      const fresh = check(String(draft.text), ledger, options);
      for (const max of [1, 2, 4]) assert.deepEqual(analyzeDraft(draft, ledger).reported(max), fresh.reported(max));
    }
  });

  it('narrows to the blocks around a place, as a hover needs', () => {
    const draft = editDraft(openDraft(text, options), { start: 0, end: 0, text: 'Rain fell.\n\n' });
    const edited = String(draft.text);
    const analysis = analyzeDraft(draft, ledger);
    const third = edited.indexOf('12 soldiers');
    const near = analysis.within({ start: third, end: third });
    assert.deepEqual(near.claims, analysis.claims.filter((c) => c.block.start <= third && c.block.end >= third));
    assert.ok(near.claims.length > 0 && near.claims.every((c) => edited.slice(c.span.start, c.span.end).length > 0));
    assert.deepEqual(near.findings.map((f) => edited.slice(f.span.start, f.span.end)), near.claims.map((c) => c.text).filter((t) => t !== ''));
    const citation = edited.indexOf('[@nowhere]');
    assert.deepEqual(analysis.within({ start: citation, end: citation }).citations.map((c) => c.id), ['nowhere']);
  });
});
