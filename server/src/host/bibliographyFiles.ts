import { isAbsolute, join } from 'node:path';
import { bibliographyFormat, parseBibliography, type BibliographyParseResult } from '../core/bibliography';
import { MAX_CLAIMS_FILE_BYTES } from './claimsFile';
import { describeReadError, type Files } from './files';
import { withoutBom } from './text';

// Bibliography files, read as the claims file is: regular files only, within a size limit and,
// when a folder is given, inside it; never executed. Each is read once until it changes.

/** A bibliography file as read: its text and works, or why it could not be read. */
export interface BibliographyFile extends Partial<BibliographyParseResult> {
  readonly path: string;
  readonly text?: string;
  readonly readError?: string;
}

interface Cached {
  readonly stamp: string;
  readonly file: BibliographyFile;
}

/** The bibliography files read so far, by path, each read again when its size or time changes. */
export class BibliographyFiles {
  private readonly cache = new Map<string, Cached>();

  /** @param files what the files are read through */
  constructor(private readonly files: Files) {}

  /** The file at `path` (absolute), read inside `within` when given. */
  async get(path: string, within?: string): Promise<BibliographyFile> {
    let stamp: string;
    try {
      const stat = await this.files.stat(path);
      if (stat === undefined) return { path, readError: 'no such file' };
      stamp = `${stat.size}:${stat.mtime}:${within ?? ''}`;
    } catch (error) {
      return { path, readError: describeReadError(error) };
    }
    const cached = this.cache.get(path);
    if (cached?.stamp === stamp) return cached.file;
    const file = await readBibliographyFile(this.files, path, within);
    this.cache.set(path, { stamp, file });
    return file;
  }

  /** Whether `path` was read: a change to it may change what drafts cite. */
  knows(path: string): boolean {
    return this.cache.has(path);
  }

  /** Forgets what was read of `path`, so that the next `get` reads it again. */
  forget(path: string): void {
    this.cache.delete(path);
  }
}

/** A bibliography path from a setting: relative to the workspace folder, unless absolute. */
export function bibliographyPath(path: string, folder: string | undefined): string | undefined {
  if (isAbsolute(path)) return path;
  return folder === undefined ? undefined : join(folder, path);
}

/** Reads and parses one bibliography file; never throws. */
export async function readBibliographyFile(files: Files, path: string, within?: string): Promise<BibliographyFile> {
  const format = bibliographyFormat(path);
  if (format === undefined) return { path, readError: 'not a bibliography Pandoc reads (.bib, .json or .yaml)' };
  let text: string;
  try {
    const { bytes, complete } = await files.read(path, MAX_CLAIMS_FILE_BYTES, within);
    if (!complete) return { path, readError: `it is over the ${MAX_CLAIMS_FILE_BYTES / (1024 * 1024)} MB a bibliography may have` };
    text = withoutBom(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    return { path, readError: describeReadError(error) };
  }
  return { path, text, ...parseBibliography(text, format) };
}
