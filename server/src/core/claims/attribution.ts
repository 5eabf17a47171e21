import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { cueAt } from './attribution/cue';
import { judge, type Found } from './attribution/judge';
import { readSentence } from './attribution/sentence';
import { isWritersVoice } from './attribution/speaker';
import type { DetectedClaim } from './detected';
import type { Lexicon } from './lexicon';

// A shallow, rule-based reading of one sentence: find each reporting cue, decide from its
// neighbours whether it is used to report, then look for who is speaking. Each step looks at a
// bounded window of tokens around the cue, so a sentence costs time linear in its length.
//
// The steps live in ./attribution: the words they know (words), the sentence as read once
// (sentence), cues (cue), what follows a verb (complement), how a verb form is used (verb-use),
// noun phrases (noun-phrase), speakers (speaker), and the verdict on each cue (judge).

/** The attribution claims of `text[sentence]` (whose tokens the caller may pass), at most one per cue, in text order. */
export function detectAttributions(text: string, sentence: Span, lexicon: Lexicon, tokens?: readonly Token[], keys?: readonly string[]): DetectedClaim[] {
  const s = readSentence(text, sentence, lexicon, tokens, keys);
  const found: Found[] = [];
  for (let i = 0; i < s.tokens.length; ) {
    const cue = cueAt(s, i);
    const result = cue === undefined ? undefined : judge(s, cue);
    // The writer's own thoughts and plans, and what they tell the reader, need no source.
    if (result !== undefined && (result.speaker === undefined || !isWritersVoice(s, result.speaker))) found.push(result);
    i = Math.max(i + 1, result?.resume ?? cue?.end ?? 0);
  }
  return select(found);
}

/**
 * A "where it was said" phrase yields to any other cue, and a cue without a speaker inside another
 * claim is part of it ("The agency reportedly told").
 */
function select(found: readonly Found[]): DetectedClaim[] {
  // Most sentences have one cue or none: nothing to choose.
  if (found.length <= 1) return found.map((f) => f.claim);
  const main = found.filter((f) => f.cue.kind !== 'channel');
  const claims = (main.length > 0 ? main : found).map((f) => f.claim);
  // Sorted by start, then longest first, a claim lies inside another when an earlier one reaches
  // past its end, or as far from further left.
  claims.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DetectedClaim[] = [];
  let reach = -1;
  let reachStart = -1;
  for (const c of claims) {
    const inside = reach > c.span.end || (reach === c.span.end && reachStart < c.span.start);
    if (!inside || c.speaker !== undefined) kept.push(c);
    if (c.span.end > reach) {
      reach = c.span.end;
      reachStart = c.span.start;
    }
  }
  return kept;
}
