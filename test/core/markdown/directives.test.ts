import assert from 'node:assert/strict';
import { isSilenced } from '../../../server/src/core/markdown/directives';
import { findSilences } from '../../helpers/drafts';
import { parseMarkdown } from '../../../server/src/core/markdown/parse';
import { joinLines } from '../../helpers/fixtures';

function silencedLines(markdown: string, code = 'unsourced-attribution' as const): number[] {
  const silences = findSilences(parseMarkdown(markdown), markdown.length);
  const lines = markdown.split('\n');
  let offset = 0;
  const silenced: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '' && isSilenced(silences, code, offset)) silenced.push(i + 1);
    offset += line.length + 1;
  });
  return silenced;
}

describe('core/markdown/directives', () => {
  it('ignore-next silences the next block only', () => {
    const md = joinLines('One.', '', '<!-- fact-check-ignore-next -->', 'Two.', '', 'Three.');
    assert.deepEqual(silencedLines(md), [4]);
  });

  it('ignore-next silences a whole list that follows', () => {
    const md = joinLines('<!-- fact-check-ignore-next -->', '- a', '- b', '', 'c');
    assert.deepEqual(silencedLines(md), [2, 3]);
  });

  it('disable … enable silences everything between, and disable alone runs to the end', () => {
    const md = joinLines('A.', '<!-- fact-check-disable -->', '', 'B.', '', 'C.', '', '<!-- fact-check-enable -->', '', 'D.', '', '<!-- fact-check-disable -->', '', 'E.');
    assert.deepEqual(silencedLines(md), [4, 6, 14]);
  });

  it('a directive that names codes silences only those codes', () => {
    const md = joinLines('<!-- fact-check-ignore-next unsourced-quantity -->', 'Two.');
    assert.deepEqual(silencedLines(md, 'unsourced-attribution'), []);
    assert.deepEqual(silencedLines(md, 'unsourced-quantity' as never), [2]);
  });

  it('an inline ignore-next silences the rest of its paragraph', () => {
    const md = joinLines('Before <!-- fact-check-ignore-next --> after.', '', 'Next.');
    const silences = findSilences(parseMarkdown(md), md.length);
    assert.equal(isSilenced(silences, 'unsourced-attribution', md.indexOf('after')), true);
    assert.equal(isSilenced(silences, 'unsourced-attribution', md.indexOf('Before')), false);
    assert.equal(isSilenced(silences, 'unsourced-attribution', md.indexOf('Next')), false);
  });

  it('ordinary comments change nothing', () => {
    assert.deepEqual(silencedLines(joinLines('<!-- note to self -->', 'Two.')), []);
  });
});
