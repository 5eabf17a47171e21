import type { BlockAnalysis } from '../engine/block';
import { firstIndex } from '../search';

/** A block of a draft: its analysis, and the shift from the offsets it was parsed in to the draft's. */
export interface PlacedBlock {
  readonly shift: number;
  readonly analysis: BlockAnalysis;
}

/** Blocks that move together: each block's shift in the draft is its own `shift` plus `delta`. */
export interface Run {
  readonly delta: number;
  readonly blocks: readonly PlacedBlock[];
}

/**
 * A draft's blocks in document order, kept in runs of about √n blocks. An edit moves every block
 * after it: here it re-cuts the runs it touches and gives each later run a new `delta`, sharing
 * its blocks, so that it costs about √n, not n (a 5 MB draft has 30,000 blocks). Immutable.
 */
export class BlockList {
  readonly length: number;
  /** The index of each run's first block, and the list's length last. */
  private readonly firsts: readonly number[];

  private constructor(readonly runs: readonly Run[]) {
    const firsts = [0];
    for (const run of runs) firsts.push((firsts.at(-1) ?? 0) + run.blocks.length);
    this.firsts = firsts;
    this.length = firsts.at(-1) ?? 0;
  }

  static of(blocks: readonly PlacedBlock[]): BlockList {
    return new BlockList(cut(blocks, runSize(blocks.length)));
  }

  analysis(i: number): BlockAnalysis | undefined {
    return this.placedAt(i)?.block.analysis;
  }

  /** Where block `i` starts in the draft. */
  start(i: number): number {
    const { block, delta } = this.existing(i);
    return block.shift + delta + block.analysis.start;
  }

  /** Where block `i` ends in the draft. */
  end(i: number): number {
    const { block, delta } = this.existing(i);
    return block.shift + delta + block.analysis.end;
  }

  /** Blocks `from` to `to` (excluded), each with its shift in the draft. */
  slice(from: number, to: number): PlacedBlock[] {
    const blocks: PlacedBlock[] = [];
    for (let r = from < this.length ? this.runOf(from) : this.runs.length; r < this.runs.length && (this.firsts[r] ?? 0) < to; r++) {
      const first = this.firsts[r] ?? 0;
      const run = this.runs[r];
      if (run) blocks.push(...placed(run.blocks.slice(Math.max(0, from - first), to - first), run.delta));
    }
    return blocks;
  }

  /** Every block, each with its shift in the draft. */
  all(): PlacedBlock[] {
    return this.slice(0, this.length);
  }

  /**
   * This list with blocks `from` to `to` (excluded) replaced by `fresh` (placed in the new draft)
   * and the blocks after them moved by `delta`.
   */
  replace(from: number, to: number, fresh: readonly PlacedBlock[], delta: number): BlockList {
    const { runs, firsts } = this;
    if (runs.length === 0) return BlockList.of(fresh);
    // The runs that hold the replaced blocks (or the place of the new ones) are cut again.
    const r0 = from < this.length ? this.runOf(from) : runs.length - 1;
    let r1 = to > from ? this.runOf(to - 1) : r0;
    const first = at(runs, r0);
    const last = at(runs, r1);
    const head = placed(first.blocks.slice(0, from - (firsts[r0] ?? 0)), first.delta);
    const merged = [...head, ...fresh, ...placed(last.blocks.slice(to - (firsts[r1] ?? 0)), last.delta + delta)];
    const size = runSize(this.length - (to - from) + fresh.length);
    // A run left short takes in the next, so that runs do not dwindle under many edits.
    const next = runs[r1 + 1];
    if (merged.length < size / 2 && next) {
      merged.push(...placed(next.blocks, next.delta + delta));
      r1++;
    }
    const moved = runs.slice(r1 + 1).map((run) => (delta === 0 ? run : { delta: run.delta + delta, blocks: run.blocks }));
    return new BlockList([...runs.slice(0, r0), ...cut(merged, size), ...moved]);
  }

  private placedAt(i: number): { block: PlacedBlock; delta: number } | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const r = this.runOf(i);
    const run = this.runs[r];
    const block = run?.blocks[i - (this.firsts[r] ?? 0)];
    return run && block && { block, delta: run.delta };
  }

  private existing(i: number): { block: PlacedBlock; delta: number } {
    const found = this.placedAt(i);
    if (!found) throw new RangeError(`No block ${i}`);
    return found;
  }

  /** The run that holds block `i`. */
  private runOf(i: number): number {
    return firstIndex(this.runs.length, (r) => (this.firsts[r + 1] ?? 0) > i);
  }
}

/** An edit re-places up to two runs and re-creates one small object per later run: √n balances the two. */
function runSize(length: number): number {
  return Math.max(1, Math.round(Math.sqrt(length)));
}

/** `blocks` in runs of at most `size`, as even as can be (a run cut one block too long leaves no run of one). */
function cut(blocks: readonly PlacedBlock[], size: number): Run[] {
  const count = Math.ceil(blocks.length / size);
  const runs: Run[] = [];
  for (let r = 0; r < count; r++) {
    runs.push({ delta: 0, blocks: blocks.slice(Math.floor((r * blocks.length) / count), Math.floor(((r + 1) * blocks.length) / count)) });
  }
  return runs;
}

/** Blocks of a run moved `shift` further: with their shifts in the draft when `shift` is the run's delta. */
function placed(blocks: readonly PlacedBlock[], shift: number): readonly PlacedBlock[] {
  return shift === 0 ? blocks : blocks.map((b) => ({ shift: b.shift + shift, analysis: b.analysis }));
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`No item ${i}`);
  return item;
}
