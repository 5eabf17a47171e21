import assert from 'node:assert/strict';
import { charLength, classAt, DIGIT, LETTER, NUMERAL, OTHER, SPACE } from '../../../server/src/core/text/chars';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { tokenize } from '../../../server/src/core/text/tokens';

/** The normalized tokens of `text` joined by single spaces: equal keys mean equal wording. */
const normalize = (text: string): string => normalizeTokens(text).map((t) => t.norm).join(' ');

describe('core/text/chars', () => {
  it('classes letters and marks, digits, other numerals, spaces and the rest, in any script', () => {
    const classes = (text: string): number[] => [...text].map((_, i, chars) => classAt(chars.join(''), chars.slice(0, i).join('').length));
    assert.deepEqual(classes('aé\u0301٣²\u3000-'), [LETTER, LETTER, LETTER, DIGIT, NUMERAL, SPACE, OTHER]);
    assert.equal(classAt('a', 1), OTHER);
  });

  it('reads a lone surrogate as one character, so that neither scanner swallows the next', () => {
    assert.equal(charLength('\ud83d\ude00', 0), 2);
    assert.equal(charLength('\ud800b', 0), 1);
    assert.equal(normalize('a\ud800b c'), 'a b c');
    assert.deepEqual(tokenize('a\ud800b').map((t) => t.text), ['a', '\ud800', 'b']);
  });
});
