import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { parseMarkdown, parseTopLevel } from '../../../server/src/core/markdown/parse';
import { draft } from '../../helpers/markdownArbitraries';
import { joinLines } from '../../helpers/fixtures';

const runs = Number(process.env['FC_RUNS'] ?? 200);

/** A node as offsets in the parsed text see it: `shift` added, lines and columns (unused) left out. */
function placed(node: Nodes, shift: number): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : key === 'offset' ? (value as number) + shift : value)));
}

function assertSameAsMicromark(text: string, fragment: boolean): void {
  const fast = parseTopLevel(text, fragment);
  const slow = parseMarkdown(text, fragment).children;
  assert.equal(fast.length, slow.length);
  fast.forEach(({ node, source, shift }, i) => {
    const expected = slow[i];
    assert.ok(expected);
    // A plain paragraph made here is micromark's to the line and column.
    if (source === text && shift === 0) assert.deepEqual(node, expected);
    else assert.deepEqual(placed(node, shift), placed(expected, 0));
    assert.equal(source.slice(node.position?.start.offset, node.position?.end.offset), text.slice(expected.position?.start.offset, expected.position?.end.offset));
  });
}

describe('core/markdown/parse', () => {
  it('gives the top-level nodes micromark gives, plain paragraphs and all (property)', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (text, fragment) => assertSameAsMicromark(text, fragment)),
      { numRuns: runs },
    );
  });

  it('makes plain paragraphs itself, and leaves any markup to micromark', () => {
    const text = joinLines(
      'Officials said the talks would resume.',
      'A second line, “quoted”, with 3,200 troops and 14.5% (approx.)!',
      '',
      'The *minister* said so.',
      '',
      'Write to press@example.org.',
      '',
      'See www.example.org today.',
      '',
      'Trailing blanks make a hard break  ',
      'here.',
      '',
      '1984. A list item, not a paragraph.',
    );
    const nodes = parseTopLevel(text);
    assert.deepEqual(
      nodes.map(({ node, source }) => [node.type, source === text]),
      [['paragraph', true], ['paragraph', false], ['paragraph', false], ['paragraph', false], ['paragraph', false], ['list', false]],
    );
    assertSameAsMicromark(text, false);
  });

  it('leaves to micromark plain text in a fenced code block, an HTML comment or front matter', () => {
    const text = joinLines('---', 'title: Draft', '', 'Plain words', '', '---', '', '```', '', 'Plain words', '', '```', '', '<!--', '', 'Plain words', '', '-->', '', 'Plain words at last.');
    const nodes = parseTopLevel(text);
    assert.deepEqual(
      nodes.map(({ node }) => node.type),
      ['yaml', 'code', 'html', 'paragraph'],
    );
    assertSameAsMicromark(text, false);
    assertSameAsMicromark(joinLines('```', '', 'Plain words'), true);
  });

  it('keeps CRLF line breaks in a plain paragraph, as micromark does', () => {
    const text = 'First line\r\nsecond line\r\n\r\nAnother paragraph\r\n';
    assert.deepEqual(
      parseTopLevel(text).map(({ node, source }) => [node.type, source === text]),
      [['paragraph', true], ['paragraph', true]],
    );
    assertSameAsMicromark(text, true);
  });
});
