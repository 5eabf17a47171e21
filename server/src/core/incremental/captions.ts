import type { Ledger } from '../ledger/ledger';
import { resolveLinkSites, type Resolution } from '../sources/links';
import type { Source, Span } from '../types';
import { NONE, type BlockAnalysis } from '../engine/block';
import type { Run } from './blocks';

/** "Source: …", "(Sources: …)", "*Data: …*", "Via: …": words that say where what stands before them comes from. */
const SOURCE_LINE = /^[\s(\[*_]*(?:sources?|via|data|credit)\s*:/i;

/** A sentence all in parentheses, as a credit stands after what it backs: "(KPCB/Meeker, 2017)". */
const PARENTHESIZED = /^\s*\(([^()]*)\)[\s.]*$/;
/** The most words a credit has. */
const MAX_CREDIT_WORDS = 12;

/** Whether `text[span]` says where what stands before it comes from. */
export function givesSource(text: string, span: Span): boolean {
  return SOURCE_LINE.test(text.slice(span.start, Math.min(span.end, span.start + 20)));
}

/**
 * Whether the sentence `text[span]` credits the one before it: it says where that comes from, or
 * is short and all in parentheses, whose link or citation then backs it ("… of all internet
 * traffic. ([KPCB/Meeker, 2017](…))").
 */
export function creditsBefore(text: string, span: Span): boolean {
  if (givesSource(text, span)) return true;
  // Words counted after the match, not in it: a pattern of repeated words backtracks without end on
  // a long unclosed parenthesis.
  const inside = PARENTHESIZED.exec(text.slice(span.start, span.end))?.[1]?.trim();
  return inside !== undefined && inside !== '' && inside.split(/\s+/).length <= MAX_CREDIT_WORDS;
}

/**
 * A source line under a block: a paragraph that starts "Source: …" and links or cites something,
 * as writers put under a table, a list of figures or a paragraph. `offset` takes its spans into
 * the offsets of the block it covers.
 */
export interface Caption {
  readonly analysis: BlockAnalysis;
  readonly offset: number;
}

/** Whether a block is a source line: one paragraph that opens with "Source:" and holds a link, a footnote call or a citation. */
export function isSourceLine(analysis: BlockAnalysis): boolean {
  const only = analysis.prose.length === 1 ? analysis.prose[0] : undefined;
  if (analysis.type !== 'paragraph' || only === undefined) return false;
  return (analysis.sites.length > 0 || analysis.citations.length > 0) && givesSource(only.prose.text, { start: 0, end: only.prose.text.length });
}

/**
 * The caption of each block a source line covers, by run: the block right above the line, or every
 * item of the list right above it. `lines` says which runs hold a source line; only those are read,
 * and the blocks above each line, so a draft costs what its source lines cover, not its length.
 */
export function placeCaptions(runs: readonly Run[], lines: readonly boolean[]): ReadonlyMap<Run, readonly (Caption | undefined)[]> {
  const captions = new Map<Run, (Caption | undefined)[]>();
  runs.forEach((run, r) => {
    if (!lines[r]) return;
    run.blocks.forEach((line, i) => {
      if (!isSourceLine(line.analysis)) return;
      const at = line.shift + run.delta;
      // Up from the line, into the runs before when it opens its run.
      for (let q = r, k = i - 1; ; k--) {
        while (k < 0 && q > 0) k = (runs[--q]?.blocks.length ?? 0) - 1;
        const above = runs[q];
        const covered = above?.blocks[k];
        if (above === undefined || covered === undefined || isSourceLine(covered.analysis)) return;
        let list = captions.get(above);
        if (list === undefined) captions.set(above, (list = []));
        list[k] = { analysis: line.analysis, offset: at - (covered.shift + above.delta) };
        // A list is kept item by item: the line covers each item up to the list's first.
        if (covered.analysis.type !== 'listItem') return;
      }
    });
  });
  return captions;
}

/** The caption of each block of a run: NONE for a run with none, as most are. */
export function captionsOf(run: Run, captions: ReadonlyMap<Run, readonly (Caption | undefined)[]>): readonly (Caption | undefined)[] {
  const list = captions.get(run);
  return list === undefined ? NONE : run.blocks.map((_, i) => list[i]);
}

export function sameCaptions(a: readonly (Caption | undefined)[], b: readonly (Caption | undefined)[]): boolean {
  return a === b || (a.length === b.length && a.every((c, i) => sameCaption(c, b[i])));
}

/** Whether two blocks' captions are the same line at the same distance. */
export function sameCaption(a: Caption | undefined, b: Caption | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.analysis === b.analysis && a.offset === b.offset);
}

/** A block's sources: its links and footnote calls as resolved, and its citations of entries the ledger knows. */
export function sourcesIn(analysis: BlockAnalysis, resolution: Resolution, ledger: Ledger): Source[] {
  return [
    ...resolveLinkSites(analysis.sites, resolution),
    ...analysis.citations.filter((c) => ledger.get(c.id) ?? ledger.reference(c.id)).map((c): Source => ({ kind: 'citation', span: c.span, target: c.id })),
  ];
}

/** The sources a caption gives, in the offsets of the block it covers. */
export function captionSources({ analysis, offset }: Caption, resolution: Resolution, ledger: Ledger): Source[] {
  return sourcesIn(analysis, resolution, ledger).map((s) => ({ ...s, span: { start: s.span.start + offset, end: s.span.end + offset } }));
}
