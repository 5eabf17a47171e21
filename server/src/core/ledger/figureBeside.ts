import { isFigureNorm } from '../text/normalize';
import { isYearTerm, termsOf, type Stems } from '../text/terms';
import type { LedgerEntry, Span } from '../types';
import { changedOf, type CheckedFigure, type EntryFigures, type KeepChanges } from './changedInWords';
import { unitOf } from './figureConflict';
import { roundsAlike } from './figureChange';
import type { FigureMismatch } from './ledger';
import type { MatchChangeTest } from './yearChange';
import { daysOfMonths } from './wording';

// Another of a claim's figures changed beside its phrase: "A two-bedroom apartment now rents for
// $2,650 a month" words the phrase "$2,650 a month" of a claim about a one-bedroom apartment. The
// sentence is that claim with a figure changed, not a match of it.

const NONE: readonly FigureMismatch[] = [];
const NO_FIGURES: readonly CheckedFigure[] = [];

/**
 * The test for the entries `byId`, whose figures `figures` reads: `matches` but those of a figure
 * phrase whose entry's claim writes another figure that the sentence changes, which are `changed`
 * figures of their entry instead, the entry added to `found`, to be looked up no further. `keep`
 * leaves out the changes of another period or group (see ./ledger); a phrase beside such a measure
 * is that period's or group's, and no match.
 */
export function figureBesideTest(
  byId: ReadonlyMap<string, LedgerEntry>,
  figures: EntryFigures,
  stems: Stems,
  keep: KeepChanges,
): MatchChangeTest {
  return (text, tokens, matches, found) => {
    if (matches.length === 0 || !tokens.some((t) => isFigureNorm(t.norm))) return { matches, changed: NONE };
    // A year beside a phrase is a comparison ("up from 2020"), not a changed figure, and a day of a month a date.
    const days = daysOfMonths(tokens);
    const all = termsOf(tokens, stems).filter((t) => t.figure);
    const written = all.filter((t) => !isYearTerm(t.term) && !days.has(t.start));
    // Only a phrase with a figure counts, whose figures beside are of the same thing. The entries
    // that word a phrase share its span, which is read once; most have no figure beside.
    const isBeside = (span: Span): boolean => written.some((t) => t.end <= span.start || t.start >= span.end);
    let span: Span | undefined;
    let beside = false;
    for (const m of matches) {
      if (m.figure !== true || m.span === span) continue;
      span = m.span;
      if ((beside = isBeside(span))) break;
    }
    if (!beside) return { matches, changed: NONE };
    // A figure of the claim's that the sentence writes, if only as a date ("on May 15"), is not changed by another ("Lawrence Wong, 51, …").
    const given = new Set(all.map((f) => f.term));
    // Left out of the changes as another thing's, period's, place's or group's, a measure of the
    // claim's unit says the phrase is that other's too ("Turnout in Portugal's snap election reached
    // 59.9 percent, the highest in 30 years" against the European elections' 50.74 percent). A
    // count may be of anything, and a figure rounded from the entry's is the entry's.
    const isOthers = ({ phrase, figures: [f] }: FigureMismatch): boolean =>
      f !== undefined && unitOf(written.find((t) => t.start === f.span.start)?.term ?? '') !== '' && !roundsAlike(tokens, f.span.start, f.expected, phrase);
    const units = new Set(written.map((f) => unitOf(f.term)));
    // An entry none of whose figures the sentence may change, of a unit it gives and not given: most.
    const changeable = (c: CheckedFigure): boolean => !c.year && units.has(c.unit) && !given.has(c.term);
    const changed: FigureMismatch[] = [];
    const kept = matches.filter((m) => {
      if (m.figure !== true || m.denied === true) return true;
      if (m.span !== span) {
        span = m.span;
        beside = isBeside(span);
      }
      const entry = beside && !found.has(m.entryId) ? byId.get(m.entryId) : undefined;
      const checked = entry === undefined ? NO_FIGURES : figures.checkedOf(entry);
      if (!checked.some(changeable)) return true;
      const changes = changedOf(text, written, checked.filter((c) => !c.year), given);
      const [change] = keep(text, tokens, changes);
      if (change === undefined) return !changes.some(isOthers);
      changed.push(change);
      found.add(m.entryId);
      return false;
    });
    return { matches: kept, changed };
  };
}
