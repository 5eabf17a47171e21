import type { Code, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { firstIndex } from '../search';
import { parseMarkdown } from './parse';
import { blankTemplates } from './templates';
import { walk } from './walk';

// Prose indented by mistake. A list item's text may start past the fourth column ("  1. **Pew's
// findings**"): a paragraph meant to go on with it, indented four spaces, is then no part of it but
// an indented code block. So is a CMS export's HTML nested on after a blank line inside an HTML
// block. The writer, and the editor reading the draft, read them as the item's text and the page's
// markup; so does the checker, where the code block comes right after a list or an HTML block and
// reads as sentences or as HTML rather than as code. A code sample after a list ("1. Install it:"
// then "    npm install x") stays code.

/** HTML that opens a block of prose; a table's parts alone are not (their cells are read as a table's). */
const PROSE_HTML = /^<(?:p|div|span|li|ul|ol|h[1-6]|blockquote|em|strong|b|i|a)\b[^>]*>/i;
/** An ordered list item's marker at a line's start: "  2. ", "10) ". */
const ORDERED_MARKER = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;
/** What code has and prose hardly does: braces, semicolons ending a line, assignments, arrows, prompts. */
const CODE_MARKS = /[{}]|;\s*$|\s=\s|=>|^\s*(?:\$|#|\/\/|>>>)\s/m;
/** A sentence's end, before closing emphasis, quotation marks or brackets. */
const SENTENCE_END = /[.!?:][*_”’"')\]]*$/;
// Fewer words than this is a label or a command, not a sentence.
const MIN_WORDS = 6;
const WORD = /^[“"‘'(*_]*[\p{L}\p{N}][\p{L}\p{N}’'.,;:!?%&#-]*[”"’')*_.,;:!?]*$/u;

/**
 * For each top-level indented code block of `nodes` (parsed from `source`) that is prose indented
 * by mistake, the blocks it holds, parsed with its indentation taken off and placed in `source`.
 */
export function indentedProse(nodes: readonly RootContent[], source: string): Map<RootContent, Root> {
  const reread = new Map<RootContent, Root>();
  for (let i = 0; i < nodes.length; ) {
    const run = codeRun(nodes, i, source);
    const before = nodes[i - 1];
    if (run.length > 0 && (before?.type === 'list' || before?.type === 'html' || isListItemRead(before, nodes[i - 2], source))) {
      const root = proseOf(run, source);
      if (root) blocksByCode(root, run).forEach((blocks, k) => reread.set(run[k] as Code, blocks));
    }
    i += Math.max(1, run.length);
  }
  return reread;
}

/**
 * Whether `node` is a list item micromark read as a paragraph: one numbered past 1 right after an
 * indented code block ("    …last line of item 1\n  2. **Item two**"), which CommonMark makes a
 * list (micromark/micromark#228) and the writer wrote as one.
 */
function isListItemRead(node: RootContent | undefined, before: RootContent | undefined, source: string): boolean {
  const start = node?.position?.start.offset;
  return node?.type === 'paragraph' && before?.type === 'code' && start !== undefined && ORDERED_MARKER.test(source.slice(start - (node.position?.start.column ?? 1) + 1, start + 12));
}

/**
 * The indented code blocks from `nodes[i]` on with nothing but blank space between them: micromark
 * ends an indented code block after a list at each line (CommonMark, and markdown-it, make the
 * lines one block), and two such blocks can only be one.
 */
function codeRun(nodes: readonly RootContent[], i: number, source: string): Code[] {
  const run: Code[] = [];
  for (let k = i; k < nodes.length; k++) {
    const node = nodes[k];
    const start = node?.position?.start.offset;
    if (node?.type !== 'code' || start === undefined || node.lang || /^[ \t]*(?:```|~~~)/.test(source.slice(start, start + 8))) break;
    const last = run.at(-1)?.position?.end.offset;
    if (last !== undefined && source.slice(last, start).trim() !== '') break;
    run.push(node);
  }
  return run;
}

/** What `run`'s blocks read as, when they read as prose: parsed with their indentation taken off, placed in `source`. */
function proseOf(run: readonly Code[], source: string): Root | undefined {
  const start = run[0]?.position?.start;
  const end = run.at(-1)?.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return undefined;
  const { text, lineStarts, placedAt, taken } = dedented(source, start.offset, end);
  if (!readsAsProse(text)) return undefined;
  // Link and footnote references would need the draft's definitions: such a block stays as it was.
  if (/\]\[|\[\^/.test(text)) return undefined;
  const root = parseMarkdown(text, true);
  const place = (point: Point): Point => {
    const offset = point.offset ?? 0;
    const k = Math.max(0, firstIndex(lineStarts.length, (j) => (lineStarts[j] ?? 0) > offset) - 1);
    const column = offset - (lineStarts[k] ?? 0);
    return { line: start.line + k, column: column + (taken[k] ?? 0) + 1, offset: (placedAt[k] ?? 0) + column };
  };
  walk(root, (node) => {
    if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
  });
  return root;
}

/** The blocks of `root` that start in each code block of `run`, standing where it stands (one pass: a run may be thousands of lines). */
function blocksByCode(root: Root, run: readonly Code[]): Root[] {
  const roots: Root[] = run.map((code) => ({ type: 'root', children: [], position: code.position }));
  let k = 0;
  for (const child of root.children) {
    const at = child.position?.start.offset ?? 0;
    while (k + 1 < run.length && (run[k + 1]?.position?.start.offset ?? Infinity) <= at) k++;
    roots[k]?.children.push(child);
  }
  return roots;
}

/**
 * `source[start, end)` with up to four columns of indentation taken off each line, as CommonMark
 * takes them off an indented code block: the text, where each of its lines starts in it and in
 * `source`, and how many characters each line lost.
 */
function dedented(source: string, start: number, end: number): { text: string; lineStarts: number[]; placedAt: number[]; taken: number[] } {
  const lines = source.slice(start, end).split(/(?<=\r\n|\n|\r(?!\n))/);
  const lineStarts: number[] = [];
  const placedAt: number[] = [];
  const taken: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let at = start;
  for (const line of lines) {
    let column = 0;
    let k = 0;
    for (; k < line.length && column < 4; k++) {
      const c = line[k];
      if (c === ' ') column++;
      else if (c === '\t') column += 4 - (column % 4);
      else break;
    }
    lineStarts.push(length);
    placedAt.push(at + k);
    taken.push(k);
    parts.push(line.slice(k));
    length += line.length - k;
    at += line.length;
  }
  return { text: parts.join(''), lineStarts, placedAt, taken };
}

/** Whether the text of a code block is HTML that holds prose, or sentences: words, ending as a sentence ends, with nothing of code. */
function readsAsProse(text: string): boolean {
  const plain = blankTemplates(text).trim();
  if (PROSE_HTML.test(plain)) return true;
  if (CODE_MARKS.test(plain.replace(/&#?\w+;/g, ''))) return false;
  const tokens = plain.split(/\s+/);
  const words = tokens.filter((t) => WORD.test(t)).length;
  return words >= MIN_WORDS && words >= 0.8 * tokens.length && SENTENCE_END.test(plain);
}
