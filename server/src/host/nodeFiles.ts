import { statSync } from 'node:fs';
import { URI } from 'vscode-uri';
import type { Files } from './files';
import { markdownFiles } from './markdownFiles';
import { outsideFolder, readRegularFile } from './readFile';

/** The disk, as the command line and the Node language server read it. */
export const nodeFiles: Files = Object.freeze({
  async stat(path: string) {
    try {
      const stat = statSync(path);
      return { size: stat.size, mtime: stat.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  read: async (path: string, maxBytes: number, within?: string) => readRegularFile(path, maxBytes, within),
  outside: async (path: string, folder: string) => outsideFolder(path, folder),
  markdownFiles,
  pathOf(uri: string) {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  },
  uriOf: (path: string) => URI.file(path).toString(),
});
