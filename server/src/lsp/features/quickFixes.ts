import { CodeActionKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AppendResult, NewEntry } from '../../core/fixes';
import type { ClaimsFile } from '../../host/claimsStore';
import { addSelection } from '../addSelection';
import type { DraftContext } from '../analyses';
import { claimsFixEdit, isClaimsFixRequest, quickFixes, resolveDeferred, type ActionContext, type ClaimsTarget, type DeferredAction } from '../codeActions';
import { isDraft } from '../folders';
import { AddSelectionRequest } from '../protocol';
import type { Services } from './services';

/**
 * The quick fixes, their deferred claims-file edits, and "Add Selection to Claims File". Returns
 * what runs the "Add … to claims file" command (for clients without `codeAction/resolve`).
 */
export function registerQuickFixes(services: Services): (request: unknown) => Promise<boolean> {
  const { connection, documents, analyses } = services;
  connection.onCodeAction(async ({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || !isDraft(doc)) return [];
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const ready = await analyses.now(doc);
    if (!ready) return [];
    return quickFixes(context.diagnostics, ready.analysis, actionContext(services, doc, ready.context));
  });
  connection.onCodeActionResolve(async (action) => {
    const { uri } = (action.data ?? {}) as Partial<DeferredAction>;
    const doc = uri === undefined ? undefined : documents.get(uri);
    if (!doc) return action;
    const ready = await analyses.now(doc);
    if (!ready) return action;
    return resolveDeferred(action, ready.analysis, actionContext(services, doc, ready.context));
  });
  connection.onRequest(AddSelectionRequest, async ({ uri, range }) => {
    const doc = documents.get(uri);
    if (!doc) return { error: 'Open the draft first.' };
    const { draft, context } = await analyses.of(doc);
    return addSelection({ start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) }, draft, actionContext(services, doc, context));
  });
  return (request) => addToClaimsFile(services, request);
}

/**
 * Runs the "Add … to claims file" fix a writer picked in a client without `codeAction/resolve`:
 * its edit is computed from the draft and the claims file as they are now, and sent to the client.
 * Returns whether the client applied it; the writer is told why not.
 */
async function addToClaimsFile(services: Services, request: unknown): Promise<boolean> {
  const { connection, documents, analyses } = services;
  const doc = isClaimsFixRequest(request) ? documents.get(request.uri) : undefined;
  let error = 'Open the draft and pick the fix again.';
  if (doc && isClaimsFixRequest(request)) {
    const { analysis, context } = await analyses.of(doc);
    const fix = await claimsFixEdit(request.title, request.diagnostics, analysis, actionContext(services, doc, context));
    if (!fix.edit) {
      error = fix.error ?? error;
    } else {
      const { applied, failureReason } = await connection.workspace.applyEdit({ label: request.title, edit: fix.edit });
      if (applied) return true;
      error = `The editor did not apply the edit${failureReason ? ` (${failureReason})` : ''}, so the claims file is unchanged: pick the fix again.`;
    }
  }
  void connection.window.showWarningMessage(`Fact Check: ${error}`);
  return false;
}

function actionContext(services: Services, draft: TextDocument, { claims, library }: DraftContext): ActionContext {
  const { workspace, textDocument } = services.capabilities();
  const canCreateFiles = (workspace?.workspaceEdit?.documentChanges ?? false) && (workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false);
  const resolves = textDocument?.codeAction?.resolveSupport?.properties.includes('edit') ?? false;
  const claimsEdits = resolves ? 'resolve' : workspace?.applyEdit ? 'command' : 'now';
  const append = (text: string | undefined, entry: NewEntry, format: 'yaml' | 'json'): Promise<AppendResult> => services.parsing.appendEntry({ text, entry, format });
  return { draft, claims: claimsTarget(services, claims), canCreateFiles, claimsEdits, append, references: library.references.map((r) => r.key) };
}

/** The claims file as the fixes edit it: the editor's text when open, else freshly read from disk. */
function claimsTarget({ documents, claimsFiles }: Services, claims: ClaimsFile): ClaimsTarget | undefined {
  if (claims.path === '') return undefined;
  const open = documents.get(claims.uri);
  const read = async (): Promise<TextDocument | undefined> => {
    if (open || !(await claimsFiles.onDisk(claims.path))) return open;
    if (claims.readError) throw new Error(claims.readError);
    // Appending to a lossy decoding would replace the undecodable bytes when the editor saves.
    const { text, invalidAt } = await claimsFiles.readFromDisk(claims.path);
    if (invalidAt !== undefined) throw new Error('it is not valid UTF-8');
    return TextDocument.create(claims.uri, claims.format, 0, text);
  };
  return { uri: claims.uri, format: claims.format, read, version: open?.version ?? null, ledger: claims.ledger };
}
