// Whether an edit that appends an entry does what it should: the edited file is read again.

import { applyEdit, type TextEdit } from '../fixes/edit';
import type { LedgerEntry, LedgerProblem } from '../types';
import type { NewEntry } from './append';
import { unsourcedEntry } from './backing';
import { parseLedger, type LedgerParseResult } from './parse';

/** What is wrong with the edited file, or undefined when it holds the old entries, the new one, and no new problem. */
export function verify(text: string, before: LedgerParseResult, edit: TextEdit, entry: NewEntry, format: 'yaml' | 'json'): string | undefined {
  const edited = applyEdit(text, edit);
  const after = parseLedger(edited);
  if (!after.readable || after.entries.length !== before.entries.length + 1) return 'the edited file does not read back.';
  // The new entry is unverified and has no sources yet, which the file notes: that note is expected.
  const expected = unsourcedEntry({ id: entry.id, rating: 'unverified' }).message;
  const fresh = newProblems(kept(before), kept(after)).find((p) => p.message !== expected);
  if (fresh) return fresh.message;
  // The insertion goes after every entry, so they must read as before; if one does not, where
  // the last one ends was misjudged.
  if (before.entries.some((e, i) => !sameData(e, after.entries[i]))) return 'the existing entries would change.';
  const added = after.entries.find((e) => e.id === entry.id);
  if (!added || !isAsWritten(added, entry)) return 'the new entry does not read back as written.';
  if (format === 'json' && (text.trim() === '' || isJson(text)) && !isJson(edited)) return 'the edited file is not JSON.';
  return undefined;
}

function isAsWritten(read: LedgerEntry, entry: NewEntry): boolean {
  const match = entry.match.map((m) => m.trim());
  return (
    read.claim === (entry.claim.trim() || undefined) &&
    read.match.length === match.length &&
    read.match.every((m, i) => m === match[i]) &&
    read.rating === 'unverified' &&
    read.sources.length === 0
  );
}

function sameData(a: LedgerEntry, b: LedgerEntry | undefined): boolean {
  return b !== undefined && JSON.stringify({ ...a, span: undefined }) === JSON.stringify({ ...b, span: undefined });
}

/** The problems a reading kept, without its note of how many more there are: one more entry may make one more. */
function kept(result: LedgerParseResult): readonly LedgerProblem[] {
  return result.omitted ? result.problems.slice(0, -1) : result.problems;
}

/** The problems of `after` that `before` does not have (compared by severity and message). */
function newProblems(before: readonly LedgerProblem[], after: readonly LedgerProblem[]): LedgerProblem[] {
  const counts = new Map<string, number>();
  const key = (p: LedgerProblem): string => `${p.severity} ${p.message}`;
  for (const p of before) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return after.filter((p) => {
    const left = counts.get(key(p)) ?? 0;
    counts.set(key(p), left - 1);
    return left <= 0;
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
