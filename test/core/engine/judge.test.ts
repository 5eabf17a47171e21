import assert from 'node:assert/strict';
import { check, Checker, createCheckOptions, type CheckSettings } from '../../../server/src/core';
import { createLedger, parseLedger } from '../../../server/src/core/ledger';
import { analyzeDraft, openDraft } from '../../../server/src/core/incremental/draft';
import { joinLines, readFixture } from '../../helpers/fixtures';
import { inProcessRunner } from '../../helpers/inProcess';

// Whether the claims-file entries a claim leans on back it well: unverified or long-unreviewed
// entries give a weak-backing note, at the date the host gives.

const ledger = createLedger(
  parseLedger(
    joinLines(
      'claims:',
      '  - id: checked',
      '    match: [14-month conflict]',
      '    rating: true',
      '    sources: [https://example.org/a]',
      '    reviewed: 2024-01-03',
      '  - id: to-check',
      '    match: [12-point peace proposal]',
      '  - id: debunked',
      '    match: [the election was stolen]',
      '    rating: false',
      '    reviewed: 2020-01-01',
      '',
    ),
  ).entries,
);

/** Each finding of `text` as "code entries: message", checked on `today`. */
function findings(text: string, today = '2024-06-01', settings: Partial<CheckSettings> = {}): string[] {
  return check(text, ledger, createCheckOptions(settings, today)).findings.map((f) => `${f.code} ${f.entryIds.join(',')}: ${f.message}`);
}

describe('core/engine/judge: weak backing', () => {
  it('notes a claim that cites an unverified entry', () => {
    assert.deepEqual(findings('Officials said the plan was final [@to-check].'), [
      'weak-backing to-check: Claims-file entry "to-check" is unverified: check the claim and rate it before relying on it.',
    ]);
  });

  it('notes an unverified entry that a claim with no source matches, beside the citation to add', () => {
    assert.deepEqual(findings('China tabled a 12-point peace proposal.'), [
      'ledger-match to-check: Matches claims-file entry "to-check" (rated unverified): cite it as [@to-check].',
      'weak-backing to-check: Claims-file entry "to-check" is unverified: check the claim and rate it before relying on it.',
    ]);
  });

  it('notes an entry once a sentence, however many of its claims lean on it', () => {
    assert.deepEqual(findings('Officials said 3,000 troops crossed the border [@to-check].').map((f) => f.split(':')[0]), ['weak-backing to-check']);
  });

  it('notes an entry last reviewed more than reviewMaxAgeDays before today, and only then', () => {
    // 2024 is a leap year: 2025-01-02 is 365 days after 2024-01-03.
    const text = 'The 14-month conflict goes on [@checked].';
    assert.deepEqual(findings(text, '2025-01-02'), []);
    assert.deepEqual(findings(text, '2025-01-03'), [
      'weak-backing checked: Claims-file entry "checked" was last reviewed 2024-01-03, more than 365 days ago: check that it still holds, then update its "reviewed" date.',
    ]);
    assert.deepEqual(findings(text, '2024-03-01', { reviewMaxAgeDays: 30 }).map((f) => f.split(':')[0]), ['weak-backing checked']);
    for (const days of [0, -1]) assert.deepEqual(findings(text, '2090-01-01', { reviewMaxAgeDays: days }), []);
    // A host that gives no date ages nothing.
    assert.deepEqual(check(text, ledger, createCheckOptions()).findings, []);
  });

  it('says nothing of the entries a claim sourced by its own link merely matches', () => {
    assert.deepEqual(findings('China tabled a 12-point peace proposal ([text](https://example.org/p)).'), []);
  });

  it('leaves a disputed claim its error alone', () => {
    assert.deepEqual(
      findings('The senator claimed that the election was stolen.').map((f) => f.split(':')[0]),
      ['disputed-claim debunked'],
    );
  });

  it('judges a draft again when only the date changes, however its judgements are kept', async () => {
    const text = 'The 14-month conflict goes on [@checked].\n\nOfficials said the talks had stalled.\n';
    const before = createCheckOptions({}, '2024-06-01');
    const after = createCheckOptions({}, '2025-06-01');
    const draft = openDraft(text, before);
    assert.deepEqual(analyzeDraft(draft, ledger).findings.map((f) => f.code), ['unsourced-attribution']);
    // The same blocks and memo, judged with the next year's options.
    assert.deepEqual(analyzeDraft({ ...draft, options: after }, ledger).findings.map((f) => f.code), ['weak-backing', 'unsourced-attribution']);
    const checker = new Checker(inProcessRunner());
    await checker.check('a.md', text, 1, before, ledger);
    const { analysis } = await checker.check('a.md', text, 1, after, ledger);
    assert.deepEqual(analysis.findings.map((f) => f.code), ['weak-backing', 'unsourced-attribution']);
  });
});

