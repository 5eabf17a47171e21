import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A rewording close enough to match an entry, that changes another of its figures, is the entry's
// claim with that figure changed, not a match (server/src/core/ledger/similarChange.ts).

const ledger = createLedger([
  entry('permits', 'Ottawa capped new international study permits for 2024 at about 360,000, a 35 percent reduction from 2023.', '35 percent reduction', 'cap on study permits'),
  entry('visas', 'Ottawa issued 480,000 new work visas in 2023, up from 310,000 in 2022, a 55 percent rise.', '55 percent rise', 'work visas issued'),
  entry('wage', "Ontario's general minimum wage rose to $17.20 an hour on October 1, 2024.", '$17.20 an hour'),
  entry('rent', 'The average rent for a one-bedroom apartment in Vancouver was $2,650 a month in May.', '$2,650 a month'),
  entry('poverty', "Argentina's poverty rate rose to 52.9 percent in the first half of 2024, according to the INDEC statistics agency.", 'poverty rate of 52.9 percent'),
]);

/** Whether the sentence's similar entry is asserted as a match: `true`, offered: `false`, or none. */
const confident = (text: string): boolean | undefined => ledger.lookUp(text).similar?.confident;

describe('a rewording that changes another of its entry’s figures', () => {
  it('is a changed figure of the entry, not a match', () => {
    const text = 'Ottawa capped new international study permits for 2024 at about 485,000, down 35 percent from the year before.';
    assert.deepEqual(lookedUp(ledger, text), ['X permits 485,000/360,000']);
    assert.equal(confident(text), undefined);
  });

  it('is a changed year where, near the claim and with its figure, it dates it by the claim’s month to another year', () => {
    const peak = createLedger([entry('peak', 'Consumer price inflation in Spain peaked at 10.8 percent in July 2022.', 'inflation peaked at 10.8 percent', '10.8 percent inflation')]);
    const said = (when: string): string => `Inflation in Spain hit its high of 10.8 per cent in ${when}, the central bank governor recalled.`;
    assert.deepEqual(lookedUp(peak, said('July 2021')), ['X peak 2021/2022']);
    assert.equal(peak.lookUp(said('July 2022')).similar?.entryId, 'peak');
    // A year not dated by the claim's month, or with another figure, is another period's claim: neither.
    assert.deepEqual(lookedUp(peak, said('2021')), []);
    assert.deepEqual(lookedUp(peak, said('July 2021').replace('10.8', '9.8')), []);
  });

  it('is a changed year where, with the claim’s figure, it dates the noun the claim dates to another year', () => {
    const hajj = createLedger([entry('hajj', 'More than 1,300 pilgrims died during the 2024 Hajj, most of them in extreme heat.', 'more than 1,300 pilgrims died')]);
    assert.deepEqual(lookedUp(hajj, 'Over 1,300 worshippers died at the 2023 Hajj, most from heat stress, Saudi officials said.'), ['X hajj 2023/2024']);
  });

  it('is a changed figure though the claim dates itself by a half of its year', () => {
    assert.deepEqual(lookedUp(ledger, "Argentina's poverty rate rose to 57.4 percent in the first half of 2024, according to INDEC."), ['X poverty 57.4 percent/52.9 percent']);
  });

  it('is a changed figure where it shares nearly enough of the entry’s words to match, though only offered with the entry’s figure', () => {
    const inflation = createLedger([
      entry('inflation', "Nigeria's annual headline inflation rate rose to 34.6 percent in November 2024, according to the National Bureau of Statistics.", 'inflation rose to 34.6 percent', '34.6 percent headline inflation'),
    ]);
    const said = (figure: string): string => `Headline inflation in Nigeria climbed to ${figure} in November 2024, the statistics office reported on Monday.`;
    assert.deepEqual(lookedUp(inflation, said('33.6%')), ['X inflation 33.6%/34.6 percent']);
    assert.equal(inflation.lookUp(said('34.6%')).similar?.confident, false);
    // Of another country, it is neither.
    assert.deepEqual(lookedUp(inflation, said('33.6%').replace('Nigeria', 'Ghana')), []);
  });

  it('is a changed figure where it gives one of the entry’s figures of a unit and changes another of that unit', () => {
    const najib = createLedger([
      entry('najib', "Malaysia's pardons board halved former prime minister Najib Razak's 12-year prison sentence to six years in February 2024.", 'halved to six years', '12-year sentence'),
    ]);
    assert.deepEqual(lookedUp(najib, "Malaysia's pardons board reduced Najib Razak's 12-year prison sentence to eight years in February 2024."), ['X najib eight years/six years']);
  });

  it('is still a match where it gives the entry’s figures', () => {
    assert.equal(confident('Ottawa capped new international study permits for 2024 at about 360,000, down 35 percent from the year before.'), true);
  });

  it('is only offered where the figure it changes cannot be told: the entry gives two of its kind', () => {
    const text = 'Ottawa issued 520,000 new work visas in 2023, up 55 percent from 2022.';
    assert.deepEqual(lookedUp(ledger, text), []);
    assert.equal(confident(text), false);
    assert.equal(confident('Ottawa issued 480,000 new work visas in 2023, up 55 percent from 2022.'), true);
  });

  it('is not offered where it gives another rate than the entry’s and the change is not the entry’s figure changed', () => {
    const inflation = createLedger([entry('cpi', "Turkey's annual inflation reached 75.4 percent in May 2024, the highest since 2022.", '75.4 percent inflation')]);
    const similar = (text: string): boolean | undefined => inflation.lookUp(text).similar?.confident;
    // Another group's rate (monthly, of food), shares more or fewer of the words: no claim of the entry's to cite.
    for (const text of ["Turkey's monthly inflation reached 3.4 percent in May 2024, the highest since 2022.", "Turkey's inflation for food hit 3.4 percent, the highest since 2022."]) {
      assert.deepEqual(lookedUp(inflation, text), []);
      assert.equal(similar(text), undefined, text);
    }
    assert.equal(similar("Turkey's monthly inflation reached 75.4 percent in May 2024, the highest since 2022."), true);
  });
});
