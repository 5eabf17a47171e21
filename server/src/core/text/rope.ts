import { firstIndex } from '../search';
import { lineBreaks } from './lines';

// An edited document's text kept in pieces of about 16 KB, so that a keystroke costs a copy of one
// piece, not of the whole text. V8 builds an edited string as a rope of its own but copies it whole
// (10 MB for a 5 MB draft) the first time anything reads it, at every keystroke, and that garbage
// brings on collections of the whole heap.

/** What the engine reads of a draft's text: a string, or a `Rope` that reads like one. */
export interface Text {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  /** The whole text as one string (a rope builds it once). */
  toString(): string;
}

const PIECE = 16 * 1024;
const LF = 10;
const CR = 13;

interface Piece {
  readonly text: string;
  /** Offsets in `text` where a line starts after a line break ("\r\n", "\r" or "\n"). */
  readonly breaks: readonly number[];
}

/**
 * Immutable text in pieces, with the starts of its lines. A "\r\n" pair never spans two pieces, so
 * each piece's line breaks are its own. Edits share the pieces they leave alone.
 */
export class Rope implements Text {
  readonly length: number;
  /** How many lines the text has (an empty last line counts). */
  readonly lineCount: number;
  /** Where each piece starts in the text. */
  private readonly starts: readonly number[];
  /** How many line breaks come before each piece. */
  private readonly breaksBefore: readonly number[];
  private flat: string | undefined;
  /** The piece last read, tried first: reads cluster around an edit. */
  private recent = 0;

  private constructor(
    private readonly pieces: readonly Piece[],
    private readonly pieceLength: number,
  ) {
    const starts: number[] = [];
    const breaksBefore: number[] = [];
    let length = 0;
    let breaks = 0;
    for (const piece of pieces) {
      starts.push(length);
      breaksBefore.push(breaks);
      length += piece.text.length;
      breaks += piece.breaks.length;
    }
    this.starts = starts;
    this.breaksBefore = breaksBefore;
    this.length = length;
    this.lineCount = breaks + 1;
  }

  /** `pieceLength`: about how long pieces are (tests make them short). */
  static of(text: string, pieceLength = PIECE): Rope {
    const rope = new Rope(cut(text, pieceLength), pieceLength);
    rope.flat = text;
    return rope;
  }

  /** The text with `[start, end)` replaced by `text`. */
  edit(start: number, end: number, text: string): Rope {
    if (!(start >= 0 && start <= end && end <= this.length)) throw new RangeError(`No range [${start}, ${end}) in a text of ${this.length}`);
    if (this.pieces.length === 0) return Rope.of(text, this.pieceLength);
    let first = this.pieceAt(start);
    let last = this.pieceAt(end);
    for (;;) {
      const joined = this.joined(first, last, start, end, text);
      // Take in a neighbour rather than leave an empty piece or split a "\r\n" between pieces.
      const before = this.pieces[first - 1];
      if (before && (joined === '' || (joined.startsWith('\n') && before.text.endsWith('\r')))) {
        first--;
        continue;
      }
      const after = this.pieces[last + 1];
      if (after && joined.endsWith('\r') && after.text.startsWith('\n')) {
        last++;
        continue;
      }
      return new Rope([...this.pieces.slice(0, first), ...cut(joined, this.pieceLength), ...this.pieces.slice(last + 1)], this.pieceLength);
    }
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    const k = this.pieceAt(index);
    return (this.pieces[k] as Piece).text.charCodeAt(index - (this.starts[k] as number));
  }

  /** As `String.prototype.slice`. */
  slice(start = 0, end = this.length): string {
    const from = clamp(start, this.length);
    const to = clamp(end, this.length);
    if (from >= to) return '';
    if (this.flat !== undefined) return this.flat.slice(from, to);
    let k = this.pieceAt(from);
    let result = '';
    for (let at = from; at < to; k++) {
      const base = this.starts[k] as number;
      const text = (this.pieces[k] as Piece).text;
      result += text.slice(at - base, to - base);
      at = base + text.length;
    }
    return result;
  }

  toString(): string {
    this.flat ??= this.pieces.map((p) => p.text).join('');
    return this.flat;
  }

  /** Whether `other` holds the same text: pieces both share compare by identity, others by content. */
  sameAs(other: Rope): boolean {
    if (other.length !== this.length) return false;
    let k = 0;
    let m = 0;
    for (let at = 0; at < this.length; ) {
      const end = Math.min(this.pieceEnd(k), other.pieceEnd(m));
      const shared = this.pieces[k] === other.pieces[m] && this.starts[k] === other.starts[m];
      if (!shared && this.slice(at, end) !== other.slice(at, end)) return false;
      at = end;
      if (this.pieceEnd(k) === end) k++;
      if (other.pieceEnd(m) === end) m++;
    }
    return true;
  }

  /** The offset where 0-based `line` starts; `line` must be below `lineCount`. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    // The piece that holds the break before the line: the last one with fewer breaks before it.
    const k = firstIndex(this.pieces.length, (i) => (this.breaksBefore[i] as number) >= line) - 1;
    return (this.starts[k] as number) + ((this.pieces[k] as Piece).breaks[line - (this.breaksBefore[k] as number) - 1] as number);
  }

  /** The 0-based line that holds `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    if (this.pieces.length === 0 || offset <= 0) return 0;
    const k = this.pieceAt(Math.min(offset, this.length));
    const breaks = (this.pieces[k] as Piece).breaks;
    const local = offset - (this.starts[k] as number);
    // How many of the piece's line starts are at or before the offset.
    return (this.breaksBefore[k] as number) + firstIndex(breaks.length, (i) => (breaks[i] as number) > local);
  }

  /** The index of the piece that holds `offset`; the last piece for the end of the text. */
  private pieceAt(offset: number): number {
    const { starts, pieces } = this;
    const recent = this.recent;
    if ((starts[recent] as number) <= offset && (recent + 1 >= pieces.length || offset < (starts[recent + 1] as number))) return recent;
    this.recent = firstIndex(pieces.length, (i) => (starts[i] as number) > offset) - 1;
    return this.recent;
  }

  private pieceEnd(k: number): number {
    return (this.starts[k] as number) + (this.pieces[k] as Piece).text.length;
  }

  /** Pieces `first` to `last` with `[start, end)` replaced by `text`. */
  private joined(first: number, last: number, start: number, end: number, text: string): string {
    return this.slice(this.starts[first] as number, start) + text + this.slice(end, this.pieceEnd(last));
  }
}

function clamp(offset: number, length: number): number {
  const at = Math.trunc(offset) || 0;
  return at < 0 ? Math.max(length + at, 0) : Math.min(at, length);
}

/** `text` in pieces of about `length` characters, cut after a line feed where there is one. */
function cut(text: string, length: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > 2 * length) {
      const feed = text.lastIndexOf('\n', start + length);
      end = feed >= start + length / 2 ? feed + 1 : start + length;
      // Never between "\r" and "\n".
      if (text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === LF) end++;
    }
    const piece = text.slice(start, end);
    pieces.push({ text: piece, breaks: lineBreaks(piece) });
    start = end;
  }
  return pieces;
}

/** `text` with `[start, end)` replaced by `inserted`: a rope stays a rope. */
export function editText(text: Text, start: number, end: number, inserted: string): Text {
  return text instanceof Rope ? text.edit(start, end, inserted) : text.slice(0, start) + inserted + text.slice(end);
}

/** Whether two texts are the same, without building a rope's whole string where pieces are shared. */
export function sameText(a: Text, b: Text): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a instanceof Rope && b instanceof Rope ? a.sameAs(b) : a.toString() === b.toString();
}
