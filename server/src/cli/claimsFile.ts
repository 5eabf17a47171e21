import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLAIMS_FILE_NAMES, createLedger, parseLedger, type Ledger, type LedgerProblem } from '../core';

export interface LoadedClaimsFile {
  readonly path: string;
  readonly text: string;
  readonly ledger: Ledger;
  readonly problems: readonly LedgerProblem[];
}

/**
 * The claims file that governs a draft: the first claims file found in the draft's folder or a
 * folder above it, stopping at the workspace root (the first folder holding `.git`).
 */
export function discoverClaimsFile(draft: string): string | undefined {
  for (let dir = dirname(draft); ; dir = dirname(dir)) {
    for (const name of CLAIMS_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** Reads and parses a claims file; throws only when the file cannot be read. */
export function loadClaimsFile(path: string): LoadedClaimsFile {
  const text = stripBom(readFileSync(path, 'utf8'));
  const { entries, problems } = parseLedger(text);
  return { path, text, ledger: createLedger(entries), problems };
}

/** Drops a leading byte-order mark, which editors do not count in columns. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
