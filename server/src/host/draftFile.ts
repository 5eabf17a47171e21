import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { withoutBom } from './text';

/**
 * Reads a draft as UTF-8, but no more of a huge file than the engine checks: bytes enough for
 * `maxLength` characters and one more, so that the check still sees that the draft goes on.
 */
export function readDraft(path: string, maxLength: number): string {
  const fd = openSync(path, 'r');
  try {
    // A UTF-16 unit takes at most 3 bytes of UTF-8 (a 4-byte character is 2 units).
    const bytes = Buffer.alloc(Math.min(fstatSync(fd).size, (maxLength + 1) * 3 + 3));
    const read = readSync(fd, bytes, 0, bytes.length, 0);
    return withoutBom(bytes.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}
