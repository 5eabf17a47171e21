import assert from 'node:assert/strict';
import { isNameLike } from '../../../../server/src/core/claims/attribution/words';
import { tokenize } from '../../../../server/src/core/text/tokens';

/** Whether the first token of `text` may be a name. */
function nameLike(text: string): boolean {
  return isNameLike(tokenize(text)[0]);
}

describe('core/claims/attribution/words', () => {
  describe('isNameLike', () => {
    it('a capitalized word in a cased script', () => {
      for (const word of ['Smith', 'Путин', 'Ελλάδα', 'Ärzte']) assert.ok(nameLike(word), word);
    });

    it('not a lowercase word', () => {
      for (const word of ['officials', 'заявил', 'ärzte']) assert.ok(!nameLike(word), word);
    });

    it('any word in a script without case', () => {
      for (const word of ['中国外交部', 'トヨタ', 'ひらがな', '외교부', 'وزارة', 'משרד', 'กระทรวง']) assert.ok(nameLike(word), word);
    });

    it('not a number, a mark or nothing', () => {
      assert.ok(!nameLike('2024'));
      assert.ok(!nameLike('“'));
      assert.ok(!isNameLike(undefined));
    });
  });
});
