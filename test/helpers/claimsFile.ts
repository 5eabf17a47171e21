import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createLedger, EMPTY_LEDGER, parseLedger } from '../../server/src/core';
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
