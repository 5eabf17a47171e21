import assert from 'node:assert/strict';
import { detectLikelyAttribution } from '../../../../server/src/core/claims/model/likely';

function likely(sentence: string): { text: string; cue: string | undefined; tentative: boolean | undefined; confidence: number } | undefined {
  const claim = detectLikelyAttribution(sentence, { start: 0, end: sentence.length });
  return claim && { text: sentence.slice(claim.span.start, claim.span.end), cue: claim.cue, tentative: claim.tentative, confidence: claim.confidence };
}

describe('detectLikelyAttribution (the sentence model)', () => {
  it('finds attributions the rules have no pattern for, as tentative claims on the whole sentence', () => {
    for (const sentence of ['Mr. Mitchell supported the idea of a contested convention.', 'The campaign declined to comment on the donations.']) {
      const found = likely(sentence);
      assert.ok(found, sentence);
      // No word the model weighs says who spoke: the claim names no cue, and is no warning.
      assert.deepEqual([found.text, found.cue, found.tentative], [sentence, undefined, true]);
      assert.ok(found.confidence > 0 && found.confidence < 1);
    }
  });

  it('leaves plain narration alone', () => {
    for (const sentence of [
      'The Senate passed the bill on Tuesday.',
      'Trump won the state by 20 points.',
      'The rally was held in a high school gym in Des Moines.',
    ]) {
      assert.equal(likely(sentence), undefined, sentence);
    }
  });
});
