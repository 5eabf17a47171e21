import assert from 'node:assert/strict';
import { keysOf } from '../../../server/src/core/claims/lexicon';
import { isInstructionOrSupposition, suppositionStart } from '../../../server/src/core/claims/mood';
import { tokenize } from '../../../server/src/core/text/tokens';

function supposes(sentence: string): boolean {
  const tokens = tokenize(sentence, { start: 0, end: sentence.length });
  return isInstructionOrSupposition(tokens, keysOf(tokens));
}

describe('core/claims/mood', () => {
  it('knows an instruction to the reader, or a supposition', () => {
    for (const sentence of [
      'Use a 16-character password.',
      'Hold more than 40 free webinars a year.',
      '[Please allow 24 business hours for a reply.]',
      'If 40 percent of voters turn out, he wins.',
      'Whether makers shipped 1 billion or 990 million, the trend is clear.',
      'Tweet at least 3-6 times a day to establish the account.',
      'Also, identify one or two champions that will promote your content.',
      'In short, use three tags a post.',
      'What if a single piece of paper could make your mobile app work 20 percent better?',
      'Submit at least one, but no more than three projects.',
      'Upload a dataset of up to 500 rows as an interactive dataset.',
      'As a team, discuss and reach consensus on 2 to 3 superstars.',
      'Perhaps 60 photos would have an identical score of 4.5.',
      'Hypothesis: Getting 12 partner organizations to link to the blog will lead to a 10% increase in sessions.',
      'Goal: 10,000 subscribers by June.',
      'See how close you can come to a perfect score of 63.',
    ]) {
      assert.equal(supposes(sentence), true, sentence);
    }
  });

  it('but not a statement that opens with such a word as a noun or a name', () => {
    for (const sentence of [
      'Use of force rose 40 percent last year.',
      'Hope Hicks said 40 people came.',
      'Visit Britain counted 40 million visitors.',
      'The agency holds 40 webinars a year.',
      // A hedge with no conditional estimates.
      'Perhaps 10,000 people attended the rally.',
      // A goal said of someone, not labelled, is stated.
      'The goal was 10,000 subscribers, and the agency met it.',
      // A purpose before the instruction: the example it points to states facts.
      'To help budget your time, consider this example: the team spent 70% of its time marketing the contest.',
      // A verb set off by a comma calls for attention.
      'See, 40 percent of them never voted.',
    ]) {
      assert.equal(supposes(sentence), false, sentence);
    }
  });

  it('nor one that asks the reader to mind a fact, which its "that" clause states', () => {
    for (const sentence of ['Please note that this is only one study of 70 students.', 'Keep in mind that 40 percent of users never scroll.', 'Remember that 3 in 4 visits come from phones.']) {
      assert.equal(supposes(sentence), false, sentence);
    }
    // Telling the reader what to make so stays an instruction.
    assert.equal(supposes('Make sure that you have 16 characters.'), true);
  });

  it('finds a supposition that opens after a break in the sentence, where its figures start to state nothing', () => {
    const at = (sentence: string): number => {
      const tokens = tokenize(sentence, { start: 0, end: sentence.length });
      return suppositionStart(tokens, keysOf(tokens));
    };
    const sentence = 'We care: if your post has not appeared within 24 business hours, write to us.';
    assert.equal(at(sentence), sentence.indexOf('if'));
    // "if" with no break before it ("see if") opens no supposition of the writer's.
    assert.equal(at('Sales rose 5 percent, as we can see if we look.'), Infinity);
    assert.equal(at('Sales rose 5 percent last year.'), Infinity);
  });
});
