// Writes the table of places that matching reads (server/src/core/text/places.json): the words that
// name a country, as a name, a capital or a demonym ("Japan", "Tokyo", "Japanese"), each with the
// countries it may name. A claims file's phrase said of Japan is not said of Washington, while the
// White House, the Pentagon and Washington may all be one government: only names the table knows
// are told apart (see ../server/src/core/ledger/saidOf.ts).
//
// From the pinned devDependency world-countries (mledoze/countries, ODbL 1.0): the 250 countries' and
// territories' common names, capitals and English demonyms, with "UK", "US", "USA", "Britain" and
// "America", which the package spells only in longer names; and a few bodies of states (NATO, the
// EU), each a place of its own, marked "+". A name of several words gives its words but the generic
// ones ("Republic", "South", "United"); words that are common English words or first names besides
// (a list below) are left out. Deterministic: the same package gives the same file.
//
//   npm run places             write the table
//   npm run places -- --check  exit 1 if the committed table is not what the script makes
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const PACKAGE = 'world-countries';
const OUT = 'server/src/core/text/places.json';
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
    'minor outlying ocean sandwich terre') .split(/\s+/),
);
// Short names that news writes and the package gives only in longer ones.
const ALSO = { GBR: ['Britain', 'UK'], USA: ['America', 'US', 'USA'] };
// Bodies of many states that news names as it names a state, each its own place: NATO is not Russia.
const BODIES = { '+EU': ['EU', 'European'], '+NATO': ['NATO'], '+UN': ['UN'], '+IMF': ['IMF'], '+OPEC': ['OPEC'], '+ASEAN': ['ASEAN'] };
const { version } = createRequire(import.meta.url)(`${PACKAGE}/package.json`);
const countries = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${PACKAGE}/countries.json`), 'utf8'));

const byWord = new Map();
const add = (name, code, skip = new Set()) => {
  const words = name.split(/[\s,.'’()-]+/).filter(Boolean);
  for (const raw of words.length === 1 ? words : words.filter((w) => !GENERIC.has(w.toLowerCase()))) {
    const word = raw.toLowerCase();
    if (word.length < 2 || !/^\p{L}+$/u.test(word) || COMMON.has(word) || skip.has(word) || /[^\u0000-\u024f]/u.test(word)) continue;
    if (!byWord.has(word)) byWord.set(word, new Set());
    byWord.get(word).add(code);
  }
};
// Names and demonyms first: a capital's word that names a country ("Spain" of Port of Spain) is that country's.
for (const c of countries) {
  for (const name of [c.name.common, ...(ALSO[c.cca3] ?? []), ...Object.values(c.demonyms?.eng ?? {})]) add(name, c.cca3);
}
for (const [code, names] of Object.entries(BODIES)) for (const name of names) add(name, code);
const named = new Set(byWord.keys());
for (const c of countries) for (const capital of c.capital ?? []) add(capital, c.cca3, named);
const words = [...byWord.keys()].sort();
const table = {
  about: { source: `${PACKAGE}@${version} (mledoze/countries, ODbL 1.0): names, other spellings, capitals and English demonyms; by scripts/places.mjs` },
  places: words.map((w) => `${w}:${[...byWord.get(w)].sort().join(',')}`).join(' '),
};
const text = `${JSON.stringify(table, null, 1)}\n`;
if (values.check) {
  const committed = readFileSync(OUT, 'utf8');
  if (committed !== text) {
    console.error(`${OUT} is not what scripts/places.mjs makes: run npm run places`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`${OUT}: ${words.length} words, ${text.length} bytes`);
}
