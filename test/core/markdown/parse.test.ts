import assert from 'node:assert/strict';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { frontMatter } from '../../../server/src/core/markdown/frontMatter';
import { parseMarkdown, parseTopLevel } from '../../../server/src/core/markdown/parse';
import { plainLists } from '../../../server/src/core/markdown/lists';
import { plainParagraphs } from '../../../server/src/core/markdown/plain';
import { draft } from '../../helpers/markdownArbitraries';
import { inlineDraft } from '../../helpers/inlineMarkdown';
import { joinLines, readFixture } from '../../helpers/fixtures';
import { assertSameAsMicromark } from '../../helpers/topLevel';

const runs = Number(process.env['FC_RUNS'] ?? 200);

// Lines of mostly plain text with the characters that make Markdown of it now and then, after
// lines that open or close blocks: what the plain paragraphs' test of their text must get right.
const TRICKY = fc.constantFrom(':', '-', '--', '=', '.', ')', '1', '12', '!', '?', '"', '“', '’', "'", '(', '%', '$', '+', '#', '>', '^', '{', '}', ';', '/', ',', '|', '~', '*', '_', '`', '[', ']', '<', '&', '\\', '@');
const ODD = fc.constantFrom('\t', '\u00a0', '\u000b', '\f', '\r', '\u2028', '\ufeff', '\0', '&amp;', '  ');
// What starts GFM's autolink literals: a word after one makes a link.
const AUTOLINK = fc.constantFrom('www.', 'WwW.', 'http://', 'HTTPS://', 'mailto:', 'xmpp:', 'a@b.co', '@');
const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('a', 'Word', ' ', 'said', '3,200') },
  { weight: 2, arbitrary: TRICKY },
  { weight: 1, arbitrary: ODD },
  { weight: 1, arbitrary: AUTOLINK },
);
// How a line may start a block (or a table's delimiter row, or nothing at all).
const START = fc.constantFrom(':--', ':-:', '-:', '--- | ---', '=', '==', '-', '- ', '+ ', '* ', '1.', '1. ', '2) ', '1984. ', '#', '# ', '>', '> ', ' ', '    ', '\t', '***', '___', '```', '~~~', '<b>', '[x]: /u');
// How a line may end: white space the parser strips, a hard break.
const END = fc.constantFrom(' ', '  ', '\t', '\\');
const line = fc.oneof(
  START,
  fc
    .tuple(fc.option(START, { freq: 3 }), fc.array(piece, { maxLength: 6 }), fc.option(END, { freq: 4 }))
    .map(([start, p, end]) => (start ?? '') + p.join('') + (end ?? '')),
);
const opener = fc.constantFrom('```', '~~~', '<!--', '-->', '<pre>', '</pre>', '<div>', '- item', '1. item', '> quote', '    code', '[^1]: note', '[a]: /u', '---', '***', '| a |');
const lines = fc.array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: opener }), { maxLength: 12 });

// remark with GFM as it comes, every transform of the tree run on every document.
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

