import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isInside, OutsideFolderError } from './folder';

/** The bytes of a file read up to a limit. */
export interface LimitedBytes {
  /** At most the limit's worth of the file's first bytes. */
  readonly bytes: Buffer;
  /** False when the file goes on past the limit. */
  readonly complete: boolean;
  /** The size the file system reported when the file was opened (for messages only: a file can grow). */
  readonly size: number;
}

/**
 * Reads a regular file, at most `maxBytes` of it, and refuses anything else: a FIFO would block
 * the reader for good and a device (`/dev/zero`) never ends, while both report a size of 0. With
 * `within`, refuses a file whose real path is outside that folder, checked on the file it opened.
 */
export function readRegularFile(path: string, maxBytes: number, within?: string): LimitedBytes {
  // Opening some devices does something (a watchdog arms), so none is opened knowingly; one put in
  // the file's place meanwhile is refused below, and cannot block: a FIFO with no writer blocks
  // the opening unless non-blocking, and a terminal must not become the process's.
  refuseUnlessRegular(statSync(path));
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stat = fstatSync(fd);
    refuseUnlessRegular(stat);
    if (within !== undefined) {
      // The real path names the opened file only if that file is still there: no swap between check and read.
      const real = realpathSync(path);
      const there = statSync(real);
      if (!isInside(real, realpathSync(within))) throw new OutsideFolderError(real);
      if (there.dev !== stat.dev || there.ino !== stat.ino) throw new Error('it was replaced while it was being read');
    }
    // One byte past the limit tells a file that goes on from one that ends there; the reported
    // size only sizes the first buffer.
    let bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > maxBytes) break;
        bytes = Buffer.concat([bytes, Buffer.alloc(Math.min(bytes.length, maxBytes + 1 - bytes.length))]);
      }
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: bytes.subarray(0, Math.min(length, maxBytes)), complete: length <= maxBytes, size: stat.size };
  } finally {
    closeSync(fd);
  }
}

function refuseUnlessRegular(stat: Stats): void {
  if (stat.isDirectory()) throw new Error('it is a folder');
  if (!stat.isFile()) throw new Error('it is not a regular file (a FIFO, device or socket)');
}

/** Why a file could not be read, in words: "no such file", "it is a folder", or the error's own message. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
