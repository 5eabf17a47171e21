import assert from 'node:assert/strict';
import { COMPOUND_WEIGHT, withCompounds } from '../../../server/src/core/ledger/compounds';
import { readRelatedWords } from '../../../server/src/core/text/related';

describe('core/ledger/compounds', () => {
  // A table of its own: the words it relates are the ones it knows.
  const table = readRelatedWords({ stems: 'planet earth chip wafer profit loss sport transport bus pair fix', related: '1 80;;1 70;;1 75;;1 60;1 60;;1 65;' });
  const compounds = withCompounds(['exoplanet', 'microchip', 'nonprofit', 'transport', 'unrepair', 'covid19'], table);
  const of = (stem: string): string[] => compounds.of(stem).map((r) => `${r.stem} ${r.weight}`);

  it('relates a known word to the claims file’s unknown compounds that end with it, below a shared word', () => {
    assert.deepEqual(of('planet'), ['earth 0.8', `exoplanet ${COMPOUND_WEIGHT}`]);
    assert.deepEqual(of('chip'), ['wafer 0.7', `microchip ${COMPOUND_WEIGHT}`]);
    assert.ok(COMPOUND_WEIGHT < 1);
  });

  it('splits no word the table knows, nothing after a negating first part, and no fragment the table does not know', () => {
    assert.deepEqual(of('sport'), ['transport 0.6']);
    assert.deepEqual(of('profit'), ['loss 0.75']);
    assert.deepEqual(of('pair'), ['fix 0.65']);
    assert.deepEqual(of('lanet'), []);
  });

  it('is the table itself where the claims file has no compounds', () => {
    assert.equal(withCompounds(['planet', 'covid19'], table), table);
  });
});
