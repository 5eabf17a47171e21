import { dirname, resolve } from 'node:path';
import { LineIndex, type Ledger, type LedgerProblem, type Span } from '../core';
import { clashes, clashMessage, draftBibliography, withReferences, type Reference } from '../core/bibliography';
import type { BibliographyFile, BibliographyFiles } from './bibliographyFiles';

/** What a draft may cite, and the bibliographies that say so. */
export interface DraftLibrary {
  /** The claims file with the works of the draft's bibliographies. */
  readonly ledger: Ledger;
  /** The bibliography files the draft uses (those its front matter names, then the workspace's), as read, each once. */
  readonly files: readonly BibliographyFile[];
  /**
   * Problems by the path of the file they are in: a bibliography's own, and its keys that are
   * claims-file ids too; under the draft's path, those of its own `references` and of the files
   * its front matter names that cannot be read.
   */
  readonly problems: ReadonlyMap<string, readonly LedgerProblem[]>;
}

/**
 * The works a draft may cite: those of its front matter's `references`, of the bibliography files
 * it names (relative to the draft, and read only inside `within`), and of `workspace` (absolute
 * paths, from a setting or the command line), in that order: the first of a key is the one cited.
 */
export function draftLibrary(draft: string, text: string, claims: Ledger, workspace: readonly string[], store: BibliographyFiles, within?: string): DraftLibrary {
  const own = draftBibliography(text);
  const problems = new Map<string, LedgerProblem[]>();
  const draftLines = new LineIndex(text);
  const add = (path: string, lines: LineIndex, found: readonly LedgerProblem[], clashing: readonly Reference[]): void => {
    const all = [...found, ...clashing.map((r) => problemAt(lines, r.span, clashMessage(r.key), 'warning'))];
    if (all.length > 0) problems.set(path, [...(problems.get(path) ?? []), ...all].sort((a, b) => a.span.start - b.span.start));
  };
  const unreadable: LedgerProblem[] = [];
  const files = new Map<string, BibliographyFile>();
  for (const named of own.files) {
    const file = store.get(resolve(dirname(draft), named.path), within);
    if (file.readError !== undefined) unreadable.push(problemAt(draftLines, named.span, `Cannot read the bibliography ${named.path}: ${file.readError}.`, 'error'));
    files.set(file.path, file);
  }
  for (const path of workspace) if (!files.has(path)) files.set(path, store.get(path));
  add(draft, draftLines, [...own.problems, ...unreadable], clashes(claims, own.references));
  for (const file of files.values()) {
    if (file.text !== undefined) add(file.path, new LineIndex(file.text), file.problems ?? [], clashes(claims, file.references ?? []));
  }
  const references = [...own.references, ...[...files.values()].flatMap((f) => f.references ?? [])];
  return { ledger: withReferences(claims, references), files: [...files.values()], problems };
}

function problemAt(lines: LineIndex, span: Span, message: string, severity: LedgerProblem['severity']): LedgerProblem {
  const { line, character } = lines.position(span.start);
  return { message, severity, span, line: line + 1, column: character + 1 };
}
