import type { RelatedStem, RelatedWords } from '../text/related';

// A closed compound names a kind of its last part: an exoplanet is a planet, a microchip a chip,
// housebuilding is building. A draft that writes the part ("5,500 planets beyond our solar system",
// "tracking chips") words the claims file's compound otherwise, as a related word does. The word
// vectors' table rarely knows such compounds (they are seldom among its most frequent words), so
// they are read from the claims file's own words: a stem the table does not relate is split after
// each of its first letters, and a last part that the table does relate (a word it knows, so no
// fragment such as "lanet") stands for the whole. A word the table relates is not split: its
// neighbours say what it means better than its letters do ("transport" is no kind of "sport").

/** What a compound's last part counts for, as a related word's cosine does: below 1, so that it only offers. */
export const COMPOUND_WEIGHT = 0.75;
/** A compound's first part has at least this many letters ("exo", "micro"), and its last at least this many ("chip"). */
const MIN_FIRST = 3;
const MIN_LAST = 4;
/** First parts that make a compound the opposite of its last part, not a kind of it: "nonprofit", "disinformation", "unrepaired". */
const NEGATING = /^(?:un|non|dis|mis|anti|counter)/;
const WORD = /^[a-z]+$/;

/**
 * `related`, and each of `stems` (the claims file's word stems) related to the stems that end it,
 * at COMPOUND_WEIGHT: "planet" to "exoplanet". Only stems of letters count ("covid19" is no compound).
 */
export function withCompounds(stems: Iterable<string>, related: RelatedWords): RelatedWords {
  const byLast = new Map<string, RelatedStem[]>();
  for (const stem of stems) {
    if (!WORD.test(stem) || related.of(stem).length > 0) continue;
    for (let cut = MIN_FIRST; cut <= stem.length - MIN_LAST; cut++) {
      const last = stem.slice(cut);
      if (NEGATING.test(stem.slice(0, cut)) || related.of(last).length === 0) continue;
      const known = byLast.get(last);
      if (known) known.push({ stem, weight: COMPOUND_WEIGHT });
      else byLast.set(last, [{ stem, weight: COMPOUND_WEIGHT }]);
    }
  }
  if (byLast.size === 0) return related;
  return {
    of(stem) {
      const compounds = byLast.get(stem);
      return compounds ? [...related.of(stem), ...compounds] : related.of(stem);
    },
  };
}
