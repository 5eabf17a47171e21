import assert from 'node:assert/strict';
import { parseMarkdown, parseTopLevel } from '../../server/src/core/markdown/parse';

/** Checks that `parseTopLevel` gives the top-level nodes of `text` that micromark does, to the line and column. */
export function assertSameAsMicromark(text: string, fragment: boolean): void {
  assert.deepEqual(parseTopLevel(text, fragment), parseMarkdown(text, fragment).children);
}
