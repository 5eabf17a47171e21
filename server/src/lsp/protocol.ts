import { NotificationType0, RequestType, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol';

/** Custom requests between the VS Code client and the server; both import this file. */

/** What the VS Code client tells the server at start (`initializationOptions`). */
export interface InitializationOptions {
  /**
   * False in an untrusted workspace (VS Code's Restricted Mode): the configuration file may then
   * not name other files or add phrases, as the workspace's settings may not. Absent: trusted.
   */
  readonly workspaceTrusted?: boolean;
}

/** The user trusted the workspace: the configuration files' restricted keys apply from now on. */
export const TrustGrantedNotification = new NotificationType0('factCheck/workspaceTrustGranted');

export interface ClaimsFileParams {
  /** The draft whose claims file is wanted. */
  readonly uri: string;
}

export interface ClaimsFileResult {
  /** Where the claims file is, or would be created. */
  readonly uri: string;
  readonly exists: boolean;
}

/** Which claims file governs a draft. */
export const ClaimsFileRequest = new RequestType<ClaimsFileParams, ClaimsFileResult | null, void>('factCheck/claimsFile');

export interface AddSelectionParams {
  readonly uri: string;
  readonly range: Range;
}

export interface AddSelectionResult {
  /** The edit to apply, or undefined with the reason when the claims file cannot take it. */
  readonly edit?: WorkspaceEdit;
  readonly error?: string;
}

/** The edit that adds the selected text to the claims file as a claim, and cites it. */
export const AddSelectionRequest = new RequestType<AddSelectionParams, AddSelectionResult, void>('factCheck/addSelection');

// The workspace's files, read by the client for a server that has no file system of its own: in
// a browser (vscode.dev, github.dev) the server is a web worker, and the workspace is virtual.

export interface FileParams {
  /** The file (or folder). */
  readonly uri: string;
}

export interface FileStatResult {
  /** Its stamp; absent when there is no such file. */
  readonly stat?: { readonly size: number; readonly mtime: number };
  /** Why it could not be looked at. */
  readonly error?: string;
}

/** A file's size and modification time, as `workspace.fs.stat` gives them. */
export const FileStatRequest = new RequestType<FileParams, FileStatResult, void>('factCheck/stat');

export interface ReadFileParams extends FileParams {
  /** The most bytes the server takes: a longer file is refused or cut there, as the server says. */
  readonly maxBytes: number;
}

export interface ReadFileResult {
  /** At most `maxBytes` of the file's first bytes, in base64 (absent with `error`). */
  readonly base64?: string;
  /** The file's size. */
  readonly size?: number;
  /** Why it could not be read: "no such file", "it is a folder", or the file system's own words. */
  readonly error?: string;
}

/** A regular file's first bytes, as `workspace.fs.readFile` gives them. */
export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('factCheck/readFile');

export interface MarkdownFilesResult {
  /** The Markdown files under the folder, skipping dependencies and version control. */
  readonly uris: readonly string[];
}

/** The Markdown files under a folder, as `workspace.findFiles` finds them. */
export const MarkdownFilesRequest = new RequestType<FileParams, MarkdownFilesResult, void>('factCheck/markdownFiles');
