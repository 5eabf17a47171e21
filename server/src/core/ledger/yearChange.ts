import { normalizeTokens, type NormToken } from '../text/normalize';
import { isYearTerm } from '../text/terms';
import type { Span } from '../types';
import type { FigureMismatch, LedgerMatch } from './ledger';

// A year changed beside a checked figure: "pledged to cut emissions by 68 percent by 2035" against
// "… by 2030", "the fastest pace since 1972" against "since 1957". A year read after the same word
// as one of the claim's ("by", "since", "in", a month) and neither writing the other's is that year
// changed; years after other words may date other things ("In 2023, the 14-month conflict …"
// against "began on 24 February 2022").

const BOUNDS: ReadonlySet<string> = new Set(['since', 'by', 'until', 'till', 'before', 'through']);

/** A year a text writes, and the word right before it. */
interface Year {
  readonly year: string;
  readonly before: string;
  readonly span: Span;
}

/**
 * `matches` but those of a figure phrase whose claim's year the sentence changes, which are
 * `changed` figures instead; their entries are added to `found`, to be looked up no further.
 */
export function withYearsChanged(
  text: string,
  tokens: readonly NormToken[],
  matches: readonly LedgerMatch[],
  claimOf: (entryId: string) => string | undefined,
  found: Set<string>,
): { matches: readonly LedgerMatch[]; changed: readonly FigureMismatch[] } {
  if (!matches.some((m) => m.figure === true)) return { matches, changed: [] };
  const changed: FigureMismatch[] = [];
  const kept = matches.filter((m) => {
    const change = m.figure === true && m.denied !== true ? changedYear(text, tokens, claimOf(m.entryId) ?? '') : undefined;
    if (change) {
      changed.push({ entryId: m.entryId, phrase: change.expected, span: change.span, figures: [change] });
      found.add(m.entryId);
    }
    return change === undefined;
  });
  return { matches: kept, changed };
}

/** The year of `tokens` of `text` that changes one of `claim`'s, with the claim's as written; none if no year or several may be. */
function changedYear(text: string, tokens: readonly NormToken[], claim: string): { span: Span; found: string; expected: string } | undefined {
  const ours = yearsOf(tokens);
  if (ours.length === 0) return undefined;
  const theirs = yearsOf(normalizeTokens(claim));
  for (const y of ours) {
    if (theirs.some((t) => t.year === y.year)) continue;
    if (!BOUNDS.has(y.before)) continue;
    const same = theirs.filter((t) => t.before === y.before && !ours.some((o) => o.year === t.year));
    const [only] = same;
    if (only && same.length === 1) return { span: y.span, found: text.slice(y.span.start, y.span.end), expected: claim.slice(only.span.start, only.span.end) };
  }
  return undefined;
}

function yearsOf(tokens: readonly NormToken[]): Year[] {
  return tokens.flatMap((t, k) => (isYearTerm(`#${t.norm}`) ? [{ year: t.norm, before: tokens[k - 1]?.norm ?? '', span: { start: t.start, end: t.end } }] : []));
}
