import type { Nodes, Root, RootContent } from 'mdast';
import { detectBlockClaims, introducesNext } from '../claims/detect';
import type { DetectedClaim } from '../claims/detected';
import { findDirectives, type Directive } from '../markdown/directives';
import { extractProse, type ProseBlock } from '../markdown/prose';
import { walk } from '../markdown/walk';
import type { CheckOptions } from '../options';
import { findCitations } from '../sources/citations';
import { findDefinitions, findLinkSites, type Definitions, type LinkSite } from '../sources/links';
import { OffsetMap } from '../text/offsets';
import { splitSentences } from '../text/sentences';
import type { Citation, Span } from '../types';
import type { UncheckedReason } from '../incremental/job';
import { isTable, oneWarningPerTable } from './grid';

/** One sentence of a prose block with the claims detected in it. */
export interface SentenceClaims {
  readonly span: Span;
  readonly claims: readonly DetectedClaim[];
}

/** A prose block (paragraph, heading, table cell) split into sentences, with its claims. */
export interface ProseAnalysis {
  readonly prose: ProseBlock;
  readonly sentences: readonly SentenceClaims[];
  /** Who its last sentence introduces with a colon, for a quotation in the block after it. */
  readonly introduces?: string;
}

/**
 * What the engine keeps of one top-level block of a draft: everything that depends on the block's
 * text alone, in the offsets of the text it was parsed from (a block placed in a draft adds a
 * shift). The syntax tree itself is dropped.
 */
export interface BlockAnalysis {
  /**
   * The syntax tree node type ("paragraph", "heading", "yaml"…). A top-level list is kept as one
   * block per item, so that an edit re-parses the items it touches, not the whole list: its first
   * item is typed "list", the items after it "listItem".
   */
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly prose: readonly ProseAnalysis[];
  readonly citations: readonly Citation[];
  readonly sites: readonly LinkSite[];
  readonly definitions: Definitions;
  /** Every label the parser defines in the block, footnotes prefixed with "^" (see `definedLabels`). */
  readonly defined: readonly string[];
  readonly directives: readonly Directive[];
  /** Why the parser could not read this stretch of the draft, when it could not: nothing in it is checked. */
  readonly unchecked?: UncheckedReason;
}

// Most blocks and sentences have no claims, citations, links, definitions or directives, and most
// claims no entries: they share one empty array rather than keep one each (a 5 MB draft has
// 30,000 blocks and 80,000 findings).
export const NONE: readonly never[] = [];
const NO_DEFINITIONS: Definitions = { links: NONE, notes: NONE };

export function orNone<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? NONE : items;
}

function orNoDefinitions(definitions: Definitions): Definitions {
  return definitions.links.length === 0 && definitions.notes.length === 0 ? NO_DEFINITIONS : definitions;
}

/**
 * Analyses a top-level node of a syntax tree parsed from `source` (or an item of a top-level list,
 * or the blocks that an indented code block is read as, typed `type`).
 */
export function analyzeBlock(node: RootContent | Root, source: string, options: CheckOptions, type: string = node.type): BlockAnalysis {
  const read = extractProse(node, source).map((block) => {
    const spans = splitSentences(block.text);
    const claims = detectBlockClaims(block.text, spans, options);
    const sentences = spans.map((span, i) => ({ span, claims: orNone(claims[i] ?? []) }));
    const introduces = introducesNext(block.text, spans, options);
    return introduces === undefined ? { prose: block, sentences } : { prose: block, sentences, introduces };
  });
  const prose = isTable(node) ? oneWarningPerTable(read) : read;
  return {
    type,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    prose: orNone(prose),
    citations: orNone(prose.flatMap((p) => findCitations(p.prose))),
    sites: orNone(findLinkSites(node, source)),
    definitions: orNoDefinitions(findDefinitions(node)),
    defined: orNone(definedLabels(node)),
    directives: orNone(findDirectives(node)),
  };
}

/** A stretch of `length` characters that the parser could not read, for `reason`: no prose, no sources. */
export function uncheckedBlock(length: number, reason: UncheckedReason): BlockAnalysis {
  return { type: 'unchecked', start: 0, end: length, prose: NONE, citations: NONE, sites: NONE, definitions: NO_DEFINITIONS, defined: NONE, directives: NONE, unchecked: reason };
}

/** A block analysis again from a structured clone of it (parsed on another thread), sharing empty arrays again. */
export function reviveBlock(copy: BlockAnalysis): BlockAnalysis {
  return {
    ...copy,
    prose: orNone(copy.prose.map((p) => ({ ...p, prose: { ...p.prose, map: OffsetMap.revive(p.prose.map) }, sentences: p.sentences.map((s) => ({ span: s.span, claims: orNone(s.claims) })) }))),
    citations: orNone(copy.citations),
    sites: orNone(copy.sites),
    definitions: orNoDefinitions(copy.definitions),
    defined: orNone(copy.defined),
    directives: orNone(copy.directives),
  };
}

/**
 * The labels the parser defines in a block: every link and footnote definition, however deeply
 * nested. Whether `[x]` or `[^x]` elsewhere is a reference at all depends on them.
 */
function definedLabels(node: Nodes): string[] {
  const labels: string[] = [];
  walk(node, (n) => {
    if (n.type === 'definition') labels.push(n.identifier);
    else if (n.type === 'footnoteDefinition') labels.push('^' + n.identifier);
    // Definitions are flow content: no need to look inside paragraphs, headings or tables.
    return n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'table';
  });
  return labels;
}
