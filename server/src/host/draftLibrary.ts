import { dirname, resolve } from 'node:path';
import type { Ledger, LedgerProblem, Span } from '../core';
import { LineIndex, type Text } from '../core/text';
import { clashes, clashMessage, draftBibliography, withReferences, type Reference } from '../core/bibliography';
import type { BibliographyFile, BibliographyFiles } from './bibliographyFiles';

/** What a draft may cite, and the bibliographies that say so. */
export interface DraftLibrary {
  /** The claims file alone, which the library was joined to. */
  readonly claims: Ledger;
  /** The claims file with the works of the draft's bibliographies. */
  readonly ledger: Ledger;
  /** Those works, each key once (the first), the draft's own first. */
  readonly references: readonly Reference[];
  /** The draft's front matter, which says what it cites besides the claims file. */
  readonly head: string;
  /** The bibliography files the draft uses (those its front matter names, then the workspace's), as read, each once. */
  readonly files: readonly BibliographyFile[];
  /** Problems of each bibliography file by its path: its own, and its keys that are claims-file ids too. */
  readonly fileProblems: ReadonlyMap<string, readonly LedgerProblem[]>;
  /** Problems in the draft's front matter: of its own `references`, and files it names that cannot be read. */
  readonly draftProblems: readonly LedgerProblem[];
}

/**
 * The works a draft may cite: those of its front matter's `references`, of the bibliography files
 * it names (relative to the draft, and read only inside `within`), and of `workspace` (absolute
 * paths, from a setting or the command line), in that order: the first of a key is the one cited.
 * `previous`, the draft's library at its last check, is kept when nothing it was made of changed:
 * a draft is checked at every pause in typing, and the engine re-judges it for a new ledger.
 */
export async function draftLibrary(draft: string, text: Text, claims: Ledger, workspace: readonly string[], store: BibliographyFiles, within?: string, previous?: DraftLibrary): Promise<DraftLibrary> {
  const own = draftBibliography(text);
  const files = new Map<string, BibliographyFile>();
  // An unsaved draft (no path) has no folder to name files relative to.
  const named = [];
  if (draft !== '') for (const f of own.files) named.push({ ...f, file: await store.get(resolve(dirname(draft), f.path), within) });
  for (const { file } of named) files.set(file.path, file);
  for (const path of workspace) if (!files.has(path)) files.set(path, await store.get(path));
  const read = [...files.values()];
  if (previous?.claims === claims && previous.head === own.head && previous.files.length === read.length && previous.files.every((f, i) => f === read[i])) return previous;

  // What is reported in the draft is in its front matter.
  const draftLines = new LineIndex(own.head);
  const draftProblems = [
    ...own.problems,
    ...named.flatMap(({ path, span, file }) => (file.readError === undefined ? [] : [problemAt(draftLines, span, `Cannot read the bibliography ${path}: ${file.readError}.`, 'error')])),
    ...clashes(claims, own.references).map((r) => problemAt(draftLines, r.span, clashMessage(r.key), 'warning')),
  ];
  const fileProblems = new Map<string, LedgerProblem[]>();
  for (const file of read) {
    if (file.text === undefined) continue;
    const clashing = clashes(claims, file.references ?? []);
    // Lines are counted only for clashes.
    const lines = clashing.length > 0 ? new LineIndex(file.text) : undefined;
    const all = [...(file.problems ?? []), ...(lines ? clashing.map((r) => problemAt(lines, r.span, clashMessage(r.key), 'warning')) : [])];
    if (all.length > 0) fileProblems.set(file.path, all.sort((a, b) => a.span.start - b.span.start));
  }
  const joined = withReferences(claims, [...own.references, ...read.flatMap((f) => f.references ?? [])]);
  return { claims, ...joined, head: own.head, files: read, fileProblems, draftProblems: draftProblems.sort((a, b) => a.span.start - b.span.start) };
}

function problemAt(lines: LineIndex, span: Span, message: string, severity: LedgerProblem['severity']): LedgerProblem {
  const { line, character } = lines.position(span.start);
  return { message, severity, span, line: line + 1, column: character + 1 };
}
