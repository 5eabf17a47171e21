import type { ClaimKind, Finding, FindingCode, Span } from '../core';

/**
 * What a diagnostic carries for its quick fixes (LSP `Diagnostic.data`), so that the code-action
 * handler needs no second analysis. It travels through the client and comes back, so it is
 * versioned and checked on the way in.
 */
export interface FindingData {
  readonly v: 1;
  /** The draft version the finding was computed for: fixes for another version are stale. */
  readonly version: number;
  readonly code: FindingCode;
  readonly entryIds: readonly string[];
  readonly claim?: {
    readonly kind: ClaimKind;
    readonly text: string;
    readonly speaker?: string;
    readonly sentence: Span;
    readonly block: Span;
  };
  readonly citation?: { readonly id: string; readonly span: Span };
}

export function toFindingData(finding: Finding, version: number): FindingData {
  const { claim, citation } = finding;
  return {
    v: 1,
    version,
    code: finding.code,
    entryIds: finding.entryIds,
    ...(claim && { claim: { kind: claim.kind, text: claim.text, speaker: claim.speaker, sentence: claim.sentence, block: claim.block } }),
    ...(citation && { citation: { id: citation.id, span: citation.span } }),
  };
}

/** The payload of a diagnostic, or undefined when it is not one of ours or not this version's shape. */
export function readFindingData(data: unknown): FindingData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<FindingData>;
  if (d.v !== 1 || typeof d.version !== 'number' || typeof d.code !== 'string' || !Array.isArray(d.entryIds)) return undefined;
  if (d.claim !== undefined && !(isSpan(d.claim.sentence) && isSpan(d.claim.block) && typeof d.claim.text === 'string')) return undefined;
  if (d.citation !== undefined && !(isSpan(d.citation.span) && typeof d.citation.id === 'string')) return undefined;
  return d as FindingData;
}

function isSpan(value: unknown): value is Span {
  const s = value as Partial<Span> | undefined;
  return typeof s?.start === 'number' && typeof s.end === 'number' && s.start <= s.end;
}
