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

const CR = 0x0d;
const LONE_CR = /\r(?!\n)/;

/**
 * The paragraphs of `text` that are plain text (see MARKUP), as micromark's syntax tree would have
 * them if they are paragraphs there: each is a run of non-blank lines between blank lines or the
 * text's ends. Whether a run is a paragraph depends on what comes before it (it may lie inside a
 * fenced code block, an HTML comment or front matter): see `parseTopLevel`.
 */
export function plainParagraphs(text: string): Paragraph[] {
  // Lines here end at "\n": a lone "\r" (old Mac OS line ends) would throw their count off.
  if (LONE_CR.test(text)) return [];
  const paragraphs: Paragraph[] = [];
  let line = 1;
  let runStart = -1;
  let runLine = 0;
  let runEnd = 0;
  let lastLineStart = 0;
  for (let at = 0; at <= text.length; ) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline;
    const end = newline > 0 && text.charCodeAt(newline - 1) === CR ? newline - 1 : next;
    if (isBlank(text, at, end)) {
      if (runStart >= 0) addIfPlain(text, runStart, runLine, runEnd, line - 1, lastLineStart, paragraphs);
      runStart = -1;
    } else {
      if (runStart < 0) {
        runStart = at;
        runLine = line;
      }
      runEnd = end;
      lastLineStart = at;
    }
    if (newline < 0) break;
    at = newline + 1;
    line++;
  }
  if (runStart >= 0) addIfPlain(text, runStart, runLine, runEnd, line, lastLineStart, paragraphs);
  return paragraphs;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

function addIfPlain(text: string, start: number, line: number, end: number, endLine: number, lastLineStart: number, paragraphs: Paragraph[]): void {
  const value = text.slice(start, end);
  if (MARKUP.test(value)) return;
  const position = { start: { line, column: 1, offset: start }, end: { line: endLine, column: end - lastLineStart + 1, offset: end } };
  paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position: { start: { ...position.start }, end: { ...position.end } } });
}
