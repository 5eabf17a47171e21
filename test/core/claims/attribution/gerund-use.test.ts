import assert from 'node:assert/strict';
import { detectAttributions } from '../../../../server/src/core/claims/attribution';
import { createLexicon } from '../../../../server/src/core/claims/lexicon';

const lexicon = createLexicon();

/** The cues of the attributions of `sentence`, a sentence on its own. */
function cues(sentence: string): string[] {
  return detectAttributions(sentence, { start: 0, end: sentence.length }, lexicon).map((c) => c.cue ?? '');
}

describe('core/claims/attribution/gerund-use', () => {
  it('reads a gerund joined to a subject or to a preposition’s object as a noun too', () => {
    assert.deepEqual(cues('Setting targets and reporting performance should not be the end of an agency’s attention.'), []);
    assert.deepEqual(cues('Advancing data analysis is a shift from describing and explaining data to predicting it.'), []);
    assert.deepEqual(cues('We have pioneers to thank for first testing the waters and later advocating the use of prizes.'), []);
    // The last of a list of them.
    assert.deepEqual(cues('Standards on creating forms, communicating application status, and explaining processes can improve services.'), []);
  });

  it('reads a gerund that is the object of "include", "involve" or "require" as the activity, a noun', () => {
    assert.deepEqual(cues('The building blocks of good SEO include understanding:'), []);
    assert.deepEqual(cues('The job involves explaining the rules to visitors.'), []);
  });

  it('reads a gerund that opens the sentence as its subject, unless a comma and the subject follow', () => {
    assert.deepEqual(cues('Saying that you were hit by a hurricane does not put it into context.'), []);
    assert.deepEqual(cues('Noting that the vote was close, Schlafly said the count would resume.'), ['Noting', 'said']);
  });

  it('reads a gerund right after the comma that closes an opening clause as the main clause’s subject', () => {
    assert.deepEqual(cues('As OneBox answers can satisfy a user without a click, understanding OneBox usage is essential to interpreting our click rate.'), []);
    // After a later comma, or after an opening phrase, it is a participle.
    assert.deepEqual(cues('When the report came out, he resigned, saying it was flawed.'), ['saying']);
    assert.deepEqual(cues('After the vote, saying the plan was flawed, the senator left.'), ['saying']);
  });

  it('but one joined to a participle reports what its subject said', () => {
    assert.deepEqual(cues('He left after thanking the crowd and saying that the war was over.'), ['saying']);
    assert.deepEqual(cues('The ministry issued a statement saying that prices rose.').includes('saying'), true);
  });

  it('reads a graded gerund as an adjective, and one after "is" as the verb', () => {
    assert.deepEqual(cues('Balancing sprint work and day jobs is very demanding.'), []);
    assert.deepEqual(cues('Through our research, we have identified promising tools to tackle these problems.'), []);
    assert.deepEqual(cues('That is why I publicize promising datasets that should be APIs.'), []);
    assert.deepEqual(cues('Donald Trump is telling supporters that he will win.'), ['telling']);
    assert.deepEqual(cues('The senator won the seat by promising voters that taxes would fall.'), ['promising']);
    assert.deepEqual(cues('Officials are warning that the storm will worsen.'), ['warning']);
  });
});
