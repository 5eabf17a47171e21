import assert from 'node:assert/strict';
import { detectLikelyAttribution } from '../../../../server/src/core/claims/model/likely';

function likely(sentence: string): { cue: string | undefined; confidence: number } | undefined {
  const claim = detectLikelyAttribution(sentence, { start: 0, end: sentence.length });
  return claim && { cue: claim.cue, confidence: claim.confidence };
}

describe('detectLikelyAttribution (the sentence model)', () => {
  it('finds attributions the rules have no pattern for, keyed on the word that weighed most', () => {
    for (const [sentence, cue] of [
      ['Mr. Mitchell supported the idea of a contested convention.', 'supported'],
      ['The campaign declined to comment on the donations.', 'declined'],
    ] as const) {
      const found = likely(sentence);
      assert.equal(found?.cue, cue, sentence);
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
