import { readSync } from 'node:fs';
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

/** Reads a draft from standard input (a pipe, an editor's buffer), as `readDraft` reads a file. */
export function readStdinDraft(maxLength: number): string {
  const limit = (maxLength + 1) * 3 + 3;
  const chunks: Buffer[] = [];
  let length = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, chunk, 0, Math.min(chunk.length, limit - length), null);
    } catch (error) {
      // A non-blocking pipe with nothing yet: wait for it rather than spin.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
    length += read;
    if (length >= limit) break;
  }
  return withoutBom(Buffer.concat(chunks).toString('utf8'));
}
