import type { Blockquote, Heading, Paragraph } from 'mdast';
import type { Point } from 'unist';
import { frontMatter } from './frontMatter';
import { simpleInlines, type SimpleInlines } from './inline';
import { walk } from './walk';

// What may make a paragraph's lines anything but a paragraph of their own, or be read otherwise
// than as they are: table cells (GFM tables need no pipe in the delimiter row, but do in the
// header), characters the parser replaces or counts otherwise (NUL, tabs, a byte-order mark),
// white space the parser strips (indentation, blanks that end a line before the last, hard
// breaks), and line starts that may open a block or interrupt a paragraph (headings, quotes,
// lists, thematic breaks, setext underlines, GFM table delimiter rows, HTML blocks). What is left
// is the text's inline markup: see `simpleInlines`, which also turns down any line start with
// "*", "_", "`", "~" or "[" that could open a block.
const BLOCK_MARKUP = /[|\t\0\ufeff]|^[ #>=+:<-]|^\d{1,9}[.)](?: |\r?$)| \r?\n/im;

/**
 * A paragraph made without micromark (or an ATX heading alone between blank lines, which micromark
 * also reads as any other block there, or a quote of one such paragraph on lines of its own), and
 * what its inline nodes assume of the draft's definitions.
 */
export interface PlainParagraph extends Omit<SimpleInlines, 'children'> {
  readonly node: Paragraph | Heading | Blockquote;
}

// A list item's marker: a bullet, or a number and its delimiter.
const MARKER = String.raw`(?:[-+*]|\d{1,9}[.)])`;
// A list item's marker (indented up to three spaces, as exported posts often have them) or a
// quote's ">", and the one space after it, before a line's text.
const CONTAINER = new RegExp(String.raw`^(?: {0,3}${MARKER} |> ?)(?=[^ ])`);
// A line after a list item's text that ends its paragraph: an item of its own (maybe nested).
const NEXT_ITEM = new RegExp(String.raw`^ *${MARKER}(?: |$)`);
// A line after a quote's text that ends its paragraph: the quote's blank line.
const QUOTE_BLANK = /^>[ \t]*$/;

const CR = 0x0d;
const QUOTE = 0x3e;
const BRACKET = 0x5b;
// What a GFM task's checkbox starts with.
const TASK = /^\[[ \txX]\]/;
const LONE_CR = /\r(?!\n)/;

/**
 * The paragraphs of `text` whose markup is simple (see BLOCK_MARKUP and `simpleInlines`), as
 * micromark's syntax tree has them where they are paragraphs: each run of non-blank lines between
 * blank lines, and the text of a one-line list item (maybe indented, maybe nested) or quote line
 * that seems to end there. Whether one is a paragraph depends on what comes before and after it
 * (it may lie inside a fenced code block or an HTML comment, a lazy line may continue it, or a
 * definition make a link of its brackets): see `parseTopLevel`. In text order.
 */
export function plainParagraphs(text: string): PlainParagraph[] {
  // Lines here end at "\n": a lone "\r" (old Mac OS line ends) would throw their count off.
  if (LONE_CR.test(text)) return [];
  const paragraphs: PlainParagraph[] = [];
  // The run of non-blank lines so far; the text of the list item or quote line before this line,
  // a paragraph of its own if this line ends it.
  let run: { start: number; line: number; end: number } | undefined;
  let held: { start: number; end: number; quote: boolean } | undefined;
  let afterQuoteBlank = false;
  // Front matter's lines would all be proposed in vain (its lists are indented list items); after
  // it, the first line is the rest of its closing fence's, which is blank.
  const front = frontMatter(text);
  let line = front?.line ?? 1;
  for (let at = front?.end ?? 0; ; line++) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
    // The line without its line break.
    const content = text.slice(at, end);
    const blank = isBlank(content);
    if (held && (blank || (held.quote ? QUOTE_BLANK : NEXT_ITEM).test(content))) addIfPlain(text, held.start, held.end, line - 1, line - 1, paragraphs);
    held = undefined;
    if (blank) {
      if (run) addIfPlain(text, run.start, run.end, run.line, line - 1, paragraphs);
      run = undefined;
    } else {
      // A quote line's paragraph may have started on the line before, unless that line ends one.
      const quote = content.charCodeAt(0) === QUOTE;
      const prefix = CONTAINER.exec(content)?.[0].length;
      // A list item's text that starts with "[", a space, tab, "x" or "X", and "]" may be a GFM
      // task ("- [x] "), which micromark reads.
      const textStart = at + (prefix ?? 0);
      const task = !quote && text.charCodeAt(textStart) === BRACKET && TASK.test(text.slice(textStart, textStart + 3));
      if (prefix !== undefined && !task && (!quote || !run || afterQuoteBlank)) held = { start: at + prefix, end, quote };
      if (run) run.end = end;
      else run = { start: at, line, end };
    }
    afterQuoteBlank = QUOTE_BLANK.test(content);
    if (newline < 0) break;
    at = newline + 1;
  }
  // The text's end ends both.
  if (held) addIfPlain(text, held.start, held.end, line, line, paragraphs);
  if (run) addIfPlain(text, run.start, run.end, run.line, line, paragraphs);
  return paragraphs;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** Adds `text[start, end)`, from line `line` to line `endLine`, as a paragraph (or a heading) when its markup is simple. */
function addIfPlain(text: string, start: number, end: number, line: number, endLine: number, paragraphs: PlainParagraph[]): void {
  const position = { start: pointAt(text, start, line), end: pointAt(text, end, endLine) };
  if (endLine > line && text.charCodeAt(start) === QUOTE) {
    const quote = plainQuote(text, start, end, line);
    if (quote) paragraphs.push({ ...quote, node: { type: 'blockquote', children: [quote.node], position } });
    return;
  }
  if (line === endLine && position.start.column === 1 && text.charCodeAt(start) === HASH) {
    const heading = atxHeading(text, start, end, line);
    if (heading) paragraphs.push({ node: { type: 'heading', depth: heading.depth, children: heading.children, position }, literalLabels: heading.literalLabels, footnoteCalls: heading.footnoteCalls });
    return;
  }
  if (BLOCK_MARKUP.test(text.slice(start, end))) return;
  const inlines = simpleInlines(text, start, end, line);
  if (!inlines) return;
  const { children, literalLabels, footnoteCalls } = inlines;
  paragraphs.push({ node: { type: 'paragraph', children, position }, literalLabels, footnoteCalls });
}

/** The point of `text` at `offset`, on line `line`. */
function pointAt(text: string, offset: number, line: number): { line: number; column: number; offset: number } {
  return { line, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1, offset };
}

const HASH = 0x23;
const SPACE = 0x20;
// An ATX heading's opening sequence and the spaces after it (a tab is left to micromark).
const ATX_OPENING = /^#{1,6}(?: +|$)/;

/**
 * The depth and inline nodes of the unindented line `text[start, end)` as an ATX heading: its
 * opening "#"s, spaces, its text of simple markup, then maybe spaces, a closing run of "#"s and
 * spaces, all of which micromark leaves out of the heading's text (but not of its position).
 */
function atxHeading(text: string, start: number, end: number, line: number): (SimpleInlines & { readonly depth: 1 | 2 | 3 | 4 | 5 | 6 }) | undefined {
  const opening = ATX_OPENING.exec(text.slice(start, end));
  if (!opening) return undefined;
  const depth = opening[0].trimEnd().length as 1 | 2 | 3 | 4 | 5 | 6;
  const from = start + opening[0].length;
  let to = trimSpaces(text, from, end);
  // A closing sequence stands after a space (the opening ends in one).
  let hashes = to;
  while (hashes > from && text.charCodeAt(hashes - 1) === HASH) hashes--;
  if (hashes < to && text.charCodeAt(hashes - 1) === SPACE) to = trimSpaces(text, from, hashes);
  if (to === from) return { depth, children: [], literalLabels: [], footnoteCalls: [] };
  const inlines = simpleInlines(text, from, to, line);
  return inlines && { depth, ...inlines };
}

/** The end of `text[start, end)` without the spaces that end it. */
function trimSpaces(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && text.charCodeAt(k - 1) === SPACE) k--;
  return k;
}

