import { normalizeTokens, type NormToken } from '../text/normalize';
import { isYearTerm } from '../text/terms';
import type { LedgerEntry, Span } from '../types';
import type { FigureMismatch, LedgerMatch } from './ledger';
import { datesNoClaim } from './setting';
import { MONTHS } from '../text/periods';
import { BOUNDARY } from './clause';
import { isContent, isDayNumber } from './wording';

// A year changed beside a checked figure: "pledged to cut emissions by 68 percent by 2035" against
// "… by 2030", "the fastest pace since 1972" against "since 1957", "peaked at 11.1 percent in
// October 2021" against "in October 2022". A year after a word of a bound ("by", "since") or a
// month where the claim writes another year after the same word, neither writing the other's, is
// that year changed. A year after "in" alone may date another event ("In 2024, the 14-month
// conflict …", "a record profit, double its earnings in 2021"), and is read so only after the
// phrase in its clause: "40,990 people died in crashes on American roads in 2022". A year so
// dated that is none of the claim's, where the sentence writes none of them, is another period's:
// "617 naira per litre in December 2022" is neither the checked price of July 2023 nor that price
// changed. A date's year counts as after its month: "on June 30, 2022" against "June 30, 2023".

/** Words before a year that bound what a claim measures. */
const BOUNDS: ReadonlySet<string> = new Set(['since', 'by', 'until', 'till', 'before', 'through']);
/** Whether a year's word before it makes it a year a claim may have changed: a bound, or a month ("in October 2021" dates what the claim dates "October 2022"). */
const dates = (y: Year): boolean => BOUNDS.has(y.before) || MONTHS.has(y.before);

/**
 * A year a text writes, the words right before and after it, and whether it dates no claim: a
 * count's start ("since May 2022") or a report's date ("said in January 2025").
 */
interface Year {
  readonly year: string;
  readonly before: string;
  readonly after: string;
  readonly undated: boolean;
  readonly span: Span;
}

/** A claim as written, and the years it writes. */
interface ClaimYears {
  readonly claim: string;
  readonly years: readonly Year[];
}

/**
 * A test of a look-up's matches: those it keeps, and the changed figures it finds instead, whose
 * entries it adds to `found` (see `yearChangeTest`, and ./figureBeside).
 */
export type MatchChangeTest = (
  text: string,
  tokens: readonly NormToken[],
  matches: readonly LedgerMatch[],
  found: Set<string>,
) => { readonly matches: readonly LedgerMatch[]; readonly changed: readonly FigureMismatch[] };

const NONE: readonly FigureMismatch[] = [];

/**
 * The test for the claims file whose entries' claims `claimOf` gives by id: `matches` but those
 * of a figure phrase whose claim's year the sentence changes, which are `changed` figures instead,
 * their entries added to `found`, to be looked up no further. A claim's years are read when first
 * needed, and kept; most sentences have no year after a bound, and cost one pass over their words.
 */
export function yearChangeTest(claimOf: (entryId: string) => string | undefined): MatchChangeTest {
  const claims = new Map<string, ClaimYears>();
  const yearsOfClaim = (id: string): ClaimYears => {
    let read = claims.get(id);
    if (!read) {
      const claim = claimOf(id) ?? '';
      claims.set(id, (read = { claim, years: yearsOf(normalizeTokens(claim)) }));
    }
    return read;
  };
  return (text, tokens, matches, found) => {
    if (!matches.some((m) => m.figure === true)) return { matches, changed: NONE };
    const ours = yearsOf(tokens);
    if (!ours.some((y) => dates(y) || y.before === 'in')) return { matches, changed: NONE };
    const changed: FigureMismatch[] = [];
    const kept = matches.filter((m) => {
      if (m.figure !== true || m.denied === true) return true;
      const claim = yearsOfClaim(m.entryId);
      const change = changedYear(text, ours, claim, (y) => dates(y) || datesPhrase(text, y, m.span));
      if (change) changed.push(yearMismatch(m.entryId, change));
      // "617 naira per litre in December 2022" against July 2023's: another period's figure, the same by chance.
      const other = change === undefined && ofOtherYear(ours, claim.years);
      if (change || other) found.add(m.entryId);
      return change === undefined && !other;
    });
    return { matches: kept, changed };
  };
}

