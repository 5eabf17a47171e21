import { indentedProse } from '../markdown/indentedProse';
import { parseTopLevel } from '../markdown/parse';
import type { CheckOptions } from '../options';
import { analyzeBlock, type BlockAnalysis } from '../engine/block';

/**
 * One call of the Markdown parser that opening or editing a draft needs: `source` parsed on its
 * own, and the top-level blocks that start in `[offset, offset + length)` analysed (the stretch of
 * the draft; what comes before it in `source` is definitions it refers to). Plain data, so that a
 * host can run it on another thread, and on its own, so that it can give up on one: micromark
 * takes time that grows with the square of some inputs (a few kilobytes of nested quotes or
 * unclosed brackets take seconds, a megabyte hours), and its syntax trees are as deep as they nest.
 */
export interface ParseJob {
  readonly source: string;
  /** The source does not start the draft, so "---" cannot open front matter. */
  readonly fragment: boolean;
  readonly offset: number;
  readonly length: number;
  /** The stretch starts with a later item of a top-level list (see `restartsParse` in draft.ts). */
  readonly continuesList: boolean;
}

/** Why a stretch of a draft is left unchecked. */
export type UncheckedReason = 'too-deep' | 'too-slow' | 'failed';

/** What became of a job: the analyses of its blocks in the source's offsets, or why there are none. */
export type ParseOutcome = { readonly blocks: readonly BlockAnalysis[] } | { readonly unchecked: UncheckedReason };

/**
 * Runs a job here. A stack overflow (the parser's own transforms recurse once per level of nesting)
 * leaves the stretch unchecked rather than taking the host down.
 */
export function runParseJob(job: ParseJob, options: CheckOptions): ParseOutcome {
  try {
    return { blocks: parseJob(job, options) };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return { unchecked: 'too-deep' };
    throw error;
  }
}

function parseJob({ source, fragment, offset, length, continuesList }: ParseJob, options: CheckOptions): BlockAnalysis[] {
  const blocks: BlockAnalysis[] = [];
  const nodes = parseTopLevel(source, fragment);
  // A stretch never starts at a code block or right after one (see `restartsParse` in draft.ts):
  // the block before a run of them, which tells whether it is prose indented by mistake, and the
  // whole run are always parsed together.
  const reread = indentedProse(nodes, source);
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    if (start < offset || start >= offset + length) continue;
    if (node.type !== 'list') {
      blocks.push(analyzeBlock(reread.get(node) ?? node, source, options, node.type));
      continue;
    }
    // A top-level list is kept item by item; a stretch that starts with a later item of a list
    // parses it as the first item of one, but it stays typed as a later one.
    const opens = !(continuesList && blocks.length === 0);
    node.children.forEach((item, i) => blocks.push(analyzeBlock(item, source, options, i === 0 && opens ? 'list' : 'listItem')));
  }
  return blocks;
}

/**
 * A cheap bound on the parser's work for `source`, for a host to decide where to run a job: the
 * sum, over each run of lines between blank lines, of the square of its punctuation characters,
 * indentation and line breaks. micromark's slow cases (nesting, unmatched delimiters and brackets,
 * setext underlines, lazy lines, deep indentation) all grow with the square of such counts within
 * one block or container, while prose, mostly letters and spaces, costs little. A blank line ends
 * most blocks, so runs rarely span more than one; when they do, the bound is only higher.
 */
export function parseCost(source: string): number {
  let cost = 0;
  let run = 0;
  // Whether the line so far is blank (then its spaces are indentation).
  let blank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // "\r\n" is one line break.
    if (c === LF || (c === CR && source.charCodeAt(i + 1) !== LF)) {
      if (blank) {
        cost += run * run;
        run = 0;
      } else run++;
      blank = true;
    } else if (c === SPACE || c === TAB) {
      if (blank) run++;
    } else {
      blank = false;
      if (c < 128 && PUNCTUATION[c] === 1) run++;
    }
  }
  return cost + run * run;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
// ASCII punctuation, the characters Markdown syntax is made of.
const PUNCTUATION = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) ? 1 : 0));
