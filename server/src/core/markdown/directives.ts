import type { Nodes, Parents, Root } from 'mdast';
import type { FindingCode, Span } from '../types';

/** A part of the draft where findings are silenced, for every code or only the listed ones. */
export interface Silence {
  readonly span: Span;
  /** The codes silenced; undefined silences every code. */
  readonly codes?: ReadonlySet<string>;
}

const DIRECTIVE = /^<!--\s*fact-check-(ignore-next|disable|enable)\b([^]*?)-->\s*$/;

/**
 * Reads the HTML comments that silence findings:
 * `<!-- fact-check-ignore-next -->` silences the next block (or, inside a paragraph, the rest of it);
 * `<!-- fact-check-disable -->` … `<!-- fact-check-enable -->` silences everything between.
 * Each may name codes to silence only those: `<!-- fact-check-ignore-next unsourced-quantity -->`.
 */
export function findSilences(tree: Root, documentLength: number): Silence[] {
  const silences: Silence[] = [];
  let disabledFrom: { start: number; codes?: ReadonlySet<string> } | undefined;
  const visit = (parent: Parents): void => {
    parent.children.forEach((node: Nodes, index) => {
      if (node.type === 'html') {
        const directive = DIRECTIVE.exec(node.value.trim());
        const end = node.position?.end.offset;
        if (directive && end !== undefined) {
          const codes = parseCodes(directive[2] ?? '');
          if (directive[1] === 'ignore-next') {
            const target = isPhrasingParent(parent) ? parent : parent.children[index + 1];
            const targetEnd = target?.position?.end.offset;
            if (targetEnd !== undefined) silences.push({ span: { start: end, end: targetEnd }, codes });
          } else if (directive[1] === 'disable') {
            disabledFrom ??= { start: end, codes };
          } else if (disabledFrom) {
            silences.push({ span: { start: disabledFrom.start, end: node.position?.start.offset ?? end }, codes: disabledFrom.codes });
            disabledFrom = undefined;
          }
        }
      }
      if ('children' in node) visit(node);
    });
  };
  visit(tree);
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
