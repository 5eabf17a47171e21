import { dirname, resolve } from 'node:path';
import { LineIndex, type Ledger, type LedgerProblem, type Span, type Text } from '../core';
import { clashes, clashMessage, draftBibliography, withReferences, type Reference } from '../core/bibliography';
import type { BibliographyFile, BibliographyFiles } from './bibliographyFiles';

/** What a draft may cite, and the bibliographies that say so. */
export interface DraftLibrary {
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
 */
export function draftLibrary(draft: string, text: Text, claims: Ledger, workspace: readonly string[], store: BibliographyFiles, within?: string): DraftLibrary {
  const own = draftBibliography(text);
  // What is reported in the draft is in its front matter.
  const draftLines = new LineIndex(own.head);
  const draftProblems = [...own.problems];
  const files = new Map<string, BibliographyFile>();
  // An unsaved draft (no path) has no folder to name files relative to.
  for (const named of draft === '' ? [] : own.files) {
    const file = store.get(resolve(dirname(draft), named.path), within);
    if (file.readError !== undefined) draftProblems.push(problemAt(draftLines, named.span, `Cannot read the bibliography ${named.path}: ${file.readError}.`, 'error'));
    files.set(file.path, file);
  }
  for (const path of workspace) if (!files.has(path)) files.set(path, store.get(path));
  draftProblems.push(...clashes(claims, own.references).map((r) => problemAt(draftLines, r.span, clashMessage(r.key), 'warning')));
  const fileProblems = new Map<string, LedgerProblem[]>();
  for (const file of files.values()) {
    if (file.text === undefined) continue;
    const clashing = clashes(claims, file.references ?? []);
    // Lines are counted only for clashes: a draft is checked at every pause in typing.
    const lines = clashing.length > 0 ? new LineIndex(file.text) : undefined;
    const all = [...(file.problems ?? []), ...(lines ? clashing.map((r) => problemAt(lines, r.span, clashMessage(r.key), 'warning')) : [])];
    if (all.length > 0) fileProblems.set(file.path, all.sort((a, b) => a.span.start - b.span.start));
  }
  const seen = new Set<string>();
  const references = [...own.references, ...[...files.values()].flatMap((f) => f.references ?? [])].filter((r) => !seen.has(r.key) && seen.add(r.key));
  return {
    ledger: withReferences(claims, references),
    references,
    head: own.head,
    files: [...files.values()],
    fileProblems,
    draftProblems: draftProblems.sort((a, b) => a.span.start - b.span.start),
  };
}

function problemAt(lines: LineIndex, span: Span, message: string, severity: LedgerProblem['severity']): LedgerProblem {
  const { line, character } = lines.position(span.start);
  return { message, severity, span, line: line + 1, column: character + 1 };
}
