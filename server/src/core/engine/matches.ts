import type { DetectedClaim } from '../claims/detected';
import type { FigureMismatch, LedgerMatch, LookUp } from '../ledger/ledger';
import { isYearWritten } from '../ledger/figureConflict';
import type { SimilarEntry } from '../ledger/similar';
import { firstIndex } from '../search';
import type { Span } from '../types';
import { NONE } from './block';

// Which claims-file entries each claim of a sentence matches, and which entry's wording a figure
// claim uses with another figure.

/** An entry's phrase that a figure claim words with another figure. */
export interface ChangedFigure {
  readonly entryId: string;
  readonly phrase: string;
  /** The draft's words for the phrase. */
  readonly wording: string;
}

/**
 * The entry whose wording a figure claim uses with another figure: the first mismatch whose
 * wording overlaps the claim. Such an entry backs none of the sentence's claims, whatever other
 * phrase of it they word as it is (see ../incremental/assemble).
 */
export function figureMismatches(text: string, mismatches: readonly FigureMismatch[]): (claim: DetectedClaim) => ChangedFigure | undefined {
  if (mismatches.length === 0) return () => undefined;
  return (claim) => {
    if (claim.kind !== 'quantity') return undefined;
    // The changed figure may be another of the phrase's ("68 percent by 2035" against "by 2030"): the phrase's figure claim carries it.
    const m = mismatches.find((x) => overlaps(x.span, claim.span));
    return m && { entryId: m.entryId, phrase: m.phrase, wording: text.slice(m.span.start, m.span.end) };
  };
}

/**
 * A sentence's claims with those the claims file words added, in text order, one claim where they
 * overlap: its figures changed ("the club's eighteenth league title" against an entry's "19th
 * league title"), a figure claim because the claims file checked that wording whether or not the
 * detector counts such an ordinal. Where the sentence has no attribution to report it, also the
 * figures of its phrases found as they are ("the club's nineteenth league title"), and, where
 * figures are looked for (`figures`), the figures of an entry it words otherwise unless a phrase of
 * that entry is found as it is: those of a phrase it has all the words of ("The conflict, now 14
 * months old" against "14-month conflict"), and any it shares with the entry but a year ("won the
 * World Cup four times" against "the Springboks' fourth world title"); then its phrases with no
 * figure, outside its figures, as claims of their own ("Gerard Hutch was acquitted of the murder of
 * David Byrne"): the claims file says they state a claim. An attribution carries its sentence's
 * phrases and offer itself.
 */
export function withLedgerClaims(claims: readonly DetectedClaim[], found: LookUp, figures: boolean): readonly DetectedClaim[] {
  const reported = claims.some((c) => c.kind === 'attribution');
  const phrases = reported ? [] : found.matches.filter((m) => m.figure === true).sort((a, b) => a.span.start - b.span.start);
  const entry = figures && !reported ? offeredEntry(found) : undefined;
  const offered = entry ? entry.shared.filter((s) => s.figure && (entry.covered || !isYearWritten(s.text))) : [];
  const taken = claims.filter((c) => c.kind === 'quantity').map((c) => c.span);
  const added: DetectedClaim[] = [];
  const add = (kind: DetectedClaim['kind'], span: Span): void => {
    if (taken.some((t) => overlaps(span, t))) return;
    taken.push(span);
    added.push({ kind, span, confidence: LEDGER_CLAIM });
  };
  for (const { span } of [...phrases, ...found.mismatches, ...offered]) add('quantity', span);
  if (!reported) for (const { span, figure } of found.matches) if (figure !== true) add('phrase', span);
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.span.start - b.span.start);
}

/** How sure a claim is that the claims file words: as sure as the entry's own wording. */
const LEDGER_CLAIM = 0.9;

/**
 * The entry a sentence words otherwise, for each of its claims it is about: the attribution, which
 * reports the claim, and the figures the entry shares. None for an entry the sentence names by one
 * of its phrases already, nor for one whose wording the sentence gives another figure: that is a
 * changed figure, which figure-mismatch tells.
 */
export function similarEntry(found: LookUp): (claim: DetectedClaim) => SimilarEntry | undefined {
  const entry = offeredEntry(found);
  if (!entry) return () => undefined;
  const figures = entry.shared.filter((s) => s.figure).map((s) => s.span);
  return (claim) => (claim.kind === 'attribution' || figures.some((f) => overlaps(f, claim.span)) ? entry : undefined);
}

/** The entry a sentence words otherwise, unless one of its phrases names it already or words it with another figure. */
function offeredEntry({ matches, mismatches, similar }: LookUp): SimilarEntry | undefined {
  const named = (m: LedgerMatch): boolean => m.entryId === similar?.entryId;
  return similar && !matches.some(named) && !mismatches.some(named) ? similar : undefined;
}

/**
 * The ledger entries that back each claim of a sentence. A phrase that covers a figure identifies
 * that figure's entry; any other phrase of the sentence identifies what its attribution reports.
 * Matches and figures are looked up by position, so a run-on sentence of thousands of figures and
 * matches costs about their number, not its square.
 */
export function entriesMatched(claims: readonly DetectedClaim[], matches: readonly LedgerMatch[]): (claim: DetectedClaim) => readonly string[] {
  if (matches.length === 0) return () => NONE;
  const figures = claims.filter((c) => c.kind === 'quantity').map((c) => c.span);
  const byStart = [...matches].sort((a, b) => a.span.start - b.span.start);
  let longest = 0;
  for (const m of byStart) longest = Math.max(longest, m.span.end - m.span.start);
  let reported: readonly string[] | undefined;
  return (claim) => {
    if (claim.kind === 'attribution') {
      if (!reported) {
        const overlapsFigure = overlapTest(figures);
        reported = matches.filter((m) => !overlapsFigure(m.span)).map((m) => m.entryId);
      }
      return reported;
    }
    // Matches that overlap the figure or phrase start less than the longest match before its end.
    const ids: string[] = [];
    for (let i = firstIndex(byStart.length, (k) => (byStart[k]?.span.start ?? 0) > claim.span.start - longest); i < byStart.length && (byStart[i]?.span.start ?? 0) < claim.span.end; i++) {
      const m = byStart[i];
      if (m && overlaps(m.span, claim.span)) ids.push(m.entryId);
    }
    return ids;
  };
}

/** A test of whether a span overlaps any of `spans`, by binary search over them sorted by start. */
function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among the spans up to each one: spans may overlap one another.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach.at(-1) ?? 0, s.end));
  return (span) => {
    const before = firstIndex(sorted.length, (k) => (sorted[k]?.start ?? 0) >= span.end) - 1;
    return before >= 0 && (reach[before] ?? 0) > span.start;
  };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
