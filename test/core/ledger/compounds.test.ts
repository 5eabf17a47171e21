import assert from 'node:assert/strict';
import { COMPOUND_WEIGHT, withCompounds } from '../../../server/src/core/ledger/compounds';
import { readRelatedWords } from '../../../server/src/core/text/related';
import { Stems } from '../../../server/src/core/text/terms';

describe('core/ledger/compounds', () => {
  // A table of its own: the words it relates are the ones it knows.
  const table = readRelatedWords({ stems: 'planet earth chip wafer profit loss sport transport bus pair fix hole pit hip knee', related: '1 80;;1 70;;1 75;;1 60;1 60;;1 65;;1 70;;1 70;' });
  const stems = new Stems();
  const words = (...written: string[]): Array<{ stem: string; word: string }> => written.map((word) => ({ stem: stems.of(word), word }));
  const compounds = withCompounds(words('exoplanets', 'microchips', 'nonprofit', 'transport', 'unrepaired', 'covid19', 'potholes'), table, stems);
  const of = (stem: string): string[] => compounds.of(stem).map((r) => `${r.stem} ${r.weight}`);

  it('relates a known word to the claims file’s unknown compounds that end with it, below a shared word', () => {
    assert.deepEqual(of('planet'), ['earth 0.8', `exoplanet ${COMPOUND_WEIGHT}`]);
    assert.deepEqual(of('chip'), ['wafer 0.7', `microchip ${COMPOUND_WEIGHT}`]);
    assert.ok(COMPOUND_WEIGHT < 1);
  });

  it('cuts the word, not its stem, and stems the last part on its own', () => {
    // "potholes" is "pothol", which ends in no word; "holes" is "hole".
    assert.deepEqual(of('hole'), ['pit 0.7', `pothol ${COMPOUND_WEIGHT}`]);
    // Nor a last part whose stem is shorter than a word: "microc|hips".
    assert.deepEqual(of('hip'), ['knee 0.7']);
  });

  it('splits no word the table knows, nothing after a negating first part, and no fragment the table does not know', () => {
    assert.deepEqual(of('sport'), ['transport 0.6']);
    assert.deepEqual(of('profit'), ['loss 0.75']);
    assert.deepEqual(of('pair'), ['fix 0.65']);
    assert.deepEqual(of('lanet'), []);
  });

  it('is the table itself where the claims file has no compounds', () => {
    assert.equal(withCompounds(words('planet', 'covid19'), table, stems), table);
  });
});
