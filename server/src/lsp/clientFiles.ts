import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { FileStamp, Files, LimitedBytes } from '../host/files';
import { isInside, OutsideFolderError } from '../host/folder';
import { FileStatRequest, MarkdownFilesRequest, ReadFileRequest } from './protocol';

/**
 * The workspace's files as the client reads them (`workspace.fs`), for the server in a browser,
 * which has no file system: github.dev's repository, vscode.dev's folders.
 *
 * Their paths, which the stores join and compare as the Node server does paths on disk, are
 * `/scheme:authority/path…`: POSIX paths that keep the URI's scheme and authority, so that files of
 * two file systems never meet. Untitled documents have none.
 */
export class ClientFiles implements Files {
  constructor(private readonly connection: Connection) {}

  async stat(path: string): Promise<FileStamp | undefined> {
    const { stat, error } = await this.connection.sendRequest(FileStatRequest, { uri: this.uriOf(path) });
    if (error !== undefined) throw new Error(error);
    return stat;
  }

  async read(path: string, maxBytes: number, within?: string): Promise<LimitedBytes> {
    // A virtual file system has no links: a path is where it is.
    if (within !== undefined && !isInside(path, within)) throw new OutsideFolderError(path);
    const { base64, size, error } = await this.connection.sendRequest(ReadFileRequest, { uri: this.uriOf(path), maxBytes });
    if (error !== undefined || base64 === undefined || size === undefined) throw new Error(error ?? 'the editor sent no text');
    return { bytes: fromBase64(base64), complete: size <= maxBytes, size };
  }

  async outside(path: string, folder: string): Promise<string | undefined> {
    return isInside(path, folder) ? undefined : path;
  }

  async markdownFiles(folder: string): Promise<readonly string[]> {
    const { uris } = await this.connection.sendRequest(MarkdownFilesRequest, { uri: this.uriOf(folder) });
    return uris.flatMap((uri) => this.pathOf(uri) ?? []);
  }

  pathOf(uri: string): string | undefined {
    const { scheme, authority, path } = URI.parse(uri);
    return scheme === 'untitled' ? undefined : `/${scheme}:${authority}${path.startsWith('/') ? path : `/${path}`}`;
  }

  uriOf(path: string): string {
    const slash = path.indexOf('/', 1);
    const root = slash === -1 ? path.slice(1) : path.slice(1, slash);
    const colon = root.indexOf(':');
    return URI.from({ scheme: root.slice(0, colon), authority: root.slice(colon + 1), path: slash === -1 ? '/' : path.slice(slash) }).toString();
  }
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
