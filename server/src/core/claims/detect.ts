import type { CheckOptions } from '../options';
import type { Span } from '../types';
import { detectAttributions } from './attribution';
import type { DetectedClaim } from './detected';
import { detectLikelyAttribution } from './model/likely';
import { detectQuantities } from './quantity';
import { detectQuotations } from './quotation';

/**
 * Runs the enabled detectors over one sentence of a prose block. An attributed statement is one
 * claim however many cues it has ("According to state media, Xi assured…"), so only the most
 * confident attribution of a sentence is kept, and the sentence model is asked only when no rule
 * found one; every figure is a claim of its own.
 */
export function detectClaims(text: string, sentence: Span, options: CheckOptions): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  if (options.kinds.attribution) {
    let best: DetectedClaim | undefined;
    for (const claim of [...detectAttributions(text, sentence, options.lexicon), ...detectQuotations(text, sentence)]) {
      if (!best || claim.confidence > best.confidence) best = claim;
    }
    best ??= detectLikelyAttribution(text, sentence);
    if (best) claims.push(best);
  }
  if (options.kinds.quantity) claims.push(...detectQuantities(text, sentence));
  return claims;
}
