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

  it('changes the figure of the entry the sentence words most nearly, where a like entry gives one of that unit too', () => {
    const films = createLedger([
      entry('avatar', 'Avatar is the highest-grossing film of all time, with about $2.92 billion at the worldwide box office.', 'highest-grossing film of all time', '$2.92 billion'),
      entry('barbie', 'Barbie was the highest-grossing film of 2023, taking about $1.44 billion worldwide.', 'highest-grossing film of 2023', '$1.44 billion worldwide'),
      // Claims of other things, as a claims file has: the words the two films share weigh more beside them.
      entry('tesla', 'Tesla delivered 1.81 million vehicles in 2023.'),
      entry('hajj', 'More than 1,300 pilgrims died during the 2024 Hajj, most of them in extreme heat.'),
      entry('solar', 'China installed about 217 gigawatts of solar capacity in 2023.'),
      entry('rate', "Turkey's central bank raised its key policy rate to 50 percent in March 2024."),
    ]);
    assert.deepEqual(lookedUp(films, 'Avatar remains the highest-grossing film of all time, with about $2.79 billion at the worldwide box office.'), ['X avatar $2.79 billion/$2.92 billion']);
  });

  it('changes nothing where the sentence changes figures of two of the claim’s units and keeps none: another thing’s', () => {
    const bolt = createLedger([entry('bolt', 'Usain Bolt set the 100m world record of 9.58 seconds at the 2009 World Championships in Berlin.')]);
    assert.deepEqual(lookedUp(bolt, 'Bolt also holds the 200m world record of 19.19 seconds, set at the same championships in Berlin.'), []);
    assert.deepEqual(lookedUp(bolt, 'Usain Bolt set the 100m world record of 9.69 seconds at the 2009 World Championships in Berlin.'), ['X bolt 9.69 seconds/9.58 seconds']);
  });
});
