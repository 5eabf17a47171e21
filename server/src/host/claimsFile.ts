import { dirname, join } from 'node:path';
import { exists, firstExisting, type Files } from './files';
import type { JobFailure } from './parseWorker';
import { withoutBom } from './text';
import { CLAIMS_FILE_NAMES } from '../core';
import { parseLedger, type LedgerParseResult } from '../core/ledger';
import { LineIndex } from '../core/text';
import { plainLedger, readPlainLedgerInSlices } from '../core/worker';

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
export async function discoverClaimsFile(files: Files, draft: string, root?: string): Promise<FoundClaimsFile | undefined> {
  let found: string | undefined;
  for (let dir = dirname(draft); ; dir = dirname(dir)) {
    found ??= await firstExisting(files, dir, CLAIMS_FILE_NAMES);
    const atRoot = root !== undefined ? dir === root : await exists(files, join(dir, '.git'));
    if (atRoot || dirname(dir) === dir) return found ? { path: found, root: dir } : undefined;
  }
}

/** The folder a discovered claims file must stay inside: the nearest at or above it that holds `.git`, else the file system's root. */
export async function repositoryOf(files: Files, path: string): Promise<string> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (dirname(dir) === dir || (await exists(files, join(dir, '.git')))) return dir;
  }
}

/** A claims file's text. */
export interface ClaimsFileText {
  readonly text: string;
  /** Offset in `text` of the first bytes that are not UTF-8 (decoded there as U+FFFD). */
  readonly invalidAt?: number;
}

/**
 * Reads a claims file strictly: refuses a file over the size limit, one that is not a regular
 * file, and with `within` one whose real path is outside that folder (throwing, like an I/O
 * error); marks where it stops being UTF-8, so that nothing reads or rewrites a lossy decoding of it.
 */
export async function readClaimsText(files: Files, path: string, within?: string): Promise<ClaimsFileText> {
  const { bytes, complete, size } = await files.read(path, MAX_CLAIMS_FILE_BYTES, within);
  if (!complete) throw new Error(`it is ${size > MAX_CLAIMS_FILE_BYTES ? `${megabytes(size)}, ` : ''}over the ${megabytes(MAX_CLAIMS_FILE_BYTES)} a claims file may have`);
  try {
    return { text: withoutBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    const valid = validPrefix(bytes);
    return { text: withoutBom(new TextDecoder().decode(bytes)), invalidAt: withoutBom(new TextDecoder().decode(bytes.subarray(0, valid))).length };
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

/**
 * Reads a claims file's text as `parseClaimsText` does in steps of a few milliseconds, yielding
 * between them, as long as it can: undefined when it takes the full reader (which has problems to
 * report), whose time on a long file has no such bound.
 */
export function* readClaimsInSteps(read: ClaimsFileText): Generator<void, LedgerParseResult | undefined> {
  if (read.invalidAt !== undefined) return parseClaimsText(read);
  const entries = yield* readPlainLedgerInSlices(read.text);
  return entries && plainLedger(read.text, entries);
}

/**
 * The reading of a claims file that its reader (on a worker thread, given `ms` milliseconds) could
 * not finish: unreadable, with why at its first line.
 */
export function claimsNotRead(failure: JobFailure, text: string, ms: number): LedgerParseResult {
  const bytes = new TextEncoder().encode(text).length;
  const size = bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : megabytes(bytes);
  const why = {
    'too-slow': `could not be read in time (${size}): reading it was stopped after ${ms / 1000} seconds`,
    'out-of-memory': `could not be read (${size}): reading it ran out of memory`,
    failed: `could not be read (${size}): its reader failed`,
  }[failure];
  const message = `The claims file ${why}. Its entries are not used until it can be read. A long claims file with any problem (a syntax error, an unknown field) takes many times longer and more memory to read than one without: look for a mistake in its last change.`;
  return { entries: [], readable: false, problems: [{ message, severity: 'error', span: { start: 0, end: 0 }, line: 1, column: 1 }] };
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
