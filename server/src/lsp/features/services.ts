import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker } from '../../core';
import type { ClaimsFiles } from '../../host/claimsStore';
import type { Files } from '../../host/files';
import type { Parsing } from '../../host/parsing';
import type { Analyses } from '../analyses';
import type { Contexts } from '../contexts';
import type { EditedDocument } from '../document';
import type { WorkspaceFolders } from '../folders';

/** What the handlers of each feature use of the session: one registration file per feature. */
export interface Services {
  readonly connection: Connection;
  readonly documents: TextDocuments<EditedDocument>;
  readonly analyses: Analyses;
  readonly contexts: Contexts;
  readonly checker: Checker;
  readonly claimsFiles: ClaimsFiles;
  /** What the files are read through, and which path a document's URI is. */
  readonly files: Files;
  readonly folders: WorkspaceFolders;
  readonly parsing: Parsing;
  /** What the client said it can do (known once it has initialized). */
  capabilities(): ClientCapabilities;
  isClaimsDocument(doc: TextDocument): boolean;
}
