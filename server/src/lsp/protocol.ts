import { RequestType } from 'vscode-languageserver-protocol';

/** Custom requests between the VS Code client and the server; both import this file. */
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