describe('core/markdown/parse', () => {
  it('finds the literal autolinks in text as remark does, skipping the search only where there can be none', () => {
    for (const text of ['See www.example.org or HTTPS://example.org/a.', 'Write to desk@example.org.', 'Write to desk&#64;example.org or w&#119;w.example.org.', '*Mail mailto:a@b.co*, [not www.x.org](/u)', 'Nothing to link: 40 people died.']) {
      assert.deepEqual(parseMarkdown(text), remark.parse(text), text);
    }
    assert.equal(JSON.stringify(parseMarkdown('Write to desk&#64;example.org.')).match(/"type":"link"/g)?.length, 1);
  });

  it('parses as remark does, with literal autolinks or without (property)', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('\n', '\r\n'), (ls, eol) => {
        const text = ls.join(eol);
        // A leading byte-order mark is counted in our offsets and not in remark's (see below).
        fc.pre(!text.startsWith('\ufeff'));
        assert.deepEqual(parseMarkdown(text), remark.parse(text));
      }),
      { numRuns: runs * 5 },
    );
  });

  it('counts a leading byte-order mark in its offsets, where remark leaves it out', () => {
    for (const text of ['\ufeff\n', '\ufeffSee www.example.org.\n']) {
      const tree = parseMarkdown(text);
      assert.equal(tree.position?.start.offset, 1, JSON.stringify(text));
      assert.equal(tree.position?.end.offset, text.length, JSON.stringify(text));
    }
  });

  it('still gives up on a tree nested too deeply, as remark does, with or without a literal autolink', () => {
    for (const text of ['> '.repeat(7_000) + 'Officials said so.', '> '.repeat(7_000) + 'See www.example.org.']) assert.throws(() => parseMarkdown(text), /call stack/);
  });

  it('tells plain paragraphs from text the parser reads otherwise (property)', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('\n', '\r\n'), fc.boolean(), (ls, eol, fragment) => assertSameAsMicromark(ls.join(eol), fragment)),
      { numRuns: runs * 10 },
    );
  });

  it('gives the top-level nodes micromark gives, plain paragraphs and all (property)', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (text, fragment) => assertSameAsMicromark(text, fragment)),
      { numRuns: runs },
    );
  });

  it('reads links, text in brackets, footnote calls, code, emphasis, references, lists and quotes as micromark does, leaving it their near misses (property)', function () {
    // Two thousand drafts of up to eight blocks: about ten seconds on a quiet machine.
    this.timeout(60_000);
    fc.assert(
      fc.property(inlineDraft, fc.boolean(), (text, fragment) => assertSameAsMicromark(text, fragment)),
      { numRuns: runs * 10 },
    );
  });

  it('makes plain paragraphs itself, and one-line list items and quote lines, leaving any markup but simple inline markup to micromark', () => {
    const text = joinLines(
      'Officials said the talks would resume.',
      'A second line, “quoted”, with 3,200 troops and 14.5% (approx.)!',
      '',
      'The *minister* said so.',
      '',
      'Write to press@example.org. See www.example.org today.',
      '',
      'Trailing blanks make a hard break  ',
      'here.',
      '',
      '- The report cites 3,200 troops.',
      '- A [linked](https://example.org) item.',
      '1. An item with a second line',
      '   that continues it.',
      '',
      '> A quote of one line.',
      '>',
      '> Two lines',
      '> of a quote.',
      '',
      '1984. A list item, not a paragraph.',
    );
    // The quote's last line continues the paragraph of the line before: it is not proposed.
    assert.deepEqual(
      plainParagraphs(text).map((p) => text.slice(p.node.position?.start.offset, p.node.position?.end.offset)),
      ['Officials said the talks would resume.\nA second line, “quoted”, with 3,200 troops and 14.5% (approx.)!', 'The *minister* said so.', 'The report cites 3,200 troops.', 'A [linked](https://example.org) item.', 'A quote of one line.', 'A list item, not a paragraph.'],
    );
    assertSameAsMicromark(text, false);
    // A quote's blank line ends the paragraph before it and starts none: each line after one is proposed.
    const quote = '> One line.\n>\n> Another.\r\n>\r\n> A third.\n';
    assert.deepEqual(
      plainParagraphs(quote).map((p) => quote.slice(p.node.position?.start.offset, p.node.position?.end.offset)),
      ['One line.', 'Another.', 'A third.'],
    );
    assertSameAsMicromark(quote, true);
  });

  it('reads links, text in brackets, footnote calls, code, emphasis and references without micromark, unless a definition makes a link of brackets', () => {
    const text = joinLines(
      'The *minister* told **reporters** that [the talks](https://example.org/a_(b)) would resume.[^1]',
      'The estimate of 3,200 troops is disputed [@claim-1]; see `fact-check` &#8211; and _the report_. ',
      '',
      '- An item [with a link](/u) and __strong__ words.',
      '',
      '[^1]: A note.',
      '',
      'Brackets that a definition makes a [link].',
      '',
      '[link]: /d',
    );
    const paragraphs = plainParagraphs(text);
    assert.deepEqual(
      paragraphs.map((p) => p.node.children.map((node) => node.type).join(' ')),
      ['text emphasis text strong text link text footnoteReference text inlineCode text emphasis text', 'text link text strong text', 'text'],
    );
    const shortcut = { paragraphs: 0 };
    assert.deepEqual(parseTopLevel(text, false, shortcut), parseMarkdown(text).children);
    // The last paragraph's brackets make a link: it is micromark's, the others are not.
    assert.equal(shortcut.paragraphs, 2);
    assertSameAsMicromark(text.replace('[link]: /d', ''), false);
  });

  it('reads plain front matter as micromark does, and the rest after it as micromark does after it', () => {
    for (const text of ['---\ntitle: Draft\n---\n\nText.', '---\r\ntitle: x\r\n\r\na: b\r\n---\r\n', '---\n---', '---\n\n---\n---\nA setext heading?\n---\n']) {
      assert.deepEqual(frontMatter(text)?.node, parseMarkdown(text).children[0], JSON.stringify(text));
      assertSameAsMicromark(text, false);
    }
    // Not of the plain form: micromark reads it (or finds no front matter).
    for (const text of ['--- \na\n---\n', '---\n--- \n---', '---\na\tb\n---\n', '---\na\n', '+++\na = 1\n+++\n']) {
      assert.equal(frontMatter(text), undefined, JSON.stringify(text));
      assertSameAsMicromark(text, false);
    }
  });

  it('leaves to micromark plain text in a fenced code block, an HTML comment or front matter, or that a lazy line continues', () => {
    const text = joinLines('---', 'title: Draft', '', 'Plain words', '', '---', '', '```', '', 'Plain words', '- Plain item', '', '```', '', '<!--', '', 'Plain words', '', '-->', '', 'Plain words at last.');
    // Front matter is skipped; the code block and the comment are not, and fall back to micromark.
    assert.equal(plainParagraphs(text).length, 3);
    assert.deepEqual(
      parseTopLevel(text).map((node) => node.type),
      ['yaml', 'code', 'html', 'paragraph'],
    );
    assertSameAsMicromark(text, false);
    assertSameAsMicromark(joinLines('```', '', 'Plain words'), true);
    assertSameAsMicromark(joinLines('> A quote', 'and its lazy line', '- An item', '- Another', 'lazy', '', 'The end.'), true);
  });

  it('stands one stand-in for a run of plain paragraphs with only blank lines between them, where that changes nothing', () => {
    const count = (text: string): number => {
      const shortcut = { paragraphs: 0 };
      assert.deepEqual(parseTopLevel(text, false, shortcut), parseMarkdown(text).children, JSON.stringify(text));
      return shortcut.paragraphs;
    };
    // Around a list and a quote, each run of the root's paragraphs and headings is one stand-in.
    assert.equal(count(joinLines('# Title', '', 'One.', '', 'Two,', 'on two lines.', ' ', '', 'Three.', '', '- An item', '- Another', '', 'Four.', '', 'Five.', '', '> A quote', '', 'Six.')), 10);
    // A run in a fenced code block or an HTML comment is none of the root's paragraphs, nor is one of it that a definition makes a link of.
    assert.equal(count(joinLines('```', '', 'One.', '', 'Two.', '', '```', '', 'Three.', '', '<!--', '', 'Four.', '', 'Five.', '-->', '', 'Six.')), 2);
    assert.equal(count(joinLines('One.', '', 'A [link].', '', 'Three.', '', '[link]: /d')), 2);
    // A list item's text starts no run: the paragraph after the item is the root's.
    assert.equal(count(joinLines('- An item', '', 'One.', '', 'Two.')), 3);
  });

  it('reads an ATX heading of simple markup alone between blank lines without micromark, leaving it any other', () => {
    const headings = ['# Title', '## A *plain* [heading](/h) ##', '###### Six', '#', '# #', '### ###  ', '# Ends in a hash#', '#  Spaced  #  '];
    const text = joinLines(...headings.flatMap((h) => [h, '']), 'Text.');
    assert.deepEqual(
      plainParagraphs(text).map((p) => p.node.type),
      [...headings.map(() => 'heading'), 'paragraph'],
    );
    assertSameAsMicromark(text, false);
    // Seven hashes, a tab, an indent, an escape, a line after it, a heading inside an item: micromark's.
    for (const other of ['####### Seven', '#\tTab', ' # Indented', '# Escaped \\#', '# Heading\nand a line', '- # In an item', '#hashtag']) {
      const shortcut = { paragraphs: 0 };
      assert.deepEqual(parseTopLevel(joinLines(other, '', 'Text.'), false, shortcut), parseMarkdown(joinLines(other, '', 'Text.')).children, other);
      assert.equal(plainParagraphs(other).filter((p) => p.node.type === 'heading').length, 0, other);
    }
  });

  it('reads a list of one-line items of simple markup without micromark, tight or loose, and leaves micromark a list it may join or nest', () => {
    const blocks = (text: string): string[] => plainLists(text, plainParagraphs(text)).map((b) => b.node.type);
    const count = (text: string): number => {
      const shortcut = { paragraphs: 0 };
      assert.deepEqual(parseTopLevel(text, false, shortcut), parseMarkdown(text).children, JSON.stringify(text));
      return shortcut.paragraphs;
    };
    // A loose list (a blank line between two items), then an indented ordered one, each read whole.
    const text = joinLines('Intro.', '', '- One [item](/u).', '- Two.', '', '- Three, after a blank line.', '', '  1. Indented', '  2. numbers', '', 'The end.');
    assert.deepEqual(blocks(text), ['paragraph', 'list', 'list', 'paragraph']);
    assert.equal(count(text), 7);
    assert.equal(count(text.replace(/\n/g, '\r\n')), 7);
    // Items of another bullet or width, or on a line after a paragraph's, or followed by one: no list.
    for (const other of ['* One\n- Two', '9. Nine\n10. Ten', 'Intro:\n- One\n- Two', '- One\n- Two\nlazy']) {
      assert.ok(!blocks(other).includes('list'), other);
      count(other);
    }
    // What comes around a list may continue its last item, nest it in an item, or join it to the
    // list before: micromark sees it, and then reads the items as before.
    assert.equal(count(joinLines('- One.', '- Two.', '', '  More of two.', '', 'After.')), 3);
    assert.equal(count(joinLines('- Outer.', '', '  - Inner.', '  - Inner again.', '', 'After.')), 4);
    assert.equal(count(joinLines('1. One.', '', '2. Two.', '', '- Bullets.', '', 'After.')), 4);
    assert.equal(count(joinLines('```', '', '- In code.', '', '```', '', 'After.')), 1);
    // After a first line of "---" that opens no front matter, micromark makes paragraphs of list items.
    assert.equal(count(joinLines('---', '', 'Text.', '', '- An item.', '', 'After.')), 2);
    assert.deepEqual(parseMarkdown(joinLines('---', '', '- An item.')).children.map((n) => n.type), ['thematicBreak', 'paragraph']);
  });

  it('reads a quote of simple markup on lines of its own without micromark, leaving it any other', () => {
    const text = joinLines('Intro.', '', '> “The talks would resume,” [Dr. Chen](/u) *said*,', '> according to <a href="/r">the record</a>.', '', 'After.');
    assert.deepEqual(
      plainParagraphs(text).map((p) => p.node.type),
      ['paragraph', 'blockquote', 'paragraph'],
    );
    const shortcut = { paragraphs: 0 };
    assert.deepEqual(parseTopLevel(text, false, shortcut), parseMarkdown(text).children);
    assert.equal(shortcut.paragraphs, 3);
    // A line without its ">" (lazy), a blank quote line, a nested quote, an indent, a first line of "---": micromark's.
    for (const other of ['> One\nlazy', '> One\n>\n> Two', '> One\n> > Two', '> One\n>  Two', '---\n\n> One\n> Two']) {
      assert.ok(!plainParagraphs(other).some((p) => p.node.type === 'blockquote') || other.startsWith('---'), other);
      assertSameAsMicromark(other, false);
    }
  });

  it('reads every plain paragraph of a news draft without micromark', () => {
    // The results are micromark's either way (the fallback sees to it): only the count shows the shortcut works.
    const text = readFixture('seed/bare.md');
    const shortcut = { paragraphs: 0 };
    parseTopLevel(text, false, shortcut);
    // Six paragraphs and the title.
    assert.equal(plainParagraphs(text).length, 7);
    assert.equal(shortcut.paragraphs, plainParagraphs(text).length);
    // A stand-in that must be put back (here, in a code fence) makes the rest go through micromark.
    const fenced = { paragraphs: 0 };
    parseTopLevel(joinLines('```', '', 'Plain words'), true, fenced);
    assert.equal(fenced.paragraphs, 0);
  });

  it('keeps CRLF line breaks in a plain paragraph, as micromark does', () => {
    const text = 'First line\r\nsecond line\r\n\r\nAnother paragraph\r\n\r\n- An item\r\n';
    assert.equal(plainParagraphs(text).length, 3);
    assertSameAsMicromark(text, true);
  });
});
