import assert from 'node:assert/strict';
import { proseOf as prose, sourceOf } from '../../helpers/drafts';
import { joinLines } from '../../helpers/fixtures';

describe('core/markdown/prose', () => {
  it('removes inline markup and keeps link text, mapping offsets back to the draft', () => {
    const md = 'The *minister* said, per [Reuters](https://reuters.com "R"), that **12** died.';
    const [block] = prose(md);
    assert.ok(block);
    assert.equal(block.text, 'The minister said, per Reuters, that 12 died.');
    const at = block.text.indexOf('Reuters');
    assert.equal(sourceOf(md, block, at, at + 'Reuters'.length), 'Reuters');
    const twelve = block.text.indexOf('12');
    assert.equal(sourceOf(md, block, twelve, block.text.length), '12** died.');
  });

  it('skips code blocks, inline code, inline HTML, front matter and definitions; reads the text of HTML blocks', () => {
    const md = joinLines(
      '---',
      'title: Officials said 40 died',
      '---',
      '',
      '```',
      'officials said 40 died',
      '```',
      '',
      '<div>Officials said 40 died</div>',
      '',
      'Run `officials said` here.',
      '',
      '[ref]: https://example.org "Officials said"',
      '',
      '[^1]: Officials said so in a statement.',
    );
    const texts = prose(md).map((b) => b.text);
    assert.deepEqual(texts, ['Officials said 40 died', 'Run  here.']);
  });

  it('treats headings, list items, blockquotes and table cells as blocks', () => {
    const md = joinLines('# Headline here', '', '- item one', '- item two', '', '> quoted', '> text', '', '| a | b |', '|---|---|', '| c | d |');
    assert.deepEqual(
      prose(md).map((b) => b.text),
      ['Headline here', 'item one', 'item two', 'quoted\ntext', 'a', 'b', 'c', 'd'],
    );
  });

  it('maps across blockquote prefixes, escapes, entities and CRLF line endings', () => {
    const md = '> He said \\*40\\* &amp; more\r\n> died in 2020.';
    const [block] = prose(md);
    assert.ok(block);
    assert.equal(block.text, 'He said *40* & more\r\ndied in 2020.');
    const at = block.text.indexOf('died');
    assert.equal(sourceOf(md, block, at, at + 4), 'died');
    const amp = block.text.indexOf('&');
    assert.equal(sourceOf(md, block, amp, amp + 1), '&');
    const forty = block.text.indexOf('40');
    assert.equal(sourceOf(md, block, forty, forty + 2), '40');
  });

  it('keeps offsets right after astral characters and CJK text (UTF-16)', () => {
    const md = '🎉 中国外交部 said *40* people 👩‍👩‍👧 died.';
    const [block] = prose(md);
    assert.ok(block);
    const at = block.text.indexOf('died');
    assert.equal(sourceOf(md, block, at, at + 4), 'died');
  });

  describe('maps every character back to where the draft spells it (found by fuzzing)', () => {
    const cases: Array<[string, string]> = [
      // GFM makes autolink literals (and the text around them) without positions.
      ['text around a bare URL, after trailing spaces', '---\nbroken: [\n1. \nThe minister said that \nhttps://example.com/x\n1. '],
      ['text after an HTML comment and before a bare URL', 'a <!-- x --> said 12\n> 1. \nhttps://example.com/x and 40'],
      ['a character reference for an astral character', '&#x1F600;The minister said that \u{1F600} 12'],
      ['an escape and a named reference', 'A \\*starred\\* &amp; 12 percent'],
      ['a NUL, which Markdown replaces', 'Prices \u0000\u{1F600} rose 12 percent'],
      ['a container prefix before a reference', '> \u{1F600}\n>&#x1F600;\u{10000} 12'],
      ['a byte-order mark, which the parser leaves out of its offsets', '\uFEFF\nPrices rose 12 percent'],
    ];
    for (const [what, md] of cases) {
      it(what, () => {
        const [block] = prose(md);
        assert.ok(block);
        let previous = 0;
        for (let i = 0; i < block.text.length; i++) {
          const at = block.map.toSource(i);
          assert.ok(at >= previous, `prose ${i} maps to draft ${at}, before the previous character's ${previous}`);
          previous = at;
          // Each character is itself in the draft, or the start of the escape or reference that
          // spells it, or the NUL that Markdown replaced with U+FFFD.
          const spelled = md[at] === block.text[i] || '&\\'.includes(md[at] ?? '') || (block.text[i] === '\uFFFD' && md[at] === '\u0000');
          assert.ok(spelled, `prose ${i} ${JSON.stringify(block.text[i])} maps to draft ${at} ${JSON.stringify(md[at])}`);
        }
      });
    }
  });
});
