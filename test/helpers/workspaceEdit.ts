import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol/node';

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
