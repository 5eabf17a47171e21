import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A sentence that states an entry's claim in its own words with another figure of the figure's
// kind changes it (server/src/core/ledger/changedInWords.ts).

const ledger = createLedger([entry('rugby', "South Africa won the 2023 Rugby World Cup, the Springboks' fourth world title.")]);

describe('a claim in other words with its figure changed', () => {
  it('changes a rank by a rank', () => {
    assert.deepEqual(lookedUp(ledger, "South Africa won the 2023 Rugby World Cup, the Springboks' fifth world title."), ['X rugby fifth/fourth']);
  });

  it('changes no rank by a count, nor a count by a rank', () => {
    assert.deepEqual(lookedUp(ledger, 'The All Blacks lost 12-11 to South Africa in the 2023 Rugby World Cup final.'), []);
  });
});
