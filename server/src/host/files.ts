// What the hosts read the workspace through: the disk for the command line and the Node language
// server (nodeFiles.ts), the editor's workspace file system for the server in a browser, where
// the client reads each file for it (lsp/clientFiles.ts). The stores of claims files,
// configuration files and bibliographies read through this alone, so that both servers share them.
import { join } from 'node:path';

/** A file's size and last modification, which say whether a file read before has changed. */
export interface FileStamp {
  readonly size: number;
  readonly mtime: number;
}

/** The bytes of a file read up to a limit. */
export interface LimitedBytes {
  /** At most the limit's worth of the file's first bytes. */
  readonly bytes: Uint8Array;
  /** False when the file goes on past the limit. */
  readonly complete: boolean;
  /** The size reported when the file was opened (for messages only: a file can grow). */
  readonly size: number;
}

export interface Files {
  /** The file's stamp; undefined when there is no such file. Throws when it cannot be looked at. */
  stat(path: string): Promise<FileStamp | undefined>;
  /**
   * At most `maxBytes` of a regular file (throwing, like an I/O error, for anything else); with
   * `within`, refuses a file whose real path is outside that folder (see `OutsideFolderError`).
   */
  read(path: string, maxBytes: number, within?: string): Promise<LimitedBytes>;
  /**
   * Where `path` really is when a link takes it out of `folder`; undefined when it stays inside
   * (or does not exist). A discovered file is read only inside its folder.
   */
  outside(path: string, folder: string): Promise<string | undefined>;
  /** The Markdown files under a folder, as absolute paths, skipping dependencies and version control. */
  markdownFiles(folder: string): Promise<readonly string[]>;
  /** The path of a document, when it is one of these files; undefined for untitled and foreign ones. */
  pathOf(uri: string): string | undefined;
  /** The URI of a path, for the editor. */
  uriOf(path: string): string;
}

/** Whether a file or folder exists (one that cannot be looked at does not, as for `existsSync`). */
export async function exists(files: Files, path: string): Promise<boolean> {
  try {
    return (await files.stat(path)) !== undefined;
  } catch {
    return false;
  }
}

/** The first of `names` in `dir` that exists. */
export async function firstExisting(files: Files, dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    const path = join(dir, name);
    if (await exists(files, path)) return path;
  }
  return undefined;
}

/** Why a file could not be read, in words: "no such file", "it is a folder", or the error's own message. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
