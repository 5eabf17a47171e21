// Line arithmetic for re-parsing, with CommonMark's line endings: "\n", "\r\n" and a lone "\r".

/** The start of the line that holds `offset`. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineEnding(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The start of the line after the one that holds `offset`, or the end of the text. */
export function nextLineStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineEnding(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : Math.min(i + 1, text.length);
}

/** Whether the line before the one starting at `offset` is blank (spaces and tabs only). */
export function afterBlankLine(text: string, offset: number): boolean {
  if (offset <= 0 || !isLineEnding(text.charCodeAt(offset - 1))) return false;
  let i = offset - 1;
  if (text.charCodeAt(i) === LF && text.charCodeAt(i - 1) === CR) i--;
  while (i > 0 && !isLineEnding(text.charCodeAt(i - 1))) {
    const code = text.charCodeAt(i - 1);
    if (code !== SPACE && code !== TAB) return false;
    i--;
  }
  return true;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

function isLineEnding(code: number): boolean {
  return code === LF || code === CR;
}
