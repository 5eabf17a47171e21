import type { RelatedStem, RelatedWords } from '../text/related';
import type { Stems } from '../text/terms';

// A closed compound names a kind of its last part: an exoplanet is a planet, a microchip a chip,
// housebuilding is building. A draft that writes the part ("5,500 planets beyond our solar system",
// "tracking chips") words the claims file's compound otherwise, as a related word does. The word
// vectors' table rarely knows such compounds (they are seldom among its most frequent words), so
// they are read from the claims file's own words: a word whose stem the table does not relate is
// split after each of its first letters, and a last part whose stem the table does relate (a word
// it knows, so no fragment such as "lanet") stands for the whole. A word the table relates is not split: its
// neighbours say what it means better than its letters do ("transport" is no kind of "sport").

/** What a compound's last part counts for, as a related word's cosine does: below 1, so that it only offers. */
export const COMPOUND_WEIGHT = 0.75;
/** A compound's first part has at least this many letters ("exo", "micro"), and its last, and the last's stem, at least this many ("chip"). */
const MIN_FIRST = 3;
const MIN_LAST = 4;
/** First parts that make a compound the opposite of its last part, not a kind of it: "nonprofit", "disinformation", "unrepaired". */
const NEGATING = /^(?:un|non|dis|mis|anti|counter)/;
const WORD = /^[a-z]+$/;

/** A word of the claims file, as it is written (in lower case) and as its stem. */
export interface StemmedWord {
  readonly stem: string;
  readonly word: string;
}

/**
 * `related`, and each of `words` (the claims file's words) related to the stems of the words that
 * end it, at COMPOUND_WEIGHT: "planet" to "exoplanet". The word is cut, not its stem, and the last
 * part stemmed on its own: a stem may have lost letters that its last part needs ("potholes" is
 * "pothol", but "holes" is "hole"). Only words of letters count ("covid19" is no compound).
 */
export function withCompounds(words: Iterable<StemmedWord>, related: RelatedWords, stems: Stems): RelatedWords {
  const byLast = new Map<string, RelatedStem[]>();
  for (const { stem, word } of words) {
    if (!WORD.test(word) || related.of(stem).length > 0) continue;
    for (let cut = MIN_FIRST; cut <= word.length - MIN_LAST; cut++) {
      const last = stems.of(word.slice(cut));
      if (NEGATING.test(word.slice(0, cut)) || last.length < MIN_LAST || last === stem || related.of(last).length === 0) continue;
      const known = byLast.get(last);
      if (!known) byLast.set(last, [{ stem, weight: COMPOUND_WEIGHT }]);
      else if (!known.some((r) => r.stem === stem)) known.push({ stem, weight: COMPOUND_WEIGHT });
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
