// The client's side of the server's file reads in a browser (see server/src/lsp/clientFiles.ts):
// the workspace's files through `workspace.fs`, which serves github.dev's virtual files too.
import { FileSystemError, FileType, RelativePattern, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FileStatRequest, MarkdownFilesRequest, ReadFileRequest, type FileStatResult, type ReadFileResult } from '../../server/src/lsp/protocol';

const MARKDOWN = '**/*.{md,markdown,mdown,mkd}';
/** Dependencies and version control hold no drafts of the user's (as on the desktop). */
const SKIPPED = '**/{node_modules,.git}/**';

/** Answers the server's requests for the workspace's files; what to dispose of when the client goes. */
export function serveWorkspaceFiles(client: BaseLanguageClient): Disposable[] {
  return [
    client.onRequest(FileStatRequest, ({ uri }) => stat(Uri.parse(uri))),
    client.onRequest(ReadFileRequest, ({ uri, maxBytes }) => read(Uri.parse(uri), maxBytes)),
    client.onRequest(MarkdownFilesRequest, async ({ uri }) => ({ uris: (await workspace.findFiles(new RelativePattern(Uri.parse(uri), MARKDOWN), SKIPPED)).map(String) })),
  ];
}

export async function stat(uri: Uri): Promise<FileStatResult> {
  try {
    const { size, mtime } = await workspace.fs.stat(uri);
    return { stat: { size, mtime } };
  } catch (error) {
    return isNotFound(error) ? {} : { error: describe(error) };
  }
}

/** A regular file's first `maxBytes` (a file system gives files whole), with its size. */
export async function read(uri: Uri, maxBytes: number): Promise<ReadFileResult> {
  try {
    const { type } = await workspace.fs.stat(uri);
    if (type & FileType.Directory) return { error: 'it is a folder' };
    if (!(type & FileType.File)) return { error: 'it is not a regular file' };
    const bytes = await workspace.fs.readFile(uri);
    return { base64: toBase64(bytes.subarray(0, maxBytes)), size: bytes.length };
  } catch (error) {
    return { error: isNotFound(error) ? 'no such file' : describe(error) };
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof FileSystemError && error.code === 'FileNotFound';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toBase64(bytes: Uint8Array): string {
  // In slices: String.fromCharCode takes its arguments on the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
