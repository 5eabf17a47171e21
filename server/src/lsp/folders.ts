import type { WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { isInside } from '../host/folder';

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;

/** The workspace folders the client has open, as paths. */
export class WorkspaceFolders {
  private paths: string[] = [];

  all(): readonly string[] {
    return this.paths;
  }

  /** The folders of `initialize`: its workspace folders, else its root. */
  open(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null): void {
    this.paths = folders && folders.length > 0 ? pathsOf(folders) : rootUri ? [URI.parse(rootUri).fsPath] : [];
  }

  /** Folders added and removed; returns the new ones. */
  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): readonly string[] {
    const gone = new Set(pathsOf(removed));
    const fresh = pathsOf(added);
    this.paths = [...this.paths.filter((f) => !gone.has(f)), ...fresh];
    return fresh;
  }

  /** The innermost workspace folder holding the document; untitled documents belong to the first. */
  of(uri: string): string | undefined {
    const path = fileOf(uri);
    if (!path) return this.paths[0];
    return this.paths.filter((f) => isInside(path, f)).sort((a, b) => b.length - a.length)[0];
  }
}

function pathsOf(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map((f) => URI.parse(f.uri).fsPath);
}

/** Whether a document is a Markdown draft: by its language, or by its file's name. */
export function isDraft(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || MARKDOWN_FILE.test(doc.uri);
}

/** The path of a `file:` URI; undefined for untitled and virtual documents. */
export function fileOf(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}
