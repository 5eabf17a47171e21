import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// Another of a claim's figures changed beside its figure phrase makes the sentence that claim with
// a figure changed, not a match (server/src/core/ledger/figureBeside.ts).

const ledger = createLedger([
  entry('rent', 'The average rent for a one-bedroom apartment in Vancouver was $2,650 a month in May 2024.', '$2,650 a month'),
  entry('turnout', 'Voter turnout in the 2024 provincial election was 58.4 percent.', 'turnout of 58.4 percent'),
  entry('microchips', 'Vaccines contain microchips.', 'microchips in vaccines'),
  entry('otis', 'Hurricane Otis struck Acapulco in October 2023 as a Category 5 storm with winds of 165 mph.', 'Category 5 storm'),
  entry('eu-turnout', 'Turnout in the June 2024 European Parliament elections was 50.74 percent, the highest in 30 years.', 'highest in 30 years'),
  entry('wong', "Lawrence Wong was sworn in as Singapore's fourth prime minister on May 15, 2024.", 'fourth prime minister'),
  entry('boj', 'The Bank of Japan ended eight years of negative interest rates in March 2024, raising rates for the first time in 17 years.', 'eight years of negative rates'),
]);

/** What a sentence's look-up finds (see `lookedUp`). */
const found = (text: string): string[] => lookedUp(ledger, text);

describe('another figure of a claim changed beside its phrase', () => {
  it('makes the phrase a changed figure, and no match', () => {
    assert.deepEqual(found('A two-bedroom apartment now rents for an average of $2,650 a month.'), ['X rent two/one']);
  });

  it('keeps the match where the sentence gives the claim’s figures, a year beside it, or a phrase without a figure', () => {
    assert.deepEqual(found('A one-bedroom apartment rents for $2,650 a month.'), ['M rent']);
    // A year beside the phrase is a comparison.
    assert.deepEqual(found('Elections BC reported a turnout of 58.4 percent, up slightly from 2020.'), ['M turnout']);
    assert.deepEqual(found('Rents reached $2,650 a month, up from 2020.'), ['M rent']);
    assert.deepEqual(found('Two posts claimed there are microchips in vaccines.'), ['M microchips']);
    // A day of a month dates; it changes no figure of the claim.
    assert.deepEqual(found('Otis slammed into Acapulco as a Category 5 storm on October 25, 2023.'), ['M otis']);
  });

  it('keeps the match where the sentence writes the claim’s other figure, if only as a date', () => {
    // "15" of "May 15" is the claim's; "51", an age, does not stand for it.
    assert.deepEqual(found("Lawrence Wong, 51, was sworn in on May 15 as Singapore's fourth prime minister."), ['M wong']);
  });

  it('keeps the match where the figure beside is zero: none is no count of the claim’s changed', () => {
    assert.deepEqual(found('The Bank of Japan ended eight years of negative rates, lifting its policy rate to a range of zero to 0.1%.'), ['M boj']);
  });

  it('matches no phrase beside a measure of the claim’s kind that is another election’s', () => {
    assert.deepEqual(found('Turnout in Portugal’s March 2024 snap election reached 59.9 percent, the highest in 30 years.'), []);
    assert.deepEqual(found('Turnout across the 27 member states was 50.74 percent, the highest in 30 years.'), ['M eu-turnout']);
  });
});
