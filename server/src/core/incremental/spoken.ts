import type { DetectedClaim } from '../claims/detected';
import { QUOTATION_CUE } from '../claims/quotation';
import type { SentenceClaims } from '../engine/block';

// Who speaks in a paragraph of quoted words that names no one: whoever spoke, or was introduced,
// at the end of the paragraph before.

/**
 * A paragraph of quoted words with no one in it said to speak them goes on quoting whoever spoke at
 * the end of the paragraph before ("Ortega said. ⏎ “You need enough to get teams excited.”"), or
 * whoever the paragraph before ended by introducing ("…talked about this problem: ⏎ > “…”"): the
 * quotation is then as sure as one whose speaker is in its own paragraph. A question in quotation
 * marks ("An obvious question would be, “what is leadership development.”") is one asked, not
 * what the speaker before said.
 */
export function spokenBefore(sentence: SentenceClaims, text: string): SentenceClaims {
  const continued = (c: DetectedClaim): boolean => unspoken(c) && !ASKS.test(text.slice(c.span.start, c.span.end));
  // Most sentences have none: they are kept as they are.
  if (!sentence.claims.some(continued)) return sentence;
  return { span: sentence.span, claims: sentence.claims.map((c) => (continued(c) ? { ...c, tentative: false } : c)) };
}

/** Quoted words that open with a question word. */
const ASKS = /^["“«„‘']\s*(?:what|why|how|when|where|who|which)\b/i;

function unspoken(claim: DetectedClaim): boolean {
  return claim.cue === QUOTATION_CUE && claim.tentative === true && claim.speaker === undefined;
}

/** Whether someone speaks at the end of a paragraph: a speaker named in it, or a quotation going on from the one before. */
export function speaking(sentences: readonly SentenceClaims[], follows: boolean): boolean {
  let quoted = false;
  for (const { claims } of sentences) {
    for (const c of claims) {
      if (c.kind !== 'attribution') continue;
      if (c.speaker !== undefined && c.tentative !== true) return true;
      quoted ||= c.cue === QUOTATION_CUE;
    }
  }
  return follows && quoted;
}
