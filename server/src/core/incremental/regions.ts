import type { ProseBlock } from '../markdown/prose';
import type { CheckOptions } from '../options';
import { firstIndex } from '../search';
import type { Source, Span } from '../types';
import { markAt, startsInside } from '../claims/quotation';
import { creditsBefore } from './captions';

// Which of a block's sources count for which of its sentences.

/**
 * Where a source counts for each sentence. A footnote call or citation usually follows the
 * sentence's final period ("…conflict.[^1] Next…"), so each sentence reaches up to the start of
 * the next one, and over a next one that only gives its source ("… 203 repositories. (Source:
 * [Govcode][9])", "… traffic. ([KPCB, 2017](…))"); in paragraph scope every sentence reaches over
 * the whole block.
 */
function sourceRegions(block: ProseBlock, sentences: readonly Span[], options: CheckOptions): Span[] {
  if (options.sourceScope === 'paragraph') return sentences.map(() => block.span);
  return sentences.map((sentence, i) => {
    const next = sentences[i + 1];
    const reach = next !== undefined && creditsBefore(block.text, next) ? sentences[i + 2] : next;
    return {
      start: i === 0 ? block.span.start : block.map.toSource(sentence.start),
      end: reach ? block.map.toSource(reach.start) : block.span.end,
    };
  });
}

/**
 * The sources that count for each of a block's sentences (`sources` sorted, all in the block): those
 * in its region (see `sourceRegions`), and those of every sentence of a quotation it is part of.
 */
export function sentenceSources(block: ProseBlock, sentences: readonly Span[], sources: readonly Source[], options: CheckOptions): ReadonlyArray<readonly Source[]> {
  const bySentence = sourcesByRegion(sources, sourceRegions(block, sentences, options));
  // Most blocks quote no one: they are not read for quotations.
  const quotes = sentences.length > 1 && sources.length > 0 && QUOTE_MARK.test(block.text);
  return options.sourceScope === 'paragraph' || !quotes ? bySentence : sharedInQuotations(block, sentences, bySentence);
}

/**
 * A quotation of several sentences is one statement: a source its tag or credit gives backs every
 * sentence of it ("“… . …,” the [minister said](…)", "The [minister said](…): “… . …”", "“… . …” —
 * Dion Hinchcliffe, [On Digital Strategy](…)"); a link inside the quoted words is the speaker's,
 * no source of them. A sentence that starts inside a quotation is of the quotation of the one before.
 */
function sharedInQuotations(block: ProseBlock, sentences: readonly Span[], bySentence: ReadonlyArray<readonly Source[]>): ReadonlyArray<readonly Source[]> {
  let shared: (readonly Source[])[] | undefined;
  let first = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i < sentences.length && startsInside(block.text, (sentences[i] as Span).start)) continue;
    if (i - 1 > first) {
      // Where the quotation opens, in the run's first sentence, and closes, in its last, if it does.
      const opens = block.map.toSource(lastMark(block.text, sentences[first] as Span));
      const closes = firstMark(block.text, sentences[i - 1] as Span);
      const outside = (source: Source): boolean => source.span.end <= opens || (closes !== undefined && source.span.start >= block.map.toSource(closes));
      const credits = [...bySentence[first] ?? [], ...bySentence[i - 1] ?? []].filter(outside);
      if (credits.length > 0) {
        shared ??= [...bySentence];
        for (let k = first; k < i; k++) shared[k] = [...new Set([...bySentence[k] ?? [], ...credits])].sort((a, b) => a.span.start - b.span.start);
      }
    }
    first = i;
  }
  return shared ?? bySentence;
}

/** Any quotation mark `markAt` reads, for a cheap test of a whole block. */
const QUOTE_MARK = /["“”]|''/;

/** The offset of the last quotation mark in `text[span]` (one opens the quotation that runs on past it), or the span's start. */
function lastMark(text: string, span: Span): number {
  for (let i = span.end - 1; i >= span.start; i--) if (markAt(text, i, span.end) > 0) return i;
  return span.start;
}

/** The offset just past the first quotation mark in `text[span]`, if any: where a quotation run on into it closes. */
function firstMark(text: string, span: Span): number | undefined {
  for (let i = span.start; i < span.end; i++) {
    const mark = markAt(text, i, span.end);
    if (mark > 0) return i + mark;
  }
  return undefined;
}

/**
 * The sources that count for each sentence, by the region each sentence's sources may stand in:
 * the regions are in order and do not overlap (or, in paragraph scope, are all the block), so each
 * source is placed by a binary search rather than tested against every sentence.
 */
function sourcesByRegion(sources: readonly Source[], regions: readonly Span[]): ReadonlyArray<readonly Source[]> {
  // Paragraph scope: one list for every sentence.
  if (regions.length > 1 && regions[0]?.start === regions[1]?.start) return regions.map(() => sources);
  const byRegion: Source[][] = regions.map(() => []);
  for (const source of sources) {
    for (let r = firstIndex(regions.length, (k) => (regions[k]?.end ?? 0) > source.span.start); r < regions.length && (regions[r]?.start ?? 0) < source.span.end; r++) {
      byRegion[r]?.push(source);
    }
  }
  return byRegion;
}

/** The sources (sorted by start) that start inside `span`. */
export function within(sorted: readonly Source[], span: Span): readonly Source[] {
  const first = firstIndex(sorted.length, (i) => (sorted[i]?.span.start ?? 0) >= span.start);
  let end = first;
  while (end < sorted.length && (sorted[end]?.span.start ?? 0) < span.end) end++;
  return sorted.slice(first, end);
}
