import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import type { LimitedBytes } from './files';
import { isInside, OutsideFolderError } from './folder';

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

/**
 * Where `path` really is, when a link takes it out of `folder`; undefined when it stays inside
 * (or does not exist). A discovered file is only read inside its folder, so that a link committed
 * to a repository cannot make the tools show a file from elsewhere on the disk.
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
  return isInside(real, realFolder) ? undefined : real;
}
