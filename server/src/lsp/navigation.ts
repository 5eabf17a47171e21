import type { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Citation } from '../core';
import { readDraft } from '../host/draftFile';
import type { Files } from '../host/files';
import { isInside } from '../host/folder';
import type { ClaimsFile } from '../host/claimsStore';
import type { DraftLibrary } from '../host/draftLibrary';
import { contains, toRange } from './positions';

/** The citation under the cursor: the key it is on, else the first key of the group it is in. */
export function citationAt(analysis: Analysis, offset: number): Citation | undefined {
  const { citations } = analysis.within({ start: offset, end: offset });
  return citations.find((c) => contains(c.span, offset)) ?? citations.find((c) => contains(c.group, offset));
}

/** The id of the claims-file entry under the cursor in the claims file. */
export function entryAt(claims: ClaimsFile, offset: number): string | undefined {
  if (claims.stale || !claims.ledgerText) return undefined;
  for (const id of claims.ledger.ids()) {
    const entry = claims.ledger.get(id);
    if (entry && contains(entry.span, offset)) return id;
  }
  return undefined;
}

/** Where an entry is written in the claims file. */
export function entryLocation(claims: ClaimsFile, id: string): Location | undefined {
  const entry = claims.ledger.get(id);
  if (!entry || !claims.ledgerText) return undefined;
  return { uri: claims.uri, range: toRange(claims.ledgerText, entry.span) };
}

/** Where a work of the draft's bibliographies is defined: in a bibliography file, or in the draft's own front matter. */
export function referenceLocation(library: DraftLibrary, key: string, draft: TextDocument, files: Files): Location | undefined {
  const reference = library.references.find((r) => r.key === key);
  if (!reference) return undefined;
  const file = library.files.find((f) => f.references?.includes(reference));
  if (!file) return { uri: draft.uri, range: toRange(draft, reference.span) };
  if (file.text === undefined) return undefined;
  const uri = files.uriOf(file.path);
  return { uri, range: toRange(TextDocument.create(uri, 'plaintext', 0, file.text), reference.span) };
}

/**
 * Every citation of `id` in the Markdown files of a folder: open drafts as the editor has them,
 * the others as saved on disk. `analyzed` gives an open draft's citations, `savedCitations` those of a
 * saved draft's text. Once `cancelled` says so (the client no longer wants the answer), no
 * further draft is read.
 */
export async function citationsOf<Open extends TextDocument>(
  files: Files,
  id: string,
  folder: string,
  openDrafts: readonly Open[],
  analyzed: (draft: Open) => Promise<readonly Citation[]>,
  savedCitations: (text: string) => Promise<readonly Citation[]>,
  maxDraftLength: number,
  cancelled: () => boolean = () => false,
): Promise<Location[]> {
  const open = new Map(openDrafts.flatMap((d) => {
    const path = files.pathOf(d.uri);
    return path === undefined ? [] : [[path, d] as const];
  }));
  const saved = await files.markdownFiles(folder);
  const inFolder = [...open.keys()].filter((path) => path !== folder && isInside(path, folder));
  const locations: Location[] = [];
  for (const path of [...new Set([...saved, ...inFolder])].sort()) {
    if (cancelled()) break;
    const uri = files.uriOf(path);
    const openDoc = open.get(path);
    const doc = openDoc ?? (await readDocument(files, uri, path, maxDraftLength));
    if (!doc) continue;
    // Open drafts have an analysis already (kept up to date as the writer types).
    for (const citation of openDoc ? await analyzed(openDoc) : await savedCitations(doc.getText())) {
      if (citation.id === id) locations.push({ uri, range: toRange(doc, citation.span) });
    }
  }
  return locations;
}

async function readDocument(files: Files, uri: string, path: string, maxDraftLength: number): Promise<TextDocument | undefined> {
  try {
    return TextDocument.create(uri, 'markdown', 0, await readDraft(files, path, maxDraftLength));
  } catch {
    // A file deleted or unreadable since the listing has no citations to show.
    return undefined;
  }
}
