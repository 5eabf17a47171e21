import assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/core/text/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('core/text/sentences', () => {
  it('splits on terminal punctuation before a capital letter', () => {
    assert.deepEqual(sentences('The call lasted an hour. Xi spoke first! Did it help? Nobody knows.'), [
      'The call lasted an hour.',
      'Xi spoke first!',
      'Did it help?',
      'Nobody knows.',
    ]);
  });

  it('does not split after titles, months, initials or inside decimals', () => {
    assert.deepEqual(sentences('Mr. Xi and Dr. Smith met on Jan. 5 with J. K. Rowling. Growth was 2.5 percent. Sen. Warren said no.'), [
      'Mr. Xi and Dr. Smith met on Jan. 5 with J. K. Rowling.',
      'Growth was 2.5 percent.',
      'Sen. Warren said no.',
    ]);
  });

  it('keeps acronyms inside a sentence but ends one when a new sentence clearly starts', () => {
    assert.deepEqual(sentences('The U.S. and the U.N. Security Council agreed. He moved to the U.S. The next day he left.'), [
      'The U.S. and the U.N. Security Council agreed.',
      'He moved to the U.S.',
      'The next day he left.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    assert.deepEqual(sentences('He said, "It is over." Then he left. (She disagreed.) "Why?" she asked.'), [
      'He said, "It is over."',
      'Then he left.',
      '(She disagreed.)',
      '"Why?" she asked.',
    ]);
  });

  it('handles curly quotes, ellipses and line breaks inside a paragraph', () => {
    assert.deepEqual(sentences('“We will win,” he said.\n“No doubt.” The crowd… cheered. Done'), [
      '“We will win,” he said.',
      '“No doubt.”',
      'The crowd… cheered.',
      'Done',
    ]);
  });

  it('returns nothing for blank text and trims surrounding space', () => {
    assert.deepEqual(sentences('   '), []);
    assert.deepEqual(sentences('  One.  Two.  '), ['One.', 'Two.']);
  });

  it('keeps a citation after the final punctuation with its sentence', () => {
    assert.deepEqual(sentences('The envoy said: “It is over.” [@xi-call] Officials said 40 died. Done [@a]. Next [see @b, p. 2; @c]. Last.'), [
      'The envoy said: “It is over.” [@xi-call]',
      'Officials said 40 died.',
      'Done [@a].',
      'Next [see @b, p. 2; @c].',
      'Last.',
    ]);
  });
});
