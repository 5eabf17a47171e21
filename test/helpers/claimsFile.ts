import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { EMPTY_LEDGER, type LedgerProblem } from '../../server/src/core';
import { createLedger, parseLedger, type LedgerParseResult } from '../../server/src/core/ledger';
import { unsourcedEntry } from '../../server/src/core/ledger/backing';
import type { ClaimsFile } from '../../server/src/host/claimsStore';

/**
 * A claims file as the server holds it, read from `text` in process: for testing what the server
 * makes of findings (diagnostics, hovers, fixes) without starting one.
 */
export function claimsFileOf(text: string, path = '/workspace/claims.yaml'): ClaimsFile {
  const uri = URI.file(path).toString();
  const format = path.endsWith('.json') ? 'json' : 'yaml';
  const current = TextDocument.create(uri, format, 0, text);
  const { entries, problems, readable, omitted } = parseLedger(text);
  const ledger = readable ? createLedger(entries) : EMPTY_LEDGER;
  return { path, uri, format, current, problems, omitted: omitted ?? 0, ledger, ledgerText: readable ? current : undefined, readable, stale: false };
}

/**
 * A reading's problems with the file's data: all but the notes that entries give no sources, which
 * are no mistake in how the file is written.
 */
export function dataProblems({ entries, problems }: Pick<LedgerParseResult, 'entries' | 'problems'>): LedgerProblem[] {
  const notes = new Set(entries.map((e) => unsourcedEntry(e).message));
  return problems.filter((p) => !notes.has(p.message));
}
