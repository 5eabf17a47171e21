import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A figure phrase beside a year its claim writes otherwise, after the same word ("by", "since") or
// month, is a changed figure, not a match (server/src/core/ledger/yearChange.ts).

const ledger = createLedger([
  entry('emissions', 'The country has pledged to cut emissions by 68 percent by 2030.', 'cut emissions by 68 percent'),
  entry('population', "Canada's population grew by 1.27 million in 2023, the fastest growth since 1957.", 'grew by 1.27 million'),
  entry('inflation', 'Inflation peaked at 11.1 percent in October 2022, a 41-year high.', 'inflation peaked at 11.1 percent'),
]);

/** What a sentence's look-up finds (see `lookedUp`). */
const found = (text: string): string[] => lookedUp(ledger, text);

describe('a year changed beside a checked figure', () => {
  it('makes the phrase a changed figure where the same word stands before both years', () => {
    assert.deepEqual(found('The country has pledged to cut emissions by 68 percent by 2035, ministers said.'), ['X emissions 2035/2030']);
    assert.deepEqual(found("Canada's population grew by 1.27 million in 2023, the fastest pace since 1972."), ['X population 1972/1957']);
    // A month before both years dates the same event, and so does a date's.
    assert.deepEqual(found('Inflation peaked at 11.1 percent in October 2021, before rates rose.'), ['X inflation 2021/2022']);
    const apple = createLedger([entry('apple', 'On June 30, 2023, Apple became the first company to close above $3 trillion in market value.', 'close above $3 trillion')]);
    assert.deepEqual(lookedUp(apple, 'Apple became the first company to close above $3 trillion on June 30, 2022.'), ['X apple 2022/2023']);
  });

  it('reads a year after "in" as the claim’s changed only after the phrase, in its clause', () => {
    assert.deepEqual(found("Canada's population grew by 1.27 million in 2022 as immigration surged."), ['X population 2022/2023']);
    assert.deepEqual(found("In 2022, Canada's population grew by 1.27 million."), ['M population']);
    assert.deepEqual(found("Canada's population grew by 1.27 million, twice its growth in 2021."), ['M population']);
  });

  it('keeps the match where the year dates something else, or the sentence writes the claim’s year too', () => {
    assert.deepEqual(found('In 2024 the country pledged to cut emissions by 68 percent by 2030.'), ['M emissions']);
    assert.deepEqual(found('In 2035 the country will still cut emissions by 68 percent.'), ['M emissions']);
    assert.deepEqual(found('By 2030, and not by 2035, it will cut emissions by 68 percent.'), ['M emissions']);
    assert.deepEqual(found('Inflation peaked at 11.1 percent in October 2022, the statistics office said.'), ['M inflation']);
    assert.deepEqual(found('In 2023, inflation peaked at 11.1 percent, the office said.'), ['M inflation']);
  });

  it('is neither a match nor a changed figure where the sentence dates it to another month of another year: another period’s figure', () => {
    const petrol = createLedger([entry('petrol', 'The average pump price of petrol rose to 617 naira per litre in July 2023.', '617 naira per litre')]);
    assert.deepEqual(lookedUp(petrol, 'Diesel stood at 617 naira per litre in December 2022, the bureau said.'), []);
    // Not where a count starts, nor where a report is dated.
    assert.deepEqual(lookedUp(petrol, 'Petrol has cost 617 naira per litre since May 2022.'), ['M petrol']);
    assert.deepEqual(lookedUp(petrol, 'Petrol cost 617 naira per litre, the bureau said in January 2024.'), ['M petrol']);
  });
});
