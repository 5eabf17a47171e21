import assert from 'node:assert/strict';
import { readings } from '../../../helpers/attributions';

describe('core/claims/attribution/heard', () => {
  it('reads what others told the writer as theirs: "we hear from agencies that …"', () => {
    assert.deepEqual(readings('Often, we hear from agencies that they would like to ask the public for ideas.'), [{ text: 'hear from agencies', speaker: 'agencies', tentative: false }]);
    assert.deepEqual(readings('I’ve heard many times from government reps that they don’t have time.'), [{ text: 'heard many times from government reps', speaker: 'government reps', tentative: false }]);
    assert.deepEqual(readings('We also heard back from the community asking why the summary was locked up.'), [{ text: 'heard back from the community', speaker: 'the community', tentative: false }]);
  });

  it('names no one where a pronoun stands for those heard from: "We’ve heard from you that …"', () => {
    assert.deepEqual(readings('We’ve heard from you that your boss isn’t aware of our programs.'), [{ text: 'heard from you', tentative: false }]);
  });

  it('reads nothing said where nothing follows those heard from', () => {
    for (const sentence of ['Since its release, I’ve heard from people working in local offices.', 'We heard from the team yesterday.']) assert.deepEqual(readings(sentence), [], sentence);
  });
});
