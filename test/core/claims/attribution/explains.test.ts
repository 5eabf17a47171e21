import assert from 'node:assert/strict';
import { detectAttributions } from '../../../../server/src/core/claims/attribution';
import { createLexicon } from '../../../../server/src/core/claims/lexicon';

const lexicon = createLexicon();

/** The key phrases of the attributions of `sentence`, a sentence on its own, that are not tentative. */
function claims(sentence: string): string[] {
  return detectAttributions(sentence, { start: 0, end: sentence.length }, lexicon)
    .filter((c) => c.tentative !== true)
    .map((c) => sentence.slice(c.span.start, c.span.end));
}

describe('core/claims/attribution/explains', () => {
  it('reads no statement in telling the reader or the writer how, what or whether, in the present', () => {
    assert.deepEqual(claims('Web performance metrics tell you how well your website is performing.'), []);
    assert.deepEqual(claims('Traditional sentiment analysis tells us whether a response is positive or negative.'), []);
    // Also with the wh-word's verb contracted.
    assert.deepEqual(claims('They’ll tell you what’s working, and what we need to fix.'), []);
    // Explaining what the reader is to do.
    assert.deepEqual(claims('The checklist explains what your agency needs to do to meet each requirement.'), []);
  });

  it('still reads what was told, and what is told with a "that"', () => {
    assert.deepEqual(claims('Their guidance counselor told us how he hacks the process.'), ['Their guidance counselor told']);
    assert.deepEqual(claims('The director tells us that the program will grow.'), ['The director tells']);
    assert.deepEqual(claims('The report explains how the agency failed its users.'), ['The report explains']);
  });
});
