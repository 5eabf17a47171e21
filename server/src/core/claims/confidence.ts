import type { DetectedClaim } from './detected';

/**
 * What the attribution rules' scores mean on real news. The rules score a claim by the evidence
 * around its cue (a named speaker, a reported clause, a quotation); the share of claims at each
 * score whose sentence annotators marked as attributed, on the 600 tuning articles of PolNeAR's
 * training split (docs/detection.md), turns that score into a probability. The scores keep their
 * order; only their values change.
 */
const RULE_SHARES: readonly { readonly least: number; readonly share: number }[] = [
  { least: 0, share: 0.75 },
  { least: 0.3, share: 0.8 },
  { least: 0.5, share: 0.85 },
  { least: 0.7, share: 0.93 },
  { least: 0.9, share: 0.98 },
];

/** A rule's claim with its score replaced by the share of such claims found right on news. */
export function calibrated(claim: DetectedClaim): DetectedClaim {
  let share = RULE_SHARES[0]?.share ?? claim.confidence;
  for (const step of RULE_SHARES) if (claim.confidence >= step.least) share = step.share;
  return { ...claim, confidence: share };
}
