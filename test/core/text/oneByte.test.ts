import assert from 'node:assert/strict';
import fc from 'fast-check';
import { oneByte } from '../../../server/src/core/text/oneByte';

describe('core/text/oneByte', () => {
  it('gives back the same text, whatever its characters (property)', () => {
    // Cut from a text with a curly quote, as a finding's message quotes a draft.
    const draft = '“Prices rose 45 percent,” said the café’s owner: €2 \u0085 \u009f ÿ 😀';
    for (let start = 0; start < draft.length; start++) for (let end = start; end <= draft.length; end++) assert.equal(oneByte(draft.slice(start, end)), draft.slice(start, end));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 5000 }), (s) => oneByte(s) === s));
  });
});
