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

describe('core/claims/attribution/auxiliaries', () => {
  it('reads a pronoun’s contracted "be" as a passive’s auxiliary, as its full form: "I’m told that …"', () => {
    assert.deepEqual(claims('I’m told that the minister will resign next week.'), [{ text: 'I’m told', tentative: false }]);
    assert.deepEqual(claims('We’re told that the deal is close.'), [{ text: 'We’re told', tentative: false }]);
    assert.deepEqual(claims('I am told that the deal is close.'), [{ text: 'am told', tentative: false }]);
  });

  it('keeps a contracted "you" the reader and a verdict no one’s, as their full forms', () => {
    for (const sentence of ['You’re encouraged to apply early.', 'You’re told to wait in line.', 'You are told to wait in line.']) assert.deepEqual(claims(sentence), [], sentence);
    assert.deepEqual(claims('They’re widely considered the best team in the league.'), [{ text: 'They’re widely considered', tentative: false }]);
  });

  it('reads no "be" in a contracted "’s", which may be "has": "He’s told reporters that …" has its speaker', () => {
    assert.deepEqual(claims('He’s told reporters that the deal is close.'), [{ text: 'He’s told reporters', speaker: 'He’s', tentative: false }]);
  });
});
