import { readSync } from 'node:fs';
import { draftBytes } from './draftFile';
import { withoutBom } from './text';

/** Reads a draft from standard input (a pipe, an editor's buffer), as `readDraft` reads a file. */
export function readStdinDraft(maxLength: number): string {
  const limit = draftBytes(maxLength);
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
