import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER } from '../../../server/src/core';
import { joinLines, readFixture } from '../../helpers/fixtures';

/** Each warning's underlined text. */
function underlines(text: string): string[] {
  return check(text, EMPTY_LEDGER, createCheckOptions()).findings.filter((f) => f.severity === 'warning').map((f) => text.slice(f.span.start, f.span.end));
}

describe('core/markdown/indentedProse', () => {
  it('reads a paragraph indented four spaces after a list, and HTML nested on after an HTML block, as the prose they are', () => {
    // "  4." right after a second indented paragraph is a list item to CommonMark, and a paragraph to micromark.
    assert.deepEqual(underlines(readFixture('drafts/indented-prose.md')), ['Twenty-seven percent', 'Only 5%', 'respondents agreed', 'Sixty percent', 'Only 2%', 'The ministry said', '40 homes']);
  });

  it('leaves code as code: a command after a list, an indented block after a paragraph, a table’s cells', () => {
    const text = readFixture('drafts/indented-prose.md');
    for (const code of ['500 respondents', 'The minister stated', '45.2%']) assert.ok(!underlines(text).some((u) => u.includes(code)), code);
  });

  it('places what it reads in the draft, line by line, past each line’s indentation', () => {
    const text = joinLines('  1. **Findings**', '', '    The report found that', '    40 people died in the floods.');
    const [figure] = check(text, EMPTY_LEDGER, createCheckOptions()).findings.filter((f) => f.code === 'unsourced-quantity');
    assert.equal(text.slice(figure?.span.start, figure?.span.end), '40 people');
  });
});
