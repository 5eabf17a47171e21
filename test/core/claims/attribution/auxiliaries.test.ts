import assert from 'node:assert/strict';
import { readings } from '../../../helpers/attributions';

describe('core/claims/attribution/auxiliaries', () => {
  it('reads a pronoun’s contracted "be" as a passive’s auxiliary, as its full form: "I’m told that …"', () => {
    assert.deepEqual(readings('I’m told that the minister will resign next week.'), [{ text: 'I’m told', tentative: false }]);
    assert.deepEqual(readings('We’re told that the deal is close.'), [{ text: 'We’re told', tentative: false }]);
    assert.deepEqual(readings('I am told that the deal is close.'), [{ text: 'am told', tentative: false }]);
  });

  it('keeps a contracted "you" the reader and a verdict no one’s, as their full forms', () => {
    for (const sentence of ['You’re encouraged to apply early.', 'You’re told to wait in line.', 'You are told to wait in line.']) assert.deepEqual(readings(sentence), [], sentence);
    assert.deepEqual(readings('They’re widely considered the best team in the league.'), [{ text: 'They’re widely considered', tentative: false }]);
  });

  it('reads no "be" in a contracted "’s", which may be "has": "He’s told reporters that …" has its speaker', () => {
    assert.deepEqual(readings('He’s told reporters that the deal is close.'), [{ text: 'He’s told reporters', speaker: 'He’s', tentative: false }]);
  });
});
