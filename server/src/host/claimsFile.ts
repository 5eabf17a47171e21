import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { withoutBom } from './text';
import { CLAIMS_FILE_NAMES, LineIndex, parseLedger, type LedgerParseResult } from '../core';

/**
 * Claims files above this size are refused rather than parsed: a newsroom ledger of 100,000
 * entries is about 17 MB, and a file many times that is more likely a mistake or an attack on
 * the server's memory than a ledger.
 */
export const MAX_CLAIMS_FILE_BYTES = 32 * 1024 * 1024;

/** A claims file found above a draft. */
export interface FoundClaimsFile {
  readonly path: string;
  /** Where the search would have stopped: the folder the claims file must stay inside. */
  readonly root: string;
}

/**
 * The claims file that governs a draft: the first claims file found in the draft's folder or a
 * folder above it, stopping at `root` when given (a workspace folder) or else at the first folder
 * holding `.git`.
 */
export function discoverClaimsFile(draft: string, root?: string): FoundClaimsFile | undefined {
  let found: string | undefined;
  for (let dir = dirname(draft); ; dir = dirname(dir)) {
    found ??= CLAIMS_FILE_NAMES.map((name) => join(dir, name)).find((candidate) => existsSync(candidate));
    const atRoot = root !== undefined ? dir === root : existsSync(join(dir, '.git'));
    if (atRoot || dirname(dir) === dir) return found ? { path: found, root: dir } : undefined;
  }
}

/**
 * Where `path` really is, when a link takes it out of `folder`; undefined when it stays inside
 * (or does not exist). A discovered claims file is only read inside its folder, so that a link
 * committed to a repository cannot make the editor show a file from elsewhere on the disk.
 */
export function outsideFolder(path: string, folder: string): string | undefined {
  let real: string;
  let realFolder: string;
  try {
    real = realpathSync(path);
    realFolder = realpathSync(folder);
  } catch {
    return undefined;
  }
  const rel = relative(realFolder, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? undefined : real;
}

/** A claims file's text. */
export interface ClaimsFileText {
  readonly text: string;
  /** Offset in `text` of the first bytes that are not UTF-8 (decoded there as U+FFFD). */
  readonly invalidAt?: number;
}

/**
 * Reads a claims file strictly: refuses a file over `maxBytes` (throwing, like an I/O error) and
 * marks where it stops being UTF-8, so that nothing reads or rewrites a lossy decoding of it.
 */
export function readClaimsText(path: string, maxBytes = MAX_CLAIMS_FILE_BYTES): ClaimsFileText {
  const size = statSync(path).size;
  if (size > maxBytes) throw new Error(`it is ${megabytes(size)}, over the ${megabytes(maxBytes)} a claims file may have`);
  const bytes = readFileSync(path);
  try {
    return { text: withoutBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    const valid = validPrefix(bytes);
    return { text: withoutBom(bytes.toString('utf8')), invalidAt: withoutBom(new TextDecoder().decode(bytes.subarray(0, valid))).length };
  }
}

/** Parses a claims file's text; one that is not UTF-8 is unreadable, with the problem where it breaks. */
export function parseClaimsText(read: ClaimsFileText): LedgerParseResult {
  if (read.invalidAt === undefined) return parseLedger(read.text);
  const span = { start: read.invalidAt, end: Math.min(read.invalidAt + 1, read.text.length) };
  const { line, character } = new LineIndex(read.text).position(read.invalidAt);
  const message = 'The claims file is not valid UTF-8 from here on: save it as UTF-8. Its entries are not used until then.';
  return { entries: [], readable: false, problems: [{ message, severity: 'error', span, line: line + 1, column: character + 1 }] };
}

/** The length of the longest prefix of `bytes` that is valid UTF-8 (binary search: only on error). */
function validPrefix(bytes: Uint8Array): number {
  const decodes = (n: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // In `stream` mode a sequence cut at `n` passes, so the search finds the first invalid byte…
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // …and an unfinished sequence right before it belongs to the invalid bytes.
  while (lo > 0 && !decodes(lo, false)) lo--;
  return lo;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
