import type { Files } from './files';
import { withoutBom } from './text';

/** The bytes a draft of `maxLength` characters and one more can take in UTF-8. */
export function draftBytes(maxLength: number): number {
  // A UTF-16 unit takes at most 3 bytes of UTF-8 (a 4-byte character is 2 units).
  return (maxLength + 1) * 3 + 3;
}

/**
 * Reads a draft as UTF-8, but no more of a huge file than the engine checks: bytes enough for
 * `maxLength` characters and one more, so that the check still sees that the draft goes on.
 */
export async function readDraft(files: Files, path: string, maxLength: number): Promise<string> {
  return withoutBom(new TextDecoder().decode((await files.read(path, draftBytes(maxLength))).bytes));
}
