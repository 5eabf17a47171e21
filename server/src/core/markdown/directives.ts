import type { Nodes, Parents } from 'mdast';
import type { FindingCode, Span } from '../types';
import { walk } from './walk';

/** A part of the draft where findings are silenced, for every code or only the listed ones. */
export interface Silence {
  readonly span: Span;
  /** The codes silenced; undefined silences every code. */
  readonly codes?: ReadonlySet<string>;
}

/**
 * One silencing comment of a top-level block, in the block's offsets. An `ignore-next` whose target
 * is the next top-level block cannot know that block's end while only its own block is parsed, so
 * it says `next` and the document-wide pass resolves it.
 */
export type Directive =
  | { readonly kind: 'ignore-next'; readonly start: number; readonly end: number | 'next'; readonly codes?: ReadonlySet<string> }
  | { readonly kind: 'disable'; readonly at: number; readonly codes?: ReadonlySet<string> }
  | { readonly kind: 'enable'; readonly at: number };

const DIRECTIVE = /^<!--\s*fact-check-(ignore-next|disable|enable)\b([^]*?)-->\s*$/;

/**
 * Reads the HTML comments of one top-level block that silence findings:
 * `<!-- fact-check-ignore-next -->` silences the next block (or, inside a paragraph, the rest of it);
 * `<!-- fact-check-disable -->` … `<!-- fact-check-enable -->` silences everything between.
 * Each may name codes to silence only those: `<!-- fact-check-ignore-next unsourced-quantity -->`.
 */
export function findDirectives(block: Nodes): Directive[] {
  const directives: Directive[] = [];
  walk(block, (node, parent, index) => {
    if (node.type !== 'html') return;
    const directive = DIRECTIVE.exec(node.value.trim());
    const end = node.position?.end.offset;
    if (!directive || end === undefined) return;
    const codes = parseCodes(directive[2] ?? '');
    if (directive[1] === 'ignore-next') {
      if (!parent) return void directives.push({ kind: 'ignore-next', start: end, end: 'next', codes });
      const target = isPhrasingParent(parent) ? parent : parent.children[index + 1];
      const targetEnd = target?.position?.end.offset;
      if (targetEnd !== undefined) directives.push({ kind: 'ignore-next', start: end, end: targetEnd, codes });
    } else if (directive[1] === 'disable') directives.push({ kind: 'disable', at: end, codes });
    else directives.push({ kind: 'enable', at: node.position?.start.offset ?? end });
  });
  return directives;
}

/** A top-level block's directives placed in the draft: `shift` turns block offsets into draft offsets. */
export interface PlacedDirectives {
  readonly directives: readonly Directive[];
  readonly shift: number;
  /** The end of the next top-level block in the draft, the target of a top-level `ignore-next`. */
  readonly nextEnd: number | undefined;
}

/** The silences of a whole draft, from its blocks' directives in document order. */
export function resolveSilences(blocks: Iterable<PlacedDirectives>, documentLength: number): Silence[] {
  const silences: Silence[] = [];
  let disabledFrom: { start: number; codes?: ReadonlySet<string> } | undefined;
  for (const { directives, shift, nextEnd } of blocks) {
    for (const d of directives) {
      if (d.kind === 'ignore-next') {
        const end = d.end === 'next' ? nextEnd : d.end + shift;
        if (end !== undefined) silences.push({ span: { start: d.start + shift, end }, codes: d.codes });
      } else if (d.kind === 'disable') disabledFrom ??= { start: d.at + shift, codes: d.codes };
      else if (disabledFrom) {
        silences.push({ span: { start: disabledFrom.start, end: d.at + shift }, codes: disabledFrom.codes });
        disabledFrom = undefined;
      }
    }
  }
  if (disabledFrom) silences.push({ span: { start: disabledFrom.start, end: documentLength }, codes: disabledFrom.codes });
  return silences;
}

/** Whether a finding of `code` that starts at `offset` is silenced. */
export function isSilenced(silences: readonly Silence[], code: FindingCode, offset: number): boolean {
  return silences.some((s) => offset >= s.span.start && offset < s.span.end && (!s.codes || s.codes.has(code)));
}

function parseCodes(text: string): ReadonlySet<string> | undefined {
  const codes = text.split(/[\s,]+/).filter((c) => c !== '');
  return codes.length > 0 ? new Set(codes) : undefined;
}

function isPhrasingParent(node: Parents): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
}
