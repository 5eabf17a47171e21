import type { ProseBlock } from '../markdown/prose';
import type { CheckOptions } from '../options';
import { firstIndex } from '../search';
import type { Source, Span } from '../types';
import { startsInside } from '../claims/quotation';
import { creditsBefore } from './captions';

// Which of a block's sources count for which of its sentences.

/**
 * Where a source counts for each sentence. A footnote call or citation usually follows the
 * sentence's final period ("…conflict.[^1] Next…"), so each sentence reaches up to the start of
 * the next one, and over a next one that only gives its source ("… 203 repositories. (Source:
 * [Govcode][9])", "… traffic. ([KPCB, 2017](…))"); in paragraph scope every sentence reaches over
 * the whole block.
 */
export function sourceRegions(block: ProseBlock, sentences: readonly Span[], options: CheckOptions): Span[] {
  if (options.sourceScope === 'paragraph') return sentences.map(() => block.span);
  const regions = sentences.map((sentence, i) => {
    const next = sentences[i + 1];
    const reach = next !== undefined && creditsBefore(block.text, next) ? sentences[i + 2] : next;
    return {
      start: i === 0 ? block.span.start : block.map.toSource(sentence.start),
      end: reach ? block.map.toSource(reach.start) : block.span.end,
    };
  });
  // A quotation of several sentences credited after its close ("… to discern them. It's often even
  // harder ….” — Dion Hinchcliffe, [On Digital Strategy](…)") is backed, every sentence of it, by
  // the credit's source: each reaches as far as the sentence that closes it. From the last
  // sentence back, so that a long quotation costs one step a sentence.
  let closing = sentences.length - 1;
  for (let i = sentences.length - 2; i >= 0; i--) {
    const next = sentences[i + 1] as Span;
    if (!startsInside(block.text, next.start)) closing = i;
    else if (closing > i && credited(block.text, sentences[closing] as Span)) regions[i] = { start: (regions[i] as Span).start, end: (regions[closing] as Span).end };
  }
  return regions;
}

/** A closing quotation mark, then a dash and whom it credits: "…them.” — Dion Hinchcliffe". */
const CREDITED_CLOSE = /[”"][\s*_]*[—–―]\s*\p{L}/u;

function credited(text: string, sentence: Span): boolean {
  return CREDITED_CLOSE.test(text.slice(sentence.start, sentence.end));
}

/**
 * The sources that count for each sentence, by the region each sentence's sources may stand in:
 * the regions are in order and do not overlap (or, in paragraph scope, are all the block), so each
 * source is placed by a binary search rather than tested against every sentence.
 */
export function sourcesByRegion(sources: readonly Source[], regions: readonly Span[]): ReadonlyArray<readonly Source[]> {
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
