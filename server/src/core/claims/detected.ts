import type { ClaimKind, Span } from '../types';

/** What a detector reports: a claim in the offsets of the prose block it was given. */
export interface DetectedClaim {
  readonly kind: ClaimKind;
  /** The key phrase, in prose offsets. */
  readonly span: Span;
  readonly speaker?: string;
  readonly cue?: string;
  /** 0 to 1. */
  readonly confidence: number;
  /**
   * Whether the reading is too thin to warn about whatever its score on news: a sentence the model
   * guesses at, or the thought or wish of someone unnamed ("users want", "they hoped").
   */
  readonly tentative?: boolean;
}
