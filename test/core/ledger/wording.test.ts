import assert from 'node:assert/strict';
import { namesIn, placesIn } from '../../../server/src/core/ledger/wording';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { Stems } from '../../../server/src/core/text/terms';

// How the said-of test reads names and places (server/src/core/ledger/wording.ts).

const stems = new Stems();
const names = (text: string): string[][] => namesIn(text, normalizeTokens(text), stems);

describe('the names a text writes', () => {
  it('reads runs of capitalized words, a possessive ending one', () => {
    assert.deepEqual(names('The Conservative candidate won the Eglinton Crosstown seat.'), [['conserv'], ['eglinton', 'crosstown']]);
    assert.deepEqual(names("Bruce Power's Darlington plan"), [['bruce', 'power'], ['darlington']]);
  });

  it('reads a first word as a name only where an acronym or another capitalized word follows it', () => {
    assert.deepEqual(names('Hockey Canada used a reserve fund.'), [['hockey']]);
    assert.deepEqual(names('Hospital beds were full.'), []);
    assert.deepEqual(names('USDA inspectors said so.'), [['usda']]);
    // Not a word that qualifies a title.
    assert.deepEqual(names('Former Philippine president Rodrigo Duterte was arrested.'), [['rodrigo', 'dutert']]);
    // Or where the claims file writes it capitalized elsewhere ("all Walmart stores").
    assert.deepEqual(namesIn('Walmart is closing its stores.', normalizeTokens('Walmart is closing its stores.'), stems, new Set(['walmart'])), [['walmart']]);
  });

  it('leaves out places and dates: the tests of places tell those', () => {
    assert.deepEqual(names('Ottawa capped permits in April, Statistics Canada said on Monday.'), [['statist']]);
    const text = 'NATO met in Ottawa.';
    assert.deepEqual(names(text), []);
    assert.deepEqual(
      [...placesIn(text, normalizeTokens(text), stems)].map((p) => p.split('.')[0]),
      ['+NATO', 'CAN'],
    );
  });

  it('reads letters written with periods as one acronym: "U.S.", not initials', () => {
    const places = (text: string): string[] => [...placesIn(text, normalizeTokens(text), stems)];
    assert.deepEqual(places('U.S. employers and the U.K. government'), ['USA', 'GBR']);
    assert.deepEqual(places('J. K. Rowling and A.B. Smith'), []);
  });

  it('reads "United States", "United Kingdom" and "United Nations" as places, not names, though neither word names one alone', () => {
    const text = 'The United States and the United Kingdom asked the United Nations, as united states do.';
    assert.deepEqual([...placesIn(text, normalizeTokens(text), stems)], ['USA', 'GBR', '+UN']);
    assert.deepEqual(names(text), []);
    assert.deepEqual(names('United Airlines flew to Newark.'), [['unit', 'airlin']]);
  });
});
