import type { Point } from 'unist';

const LF = 0x0a;

/** Lines and columns of offsets in a paragraph, asked for in increasing order. */
export class Points {
  private line: number;
  private lineStart: number;
  private scanned: number;

  constructor(
    private readonly text: string,
    start: number,
    line: number,
  ) {
    this.line = line;
    this.lineStart = text.lastIndexOf('\n', start - 1) + 1;
    this.scanned = start;
  }

  span(from: number, to: number): { start: Point; end: Point } {
    return { start: this.at(from), end: this.at(to) };
  }

  /** The point at `offset`, no earlier than any asked for before. */
  at(offset: number): Point {
    for (; this.scanned < offset; this.scanned++) {
      if (this.text.charCodeAt(this.scanned) === LF) {
        this.line++;
        this.lineStart = this.scanned + 1;
      }
    }
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }
}
