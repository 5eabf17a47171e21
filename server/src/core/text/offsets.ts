import type { Span } from '../types';

/**
 * Maps offsets in extracted prose back to offsets in the draft. Prose is stitched from pieces of
 * the draft (markup, escapes and container prefixes such as "> " removed), so it is stored as runs:
 * run `i` starts at prose offset `proseStarts[i]` and draft offset `sourceStarts[i]` and continues
 * one to one until the next run.
 */
export class OffsetMap {
  constructor(
    private readonly proseStarts: readonly number[],
    private readonly sourceStarts: readonly number[],
  ) {}

  /** The draft offset of the prose character at `offset`. */
  toSource(offset: number): number {
    const starts = this.proseStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.sourceStarts[lo] ?? 0) + offset - (starts[lo] ?? 0);
  }

  /** The draft span of a non-empty prose span; its end follows the last character, not the gap after it. */
  toSourceSpan(span: Span): Span {
    const start = this.toSource(span.start);
    const end = span.end > span.start ? this.toSource(span.end - 1) + 1 : start;
    return { start, end };
  }

  /** The map again from a structured clone of it (another thread's result), which keeps data, not classes. */
  static revive(copy: OffsetMap): OffsetMap {
    return new OffsetMap(copy.proseStarts, copy.sourceStarts);
  }
}

/** Builds an OffsetMap run by run, merging runs that continue each other. */
export class OffsetMapBuilder {
  private readonly proseStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private proseEnd = 0;
  private sourceEnd = -1;

  /** Records that the next prose character comes from draft offset `source`. */
  push(source: number): void {
    if (source !== this.sourceEnd) {
      this.proseStarts.push(this.proseEnd);
      this.sourceStarts.push(source);
    }
    this.proseEnd += 1;
    this.sourceEnd = source + 1;
  }

  /** Records `length` prose characters copied verbatim from draft offset `source`. */
  pushRun(source: number, length: number): void {
    if (length === 0) return;
    this.push(source);
    this.proseEnd += length - 1;
    this.sourceEnd = source + length;
  }

  build(): OffsetMap {
    if (this.proseStarts.length === 0) return new OffsetMap([0], [Math.max(this.sourceEnd, 0)]);
    return new OffsetMap(this.proseStarts, this.sourceStarts);
  }
}
