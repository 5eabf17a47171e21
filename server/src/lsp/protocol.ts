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
