import assert from 'node:assert/strict';
import { detectAttributions } from '../../../../server/src/core/claims/attribution';
import { createLexicon } from '../../../../server/src/core/claims/lexicon';

const lexicon = createLexicon();

/** Each attribution of `sentence` as its key phrase, its speaker and whether it is tentative. */
function claims(sentence: string): { text: string; speaker?: string; tentative: boolean }[] {
  return detectAttributions(sentence, { start: 0, end: sentence.length }, lexicon).map((c) => ({
    text: sentence.slice(c.span.start, c.span.end),
    ...(c.speaker !== undefined && { speaker: c.speaker }),
    tentative: c.tentative === true,
  }));
}

describe('core/claims/attribution/heard', () => {
  it('reads what others told the writer as theirs: "we hear from agencies that …"', () => {
    assert.deepEqual(claims('Often, we hear from agencies that they would like to ask the public for ideas.'), [{ text: 'hear from agencies', speaker: 'agencies', tentative: false }]);
    assert.deepEqual(claims('I’ve heard many times from government reps that they don’t have time.'), [{ text: 'heard many times from government reps', speaker: 'government reps', tentative: false }]);
    assert.deepEqual(claims('We also heard back from the community asking why the summary was locked up.'), [{ text: 'heard back from the community', speaker: 'the community', tentative: false }]);
  });

  it('names no one where a pronoun stands for those heard from: "We’ve heard from you that …"', () => {
    assert.deepEqual(claims('We’ve heard from you that your boss isn’t aware of our programs.'), [{ text: 'heard from you', tentative: false }]);
  });

  it('reads nothing said where nothing follows those heard from', () => {
    for (const sentence of ['Since its release, I’ve heard from people working in local offices.', 'We heard from the team yesterday.']) assert.deepEqual(claims(sentence), [], sentence);
  });
});
