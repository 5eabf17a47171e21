import assert from 'node:assert/strict';
import { charLength, classAt, DIGIT, isSpaceAt, LETTER, NUMERAL, OTHER, SPACE } from '../../../server/src/core/text/chars';
import { normalize } from '../../helpers/normalized';
import { tokenize } from '../../../server/src/core/text/tokens';

describe('core/text/chars', () => {
  it('classes letters and marks, digits, other numerals, spaces and the rest, in any script', () => {
    const classes = (text: string): number[] => [...text].map((_, i, chars) => classAt(chars.join(''), chars.slice(0, i).join('').length));
    assert.deepEqual(classes('aé\u0301٣²\u3000-'), [LETTER, LETTER, LETTER, DIGIT, NUMERAL, SPACE, OTHER]);
    assert.equal(classAt('a', 1), OTHER);
  });

  it('reads white space as /\\s/ does', () => {
    const text = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeffa.\u200b\u00ad\ud83d\ude00';
    for (let i = -1; i <= text.length; i++) assert.equal(isSpaceAt(text, i), /\s/.test(text.charAt(i)), `at ${i}`);
  });

  it('reads a lone surrogate as one character, so that neither scanner swallows the next', () => {
    assert.equal(charLength('\ud83d\ude00', 0), 2);
    assert.equal(charLength('\ud800b', 0), 1);
    assert.equal(normalize('a\ud800b c'), 'a b c');
    assert.deepEqual(tokenize('a\ud800b').map((t) => t.text), ['a', '\ud800', 'b']);
  });
});
