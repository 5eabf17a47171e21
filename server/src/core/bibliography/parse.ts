import { ProblemList } from '../ledger/problems';
import { LineIndex } from '../text/lines';
import type { LedgerProblem } from '../types';
import { readBibtex } from './bibtex';
import { readCsl } from './csl';
import { Found } from './found';
import type { Reference } from './reference';

/** The bibliography formats Pandoc reads, by what a file's name ends with. */
export type BibliographyFormat = 'bibtex' | 'csl';

export interface BibliographyParseResult {
  /** Each key once, in file order. */
  readonly references: readonly Reference[];
  readonly problems: readonly LedgerProblem[];
}

/** The format of a bibliography file by its name (".bib", ".json", ".yaml"), if Pandoc reads it. */
export function bibliographyFormat(path: string): BibliographyFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'bib' || extension === 'bibtex' || extension === 'biblatex') return 'bibtex';
  if (extension === 'json' || extension === 'yaml' || extension === 'yml') return 'csl';
  return undefined;
}

/** Reads a bibliography. Never throws: whatever is wrong becomes a problem, with its line and column. */
export function parseBibliography(text: string, format: BibliographyFormat): BibliographyParseResult {
  const problems = new ProblemList(text, new LineIndex(text));
  const found = new Found(problems);
  try {
    if (format === 'bibtex') readBibtex(text, found);
    else readCsl(text, found);
  } catch (error) {
    // A bug or an exhausted stack must not take the editor down with it.
    problems.report({ start: 0, end: 0 }, `Could not read the bibliography: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
  return { references: found.references, problems: problems.result().problems };
}
