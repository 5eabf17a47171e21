import assert from 'node:assert/strict';
import { proseOf as prose, sourceOf } from '../../helpers/drafts';
import { joinLines } from '../../helpers/fixtures';

describe('core/markdown/html', () => {
  it('reads the text of an HTML block, a prose block for each block element', () => {
    const md = joinLines('<p style="text-align: left;">', '  Officials <em>said</em> 40&nbsp;people died.', '</p>', '<ul><li>One item</li><li>Another</li></ul>');
    const blocks = prose(md);
    assert.deepEqual(
      blocks.map((b) => b.text.trim()),
      ['Officials said 40\u00a0people died.', 'One item', 'Another'],
    );
    const [first] = blocks;
    assert.ok(first);
    const at = first.text.indexOf('40');
    assert.equal(sourceOf(md, first, at, first.text.indexOf('died') + 4), '40&nbsp;people died');
  });

  it('maps offsets across blockquote prefixes', () => {
    const md = joinLines('> <p>', '>   The ministry said 12 died.', '> </p>');
    const [block] = prose(md);
    assert.ok(block);
    const at = block.text.indexOf('12 died');
    assert.equal(sourceOf(md, block, at, at + 7), '12 died');
  });

  it('maps offsets across blockquote prefixes after a character reference, which the block keeps as written', () => {
    const md = joinLines('> <p>', '>   Prices &amp; wages rose &#x1F600; again.', '>   The ministry said 12 died.', '> </p>');
    const [block] = prose(md);
    assert.ok(block);
    const at = block.text.indexOf('12 died');
    assert.equal(sourceOf(md, block, at, at + 7), '12 died');
  });

  it('leaves out comments, scripts, styles, code, titles and tags, with templates in attributes', () => {
    const md = joinLines(
      '<div>',
      '<!-- officials said 40 died -->',
      '<script>var said = 40;</script><style>p { width: 40px }</style>',
      '<title>Page title. Maximum length 60-70 characters</title>',
      '<pre>officials said 40 died</pre>',
      'Check out <a href="{{< ref "apis.md" >}}">APIs in Government</a>.',
      '</div>',
    );
    assert.deepEqual(prose(md).map((b) => b.text.trim()), ['Check out APIs in Government.']);
  });

  it('reads a megabyte of unclosed tags in linear time', () => {
    const md = `<div>\n${'<a b="'.repeat(200_000)}`;
    assert.ok(prose(md).length <= 1);
  });
});
