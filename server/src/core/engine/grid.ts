import type { Nodes } from 'mdast';
import type { DetectedClaim } from '../claims/detected';
import type { ProseAnalysis } from './block';

// A table of shares asks for one source: its cells ("38%", "62%") say nothing on their own, and a
// warning at each teaches the writer to ignore them. The first such cell of a table warns; the
// others are information, until a source line under the table covers them all.

/** Whether a top-level block is a table: GFM's, or an HTML one. */
export function isTable(node: Nodes): boolean {
  return node.type === 'table' || (node.type === 'html' && /^\s*<table\b/i.test(node.value));
}

/** The table's prose with every cell that is a share alone, but the first, made tentative. */
export function oneWarningPerTable(prose: readonly ProseAnalysis[]): ProseAnalysis[] {
  let first = true;
  return prose.map((analysis) => ({
    ...analysis,
    sentences: analysis.sentences.map((sentence) => {
      const claims = sentence.claims.map((c): DetectedClaim => {
        if (!isLoneShare(analysis.prose.text, sentence.span, c)) return c;
        const keep = first;
        first = false;
        return keep ? c : { ...c, tentative: true };
      });
      // Most sentences keep their claims as they were.
      return claims.every((c, i) => c === sentence.claims[i]) ? sentence : { span: sentence.span, claims };
    }),
  }));
}

/** A figure that is a share and all its sentence holds: a table's cell ("38%"). */
function isLoneShare(text: string, sentence: { start: number; end: number }, claim: DetectedClaim): boolean {
  if (claim.kind !== 'quantity' || claim.tentative === true) return false;
  const { start, end } = claim.span;
  return SHARE.test(text.slice(start, end)) && !WORDY.test(text.slice(sentence.start, start)) && !WORDY.test(text.slice(end, sentence.end));
}

const SHARE = /^[\d.,]+\s?%$/;
const WORDY = /[\p{L}\p{N}]/u;
