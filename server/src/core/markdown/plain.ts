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
// A top-level list item's marker or a quote's ">", and the one space after it, before a line's text.
const CONTAINER = /^(?:(?:[-+*]|\d{1,9}[.)]) |> ?)(?=[^ ])/;
// A line after a list item's text that ends its paragraph: an item of its own (maybe nested).
const NEXT_ITEM = /^ *(?:[-+*]|\d{1,9}[.)])(?: |\r?$)/;
// A line after a quote's text that ends its paragraph: the quote's blank line.
const QUOTE_BLANK = /^>[ \t]*\r?$/;

const CR = 0x0d;
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
  let line = 1;
  let run: { start: number; line: number; end: number } | undefined;
  let afterQuoteBlank = false;
  for (let at = 0; at <= text.length; line++) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    const end = newline < 0 ? text.length : text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
    const quoteBlank = QUOTE_BLANK.test(text.slice(at, Math.min(next, at + 8)));
    if (isBlank(text, at, end)) {
      if (run) addIfPlain(text, run.start, run.end, run.line, line - 1, paragraphs);
      run = undefined;
    } else {
      // A quote line's paragraph may have started on the line before, unless that line ends one.
      const quote = text.charCodeAt(at) === 0x3e;
      const prefix = CONTAINER.exec(text.slice(at, Math.min(end, at + 12)))?.[0].length;
      if (prefix !== undefined && (!quote || !run || afterQuoteBlank) && endsParagraph(text, next, quote)) addIfPlain(text, at + prefix, end, line, line, paragraphs);
      if (run) run.end = end;
      else run = { start: at, line, end };
    }
    afterQuoteBlank = quoteBlank;
    if (newline < 0) break;
    at = next;
  }
  if (run) addIfPlain(text, run.start, run.end, run.line, line, paragraphs);
  return paragraphs;
}

/** Whether the line at `at` would end a paragraph on the line of a list item (or of a quote). */
function endsParagraph(text: string, at: number, quote: boolean): boolean {
  if (at >= text.length) return true;
  const newline = text.indexOf('\n', at);
  const line = text.slice(at, newline < 0 ? text.length : newline);
  return isBlank(line, 0, line.replace(/\r$/, '').length) || (quote ? QUOTE_BLANK : NEXT_ITEM).test(line);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
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
