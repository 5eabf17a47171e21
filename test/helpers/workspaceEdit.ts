import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApplyWorkspaceEditResult, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

/**
 * Applies a WorkspaceEdit as an editor would, to texts keyed by URI (a missing key is a file that
 * does not exist). Returns the new texts; throws where an editor would refuse the edit.
 */
export function applyWorkspaceEdit(edit: WorkspaceEdit, texts: Readonly<Record<string, string | undefined>>, versions: Readonly<Record<string, number>> = {}): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = { ...texts };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected ${change.kind}`);
      if (result[change.uri] !== undefined && !change.options?.ignoreIfExists && !change.options?.overwrite) throw new Error(`${change.uri} exists`);
      result[change.uri] ??= '';
      continue;
    }
    const { uri, version } = change.textDocument;
    const text = result[uri];
    if (text === undefined) throw new Error(`edit of missing ${uri}`);
    if (version !== null && version !== undefined && versions[uri] !== undefined && versions[uri] !== version) throw new Error(`stale edit of ${uri}`);
    const doc = TextDocument.create(uri, 'text', 0, text);
    result[uri] = TextDocument.applyEdits(
      doc,
      change.edits.map((e) => ('newText' in e ? e : { range: e.range, newText: e.snippet.value })),
    );
  }
  return result;
}

/**
 * Applies a WorkspaceEdit to the files on disk, as an editor applies the edit a server sends: all
 * of it, or (where applyWorkspaceEdit throws) nothing, with the reason. `versions`: the versions of
 * the documents open in the editor.
 */
export function applyToFiles(edit: WorkspaceEdit, versions: Readonly<Record<string, number>> = {}): ApplyWorkspaceEditResult {
  const uris = (edit.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : c.kind === 'rename' ? c.newUri : c.uri));
  const paths = new Map(uris.map((uri) => [uri, URI.parse(uri).fsPath]));
  const texts = Object.fromEntries([...paths].map(([uri, path]) => [uri, existsSync(path) ? readFileSync(path, 'utf8') : undefined]));
  let after: Record<string, string | undefined>;
  try {
    after = applyWorkspaceEdit(edit, texts, versions);
  } catch (error) {
    return { applied: false, failureReason: (error as Error).message };
  }
  for (const [uri, path] of paths) {
    const text = after[uri];
    if (text !== undefined && text !== texts[uri]) writeFileSync(path, text);
  }
  return { applied: true };
}
