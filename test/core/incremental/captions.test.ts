import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER, type Analysis } from '../../../server/src/core';
import { openDraft } from '../../helpers/inProcess';

// A source line under a table, a list or a paragraph ("Source: [Pew](…)") counts for every claim
// of the block it covers, as writers mean it; and an edit anywhere keeps that so.

const options = createCheckOptions();

function warned(markdown: string): string[] {
  return check(markdown, EMPTY_LEDGER, options).findings.filter((f) => f.severity === 'warning').map((f) => markdown.slice(f.span.start, f.span.end));
}

/** What a writer sees of an analysis, and where each claim's sources are. */
function seen(analysis: Analysis): unknown[] {
  return [analysis.findings.map((f) => [f.code, f.severity, f.span.start, f.span.end]), analysis.claims.map((c) => [c.span.start, c.sources.map((s) => [s.span.start, s.span.end])])];
}

describe('core/incremental/captions', () => {
  it('a source line under a table covers its figures, in Markdown and in HTML', () => {
    const table = '| Agency | Rate |\n|---|---|\n| GSA | 94.5% |\n| NASA | 89.2% |\n';
    assert.deepEqual(warned(`${table}\nSource: [Section 508 report](https://example.gov/508)\n`), []);
    assert.deepEqual(warned('<table>\n<tr><td>GSA</td><td>94.5%</td></tr>\n</table>\n\n*Source: [508 report](https://example.gov/508)*\n'), []);
    // Without it, the table is unsourced: its first share warns, the others are information.
    assert.deepEqual(warned(table), ['94.5%']);
    assert.deepEqual(
      check(table, EMPTY_LEDGER, options).findings.map((f) => `${f.severity} ${table.slice(f.span.start, f.span.end)}`),
      ['warning 94.5%', 'information 89.2%'],
    );
    // A cell that says what it counts is a claim of its own.
    assert.deepEqual(warned('| Agency | Staff |\n|---|---|\n| GSA | 12,000 employees |\n| NASA | 18,000 employees |\n'), ['12,000 employees', '18,000 employees']);
  });

  it('covers every item of the list above it, and the paragraph above it, but nothing further up', () => {
    const list = '* 40% of the hits were mobile browsers.\n* 173 million people owned smartphones.\n* Tablets fell 12 percent.\n';
    assert.deepEqual(warned(`Prices rose 9 percent.\n\n${list}\nSources: [comScore](https://comscore.com), [CDC][cdc]\n\n[cdc]: https://cdc.gov\n`), ['9 percent']);
    assert.deepEqual(warned('Prices rose 9 percent.\n\nAbout 40 percent of visitors use phones.\n\n(Source: [Analytics](https://analytics.usa.gov))\n'), ['9 percent']);
  });

  it('is a line that says so and gives a source: a link, a footnote or a citation', () => {
    const figure = 'About 40 percent of visitors use phones.\n\n';
    assert.deepEqual(warned(`${figure}Source: our own analytics.\n`), ['About 40 percent']);
    assert.deepEqual(warned(`${figure}See [Analytics](https://analytics.usa.gov) for more.\n`), ['About 40 percent']);
    assert.deepEqual(warned(`${figure}Source: [^1]\n\n[^1]: Analytics, June 2024.\n`), []);
  });

  it('keeps each check of an edited draft as a fresh check would, as source lines come and go and text moves between them', async () => {
    const section = (i: number): string =>
      `Turnout reached ${40 + i} percent on day ${i}.\n\n| Region | Share |\n|---|---|\n| North | ${i}% |\n\nSource: [Election office](https://example.org/${i})\n\n` +
      `* ${i} percent of voters were new.\n* ${i + 100} stations stayed open.\n* Queues were short.\n* Results came by midnight.\n\nSource: [Count](https://example.org/count/${i})\n`;
    const text = Array.from({ length: 12 }, (_, i) => section(i)).join('\n');
    // Only the paragraphs' figures lack a source, wherever the draft's runs of blocks are cut.
    const figures = check(text, EMPTY_LEDGER, options).findings.filter((f) => f.code === 'unsourced-quantity').map((f) => text.slice(f.span.start - 8, f.span.end));
    assert.deepEqual(figures, Array.from({ length: 12 }, (_, i) => `reached ${40 + i} percent`));
    const draft = await openDraft(text, options, seen);
    // Lengthen list items and table rows under a source line, then turn lines into notes and back.
    // (An edit re-parses the item before and after it, but not the first item nor the line under the list.)
    for (const from of ['Queues were short', '| North |', 'Source: [', 'Note: [']) {
      const to = { 'Queues were short': 'Queues were short in most towns', '| North |': '| North and east |', 'Source: [': 'Note: [', 'Note: [': 'Data: [' }[from] ?? from;
      for (let at = draft.text().indexOf(from); at >= 0; at = draft.text().indexOf(from, at + to.length)) await draft.edit({ start: at, end: at + from.length, text: to });
    }
    // Put a paragraph between a table and its source line, then take it out again.
    const line = draft.text().indexOf('Data: [');
    await draft.edit({ start: line, end: line, text: 'Counting went on overnight.\n\n' });
    await draft.edit({ start: line, end: line + 'Counting went on overnight.\n\n'.length, text: '' });
  });
});
