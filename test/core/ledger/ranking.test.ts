import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { isRanking } from '../../../server/src/core/ledger/ranking';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A phrase that only ranks a figure against a period is its claim's where the sentence writes
// another of the claim's figures (server/src/core/ledger/ranking.ts).

const ledger = createLedger([
  entry('turnout', "Turnout in Poland's October 2023 parliamentary election was 74.4 percent, the highest since 1989.", 'highest since 1989'),
  entry('fed', 'The Federal Reserve raised its benchmark interest rate to a range of 5.25% to 5.5% in July 2023, the highest in 22 years.', 'highest in 22 years'),
  entry('hottest', '2023 was the hottest year on record globally.', 'hottest year on record'),
  entry('eu-turnout', 'Turnout in the June 2024 European Parliament elections was 50.74 percent, the highest in 30 years.', 'highest in 30 years'),
]);

/** What a sentence's look-up finds (see `lookedUp`). */
const found = (text: string): string[] => lookedUp(ledger, text);

describe('a phrase that ranks a figure against a period', () => {
  it('is read as ranking only when it says nothing but a superlative, a figure and a period', () => {
    const ranks = (phrase: string): boolean => isRanking(normalizeTokens(phrase).map((t) => t.norm));
    assert.equal(ranks('highest since 1989'), true);
    assert.equal(ranks('its weakest level in 22 years'), true);
    assert.equal(ranks('hottest year on record'), false);
    assert.equal(ranks('19th league title'), false);
  });

  it('is not the claim where the sentence ranks another thing', () => {
    assert.deepEqual(found("Poland's defence spending, at more than 4 percent of GDP in 2024, is the highest since 1989, the defence ministry said."), []);
    assert.deepEqual(found('The average 30-year mortgage rate climbed to 7.09% in August 2023, the highest in 22 years, Freddie Mac said.'), []);
  });

  it('is the claim where the sentence writes another of its figures, and a changed one beside it changes the claim', () => {
    assert.deepEqual(found("Poland's October 2023 election saw a turnout of 74.4 percent, the highest since 1989."), ['M turnout']);
    assert.deepEqual(found('Turnout in the June 2024 European elections stood at 52.74 percent, the highest in 30 years.'), ['X eu-turnout 52.74 percent/50.74 percent']);
    // Other phrases match as they did.
    assert.deepEqual(found('Scientists confirmed that last year was the hottest year on record.'), ['M hottest']);
  });

  it('is changed only where the sentence writes a word of its claim besides', () => {
    const brent = createLedger([entry('brent', 'Brent crude briefly hit $139 a barrel in March 2022, its highest since 2008.', 'highest since 2008')]);
    assert.deepEqual(lookedUp(brent, "Poland's October 2023 parliamentary vote drew a turnout of 71.4 percent, the highest since 1989."), []);
    assert.deepEqual(lookedUp(brent, 'Brent crude climbed to its highest since 2009.'), ['X brent 2009/2008']);
  });
});
