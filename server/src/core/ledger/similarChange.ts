import type { NormToken } from '../text/normalize';
import { isYearTerm, termsOf, type Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import { changedOf, type EntryFigures, type KeepChanges } from './changedInWords';
import { changesAFigure, unitOf } from './figureConflict';
import type { FigureMismatch } from './ledger';
import type { SimilarEntry } from './similar';
import { opposite } from './direction';
import { yearChangedIn } from './yearChange';

// A rewording that shares enough of an entry's words to count as a match, or nearly, but changes
// another of its figures: "Ottawa capped new international study permits for 2024 at about
// 485,000, down 35 percent" words the claim of a cap of 360,000, a 35 percent reduction. It is that
// claim with a figure changed, not a match of it. One that gives another rate or amount of the
// entry's kind, and is not its figure changed, is another claim: the entry is not offered for it.

const NONE: readonly FigureMismatch[] = [];

/**
 * The score from which an entry only offered (see ./similar) whose figure the sentence changes is
 * that figure changed: "Headline inflation in Nigeria climbed to 33.6% in November 2024" shares most
 * of the words of the checked rise to 34.6 percent, though not enough to be a match. Chosen on the
 * learning sets (npm run eval:matching, docs/claims-file.md) among 0.50 to 0.70 by 0.05: 0.60 finds
 * as many changed figures as 0.55 without giving an unrelated sentence a finding.
 */
export const CHANGED_OFFER_SCORE = 0.6;

/** What a sentence's similar entry comes to: the entry, still offered or matched, or its figure changed. */
export interface SimilarReading {
  readonly similar?: SimilarEntry;
  readonly changed: readonly FigureMismatch[];
}

/**
 * The test for the entries `byId`, whose figures `figures` reads: a confident similar entry, or one
 * offered from CHANGED_OFFER_SCORE, whose figure the sentence changes is a changed figure of it
 * (`keep` leaving out the changes of another period or group, see ./ledger); an entry whose rate,
 * amount or measure the sentence gives otherwise, and not changed, is not offered ("Argentina's
 * monthly inflation hit 25.5 percent" is no rewording of the annual 211.4 percent); one whose count
 * it gives otherwise is only offered; one whose figure the sentence says moved the other way
 * (./direction), or that it sets elsewhere (`setElsewhere`, ./setting), is not the sentence's claim,
 * unless, near and with every figure of the entry but its years, it changes the year the claim
 * dates by a month or a bound (./yearChange); any other is as found.
 */
export function similarChangeTest(
  byId: ReadonlyMap<string, LedgerEntry>,
  figures: EntryFigures,
  stems: Stems,
  keep: KeepChanges,
  setElsewhere: (text: string, tokens: readonly NormToken[], entry: LedgerEntry) => boolean,
): (text: string, tokens: readonly NormToken[], found: SimilarEntry) => SimilarReading {
  return (text, tokens, found) => {
    const entry = byId.get(found.entryId);
    if (!entry || opposite(tokens, entry.claim ?? '', stems)) return { changed: NONE };
    const written = termsOf(tokens, stems).filter((t) => t.figure);
    const checked = figures.checkedOf(entry);
    const near = found.confident || found.score >= CHANGED_OFFER_SCORE;
    if (setElsewhere(text, tokens, entry)) {
      const givesItsFigures = checked.every((c) => c.year || written.some((w) => w.term === c.term));
      const year = near && givesItsFigures ? yearChangedIn(text, tokens, entry) : undefined;
      return { changed: year ? keep(text, tokens, [year]) : NONE };
    }
    if (!changesAFigure(written.map((t) => t.term), checked)) return { similar: found, changed: NONE };
    const changed = near ? keep(text, tokens, changedOf(text, written.filter((t) => !isYearTerm(t.term)), checked.filter((c) => !c.year))) : NONE;
    if (changed.length > 0) return { changed };
    // Another rate, amount or measure than the entry's is another claim, which citing the entry
    // would not back; a count may be a date's day or an ordinal ("on March 6", "a sixth hike").
    const measured = written.flatMap((t) => (unitOf(t.term) === '' ? [] : [t.term]));
    return changesAFigure(measured, checked.filter((c) => c.unit !== '')) ? { changed } : { similar: { ...found, confident: false }, changed };
  };
}
