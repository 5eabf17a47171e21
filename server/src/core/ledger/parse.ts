import { isMap, isSeq } from 'yaml';
import { LineIndex } from '../text/lines';
import type { LedgerEntry, LedgerProblem } from '../types';
import { Aliases } from './aliases';
import { reportUnsourced } from './backing';
import { composeDocument } from './document';
import { EntryReader } from './entries';
import { TOP_LEVEL_KEYS } from './fields';
import { describe, isNull, spanOf, valueSpan } from './nodes';
import { readPlainLedger } from './plain';
import { ProblemList } from './problems';

export interface LedgerParseResult {
  readonly entries: readonly LedgerEntry[];
  readonly problems: readonly LedgerProblem[];
  /**
   * False when the file as a whole could not be read (a syntax error, or not a mapping with a
   * "claims" list), so its entries are a fragment: an editor keeps the last readable version.
   */
  readonly readable: boolean;
  /**
   * How many more problems there are than `problems` lists (absent or 0: none). When there are
   * some, the last problem is the note that says so.
   */
  readonly omitted?: number;
}

/** Reads a claims file (YAML or JSON). Never throws: whatever is wrong becomes a problem. */
export function parseLedger(text: string): LedgerParseResult {
  const plain = readPlainLedger(text);
  if (plain) return plainLedger(text, plain);
  return readLedger(text);
}

/**
 * What the fast path's entries of `text` make: a readable file, whose only problems can be entries
 * without sources (which the fast path reads as valid: they are no mistake in the file's data).
 */
export function plainLedger(text: string, entries: readonly LedgerEntry[]): LedgerParseResult {
  if (entries.every((e) => e.sources.length > 0)) return { entries, problems: [], readable: true };
  const problems = new ProblemList(text, new LineIndex(text));
  reportUnsourced(text, entries, (span, message, severity) => problems.report(span, message, severity));
  const { problems: kept, omitted } = problems.result();
  return { entries, problems: kept, readable: true, ...(omitted !== undefined && { omitted }) };
}

/**
 * The full reader: the problems of any claims file, with their positions; past MAX_LEDGER_PROBLEMS,
 * the errors first, then the earliest, and a last problem that says how many more there are.
 */
export function readLedger(text: string): LedgerParseResult {
  const lines = new LineIndex(text);
  const problems = new ProblemList(text, lines);
  const entries: LedgerEntry[] = [];
  let readable: boolean;
  try {
    readable = readFile(text, lines, problems, entries);
    // A file not read as a whole is not used: what its fragment's entries lack is beside the point.
    if (readable) reportUnsourced(text, entries, (span, message, severity) => problems.report(span, message, severity));
  } catch (error) {
    // A bug or an exhausted stack must not take the editor down with it.
    readable = false;
    problems.report({ start: 0, end: 0 }, `Could not read the claims file: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
  const { problems: kept, omitted } = problems.result();
  return { entries, problems: kept, readable, ...(omitted !== undefined && { omitted }) };
}

/** Adds the file's entries to `entries`, reporting its problems; whether the file could be read as a whole. */
function readFile(text: string, lines: LineIndex, problems: ProblemList, entries: LedgerEntry[]): boolean {
  const { doc, readable } = composeDocument(text, problems);
  if (!doc || doc.contents === null) return readable;
  const aliases = new Aliases(doc, problems);
  const reader = new EntryReader(text, lines, problems, aliases, entries);
  const top = aliases.deref(doc.contents);
  if (!isMap(top)) {
    problems.report(spanOf(doc.contents), `The claims file must be a mapping with a "claims:" list of entries, not ${describe(top)}.`, 'error');
    return false;
  }
  const claims = reader.fields(top, TOP_LEVEL_KEYS, 'at the top level').get('claims');
  if (!claims) {
    const first = top.items[0]?.key;
    problems.report(first ? spanOf(first) : spanOf(top), 'Missing "claims:": the claims file lists its entries under a top-level "claims:" key.', 'error');
    return false;
  }
  const list = aliases.deref(claims.value);
  if (isNull(list)) return readable;
  if (!isSeq(list)) {
    problems.report(valueSpan(claims), `"claims" must be a list of entries (each starting with "- id:"), not ${describe(list)}.`, 'error');
    return false;
  }
  for (const item of list.items) reader.readEntry(item);
  return readable;
}
