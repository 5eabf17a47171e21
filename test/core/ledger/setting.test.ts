import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import type { LedgerEntry } from '../../../server/src/core/types';

// A sentence set in another year or place than an entry's claim is not offered, nor matched, as
// the entry's claim in other words (server/src/core/ledger/setting.ts).

const entry = (id: string, claim: string, match: string[]): LedgerEntry => ({ id, claim, match, rating: 'true', sources: [], span: { start: 0, end: 0 } });

describe("a similar claim's year and place", () => {
  const ledger = createLedger([
    entry('nz-seats', 'The National Party won 48 seats at the 2023 New Zealand general election.', ['48 seats']),
    entry('ie-graduates', 'One in four Irish graduates emigrates within three years of finishing college.', ['one in four Irish graduates']),
  ]);

  it('offers the entry to a rewording that keeps its year and place, or leaves them out', () => {
    assert.equal(ledger.lookUp('National took 48 seats in parliament at New Zealand’s general election in 2023.').similar?.entryId, 'nz-seats');
    assert.equal(ledger.lookUp('National won 48 seats at the general election, the Electoral Commission said.').similar?.entryId, 'nz-seats');
    assert.equal(ledger.lookUp('A quarter of graduates in Ireland emigrate within three years of leaving college.').similar?.entryId, 'ie-graduates');
  });

  it('offers nothing to a sentence dated to a latest year the entry does not give', () => {
    assert.equal(ledger.lookUp('Fianna Fáil won 48 seats at the 2024 general election, making it the largest party.').similar, undefined);
    // A year after "since" dates what a sentence counts up to now, not its claim; a range ends in its last year.
    const rates = createLedger([
      entry('rbi', 'The Reserve Bank of India raised its repo rate by 25 basis points to 6.5 percent in February 2023.', ['repo rate to 6.5 percent']),
      entry('gdp', "India's economy grew 8.2 percent in the 2023-24 financial year.", ['economy grew 8.2 percent']),
    ]);
    assert.equal(rates.lookUp('The Reserve Bank of India raised its repo rate to 6.50 percent, the sixth rise since May 2022.').similar?.entryId, 'rbi');
    assert.equal(rates.lookUp('The Reserve Bank of India raised its repo rate to 6.5 percent, up 2.5 points from 2022.').similar?.entryId, 'rbi');
    assert.equal(rates.lookUp('India’s economy expanded by 8.2% in the fiscal year ended March 2024.').similar?.entryId, 'gdp');
    // A report's date is not its claim's: "said in January 2025", "data released by … in January 2024".
    const warmest = createLedger([entry('wmo', 'The World Meteorological Organization said 2024 was the warmest year on record, about 1.55 degrees Celsius above pre-industrial levels.', ['1.55 degrees Celsius above'])]);
    assert.equal(warmest.lookUp('The planet was 1.55 degrees warmer in 2024 than before industrialization, the World Meteorological Organization said in January 2025.').similar?.entryId, 'wmo');
    assert.equal(warmest.lookUp('The planet was 1.55 degrees warmer in 2025 than before industrialization, the World Meteorological Organization said.').similar, undefined);
  });

  it('offers nothing to a sentence dated to another month of the year the entry dates by its month', () => {
    const rates = createLedger([entry('rba', 'The Reserve Bank of Australia raised the cash rate to 4.35 percent in November 2023.', ['4.35 per cent cash rate'])]);
    assert.equal(rates.lookUp('The Reserve Bank of Australia left the cash rate unchanged at 4.35 percent in December 2023.').similar, undefined);
    assert.equal(rates.lookUp('In November 2023 the Reserve Bank of Australia lifted the cash rate to 4.35 percent.').similar?.entryId, 'rba');
    // Another month beside the claim's month may be when it was reported.
    assert.equal(rates.lookUp('The Reserve Bank of Australia said in December 2023 that its November 2023 rise, to a 4.35 percent cash rate, was working.').similar?.entryId, 'rba');
  });

  it('reports no changed figure of its phrase for another month of the year the entry dates by its month', () => {
    const jobs = createLedger([entry('jobs', 'U.S. employers added 353,000 jobs in January 2024, the Labor Department reported.', ['added 353,000 jobs'])]);
    assert.deepEqual(jobs.lookUp('U.S. employers added 256,000 jobs in December 2024, the Labor Department reported.').mismatches, []);
    assert.deepEqual(
      jobs.lookUp('U.S. employers added 256,000 jobs in January 2024, the Labor Department reported.').mismatches.map((m) => m.entryId),
      ['jobs'],
    );
  });

  it('offers nothing to a sentence whose places are none of the places the entry names', () => {
    assert.equal(ledger.lookUp('One in four New Zealand graduates moves to Australia within five years of qualifying, a think tank estimates.').similar, undefined);
    // A place within the entry's country is the entry's place.
    assert.equal(ledger.lookUp('One in four graduates from Dublin emigrates within three years of finishing college.').similar?.entryId, 'ie-graduates');
  });
});
