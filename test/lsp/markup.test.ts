import assert from 'node:assert/strict';
import type { LedgerEntry } from '../../server/src/core';
import { entryText, render, text, type Line } from '../../server/src/lsp/markup';
import { HOSTILE, HOSTILE_ENTRY } from '../helpers/hostileEntry';
import { asCommonMarkReads, readRendered } from '../helpers/renderedMarkdown';

/** Each line rendered as plain text: what the Markdown must read as, block by block. */
function plainLines(lines: readonly Line[]): string[] {
  return lines.map((line) => asCommonMarkReads(render([line], false).value));
}

const entry = (fields: Partial<LedgerEntry>): LedgerEntry => ({ id: 'e', match: [], rating: 'true', sources: [], span: { start: 0, end: 0 }, ...fields });

describe('lsp/markup', () => {
  it('writes an entry as before: rating in bold, claim quoted, sources as links, review and notes', () => {
    const lines = entryText(
      entry({
        id: 'ukraine-war-duration',
        claim: 'The invasion began on 24 February 2022.',
        sources: [{ url: 'https://example.org/invasion', title: 'Timeline', publisher: 'Example News', date: '2023-04-01' }, { url: 'https://example.org/b' }],
        reviewed: '2023-04-27',
        reviewer: 'Desk',
        notes: 'Checked twice',
      }),
    );
    assert.equal(
      render(lines, true).value,
      [
        '**Claims file\\: `ukraine-war-duration`** — rated **true**',
        '> The invasion began on 24 February 2022\\.',
        '- [Timeline](https://example.org/invasion) \\(Example News\\, 2023\\-04\\-01\\)',
        '- [https\\:\\/\\/example\\.org\\/b](https://example.org/b)',
        'Reviewed 2023\\-04\\-27 by Desk',
        'Notes\\: Checked twice',
      ].join('\n\n'),
    );
    assert.equal(
      render(lines, false).value,
      [
        'Claims file: ukraine-war-duration — rated true',
        '> The invasion began on 24 February 2022.',
        '- Timeline <https://example.org/invasion> (Example News, 2023-04-01)',
        '- https://example.org/b <https://example.org/b>',
        'Reviewed 2023-04-27 by Desk',
        'Notes: Checked twice',
      ].join('\n\n'),
    );
  });

  it('shows a hostile entry as its text: no image, HTML, command link, heading, list, table or forged rating', () => {
    const lines = entryText(HOSTILE_ENTRY);
    const markdown = render(lines, true).value;
    const read = readRendered(markdown);
    assert.deepEqual(read.unexpected, []);
    // The only bold is the server's own: the forged "rated **true**" in the claim and notes is text.
    assert.deepEqual(read.strong, ['Claims file: hostile', 'false']);
    assert.deepEqual(read.blocks, plainLines(lines));
    assert.deepEqual(read.blocks.slice(0, 2), ['Claims file: hostile — rated false', `> ${HOSTILE.claim}`]);
    assert.equal(read.blocks.at(-1), `Notes: ${HOSTILE.notes}`);
    // Only the web addresses are links, to exactly the address the claims file gives.
    assert.deepEqual(read.links.map(decodeURIComponent), [HOSTILE.url, 'https://ok.example/search?q=a&amp;b=(c)']);
    for (const url of read.links) assert.match(url, /^https:\/\/ok\.example\//);
  });

  it('shows a source that is not a web address as text, never as a link', () => {
    const lines = entryText(entry({ sources: [{ url: 'javascript:alert(1)', title: 'Click me' }, { url: 'command:workbench.action.quit' }, { url: '\u0001https://ok.example/' }] }));
    const read = readRendered(render(lines, true).value);
    assert.deepEqual(read.links, []);
    assert.deepEqual(read.blocks.slice(1), ['- Click me <javascript:alert(1)>', '- command:workbench.action.quit <command:workbench.action.quit>', '- \u0001https://ok.example/ <\u0001https://ok.example/>']);
  });

  it('keeps a URL as written: its own percent-encoding, "&amp;", and case', () => {
    const url = 'HTTPS://ok.example/a%20b?x=1&amp;y=%29';
    const read = readRendered(render(entryText(entry({ sources: [{ url, title: 't' }] })), true).value);
    assert.deepEqual(read.links, [url]);
  });

  it('writes the plain text as it is, without Markdown or escapes', () => {
    const plain = render(entryText(HOSTILE_ENTRY), false).value;
    assert.ok(plain.includes(`> ${HOSTILE.claim}\n\n- ${HOSTILE.title} <${HOSTILE.url}> (${HOSTILE.publisher}, 2024-01-02)\n\n- Click me <javascript:alert(1)>`));
    assert.ok(plain.endsWith(`Reviewed 2024-02-03 by ${HOSTILE.reviewer}\n\nNotes: ${HOSTILE.notes}`));
    assert.doesNotMatch(plain, /\\|&#/);
  });

  it('keeps spaces at the start and end of a line and the line breaks inside text', () => {
    const lines = [text('    indented code?  '), { kind: 'quote', segments: ['\t\tx\r\ny\rz\n'] }, text('a\\'), text({ code: 'a`b' }, ' ', { code: '`' }, ' ', { code: ' ` ' })] satisfies Line[];
    const read = readRendered(render(lines, true).value);
    assert.deepEqual(read.unexpected, []);
    assert.deepEqual(read.blocks, plainLines(lines));
  });
});
