// Where a claims file's "claims:" list lies, told from its lines alone, so that the fast path can
// parse a long list a slice of entries at a time: the events of a whole 100,000-entry file take
// hundreds of megabytes. The lines only propose the cuts; the fast path checks them (plain.ts).

/** The block list under a top-level "claims:" line, cut between entries. */
export interface ClaimsList {
  /** Where the "claims" key starts. */
  readonly key: number;
  /**
   * The list's start (its first item's line), the items' lines where slices start, and the list's
   * end (the first line after it, or the end of the file), in order.
   */
  readonly bounds: readonly number[];
}

const KEY = 'claims:';
// The rest of the key's line: nothing, or a comment (no anchor, tag or value).
const KEY_REST = /^(?: +#[^\r\n]*| *)\r?$/;
const BOM = 0xfeff;
const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const DASH = 0x2d;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The list of the first "claims:" line at the start of a line, cut at the first item that starts a
 * line at the list's indentation after every `sliceLength` characters or so; undefined when no
 * such line is followed by a block list. Only "\n" counts as a line break here: a lone "\r" hides
 * a line, which can only hide a cut (harmless) or the list's end (then a slice fails to parse).
 */
export function cutClaimsList(text: string, sliceLength: number): ClaimsList | undefined {
  const key = keyLine(text);
  if (key === undefined) return undefined;
  const bounds: number[] = [];
  let indent = -1;
  let line = nextLine(text, key);
  for (; line < text.length; line = nextLine(text, line)) {
    const spaces = indentation(text, line);
    // Lines with only blanks or a comment neither end the list nor start an item.
    const c = text.charCodeAt(pastBlanks(text, line + spaces));
    if (c === LF || c === CR || c === HASH || Number.isNaN(c)) continue;
    if (indent < 0) {
      // The first line with content is the first item: it sets the list's indentation.
      if (!isItem(text, line + spaces)) return undefined;
      indent = spaces;
      bounds.push(line);
    } else if (spaces < indent || (spaces === indent && !isItem(text, line + spaces))) {
      break;
    } else if (spaces === indent && line - (bounds.at(-1) ?? line) >= sliceLength) {
      bounds.push(line);
    }
  }
  if (indent < 0) return undefined;
  bounds.push(Math.min(line, text.length));
  return { key, bounds };
}

/** The offset of the first line that is "claims:" (and maybe a comment), after a BOM on the first. */
function keyLine(text: string): number | undefined {
  let key = text.charCodeAt(0) === BOM ? 1 : 0;
  if (!text.startsWith(KEY, key)) {
    key = text.indexOf('\n' + KEY) + 1;
    if (key === 0) return undefined;
  }
  const rest = text.slice(key + KEY.length, nextLine(text, key)).replace(/\n$/, '');
  return KEY_REST.test(rest) ? key : undefined;
}

/** Whether a list item starts at `at`: a dash followed by a space or a line break (or the end). */
function isItem(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== DASH) return false;
  const next = text.charCodeAt(at + 1);
  return next === SPACE || next === LF || next === CR || Number.isNaN(next);
}

/** The spaces that start the line at `line` (YAML indents with spaces only). */
function indentation(text: string, line: number): number {
  let i = line;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - line;
}

function pastBlanks(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i;
}

/** The start of the line after the one at `line` (or the end of the text). */
function nextLine(text: string, line: number): number {
  const end = text.indexOf('\n', line);
  return end < 0 ? text.length : end + 1;
}
