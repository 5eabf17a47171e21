import { isBody, placesOf } from '../text/places';
import type { RelatedStem, RelatedWords } from '../text/related';

// Words that name one country name one thing: "the United States pledged" words the claims file's
// "Washington announced", "Irish house prices" the prices of houses "across Ireland", "help for
// Kyiv" help for Ukraine. The word vectors' table knows a few such pairs, as words alike ("beij" ≈
// "china"); the table of places (../text/places) knows them all, as the same. So each counts as
// the other word itself, as a word of the sentence's own. Places within a country are places of
// their own (Toronto is not Ontario's every claim), and a body of states is not its members.

/** What a word naming a country counts for in place of a claims-file word naming it: the word itself. */
const SAME = 1;

/** `related`, and each of `stems` (the claims file's words' stems) that names a country related to every other stem that names it, as the same word. */
export function withPlaceNames(stems: Iterable<string>, related: RelatedWords): RelatedWords {
  const byCountry = new Map<string, string[]>();
  for (const stem of stems) {
    for (const code of countriesOf(stem)) {
      const named = byCountry.get(code);
      if (!named) byCountry.set(code, [stem]);
      else if (!named.includes(stem)) named.push(stem);
    }
  }
  if (byCountry.size === 0) return related;
  return {
    of(stem) {
      const same: RelatedStem[] = [];
      for (const code of countriesOf(stem)) {
        for (const other of byCountry.get(code) ?? []) if (other !== stem && !same.some((r) => r.stem === other)) same.push({ stem: other, weight: SAME });
      }
      const own = related.of(stem);
      return same.length === 0 ? own : [...same, ...own.filter((r) => !same.some((s) => s.stem === r.stem))];
    },
  };
}

const NONE: readonly string[] = [];

/** The countries a stem may name: no places within one, no bodies of states. Most words name none, and cost one look-up. */
function countriesOf(stem: string): readonly string[] {
  const codes = placesOf(stem);
  return codes === undefined ? NONE : codes.filter((code) => !isBody(code) && !code.includes('.'));
}
