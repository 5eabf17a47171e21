// How well a claims-file entry backs the claims that cite or match it: its rating, how long ago it
// was reviewed, and whether it gives any sources. A claim that leans on an unverified or stale entry
// is told so; an entry without sources is reported in the claims file itself.

import type { CheckOptions } from '../options';
import { lineEnd } from '../text/lines';
import type { LedgerEntry, Severity, Span } from '../types';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** What staleness depends on: the setting, and the date the host gave. */
export type ReviewClock = Pick<CheckOptions, 'reviewMaxAgeDays' | 'today'>;

/**
 * Whether an entry's last review is older than the setting allows. An entry without a review date
 * is not stale (its rating says how far it was checked), and nor is any entry without today's date
 * or with the setting at 0 or less.
 */
export function isStale(entry: LedgerEntry, clock: ReviewClock): boolean {
  if (clock.reviewMaxAgeDays <= 0 || clock.today === undefined || entry.reviewed === undefined) return false;
  const today = dayOf(clock.today);
  const reviewed = dayOf(entry.reviewed);
  return today !== undefined && reviewed !== undefined && today - reviewed > clock.reviewMaxAgeDays;
}

/** Why a claim citing or matching `entry` is weakly backed, if it is: the entry is unverified, or its review is stale. */
export function weakBacking(entry: LedgerEntry, clock: ReviewClock): string | undefined {
  const unverified = entry.rating === 'unverified';
  const stale = isStale(entry, clock);
  if (!unverified && !stale) return undefined;
  const review = stale ? `was last reviewed ${entry.reviewed ?? ''}, more than ${clock.reviewMaxAgeDays.toLocaleString('en-US')} days ago` : '';
  if (!unverified) return `Claims-file entry "${entry.id}" ${review}: check that it still holds, then update its "reviewed" date.`;
  return `Claims-file entry "${entry.id}" is unverified${stale ? ` and ${review}` : ''}: check the claim and rate it before relying on it.`;
}

/** What the claims file says of an entry that gives no sources. */
export function unsourcedEntry(entry: Pick<LedgerEntry, 'id' | 'rating'>): { readonly message: string; readonly severity: Severity } {
  // An unverified entry is a claim still to check: no sources yet is its normal state, worth a note.
  if (entry.rating === 'unverified') return { message: `Entry "${entry.id}" is unverified and gives no sources yet.`, severity: 'information' };
  return { message: `Entry "${entry.id}" is rated ${entry.rating} but gives no sources: add the sources it was checked against.`, severity: 'warning' };
}

/** Reports each entry of `entries` that gives no sources, on its first line of `text`. */
export function reportUnsourced(text: string, entries: readonly LedgerEntry[], report: (span: Span, message: string, severity: Severity) => void): void {
  for (const entry of entries) {
    if (entry.sources.length > 0) continue;
    const { message, severity } = unsourcedEntry(entry);
    report({ start: entry.span.start, end: Math.min(entry.span.end, lineEnd(text, entry.span.start)) }, message, severity);
  }
}

/** The day number of a date (YYYY-MM-DD, maybe with a time after it), counted in days since 1970. */
function dayOf(date: string): number | undefined {
  const m = DATE.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : undefined;
}
