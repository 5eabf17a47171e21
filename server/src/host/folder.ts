import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** True when `path` is `folder` or lies under it (both taken as written: resolve links first). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
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

/** A file refused because a link takes it out of the folder it must stay inside. */
export class OutsideFolderError extends Error {
  constructor(readonly real: string) {
    super(`it links to ${real}, outside its folder`);
  }
}
