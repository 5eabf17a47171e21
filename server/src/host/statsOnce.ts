import type { FileStamp, Files } from './files';

/**
 * `files` as one command-line run sees them: each path is looked at once. Checking a thousand
 * drafts asks, for each, which claims files, configuration files and `.git` lie in every folder
 * above it, and most drafts share those folders; a run takes seconds, and treats the disk as
 * it found it. Not for the language server, which must see files come and go.
 */
export function statsOnce(files: Files): Files {
  const stats = new Map<string, Promise<FileStamp | undefined>>();
  return Object.freeze({
    ...files,
    stat(path: string): Promise<FileStamp | undefined> {
      let stat = stats.get(path);
      if (stat === undefined) stats.set(path, (stat = files.stat(path)));
      return stat;
    },
  });
}
