import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { covers, isBody, meet, placesOf } from '../../../server/src/core/text/places';
import { Stems } from '../../../server/src/core/text/terms';
import { repoRoot } from '../../helpers/fixtures';

const stems = new Stems();
const of = (word: string): readonly string[] | undefined => placesOf(stems.of(word));

describe('core/text/places', () => {
  it('knows a country by its name, capital and demonym, and a body of states by its own', () => {
    assert.deepEqual(of('japan'), ['JPN']);
    assert.deepEqual(of('tokyo'), ['JPN']);
    assert.deepEqual(of('japanese'), ['JPN']);
    assert.deepEqual(of('washington'), ['USA']);
    assert.deepEqual(of('us'), ['USA']);
    assert.deepEqual(of('britain'), ['GBR']);
    assert.deepEqual(of('nato'), ['+NATO']);
    assert.ok(isBody('+NATO') && !isBody('RUS'));
    // A word that may name two countries names both.
    assert.deepEqual(of('korea'), ['KOR', 'PRK']);
    // The names news still writes for a renamed country, and a demonym's other spelling.
    assert.deepEqual(of('turkey'), ['TUR']);
    assert.deepEqual(of('burma'), ['MMR']);
    assert.deepEqual(of('ecuadorian'), ['ECU']);
  });

  it('knows places within countries, each its own, within its country', () => {
    const [saskatchewan = '', columbia = '', toronto = '', vancouver = '', kharkiv = ''] = ['saskatchewan', 'columbia', 'toronto', 'vancouver', 'kharkiv'].map(
      (w) => of(w)?.[0] ?? '',
    );
    for (const code of [saskatchewan, columbia, toronto, vancouver]) assert.ok(meet(code, 'CAN'), code);
    assert.ok(meet('UKR', kharkiv) && meet(kharkiv, 'UKR') && !meet(kharkiv, 'RUS'));
    // A country holds its places; a place does not hold its country.
    assert.ok(covers('UKR', kharkiv) && !covers(kharkiv, 'UKR'));
    assert.ok(!meet(saskatchewan, columbia) && !meet(toronto, vancouver));
    // The UK's nations, a US state, a city written with its accents or without.
    for (const word of ['scotland', 'texas', 'york', 'california', 'montreal', 'quebec']) assert.ok(of(word)?.some((c) => meet(c, 'GBR') || meet(c, 'USA') || meet(c, 'CAN')), word);
  });

  it('leaves out generic words of long names, and words that are common English besides', () => {
    for (const word of ['republic', 'united', 'kingdom', 'south', 'chad', 'jordan', 'male', 'country']) assert.equal(of(word), undefined, word);
    // Of places within countries: words that are English words too, kinds of place, and short ones.
    for (const word of ['unity', 'lakes', 'phoenix', 'welsh', 'oblast', 'krai', 'goa']) assert.equal(of(word), undefined, word);
    // Nor one that is an English word's plural: Ethiopia's "Nationalities" region is no "National Party".
    for (const word of ['nationalities', 'national', 'nations']) assert.equal(of(word), undefined, word);
    // Cities of 200,000 people or more are places, but not a preposition of a long name ("Kingston
    // upon Hull") nor a word that is people's name more often ("Paul", "Lincoln").
    assert.ok(of('halifax')?.some((c) => meet(c, 'CAN')));
    for (const word of ['upon', 'paul', 'lincoln', 'madison', 'carlos']) assert.equal(of(word), undefined, word);
  });

  it('ships the tables that scripts/places.mjs makes', () => {
    execFileSync(process.execPath, ['scripts/places.mjs', '--check'], { cwd: repoRoot, stdio: 'pipe' });
  });
});
