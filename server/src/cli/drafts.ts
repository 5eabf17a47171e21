import { statSync } from 'node:fs';
import { globFiles, markdownFiles } from '../host/markdownFiles';

/** A path, folder or glob the user named that matched no Markdown file. */
export class NoMatchError extends Error {}

/**
 * Expands the command line's operands into Markdown files, in a stable order: a file is taken as
 * it is, a folder means every Markdown file under it, anything else is a glob. Folders and globs
 * do not follow links out of the folder they search; a file named is read wherever it is.
 */
export async function findDrafts(operands: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const operand of operands.length > 0 ? operands : ['.']) {
    const kind = statKind(operand);
    const matches = kind === 'file' ? [operand] : await (kind === 'directory' ? markdownFiles(operand) : globFiles(operand));
    if (matches.length === 0) {
      throw new NoMatchError(kind === 'directory' ? `No Markdown files in folder "${operand}".` : `No such file, or no file matches "${operand}".`);
    }
    for (const match of matches.sort()) found.add(match);
  }
  return [...found];
}

function statKind(path: string): 'file' | 'directory' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}
