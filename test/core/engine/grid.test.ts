import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER } from '../../../server/src/core';

// A table of shares asks once for its source.

const options = createCheckOptions();

function seen(markdown: string): string[] {
  return check(markdown, EMPTY_LEDGER, options).findings.map((f) => `${f.severity} ${markdown.slice(f.span.start, f.span.end)}`);
}

describe('core/engine/grid', () => {
  it('warns at the first share alone in an HTML table, and shows the others as information', () => {
    const table = '<table>\n  <tr>\n    <td>Very Good</td>\n    <td align="center">38%</td>\n    <td align="center">1%</td>\n  </tr>\n  <tr>\n    <td>Good</td>\n    <td align="center">52%</td>\n  </tr>\n</table>\n';
    assert.deepEqual(seen(table), ['warning 38%', 'information 1%', 'information 52%']);
  });

  it('leaves shares outside tables, and shares with words in a cell, as they are', () => {
    assert.deepEqual(seen('38%\n\n52%\n'), ['warning 38%', 'warning 52%']);
    const table = '| Program | Rating |\n|---|---|\n| GSA | 38% rated it very good |\n| NASA | 52% rated it good |\n';
    assert.deepEqual(seen(table), ['warning 38%', 'warning 52%']);
  });
});
