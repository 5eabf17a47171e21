import type { Ledger } from '../core';
import type { Text } from '../core/text';
import { BibliographyFiles } from '../host/bibliographyFiles';
import { draftLibrary, type DraftLibrary } from '../host/draftLibrary';
import type { Files } from '../host/files';

/**
 * What each open draft may cite: kept as the same object (and so the same ledger, which the
 * engine judges a draft against only once) until the draft's claims file, front matter or
 * bibliographies change.
 */
export class Libraries {
  readonly files: BibliographyFiles;
  private readonly kept = new Map<string, DraftLibrary>();

  constructor(files: Files) {
    this.files = new BibliographyFiles(files);
  }

  /**
   * @param path the draft's file (undefined for an unsaved one: it names no files relative to itself)
   * @param workspace absolute paths of the folder's bibliographies (the setting)
   * @param folder the workspace folder the files a draft names must stay inside
   */
  async of(uri: string, path: string | undefined, text: Text, claims: Ledger, workspace: readonly string[], folder: string | undefined): Promise<DraftLibrary> {
    const library = await draftLibrary(path ?? '', text, claims, workspace, this.files, folder, this.kept.get(uri));
    this.kept.set(uri, library);
    return library;
  }

  /** A draft closed. */
  forget(uri: string): void {
    this.kept.delete(uri);
  }
}
