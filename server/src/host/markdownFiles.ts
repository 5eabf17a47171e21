import { realpath } from 'node:fs';
import { realpath as realpathAsync } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby';
import { isInside } from './folder';

const MARKDOWN = '**/*.{md,markdown,mdown,mkd}';
/** Dependencies and version control hold no drafts of the user's. */
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** The Markdown files under a folder, as absolute paths, skipping dependencies and version control. */
export function markdownFiles(folder: string): Promise<string[]> {
  return globInside([MARKDOWN], folder, folder, true);
}

/**
 * The files a glob matches, as written relative to the current folder. The folder the glob
 * searches is its leading segments that hold no glob characters, or the current folder.
 */
export function globFiles(pattern: string): Promise<string[]> {
  const segments = pattern.split('/');
  const dynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  const base = segments.slice(0, dynamic === -1 ? -1 : dynamic).join('/');
  return globInside([pattern], undefined, base === '' && isAbsolute(pattern) ? '/' : base || '.', false);
}

/**
 * Globs without following links out of `folder`: every link met is resolved, and one whose real
 * path is outside the folder's is neither walked (a link to `/usr` would list all of it) nor
 * listed (a draft linking to a secret elsewhere), while links that stay inside work as before.
 */
async function globInside(patterns: string[], cwd: string | undefined, folder: string, absolute: boolean): Promise<string[]> {
  let root: string;
  try {
    root = await realpathAsync(folder);
  } catch {
    return [];
  }
  // The glob resolves each link it meets through `realpath`; one refused is skipped like a broken link.
  const fs: FileSystemAdapter = {
    realpath: ((path: string, callback: (error: Error | null, resolved?: string) => void) =>
      realpath(path, (error, resolved) => {
        if (error) callback(error);
        else if (isInside(resolved, root)) callback(null, resolved);
        else callback(new Error(`${path} links outside ${folder}`));
      })) as FileSystemAdapter['realpath'],
  };
  return glob(patterns, { cwd, absolute, ignore: IGNORE, onlyFiles: true, fs });
}
