import assert from 'node:assert/strict';
import { SETTING_LIMITS } from '../../server/src/core';
import { DEFAULT_SERVER_SETTINGS, readSettings } from '../../server/src/lsp/settings';

describe('lsp/settings', () => {
  it('falls back to the defaults for whatever a client sends that is not a setting', () => {
    for (const raw of [undefined, null, 42, 'x', [], { unknown: true }]) assert.deepEqual(readSettings(raw), DEFAULT_SERVER_SETTINGS);
    assert.deepEqual(readSettings({ debounceMs: -1, lowConfidence: 2, maxDraftLength: 1.5, sourceScope: 'page' }), DEFAULT_SERVER_SETTINGS);
  });

  it('takes at most 100 reporting phrases of up to 100 characters, skipping others', () => {
    const long = 'went on record '.repeat(10);
    const phrases = Array.from({ length: 1_000 }, (_, i) => `phrase number ${i}`);
    const read = readSettings({ extraPhrases: [long, 7, ' ', ...phrases] }).check.extraPhrases;
    assert.equal(read.length, SETTING_LIMITS.extraPhrases);
    assert.deepEqual(read.slice(0, 2), ['phrase number 0', 'phrase number 1']);
    assert.ok(!read.includes(long));
  });

  it('refuses a maximum draft length over 20 million characters, or under 1,000', () => {
    assert.equal(readSettings({ maxDraftLength: 20_000_000 }).check.maxDraftLength, 20_000_000);
    for (const n of [20_000_001, Number.MAX_SAFE_INTEGER, 999]) assert.equal(readSettings({ maxDraftLength: n }).check.maxDraftLength, DEFAULT_SERVER_SETTINGS.check.maxDraftLength);
  });

  it('reads 0 problems as all of them up to 100,000, and refuses more', () => {
    assert.equal(readSettings({ maxNumberOfProblems: 0 }).maxNumberOfProblems, SETTING_LIMITS.maxNumberOfProblems);
    assert.equal(readSettings({ maxNumberOfProblems: 250 }).maxNumberOfProblems, 250);
    assert.equal(readSettings({ maxNumberOfProblems: 100_001 }).maxNumberOfProblems, DEFAULT_SERVER_SETTINGS.maxNumberOfProblems);
  });

  it('reads one bibliography or a list of up to 20, trimmed, skipping what is not a path', () => {
    assert.deepEqual(readSettings({ bibliography: ' refs.bib ' }).bibliographies, ['refs.bib']);
    assert.deepEqual(readSettings({ bibliography: ['a.bib', '', 3, null, 'b.json'] }).bibliographies, ['a.bib', 'b.json']);
    assert.equal(readSettings({ bibliography: Array.from({ length: 30 }, (_, i) => `${i}.bib`) }).bibliographies.length, 20);
    assert.deepEqual(readSettings({ bibliography: { path: 'a.bib' } }).bibliographies, []);
  });

  it('reads the review age as a whole number of days, 0 or less meaning never stale', () => {
    for (const days of [30, 0, -1]) assert.equal(readSettings({ reviewMaxAgeDays: days }).check.reviewMaxAgeDays, days);
    for (const wrong of [1.5, '30', null, Number.MAX_VALUE]) assert.equal(readSettings({ reviewMaxAgeDays: wrong }).check.reviewMaxAgeDays, 365);
  });
});
