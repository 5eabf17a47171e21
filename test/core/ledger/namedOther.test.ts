import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A changed figure is the claim's only where the sentence says it of the claim's subject
// (server/src/core/ledger/namedOther.ts).

const ledger = createLedger([
  entry('barbie', 'Barbie was the highest-grossing film of 2023, taking about $1.44 billion worldwide.', '$1.44 billion worldwide'),
  entry('marcos', "Ferdinand Marcos Jr won the Philippines' May 2022 presidential election with about 31.6 million votes.", '31.6 million votes'),
  entry('viewers', 'The 2022 World Cup final drew a global audience of 1.5 billion viewers.', '1.5 billion viewers'),
]);

/** What a sentence's look-up finds (see `lookedUp`). */
const found = (text: string): string[] => lookedUp(ledger, text);

describe('a changed figure said of another named subject', () => {
  it('is that subject’s figure, not the claim’s changed', () => {
    assert.deepEqual(found('The Eras Tour concert film grossed about $261 million worldwide, the highest total ever for a concert film.'), []);
    assert.deepEqual(found('Leni Robredo finished second in the 2022 Philippine presidential election with about 15 million votes.'), []);
    // A sentence's first word names its subject before a verb in the past, not where it is a plural.
    assert.deepEqual(found('Oppenheimer grossed about $975 million worldwide, Universal said.'), []);
    assert.deepEqual(found('Fans watched the film gross about $975 million worldwide.'), ['X barbie $975 million/$1.44 billion']);
  });

  it('is the claim’s changed where the sentence names the claim’s subject, or names nothing before the figure', () => {
    assert.deepEqual(found('Barbie took about $1.2 billion worldwide in 2023.'), ['X barbie $1.2 billion/$1.44 billion']);
    assert.deepEqual(found('Ferdinand Marcos Jr won the presidential election with 25 million votes.'), ['X marcos 25 million/31.6 million']);
    // A name after the figure may be its source.
    assert.deepEqual(found('The final was watched by 1.1 billion viewers worldwide, FIFA said.'), ['X viewers 1.1 billion/1.5 billion']);
  });

  it('is that subject’s where the sentence changes the claim’s year beside its phrase', () => {
    const layoffs = createLedger([entry('alphabet', 'Alphabet said in January 2023 it would cut 12,000 jobs, about 6% of its staff.', '12,000 jobs')]);
    assert.deepEqual(lookedUp(layoffs, 'UPS said in January 2024 it would cut 12,000 jobs, mostly management positions.'), []);
    assert.deepEqual(lookedUp(layoffs, 'Alphabet said in January 2024 it would cut 12,000 jobs.'), ['X alphabet 2024/2023']);
  });
});
