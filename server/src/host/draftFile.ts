import { readRegularFile } from './readFile';
import { withoutBom } from './text';

/**
 * Reads a draft as UTF-8, but no more of a huge file than the engine checks: bytes enough for
 * `maxLength` characters and one more, so that the check still sees that the draft goes on.
 */
export function readDraft(path: string, maxLength: number): string {
  // A UTF-16 unit takes at most 3 bytes of UTF-8 (a 4-byte character is 2 units).
  return withoutBom(readRegularFile(path, (maxLength + 1) * 3 + 3).bytes.toString('utf8'));
}
