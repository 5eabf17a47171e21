import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLAIMS_FILE_NAMES } from '../core';

/**
 * The claims file that governs a draft: the first claims file found in the draft's folder or a
 * folder above it, stopping at `root` when given (a workspace folder) or else at the first folder
 * holding `.git`.
 */
export function discoverClaimsFile(draft: string, root?: string): string | undefined {
  for (let dir = dirname(draft); ; dir = dirname(dir)) {
    for (const name of CLAIMS_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const atRoot = root !== undefined ? dir === root : existsSync(join(dir, '.git'));
    if (atRoot || dirname(dir) === dir) return undefined;
  }
}

/** Reads a text file as UTF-8 without its byte-order mark (editors do not count it in columns). */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
