import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { withPlaceNames } from '../../../server/src/core/ledger/placeNames';
import { readRelatedWords } from '../../../server/src/core/text/related';
import { Stems } from '../../../server/src/core/text/terms';
import type { LedgerEntry } from '../../../server/src/core/types';

const stems = new Stems();
const entry = (id: string, claim: string, match: string[]): LedgerEntry => ({ id, claim, match, rating: 'true', sources: [], span: { start: 0, end: 0 } });

describe('core/ledger/placeNames', () => {
  const table = readRelatedWords({ stems: 'washington seattl', related: '1 70;' });
  const places = withPlaceNames(['washington', 'kyiv', 'horizonte', 'eu'].map((w) => stems.of(w)), table);
  const of = (word: string): string[] => places.of(stems.of(word)).map((r) => `${r.stem} ${r.weight}`);

  it('relates a word naming a country to the claims file’s words naming it, as the same word', () => {
    assert.deepEqual(of('Ukraine'), [`${stems.of('kyiv')} 1`]);
    assert.deepEqual(of('American'), [`${stems.of('washington')} 1`]);
    // The table's own pairs stay, after.
    assert.deepEqual(of('Washington'), ['seattl 0.7']);
  });

  it('leaves places within a country and bodies of states to themselves', () => {
    // "Belo Horizonte" is one place within Brazil, and "European" names the EU: neither is a country.
    assert.deepEqual(of('Belo'), []);
    assert.deepEqual(of('European'), []);
  });

  it('offers an entry to a rewording that names its country otherwise', () => {
    const ledger = createLedger([entry('us-aid', 'Washington announced a $3.2 billion aid package for Kyiv.', ['$3.2 billion aid package'])]);
    assert.equal(ledger.lookUp('The United States pledged $3.2bn in assistance to Ukraine, the White House said.').similar?.entryId, 'us-aid');
    assert.equal(ledger.lookUp('Japan pledged $3.2bn in assistance to Indonesia, officials said.').similar, undefined);
  });

  it('reports no changed figure said to move the other way: that is another movement', () => {
    const ledger = createLedger([entry('amazon', 'Deforestation in the Brazilian Amazon fell 50 percent in 2023.', ['deforestation fell 50 percent'])]);
    const changed = (text: string): string[] => ledger.findFigureMismatches(text).map((m) => m.entryId);
    assert.deepEqual(changed("Deforestation in Brazil's Amazon fell 40 percent in 2023, the ministry said."), ['amazon']);
    assert.deepEqual(changed("Deforestation in Brazil's Cerrado savanna rose 43 percent in 2023 even as the Amazon recovered."), []);
  });
});
