import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { parseMarkdown, parseTopLevel } from '../../server/src/core/markdown/parse';

/** A node as offsets in the parsed text see it: `shift` added, lines and columns (unused) left out. */
function placed(node: Nodes, shift: number): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : key === 'offset' ? (value as number) + shift : value)));
}

/** Checks that `parseTopLevel` gives the top-level nodes of `text` that micromark does. */
export function assertSameAsMicromark(text: string, fragment: boolean): void {
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
