import { normalizeTokens } from '../text/normalize';
import type { Stems } from '../text/terms';
import type { FigurePhrase } from './ledger';
import { namesAndPlacesIn } from './wording';

// Entries may give one wording other figures ("50.4 percent of the vote" in Colombia's runoff,
// "55.7 percent of the vote" in Argentina's): the wording alone cannot say which a changed figure
// is of; the sentence's names can ("Petro won … with 47.3 percent of the vote").

/** At most this many figures of one wording are told apart by names: a few entries, not thousands (a look-up would read each one's claim). */
const MAX_PICKED = 16;

/** Picks, among a wording's phrases by figure, the one whose claim's names a sentence writes most. */
export type FigurePick = (byFigures: ReadonlyMap<string, readonly FigurePhrase[]>, has: (stem: string) => boolean) => FigurePhrase | undefined;

/**
 * The pick for the claims file whose claims `claimOf` gives by id: the phrase of the entry whose
 * claim's names (see ./wording) the sentence (`has`) writes most, none where no entry's are
 * written or two entries' are written as often. An entry's names are read when first needed, and kept.
 */
export function figurePicker(claimOf: (entryId: string) => string | undefined, stems: Stems): FigurePick {
  const claimNames = new Map<string, readonly string[]>();
  const namesOf = (id: string): readonly string[] => {
    let names = claimNames.get(id);
    if (!names) {
      const claim = claimOf(id) ?? '';
      claimNames.set(id, (names = namesAndPlacesIn(claim, normalizeTokens(claim), stems)));
    }
    return names;
  };
  return (byFigures, has) => {
    if (byFigures.size > MAX_PICKED) return undefined;
    let best: FigurePhrase | undefined;
    let most = 0;
    let tied = false;
    for (const phrase of [...byFigures.values()].flat()) {
      let n = 0;
      for (const stem of namesOf(phrase.entryId)) if (has(stem)) n++;
      if (n > most) [best, most, tied] = [phrase, n, false];
      else if (n === most && best !== undefined && best.entryId !== phrase.entryId) tied = true;
    }
    return tied ? undefined : best;
  };
}
