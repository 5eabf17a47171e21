import assert from 'node:assert/strict';
import { directionOf } from '../../../server/src/core/ledger/direction';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { Stems } from '../../../server/src/core/text/terms';

// A sentence that says a figure moved the other way from an entry's claim is not offered the entry
// as its claim in other words (server/src/core/ledger/direction.ts).

const stems = new Stems();
const way = (text: string): string | undefined => directionOf(normalizeTokens(text), stems);

describe('which way a figure moved', () => {
  it('is read from verbs and nouns of change, and from "up" or "down" after a verb of movement', () => {
    assert.equal(way('Unemployment fell to 3.8 percent in March.'), 'down');
    assert.equal(way('a 9 percent rise in knife crime'), 'up');
    assert.equal(way('US unemployment ticked up to 3.8 percent.'), 'up');
    assert.equal(way('Prices went down by a tenth.'), 'down');
    // Both ways, or words with other senses, say no one way.
    assert.equal(way('Prices rose in March and fell in April.'), undefined);
    assert.equal(way('The minister added that she had raised concerns and set up a review.'), undefined);
    // A verb that sets a figure says a way where its figure follows it.
    assert.equal(way('The central bank cut the Selic rate by half a percentage point to 13.25 percent.'), 'down');
    assert.equal(way('The bank raised the Selic to 13.25 percent.'), 'up');
  });

  it('keeps an entry from being offered to a sentence that says the opposite', () => {
    const ledger = createLedger([
      { id: 'jobs', claim: 'Unemployment fell to 3.8 percent in March.', match: ['3.8 percent unemployment'], rating: 'true', sources: [], span: { start: 0, end: 0 } },
    ]);
    assert.equal(ledger.lookUp('US unemployment ticked up to 3.8 percent in February, the Labor Department said.').similar, undefined);
    assert.equal(ledger.lookUp('The jobless rate dropped to 3.8 percent in March, the statistics office said.').similar?.entryId, 'jobs');
  });
});
