import assert from 'node:assert/strict';
import { parseMarkdown } from '../../../server/src/core/markdown/parse';
import { extractProse } from '../../../server/src/core/markdown/prose';
import { findCitations } from '../../../server/src/core/sources/citations';

function citations(markdown: string): Array<[string, string, string]> {
  return extractProse(parseMarkdown(markdown), markdown)
    .flatMap(findCitations)
    .map((c) => [c.id, markdown.slice(c.span.start, c.span.end), markdown.slice(c.group.start, c.group.end)]);
}

describe('core/sources/citations', () => {
  it('finds Pandoc citations with prefixes, locators and several keys', () => {
    assert.deepEqual(citations('He said so [@smith04]. Also [see @doe-99, p. 3] and [@a; -@b:c].'), [
      ['smith04', 'smith04', '[@smith04]'],
      ['doe-99', 'doe-99', '[see @doe-99, p. 3]'],
      ['a', 'a', '[@a; -@b:c]'],
      ['b:c', 'b:c', '[@a; -@b:c]'],
    ]);
  });

  it('accepts braced keys and drops trailing punctuation from keys', () => {
    assert.deepEqual(citations('As shown [@{odd key}] and [@end.].'), [
      ['odd key', 'odd key', '[@{odd key}]'],
      ['end', 'end', '[@end.]'],
    ]);
  });

  it('ignores e-mail addresses, code and text without brackets', () => {
    assert.deepEqual(citations('Write to [desk@paper.org] or @editor; `[@code]` is code.'), []);
  });

  it('maps keys inside emphasis and after non-ASCII text to the draft', () => {
    const md = 'Über *alles* — 中国 [@zh-2023].';
    assert.deepEqual(citations(md), [['zh-2023', 'zh-2023', '[@zh-2023]']]);
  });
});
