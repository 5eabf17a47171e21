import type { Paragraph } from 'mdast';

// What may make a paragraph's text anything but its own prose: inline syntax (escapes, code,
// emphasis, links, footnote calls, HTML, character references, strikethrough, GFM's autolink
// literals, tables), characters the parser replaces or counts otherwise (NUL, tabs, a byte-order
// mark), white space the parser strips (indentation, trailing blanks, hard breaks), and line
// starts that may open a block or interrupt a paragraph (headings, quotes, lists, thematic breaks,
// setext underlines, GFM table delimiter rows, which need no pipe). With none of these, micromark
// makes the paragraph one text node holding exactly its source. Erring on the side of caution
// only costs speed.
const MARKUP = /[\\`*_[\]<>&~|@\t\0\ufeff]|www\.|https?:\/\/|^[ #>=+:-]|^\d{1,9}[.)](?: |\r?$)| \r?$/im;
// A list item's marker: a bullet, or a number and its delimiter.
const MARKER = String.raw`(?:[-+*]|\d{1,9}[.)])`;
// A top-level list item's marker or a quote's ">", and the one space after it, before a line's text.
const CONTAINER = new RegExp(String.raw`^(?:${MARKER} |> ?)(?=[^ ])`);
// A line after a list item's text that ends its paragraph: an item of its own (maybe nested).
const NEXT_ITEM = new RegExp(String.raw`^ *${MARKER}(?: |$)`);
// A line after a quote's text that ends its paragraph: the quote's blank line.
const QUOTE_BLANK = /^>[ \t]*$/;

const CR = 0x0d;
const QUOTE = 0x3e;
const LONE_CR = /\r(?!\n)/;

/**
 * The paragraphs of `text` that are plain text (see MARKUP), as micromark's syntax tree has them
 * where they are paragraphs: each run of non-blank lines between blank lines, and the text of a
 * one-line top-level list item or quote line that seems to end there. Whether one is a paragraph
 * depends on what comes before and after it (it may lie inside a fenced code block, an HTML
 * comment or front matter, or a lazy line may continue it): see `parseTopLevel`. In text order.
 */
export function plainParagraphs(text: string): Paragraph[] {
  // Lines here end at "\n": a lone "\r" (old Mac OS line ends) would throw their count off.
  if (LONE_CR.test(text)) return [];
  const paragraphs: Paragraph[] = [];
  // The run of non-blank lines so far; the text of the list item or quote line before this line,
  // a paragraph of its own if this line ends it.
  let run: { start: number; line: number; end: number } | undefined;
  let held: { start: number; end: number; quote: boolean } | undefined;
  let afterQuoteBlank = false;
  let line = 1;
  for (let at = 0; ; line++) {
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
      if (prefix !== undefined && (!quote || !run || afterQuoteBlank)) held = { start: at + prefix, end, quote };
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

/** Adds `text[start, end)`, from line `line` to line `endLine`, as a paragraph when it is plain. */
function addIfPlain(text: string, start: number, end: number, line: number, endLine: number, paragraphs: Paragraph[]): void {
  const value = text.slice(start, end);
  if (MARKUP.test(value)) return;
  const point = (offset: number, l: number): { line: number; column: number; offset: number } => ({ line: l, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1, offset });
  const position = (): Paragraph['position'] => ({ start: point(start, line), end: point(end, endLine) });
  paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value, position: position() }], position: position() });
}
