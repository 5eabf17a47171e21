import type { ProseBlock } from '../markdown/prose';
import { findCitations } from '../sources/citations';
import { lineEnd } from '../text/lines';
import { OffsetMap } from '../text/offsets';
import type { Citation, Span } from '../types';
import type { TextEdit } from './edit';

const TERMINAL = /[.!?…]/;
// What may close around the final punctuation: quotes, brackets, emphasis markers.
const CLOSING = /["'”’)\]»*_]/;
// A citation group on the same line right after the sentence, as this fix writes after a quotation.
const FOLLOWING_GROUP = /^[ \t]*\[[^[\]\n]*@[^[\]\n]*\]/;
// A dotted abbreviation before the final period ("the U.S.", "3 p.m."): that period is also its own.
const DOTTED = /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u;

/**
 * Cites claims-file entry `id` at the end of `sentence` (draft offsets): "…the conflict [@id].",
 * inside the final punctuation as Pandoc expects. After a closing quote or bracket the citation
 * goes outside it ("…over.” [@id]"): inside, it would attribute the source to the speaker. A
 * citation group already ending the sentence takes the id ("[@a; @id]"). Undefined when the
 * sentence already cites `id`.
 */
export function citeEdit(text: string, sentence: Span, id: string): TextEdit | undefined {
  const end = trimEnd(text, sentence);
  const following = FOLLOWING_GROUP.exec(text.slice(end, lineEnd(text, end)));
  const regionEnd = end + (following?.[0].length ?? 0);
  const citations = citationsIn(text, { start: sentence.start, end: regionEnd });
  if (citations.some((c) => c.id === id)) return undefined;
  const point = insertionPoint(text, sentence.start, end);
  const group = groupEndingAt(citations, regionEnd) ?? groupEndingAt(citations, point.at);
  if (group) return { span: { start: group.end - 1, end: group.end - 1 }, newText: `; @${id}` };
  return { span: { start: point.at, end: point.at }, newText: ` [@${id}]${point.after}` };
}

/** Where a new citation goes, and the punctuation to write after it. */
function insertionPoint(text: string, start: number, end: number): { at: number; after: string } {
  let closers = end;
  while (closers > start && CLOSING.test(text.charAt(closers - 1))) closers--;
  let terminal = closers;
  while (terminal > start && TERMINAL.test(text.charAt(terminal - 1))) terminal--;
  if (terminal === closers || closers < end) return { at: end, after: '' };
  if (closers - terminal === 1 && text.charAt(terminal) === '.' && DOTTED.test(text.slice(Math.max(start, terminal - 16), terminal))) {
    return { at: end, after: '.' };
  }
  return { at: terminal, after: '' };
}

function groupEndingAt(citations: readonly Citation[], at: number): Span | undefined {
  return citations.find((c) => c.group.end === at)?.group;
}

/** The citations written in `span` of the draft, read by the same rules as the checker's. */
function citationsIn(text: string, span: Span): Citation[] {
  const block: ProseBlock = { span, text: text.slice(span.start, span.end), map: new OffsetMap([0], [span.start]) };
  return findCitations(block);
}

function trimEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
