import { SEVERITIES } from '../incremental/analysis';
import type { Severity, Span } from '../types';

/**
 * The first `limit` of any number of items in `compare` order, and how many were added: the memory
 * and the time per item added depend on `limit` alone, however many items a junk file produces.
 */
export class Shortlist<T> {
  private items: T[] = [];
  private dropped = 0;

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  add(item: T): void {
    this.items.push(item);
    // Sorting twice the limit to keep half of it costs a logarithm of the limit per item.
    if (this.items.length >= 2 * this.limit) this.trim();
  }

  /** How many items were added. */
  get total(): number {
    return this.items.length + this.dropped;
  }

  /** The items kept, in `compare` order (among equals, in the order they were added). */
  list(): T[] {
    this.trim();
    return this.items;
  }

  private trim(): void {
    this.items.sort(this.compare);
    this.dropped += Math.max(0, this.items.length - this.limit);
    this.items.length = Math.min(this.items.length, this.limit);
  }
}

/** The order in which problems are kept when there are too many: by severity (errors first), then by place. */
export function moreSevereFirst(a: { readonly severity: Severity; readonly span: Span }, b: { readonly severity: Severity; readonly span: Span }): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.span.start - b.span.start;
}

/** The first `max` of `items` (all when `max` is 0) by severity then place, in the order of their places. */
export function mostSevere<T extends { readonly severity: Severity; readonly span: Span }>(items: Iterable<T>, max: number): T[] {
  const kept = new Shortlist<T>(max === 0 ? Infinity : max, moreSevereFirst);
  for (const item of items) kept.add(item);
  return kept.list().sort((a, b) => a.span.start - b.span.start);
}