// What starts each line of a quote read here.
const QUOTE_PREFIX = '> ';

/**
 * The paragraph of a quote of lines `text[start, end)` from line `line`, each "> " and text of
 * simple markup, as micromark reads it: its nodes are read from the lines' text without the
 * prefixes (which micromark leaves out of values), then moved back to the draft's offsets and
 * columns, each line's two characters further on.
 */
function plainQuote(text: string, start: number, end: number, line: number): PlainParagraph | undefined {
  const lines: string[] = [];
  for (let at = start; at < end; ) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 || newline >= end ? end : newline + 1;
    // Each line's text after its prefix, with its line break: not blank, not indented.
    const from = at + QUOTE_PREFIX.length;
    if (!text.startsWith(QUOTE_PREFIX, at) || isBlank(text.slice(from, next).trimEnd()) || text.charCodeAt(from) === SPACE) return undefined;
    lines.push(text.slice(from, next));
    at = next;
  }
  const inner = lines.join('');
  if (BLOCK_MARKUP.test(inner)) return undefined;
  const inlines = simpleInlines(inner, 0, inner.length, line);
  if (!inlines) return undefined;
  // A node that ends at a line's start (after a line break) ends before the line's prefix.
  const moved = (point: Point, end = false): Point => {
    const before = end && point.column === 1 && point.line > line ? 1 : 0;
    return { line: point.line, column: point.column + QUOTE_PREFIX.length * (1 - before), offset: start + (point.offset ?? 0) + QUOTE_PREFIX.length * (point.line - line + 1 - before) };
  };
  const paragraph: Paragraph = { type: 'paragraph', children: inlines.children, position: { start: moved({ line, column: 1, offset: 0 }), end: pointAt(text, end, line + lines.length - 1) } };
  walk(paragraph, (node) => {
    if (node !== paragraph && node.position) node.position = { start: moved(node.position.start), end: moved(node.position.end, true) };
  });
  return { node: paragraph, literalLabels: inlines.literalLabels, footnoteCalls: inlines.footnoteCalls };
}