describe('core/engine/judge: similar claims', () => {
  const similar = createLedger(parseLedger(readFixture('ledger/similar.yaml')).entries);
  const judged = (text: string): string[] => check(text, similar, createCheckOptions()).findings.map((f) => `${f.code} ${f.entryIds.join(',')}${f.similarTo ? ` ~${f.similarTo}` : ''}: ${f.message}`);

  it('matches a confident rewording as it matches a phrase', () => {
    assert.deepEqual(judged('Some 4.3 million children are growing up in relative poverty, the charity said.'), [
      'ledger-match child-poverty: Matches claims-file entry "child-poverty" (rated true): cite it as [@child-poverty].',
      'ledger-match child-poverty: Matches claims-file entry "child-poverty" (rated true): cite it as [@child-poverty].',
    ]);
    // A false entry's rewording is disputed, as its phrase would be.
    assert.deepEqual(
      judged('Officials said that postal ballots across the northern districts had been tampered with.').map((f) => f.split(':')[0]),
      ['disputed-claim postal-vote-tampering'],
    );
  });

  it('offers a weaker rewording with the unsourced warning, saying which words and figure it shares', () => {
    assert.deepEqual(judged('The sea is rising by about 4.5 millimetres every year, according to satellite data.'), [
      'unsourced-quantity  ~sea-level-rise: No source for this figure ("about 4.5 millimetres"): add a link, a footnote or a citation of the claims file. Similar to claims-file entry "sea-level-rise" (shared words sea, rising, year; figure 4.5 millimetres): if it is the same claim, cite it as [@sea-level-rise].',
      'unsourced-attribution  ~sea-level-rise: No source for this attributed statement ("according to satellite data"): add a link, a footnote or a citation of the claims file. Similar to claims-file entry "sea-level-rise" (shared words sea, rising, year; figure 4.5 millimetres): if it is the same claim, cite it as [@sea-level-rise].',
    ]);
  });

  it('offers a rewording in related words, saying which word stands for which, and never matches on them', () => {
    assert.deepEqual(judged('The jobless rate dropped to 3.8% in March, official figures showed.'), [
      'unsourced-quantity  ~unemployment-rate: No source for this figure ("3.8%"): add a link, a footnote or a citation of the claims file. Similar to claims-file entry "unemployment-rate" (shared words jobless ≈ unemployment, rate, dropped ≈ fell, March; figure 3.8%): if it is the same claim, cite it as [@unemployment-rate].',
      'unsourced-attribution  ~unemployment-rate: No source for this attributed statement ("official figures showed"): add a link, a footnote or a citation of the claims file. Similar to claims-file entry "unemployment-rate" (shared words jobless ≈ unemployment, rate, dropped ≈ fell, March; figure 3.8%): if it is the same claim, cite it as [@unemployment-rate].',
    ]);
  });

  it('reads the figure of a phrase the sentence has whole as a claim, and offers its entry', () => {
    assert.deepEqual(judged("Of the twelve points in Beijing's plan for peace, only the call for a ceasefire drew praise."), [
      'unsourced-quantity  ~peace-plan: No source for this figure ("twelve points"): add a link, a footnote or a citation of the claims file. Similar to claims-file entry "peace-plan" (shared words Beijing\'s ≈ China, plan, peace; figure twelve points): if it is the same claim, cite it as [@peace-plan].',
    ]);
  });

  it('reads a figure an offered entry shares as a claim, beside the sentence’s own, but not a year it shares', () => {
    const rugby = createLedger(
      parseLedger('claims:\n  - id: rugby\n    claim: South Africa won the 2023 Rugby World Cup, the Springboks’ fourth world title.\n    rating: true\n    sources: [https://example.org/r]\n').entries,
    );
    const text = 'South Africa became the first nation to win the Rugby World Cup four times after edging the All Blacks 12-11 in the 2023 final.';
    const found = check(text, rugby, createCheckOptions()).findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}${f.similarTo ? ` ~${f.similarTo}` : ''}`);
    assert.deepEqual(found, ['unsourced-quantity the first nation to win', 'unsourced-quantity four ~rugby']);
  });

  it('reads a phrase with a figure as a claim beside the sentence’s other figures, unless an attribution reports it', () => {
    const plan = createLedger(parseLedger('claims:\n  - id: title\n    match: [19th league title]\n    rating: true\n    sources: [https://example.org/t]\n').entries);
    const codes = (text: string): string[] => check(text, plan, createCheckOptions()).findings.map((f) => `${f.code} ${f.entryIds.join(',')}`);
    assert.deepEqual(codes('Thousands of fans celebrated the 19th league title in the city centre.'), ['unsourced-quantity ', 'ledger-match title']);
    assert.deepEqual(codes('Fans celebrated the 19th league title, the club said.'), ['ledger-match title']);
  });

  it('leaves a sourced claim alone, and a figure the entry gives otherwise to figure-mismatch', () => {
    assert.deepEqual(judged('The sea is rising by about 4.5 millimetres every year ([data](https://example.org/d)).'), []);
    assert.deepEqual(
      judged('The jobless rate hit an unemployment rate of 4.1 percent in March, officials said.').map((f) => f.split(':')[0]),
      ['figure-mismatch unemployment-rate', 'unsourced-attribution '],
    );
  });
});

describe('core/engine/judge: messages', () => {
  it('says that a figure given otherwise by an entry rated false or misleading is that claim with another figure', () => {
    const viewers = (rating: string): string[] => {
      const entries = parseLedger(joinLines('claims:', '  - id: crowd', '    claim: The World Cup final was watched by 1.5 billion viewers.', '    match: [1.5 billion viewers]', `    rating: ${rating}`, '')).entries;
      return check('The World Cup final was watched by 1.1 billion viewers.', createLedger(entries), createCheckOptions()).findings.map((f) => `${f.code} ${f.entryIds.join(',')}: ${f.message}`);
    };
    assert.deepEqual(viewers('false'), ['figure-mismatch crowd: The claims file\'s entry "crowd", rated false, says "1.5 billion viewers"; this says "1.1 billion viewers": the same claim with another figure.']);
    assert.deepEqual(viewers('true'), ['figure-mismatch crowd: The claims file\'s entry "crowd" says "1.5 billion viewers"; this says "1.1 billion viewers".']);
  });

  it('names the speaker a cue stands apart from, and keeps each message on one line', () => {
    assert.deepEqual(findings('The senator criticized the plan,\nsaying it was flawed.'), [
      'unsourced-attribution : No source for this attributed statement ("saying", by The senator): add a link, a footnote or a citation of the claims file.',
    ]);
    assert.deepEqual(findings('Senator Jane\nDoe, who chairs the committee, said the plan was flawed.'), [
      'unsourced-attribution : No source for this attributed statement ("Senator Jane Doe, who chairs the committee, said"): add a link, a footnote or a citation of the claims file.',
    ]);
  });
});