/**
 * The year that a sentence (its `tokens` of `text`) close to `entry`'s claim changes, after a bound
 * or the claim's month, as a changed figure of the entry: "Inflation hit its high of 11.1 per cent
 * in October 2021" against "peaked at 11.1 percent in October 2022"; or before the noun the claim's
 * dates: "Over 1,300 worshippers died at the 2023 Hajj" against "… during the 2024 Hajj".
 */
export function yearChangedIn(text: string, tokens: readonly NormToken[], entry: LedgerEntry): FigureMismatch | undefined {
  const ours = yearsOf(tokens);
  const claim = entry.claim ?? '';
  const theirs = yearsOf(normalizeTokens(claim));
  const dating = (y: Year): boolean => dates(y) || (datesNoun(y) && theirs.some((t) => t.after === y.after));
  const change = ours.some(dating) ? changedYear(text, ours, { claim, years: theirs }, dating) : undefined;
  return change && yearMismatch(entry.id, change);
}

/** Whether a year dates the noun after it: "the 2024 Hajj", "the November 2022 election". */
function datesNoun(y: Year): boolean {
  return isContent(y.after);
}

/** A changed year as a changed figure of entry `entryId`. */
function yearMismatch(entryId: string, change: FigureMismatch['figures'][number]): FigureMismatch {
  return { entryId, phrase: change.expected, span: change.span, figures: [change] };
}

/** The year of the sentence's `ours` that changes one of the claim's, with the claim's as written; none if several may be. */
function changedYear(
  text: string,
  ours: readonly Year[],
  { claim, years: theirs }: ClaimYears,
  dating: (y: Year) => boolean = dates,
): { span: Span; found: string; expected: string } | undefined {
  for (const y of ours) {
    if (!dating(y) || theirs.some((t) => t.year === y.year)) continue;
    // The claim's year in the same place: after the same word, or before the same noun.
    const same = theirs.filter((t) => (t.before === y.before || (datesNoun(y) && t.after === y.after)) && !ours.some((o) => o.year === t.year));
    const [only] = same;
    if (only && same.length === 1) return { span: y.span, found: text.slice(y.span.start, y.span.end), expected: claim.slice(only.span.start, only.span.end) };
  }
  return undefined;
}

/** Whether year `y`, after "in", dates the phrase at `phrase`: it follows the phrase in its clause, and dates no report. */
function datesPhrase(text: string, y: Year, phrase: Span): boolean {
  return y.before === 'in' && !y.undated && y.span.start >= phrase.end && !BOUNDARY.test(text.slice(phrase.end, y.span.start));
}

/** Whether the sentence dates its figure (by a month or a bound) to a year the claim, which gives years, does not, and writes none of the claim's. */
function ofOtherYear(ours: readonly Year[], theirs: readonly Year[]): boolean {
  const dating = ours.filter((y) => dates(y) && !y.undated);
  return theirs.length > 0 && dating.length > 0 && !dating.some((y) => theirs.some((t) => t.year === y.year)) && !ours.some((y) => theirs.some((t) => t.year === y.year));
}

/** The years `tokens` write, each with the word before it: a day's month for a date ("June 30, 2023"). */
function yearsOf(tokens: readonly NormToken[]): Year[] {
  return tokens.flatMap((t, k) =>
    isYearTerm(`#${t.norm}`) ? [{ year: t.norm, before: wordBefore(tokens, k), after: tokens[k + 1]?.norm ?? '', undated: datesNoClaim(tokens, k), span: { start: t.start, end: t.end } }] : [],
  );
}

/** The word before the year at `k`, or the month of the day before it. */
function wordBefore(tokens: readonly NormToken[], k: number): string {
  const before = tokens[k - 1]?.norm ?? '';
  const month = tokens[k - 2]?.norm ?? '';
  return isDayNumber(before) && MONTHS.has(month) ? month : before;
}
