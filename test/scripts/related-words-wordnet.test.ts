import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// How scripts/related-words.mjs tells, with WordNet, which of the word vectors' neighbours mean the
// same and which are different things of one kind (scripts/related-words/wordnet.mjs), on a
// WordNet made by hand: the pinned database takes seconds to read.

type Synsets = ReadonlySet<number>;
interface WordNet {
  senses(key: string): Synsets;
  lemmas(synset: number): ReadonlySet<string>;
  near(synset: number): Synsets;
  hypernyms(synset: number): Synsets;
  antonyms(synset: number): Synsets;
}
interface Script {
  relation(a: ReadonlySet<string>, b: ReadonlySet<string>, wordnet: WordNet): 'same' | 'contrast' | 'other' | 'unknown';
  lemmasOf(word: string, wordnet: WordNet, irregular: ReadonlyMap<string, readonly string[]>): Set<string>;
  sameInWordNet(
    words: readonly { word: string; stem: string }[],
    stemOf: (word: string) => string,
    wordnet: WordNet,
    irregular: ReadonlyMap<string, readonly string[]>,
  ): [string, string][];
}

async function loadScript(): Promise<Script> {
  return (await import(pathToFileURL(path.resolve('scripts', 'related-words', 'wordnet.mjs')).href)) as Script;
}

// Synsets: 1 person; 2 child; 3 adult; 4 troops; 5 soldier (a kind of 4); 6 jobless; 7 unemployed
// (similar to 6); 8 rise; 9 fall (8's antonym); 10 economic process; 11 inflation (a kind of 10);
// 12 state; 13 unemployment (a kind of 12); 14 watch (a verb); 15 viewer (derived from 14).
const SENSES: Record<string, number[]> = {
  person: [1], child: [2], adult: [3], troop: [4], troops: [4], soldier: [5], jobless: [6], unemployed: [7],
  rise: [8], fall: [9], inflation: [11], unemployment: [13], watch: [14], viewer: [15], observe: [14],
};
const LEMMAS = new Map<number, Set<string>>();
for (const [lemma, synsets] of Object.entries(SENSES)) for (const s of synsets) LEMMAS.set(s, new Set([...(LEMMAS.get(s) ?? []), lemma]));
const DERIVATIONS: Record<number, number[]> = { 14: [15], 15: [14] };
const HYPERNYMS: Record<number, number[]> = { 2: [1], 3: [1], 5: [4], 11: [10], 13: [12] };
const NEAR: Record<number, number[]> = { 6: [7], 7: [6] };
const ANTONYMS: Record<number, number[]> = { 8: [9], 9: [8] };
// Every synset here is a noun's but 8, 9 and 14 (verbs) and 6 and 7 (adjectives).
const POS: Record<number, string> = { 6: 'a', 7: 'a', 8: 'v', 9: 'v', 14: 'v' };
const wordnet: WordNet = {
  senses(key) {
    const [lemma = '', pos] = key.split(':');
    return new Set((SENSES[lemma] ?? []).filter((s) => pos === undefined || (POS[s] ?? 'n') === pos));
  },
  lemmas: (s) => LEMMAS.get(s) ?? new Set(),
  near: (s) => new Set([...(NEAR[s] ?? []), ...(DERIVATIONS[s] ?? [])]),
  hypernyms: (s) => new Set(HYPERNYMS[s] ?? []),
  antonyms: (s) => new Set(ANTONYMS[s] ?? []),
};
const set = (...lemmas: string[]): Set<string> => new Set(lemmas);

describe('scripts/related-words/wordnet (npm run related-words)', () => {
  it('keeps synonyms, similar senses and a kind of a thing with the thing', async () => {
    const { relation } = await loadScript();
    assert.equal(relation(set('troops', 'troop'), set('troop'), wordnet), 'same');
    assert.equal(relation(set('soldier'), set('troops'), wordnet), 'same');
    assert.equal(relation(set('jobless'), set('unemployed'), wordnet), 'same');
  });

  it('contrasts different things of one kind, and opposites', async () => {
    const { relation } = await loadScript();
    assert.equal(relation(set('child'), set('adult'), wordnet), 'contrast');
    assert.equal(relation(set('rise'), set('fall'), wordnet), 'contrast');
    // WordNet knows both but relates them in no such way: neither kept for sure nor left out.
    assert.equal(relation(set('inflation'), set('unemployment'), wordnet), 'other');
    assert.equal(relation(set(), set('adult'), wordnet), 'unknown');
  });

  it("reads a word as the lemmas WordNet lists it under, by WordNet's rules and the irregular forms", async () => {
    const { lemmasOf, relation } = await loadScript();
    const irregular = new Map([['children', ['child:n']], ['fell', ['fall:v']]]);
    assert.deepEqual([...lemmasOf('troops', wordnet, irregular)], ['troops', 'troop:n']);
    assert.deepEqual([...lemmasOf('children', wordnet, irregular)], ['child:n']);
    assert.deepEqual([...lemmasOf('fell', wordnet, irregular)], ['fall:v']);
    assert.deepEqual([...lemmasOf('rising', wordnet, irregular)], ['rise:v']);
    assert.deepEqual([...lemmasOf('adults', wordnet, irregular)], ['adult:n']);
    // A base is read in the part of speech whose rule gave it: "falls" by the verbs' rule, as "fall"
    // is only a verb here (the nouns' rule would give it too).
    assert.deepEqual([...lemmasOf('falls', wordnet, irregular)], ['fall:v']);
    assert.deepEqual([...lemmasOf('xinhua', wordnet, irregular)], []);
    assert.equal(relation(lemmasOf('children', wordnet, irregular), set('child'), wordnet), 'same');
  });

  it('pairs the stems of the words WordNet says are the same: synonyms, not the derived', async () => {
    const { sameInWordNet } = await loadScript();
    const stemOf = (word: string): string => word.replace(/(s|ed|ing)$/, '');
    const words = ['troops', 'soldier', 'watched', 'viewers', 'observe', 'jobless', 'unemployed', 'children'].map((word) => ({ word, stem: stemOf(word) }));
    const irregular = new Map([['children', ['child:n']]]);
    // "troops" and "troop" share a sense, one stem; "soldier" is a kind of troops, not a synonym.
    // "viewers" is derived from "watch", one hop away, and not its synonym.
    assert.deepEqual(sameInWordNet(words, stemOf, wordnet, irregular), [['watch', 'observe']]);
  });
});
