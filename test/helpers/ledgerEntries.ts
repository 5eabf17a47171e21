import type { Ledger } from '../../server/src/core/ledger/ledger';
import type { LedgerEntry } from '../../server/src/core/types';

// Claims-file entries made in code, and what a ledger of them finds, for the core's tests.

/** An entry of a claims file made in code: its claim and `match` phrases, rated true, with no sources. */
export function claimEntry(id: string, claim: string, ...match: string[]): LedgerEntry {
  return { id, claim, match, rating: 'true', sources: [], span: { start: 0, end: 0 } };
}

/** What a sentence's look-up finds: matches (M), and changed figures (X) with what was found and expected. */
export function lookedUp(ledger: Ledger, text: string): string[] {
  const { matches, mismatches } = ledger.lookUp(text);
  return [...matches.map((m) => `M ${m.entryId}`), ...mismatches.map((m) => `X ${m.entryId} ${m.figures.map((f) => `${f.found}/${f.expected}`).join(' ')}`)];
}
