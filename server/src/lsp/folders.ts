import type { WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Files } from '../host/files';
import { isInside } from '../host/folder';

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;

/** The workspace folders the client has open, as paths. */
export class WorkspaceFolders {
  private paths: string[] = [];

  /** @param files what says which path a folder's URI is */
  constructor(private readonly files: Files) {}

  all(): readonly string[] {
    return this.paths;
  }

  /** The folders of `initialize`: its workspace folders, else its root. */
  open(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null): void {
    this.paths = folders && folders.length > 0 ? this.pathsOf(folders) : rootUri ? this.pathsOf([{ uri: rootUri, name: '' }]) : [];
  }

  /** Folders added and removed; returns the new ones. */
  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): readonly string[] {
    const gone = new Set(this.pathsOf(removed));
    const fresh = this.pathsOf(added);
    this.paths = [...this.paths.filter((f) => !gone.has(f)), ...fresh];
    return fresh;
  }

  /** The innermost workspace folder holding the document; untitled documents belong to the first. */
  of(uri: string): string | undefined {
    const path = this.files.pathOf(uri);
    if (!path) return this.paths[0];
    return this.paths.filter((f) => isInside(path, f)).sort((a, b) => b.length - a.length)[0];
  }

  /** The folders the files can be read in. */
  private pathsOf(folders: readonly WorkspaceFolder[]): string[] {
    return folders.flatMap((f) => this.files.pathOf(f.uri) ?? []);
  }
}

/** Whether a document is a Markdown draft: by its language, or by its file's name. */
export function isDraft(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || MARKDOWN_FILE.test(doc.uri);
}
