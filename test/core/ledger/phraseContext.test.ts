import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { phraseContext } from '../../../server/src/core/ledger/phraseContext';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { Stems } from '../../../server/src/core/text/terms';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A phrase any figure of its kind words alike is changed only where the sentence writes a word of
// its claim besides (server/src/core/ledger/phraseContext.ts).

describe('the words a changed phrase needs besides', () => {
  const stems = new Stems();
  const context = (phrase: string, claim: string): string[] | undefined => {
    const words = phraseContext(normalizeTokens(phrase).map((t) => t.norm), claim, stems);
    return words && [...words].sort();
  };

  it('are the claim’s other words for a measure alone, a count or share of one word, or a phrase that ranks', () => {
    assert.deepEqual(context('1.6 million people', 'The concert drew 1.6 million people.'), ['concert', 'draw']);
    assert.deepEqual(context('45 percent of voters', 'A poll found 45 percent of voters agree.'), ['agre', 'find', 'poll']);
    assert.deepEqual(context('highest since 2008', 'Brent hit its highest since 2008.'), ['brent', 'hit']);
  });

  it('are none for a phrase that tells its claim, nor for a count whose claim says nothing more', () => {
    assert.equal(context('14-month conflict', 'The invasion began in 2022.'), undefined);
    assert.equal(context('19th league title', "Saturday's win secured the club's 19th league title."), undefined);
    assert.equal(context('1.6 million people', '1.6 million people.'), undefined);
  });
});

describe('a changed count or share of one word', () => {
  const counts = createLedger([
    entry('concert', "Madonna's free concert on Copacabana beach in May 2024 drew 1.6 million people.", '1.6 million people'),
    entry('layoffs', 'Shopify laid off about 20 percent of its workforce in May 2023.', '20 percent of its workforce'),
  ]);

  it('is the claim’s only where the sentence has another word of its claim: any count of people words it alike', () => {
    assert.deepEqual(lookedUp(counts, 'There are now 6.7 million people waiting for hospital treatment.'), []);
    assert.deepEqual(lookedUp(counts, "Madonna's Copacabana concert drew 1.8 million people."), ['X concert 1.8 million/1.6 million']);
    assert.deepEqual(lookedUp(counts, 'Microsoft said in January 2023 it would cut 10,000 jobs, less than 5% of its workforce.'), []);
    assert.deepEqual(lookedUp(counts, 'Shopify laid off about 10 percent of its workforce.'), ['X layoffs 10/20']);
  });
});
