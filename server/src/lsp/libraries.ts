import type { Ledger, Text } from '../core';
import { BibliographyFiles, type BibliographyFile } from '../host/bibliographyFiles';
import { draftLibrary, type DraftLibrary } from '../host/draftLibrary';

interface Kept {
  readonly claims: Ledger;
  readonly library: DraftLibrary;
}

/**
 * What each open draft may cite: kept as the same object (and so the same ledger, which the
 * engine judges a draft against only once) until the draft's claims file, front matter or
 * bibliographies change.
 */
export class Libraries {
  readonly files = new BibliographyFiles();
  private readonly kept = new Map<string, Kept>();

  /**
   * @param path the draft's file (undefined for an unsaved one: it names no files relative to itself)
   * @param workspace absolute paths of the folder's bibliographies (the setting)
   * @param folder the workspace folder the files a draft names must stay inside
   */
  of(uri: string, path: string | undefined, text: Text, claims: Ledger, workspace: readonly string[], folder: string | undefined): DraftLibrary {
    const fresh = draftLibrary(path ?? '', text, claims, workspace, this.files, folder);
    const kept = this.kept.get(uri);
    if (kept && kept.claims === claims && same(kept.library, fresh)) return kept.library;
    this.kept.set(uri, { claims, library: fresh });
    return fresh;
  }

  /** A draft closed. */
  forget(uri: string): void {
    this.kept.delete(uri);
  }
}

/** Whether two readings of a draft's library cite the same works: the same front matter and the same file readings. */
function same(a: DraftLibrary, b: DraftLibrary): boolean {
  return a.head === b.head && a.files.length === b.files.length && a.files.every((f: BibliographyFile, i) => f === b.files[i]);
}
