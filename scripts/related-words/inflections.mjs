// The irregular inflections of common English words, as matching reads them: "rose" is a form of
// "rise", "grew" of "grow", "children" of "child", which no stemmer of suffixes can tell. Read from
// the pinned devDependencies english-verbs-irregular and english-plurals-list (MIT), and kept only
// for words of the vocabulary the table of related words is made of, so that the list is of words
// that news prose uses.
import { createRequire } from 'node:module';

/**
 * The irregular forms among `vocabulary` (a set of words) with their bases, sorted by form: a form
 * that is itself a base ("saw", "lay") or that is a form of two words is left out, as are forms of
 * function words ("was", "had"), forms that `stem` already makes their base's stem, and forms
 * that are mostly words of their own: those whose vector's cosine with their base's (`cosine`,
 * undefined where either has none) is below `least` ("ground" of "grind", "data" of "datum").
 */
export function inflectionsOf(vocabulary, { isFunctionWord, stem, cosine, least }) {
  const require = createRequire(import.meta.url);
  const verbs = require('english-verbs-irregular/dist/verbs.json');
  const plurals = require('english-plurals-list/dist/plurals.json');
  const bases = new Set([...Object.keys(verbs), ...Object.keys(plurals)]);
  const basesOf = new Map();
  const put = (form, base) => {
    if (form !== base) basesOf.set(form, new Set([...(basesOf.get(form) ?? []), base]));
  };
  for (const [base, forms] of Object.entries(verbs)) for (const form of forms.flat()) put(form, base);
  for (const [singular, plural] of Object.entries(plurals)) put(plural, singular);
  const kept = [];
  for (const [form, of] of basesOf) {
    const [base] = of;
    if (!vocabulary.has(form) || of.size !== 1 || bases.has(form) || !/^[a-z]+$/.test(base) || isFunctionWord(base) || stem(form) === stem(base)) continue;
    if (!((cosine(form, base) ?? -1) >= least)) continue;
    kept.push([form, base]);
  }
  return kept.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The file matching reads (server/src/core/text/inflections.json): each form and its base, separated by spaces. */
export function encodeInflections(inflections, about) {
  return JSON.stringify({ about, forms: inflections.flat().join(' ') }, null, 1) + '\n';
}
