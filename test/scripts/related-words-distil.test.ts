import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// How scripts/related-words.mjs adds the pairs WordNet proposes to the word vectors' nearest
// (scripts/related-words/distil.mjs), on vectors made by hand.

interface Table {
  stems: string[];
  pairs: [number, number, number][];
  cosine(i: number, j: number): number;
}
interface Script {
  distil(words: readonly { word: string; stem: string; vector: number[] }[], options: { neighbours: number; least: number }): Table;
  withPairs(table: Table, proposed: readonly (readonly [string, string])[], least: number): { table: Table; added: number };
}

async function loadScript(): Promise<Script> {
  return (await import(pathToFileURL(path.resolve('scripts', 'related-words', 'distil.mjs')).href)) as Script;
}

describe('scripts/related-words/distil (npm run related-words)', () => {
  it('adds proposed pairs as near as the least, weighted by their cosine, keeping its own', async () => {
    const { distil, withPairs } = await loadScript();
    const words = [
      { word: 'pay', stem: 'pay', vector: [1, 0, 0] },
      { word: 'earn', stem: 'earn', vector: [0.95, 0.31, 0] },
      { word: 'wage', stem: 'wage', vector: [0.6, 0, 0.8] },
      { word: 'house', stem: 'hous', vector: [0, 0, 1] },
    ];
    const nearest = distil(words, { neighbours: 1, least: 0.9 });
    assert.deepEqual(nearest.pairs, [[0, 1, 95]]);
    const { table, added } = withPairs(nearest, [['wage', 'pay'], ['pay', 'earn'], ['pay', 'hous'], ['pay', 'unknown']], 0.5);
    assert.equal(added, 1);
    assert.deepEqual(table.pairs, [
      [0, 1, 95],
      [0, 2, 60],
    ]);
  });
});
