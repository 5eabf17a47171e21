import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { frontMatterEnd } from '../engine/frontMatter';
import { ProblemList } from '../ledger/problems';
import { LineIndex, nextLineStart } from '../text/lines';
import type { Text } from '../text/rope';
import type { LedgerProblem, Span } from '../types';
import { readCsl } from './csl';
import { Found } from './found';
import type { Reference } from './reference';

// What a draft's YAML front matter says of its bibliography, as Pandoc reads it: `bibliography:`
// (one path or a list, relative to the draft) and `references:` (CSL items written inline).

export interface DraftBibliography {
  /** The front matter as written (empty without one): all of the draft the rest comes from. */
  readonly head: string;
  /** The bibliography files the draft names, as written, with where each is named. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly span: Span }>;
  /** The works of its `references:` list, with their keys' places in the draft. */
  readonly references: readonly Reference[];
  /** Problems of its `references:` list, in the draft's offsets (line and column of the draft). */
  readonly problems: readonly LedgerProblem[];
}

const NONE: DraftBibliography = { head: '', files: [], references: [], problems: [] };

/** The bibliography a draft's front matter declares; none without YAML front matter. */
export function draftBibliography(text: Text): DraftBibliography {
  const end = frontMatterEnd(text);
  // Pandoc reads YAML front matter only ("---"), not TOML ("+++").
  if (!end || text.charCodeAt(0) !== 0x2d) return NONE;
  const head = text.slice(0, end);
  const start = nextLineStart(head, 0);
  const yaml = head.slice(start).replace(/---[ \t]*(?:\r\n|\r|\n)?$/, '');
  // A quick look first: most drafts' front matter names no bibliography.
  if (!/^(?:bibliography|references)[ \t]*:/m.test(yaml)) return { ...NONE, head };
  const doc = parseDocument(yaml, { schema: 'core', merge: false, uniqueKeys: false, prettyErrors: false });
  if (!isMap(doc.contents)) return { ...NONE, head };
  const shift = (span: Span): Span => ({ start: start + span.start, end: start + span.end });
  const files = pathsOf(doc.contents.get('bibliography', true)).map(([path, span]) => ({ path, span: shift(span) }));
  if (!isSeq(doc.contents.get('references', true))) return { ...NONE, head, files };
  // The front matter is read as a CSL YAML file of its own, then placed back in the draft.
  const found = new Found(new ProblemList(yaml, new LineIndex(yaml)));
  readCsl(yaml, found);
  const problems = new ProblemList(head, new LineIndex(head));
  for (const p of found.problems.result().problems) problems.report(shift(p.span), p.message, p.severity);
  return { head, files, references: found.references.map((r) => ({ ...r, span: shift(r.span) })), problems: problems.result().problems };
}

/** The paths of `bibliography:`, one or a list, each with where it is written. */
function pathsOf(node: unknown): Array<[string, Span]> {
  const items = isSeq(node) ? node.items : [node];
  const paths: Array<[string, Span]> = [];
  for (const item of items) {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') continue;
    const [start, end] = (item as Node).range ?? [0, 0];
    paths.push([item.value.trim(), { start, end }]);
  }
  return paths;
}
