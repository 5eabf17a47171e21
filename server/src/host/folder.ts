import { isAbsolute, relative } from 'node:path';

/** True when `path` is `folder` or lies under it (both taken as written: resolve links first). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A file refused because a link takes it out of the folder it must stay inside. */
export class OutsideFolderError extends Error {
  constructor(readonly real: string) {
    super(`it links to ${real}, outside its folder`);
  }
}
