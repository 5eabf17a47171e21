import assert from 'node:assert/strict';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import { createSimilarIndex, MATCH_SCORE, OFFER_SCORE, type SimilarEntry } from '../../../server/src/core/ledger/similar';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { readFixture } from '../../helpers/fixtures';

const { entries } = parseLedger(readFixture('ledger/similar.yaml'));
const index = createSimilarIndex(entries);

function similar(text: string, on = index): SimilarEntry | undefined {
  return on.mostSimilar(text, normalizeTokens(text));
}

describe('core/ledger/similar', () => {
  it('finds the entry a sentence words otherwise: other order, other forms, other words around it', () => {
    const found = similar('Some 4.3 million children are growing up in relative poverty, the charity said.');
    assert.equal(found?.entryId, 'child-poverty');
    assert.ok(found.score >= MATCH_SCORE, String(found.score));
    assert.equal(found.confident, true);
    assert.deepEqual(
      found.shared.map((s) => [s.text, s.figure]),
      [['4.3 million', true], ['children', false], ['relative', false], ['poverty', false]],
    );
  });

  it('offers a weaker likeness without counting it as a match', () => {
    const found = similar('The sea is rising by about 4.5 millimetres every year, according to satellite data.');
    assert.equal(found?.entryId, 'sea-level-rise');
    assert.ok(found.score >= OFFER_SCORE && found.score < MATCH_SCORE, String(found.score));
    assert.equal(found.confident, false);
  });

  it('finds no entry that states a figure for a sentence without that figure, however many words it shares', () => {
    assert.equal(similar('Some 3.4 million children are growing up in relative poverty, the charity said.'), undefined);
    assert.equal(similar('Children growing up in relative poverty need help.'), undefined);
  });

  it('finds an entry without figures by its words alone', () => {
    assert.equal(similar('Tampering with postal votes in the northern districts was alleged.')?.entryId, 'postal-vote-tampering');
  });

  it('finds nothing for a sentence about something else, or for an empty claims file', () => {
    assert.equal(similar('The weather was fine on Tuesday.'), undefined);
    assert.equal(similar('Some 4.3 million children are growing up in relative poverty.', createSimilarIndex([])), undefined);
  });

  it('weighs rare words over common ones, in a large claims file as in a small one', () => {
    // 10,000 entries about the council's budget, and one about potholes: "council" and "budget" are
    // in most entries, so they weigh little, and alone they make no entry similar.
    const lines = ['claims:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  - id: budget-${i}`, `    claim: The council budget line ${i} was approved.`);
    lines.push('  - id: potholes', '    claim: The council has a backlog of 12,000 unrepaired potholes.');
    const large = createSimilarIndex(parseLedger(lines.join('\n') + '\n').entries);
    assert.equal(similar('Council documents show 12,000 potholes are still unrepaired.', large)?.entryId, 'potholes');
    assert.equal(similar('The council approved the budget.', large), undefined);
    // Nor does a figure alone, however rare: "budget-40" says 40 of something else.
    assert.equal(similar('Officials said that 40 people died.', large), undefined);
  });
});
