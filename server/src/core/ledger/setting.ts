import { normalizeTokens, type NormToken } from '../text/normalize';
import { meet } from '../text/places';
import { isYearTerm, termsOf, type Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import type { CheckedFigure } from './changedInWords';
import { otherPeriod } from './figureConflict';
import { otherStage, stagesIn } from './stages';
import { MONTHS } from '../text/periods';
import { placesIn, relates } from './wording';

// Where and when a claim is set. A sentence that shares an entry's words and figure may still be
// another year's or another place's claim: "Fianna Fáil won 48 seats at the 2024 general election"
// is not National's 48 seats in New Zealand's 2023 election, nor "One in four New Zealand graduates
// moves to Australia" the Irish graduates who emigrate. Dated to a latest year the entry does not
// give, or naming places (countries, bodies of states, places within a country) of which none is,
// holds or lies within a place the entry names, it is not offered as the entry's claim in other
// words: a rewording keeps its claim's year and place, or leaves them out. So with a month of the
// entry's year: "The Reserve Bank left the cash rate unchanged at 4.35 percent in December 2023"
// is not its rise to 4.35 percent in November 2023; nor a quarter-final the final (./stages).

/** The test for the entries whose checked figures, stages and places `figuresOf`, `stagesOf` and `placesOf` give, and whose months `otherMonth` reads: whether a sentence is set elsewhere than an entry. */
export function settingTest(
  figuresOf: (entry: LedgerEntry) => readonly CheckedFigure[],
  stagesOf: (entry: LedgerEntry) => ReadonlySet<string>,
  placesOf: (entry: LedgerEntry) => ReadonlySet<string>,
  otherMonth: MonthTest,
  stems: Stems,
): (text: string, tokens: readonly NormToken[], entry: LedgerEntry) => boolean {
  return (text, tokens, entry) => {
    if (otherPeriod(datingFigures(tokens, stems), figuresOf(entry), false) || otherMonth(tokens, entry)) return true;
    if (otherStage(stagesIn(tokens), stagesOf(entry))) return true;
    const ours = placesIn(text, tokens, stems);
    if (ours.size === 0) return false;
    const theirs = placesOf(entry);
    return theirs.size > 0 && !relates(ours, theirs, meet);
  };
}

/**
 * Whether a sentence dates its figure to another month of a year the entry's claim dates by its
 * month, and to none of the claim's months ("in December 2024" against "in January 2024").
 */
export type MonthTest = (tokens: readonly NormToken[], entry: LedgerEntry) => boolean;

/** A month test that reads each entry's months when it is first tested, and keeps them. */
export function monthTest(): MonthTest {
  const monthsByEntry = new Map<string, readonly MonthOfYear[]>();
  return (tokens, entry) => {
    const ours = monthsOf(tokens);
    if (ours.length === 0) return false;
    const claimed = monthsByEntry.get(entry.id) ?? monthsOf(normalizeTokens(entry.claim ?? ''));
    monthsByEntry.set(entry.id, claimed);
    const sameMonth = ours.some((m) => claimed.some((c) => c.month === m.month && c.year === m.year));
    return !sameMonth && ours.some((m) => claimed.some((c) => c.year === m.year));
  };
}

/** A reader of the places each entry's wordings name, read when an entry is first asked for, and kept. */
export function entryPlacesReader(stems: Stems): (entry: LedgerEntry) => ReadonlySet<string> {
  const placesByEntry = new Map<string, ReadonlySet<string>>();
  return (entry) => {
    let places = placesByEntry.get(entry.id);
    if (places === undefined) {
      const wording = [entry.claim ?? '', ...entry.match].join('. ');
      placesByEntry.set(entry.id, (places = placesIn(wording, normalizeTokens(wording), stems)));
    }
    return places;
  };
}

/**
 * Whether a figure said of places `ours` is of none of the places `theirs` an entry names: another
 * country's, or a part's of the entry's ("Quebec lost 4.5 million hectares to fire" is no changed
 * figure of Canada's 18.4 million), which differs from the entry's without changing it.
 */
export function ofOtherPlace(ours: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  return ours.size > 0 && theirs.size > 0 && !relates(ours, theirs, (a, b) => a === b);
}

/** Words before a year (or its month) where a count or a comparison starts, which dates no claim: "the sixth hike since May 2022", "up from 2020". */
const BASELINES: ReadonlySet<string> = new Set(['since', 'from']);
/** Verbs of reporting, whose date is the report's, not its claim's ("the WMO said in January 2025", "data released by INDEC in January 2024"). */
const REPORTED: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'announced', 'released', 'published', 'confirmed', 'showed', 'stated', 'told']);
/** How far back from its "in" or "on" a report's date looks for its verb: "released by the statistics agency in". */
const REPORT_REACH = 4;

/** The figure terms of a sentence (see ../text/terms) but the years that start what it counts or compares, or date a report of it. */
function datingFigures(tokens: readonly NormToken[], stems: Stems): string[] {
  const skipped = new Set(tokens.flatMap((t, k) => (isYearTerm(`#${t.norm}`) && datesNoClaim(tokens, k) ? [t.start] : [])));
  return termsOf(tokens, stems).flatMap((t) => (t.figure && !skipped.has(t.start) ? [t.term] : []));
}

/** Whether the year at token `k` (or its month before it) starts a count or a comparison ("since May 2022", "up from 2020") or dates a report ("said in January 2025"): it dates no claim. */
export function datesNoClaim(tokens: readonly NormToken[], k: number): boolean {
  const opens = MONTHS.has(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  return BASELINES.has(tokens[opens]?.norm ?? '') || reportsAt(tokens, opens);
}

/** Whether the "in" or "on" at `k` dates a report: a verb of reporting stands a few words before it. */
function reportsAt(tokens: readonly NormToken[], k: number): boolean {
  const at = tokens[k]?.norm;
  if (at !== 'in' && at !== 'on') return false;
  for (let j = k - 1; j >= 0 && k - j <= REPORT_REACH; j--) if (REPORTED.has(tokens[j]?.norm ?? '')) return true;
  return false;
}

/** A month a text writes before its year: "November 2023". */
interface MonthOfYear {
  readonly month: string;
  readonly year: string;
}

/** The months a text writes before a year, but a report's. */
function monthsOf(tokens: readonly NormToken[]): MonthOfYear[] {
  return tokens.flatMap((t, k) => {
    const year = tokens[k + 1]?.norm ?? '';
    return MONTHS.has(t.norm) && isYearTerm(`#${year}`) && !reportsAt(tokens, k - 1) ? [{ month: t.norm, year }] : [];
  });
}
