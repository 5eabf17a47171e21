import assert from 'node:assert/strict';
import type { Nodes, Root } from 'mdast';
import { check, createCheckOptions, EMPTY_LEDGER } from '../../../server/src/core';
import { ignoreEdit } from '../../../server/src/core/fixes/ignore';
import { isSilenced } from '../../../server/src/core/markdown/directives';
import { findSilences } from '../../helpers/drafts';
import { parseMarkdown } from '../../../server/src/core/markdown/parse';
import { extractProse } from '../../../server/src/core/markdown/prose';
import type { Span } from '../../../server/src/core/types';
import { applyEdits } from '../../helpers/edits';
import { joinLines } from '../../helpers/fixtures';

/** The prose block (paragraph, heading or table cell) holding `phrase`. */
function blockOf(draft: string, phrase: string): Span {
  const at = draft.indexOf(phrase);
  const block = extractProse(parseMarkdown(draft), draft).find((b) => b.span.start <= at && at < b.span.end);
  assert.ok(block, phrase);
  return block.span;
}

/** The tree as nested node types, without the HTML nodes: what a comment must leave unchanged. */
function shape(tree: Root): string {
  const walk = (node: Nodes): string =>
    node.type === 'html' ? '' : 'children' in node ? `${node.type}(${node.children.map(walk).filter(Boolean).join(' ')})` : node.type;
  return walk(tree);
}

/** The types of the ancestors of the innermost node at `offset`, outermost first. */
function containers(tree: Root, offset: number): string[] {
  const path: string[] = [];
  let node: Nodes | undefined = tree;
  while (node && 'children' in node) {
    path.push(node.type);
    node = (node.children as Nodes[]).find((c) => (c.position?.start.offset ?? 0) <= offset && offset < (c.position?.end.offset ?? 0));
  }
  return path;
}

/** The phrases the checker flags, in order. */
function flagged(draft: string, keep: (offset: number) => boolean = () => true): string[] {
  return check(draft, EMPTY_LEDGER, createCheckOptions())
    .findings.filter((f) => keep(f.span.start))
    .map((f) => draft.slice(f.span.start, f.span.end));
}

/**
 * Silences the block holding `phrase`, and checks what the writer relies on: the block is still
 * where it was in the tree, its findings and only those are gone, and nothing else in the tree
 * changed.
 */
function ignore(draft: string, phrase: string): string {
  const block = blockOf(draft, phrase);
  const edited = applyEdits(draft, [ignoreEdit(draft, block)]);
  const before = parseMarkdown(draft);
  const after = parseMarkdown(edited);
  assert.equal(shape(after), shape(before));
  const at = edited.indexOf(phrase);
  assert.deepEqual(containers(after, at), containers(before, draft.indexOf(phrase)));
  assert.equal(isSilenced(findSilences(after, edited.length), 'unsourced-attribution', at), true, 'the block is silenced');
  const outside = (offset: number): boolean => offset < block.start || offset >= block.end;
  assert.notDeepEqual(flagged(draft, outside), flagged(draft), 'the block had findings');
  assert.deepEqual(flagged(edited), flagged(draft, outside));
  return edited;
}

const SAID = 'Zakharova said that China was ready to mediate.';
const OTHER = 'The ministry said the talks would resume.';

describe('core/fixes/ignore', () => {
  it('puts the comment on its own line above a top-level paragraph', () => {
    const draft = joinLines(OTHER, '', SAID, '');
    assert.equal(ignore(draft, SAID), joinLines(OTHER, '', '<!-- fact-check-ignore-next -->', SAID, ''));
  });

  it('keeps a list item’s paragraph in its item', () => {
    const draft = joinLines(`- ${OTHER}`, `- ${SAID}`, '');
    assert.equal(ignore(draft, SAID), joinLines(`- ${OTHER}`, '- <!-- fact-check-ignore-next -->', `  ${SAID}`, ''));
    const ordered = joinLines(`11. ${OTHER}`, `12. ${SAID}`, '');
    assert.equal(ignore(ordered, SAID), joinLines(`11. ${OTHER}`, '12. <!-- fact-check-ignore-next -->', `    ${SAID}`, ''));
  });

  it('keeps a later paragraph of a list item in its item', () => {
    const draft = joinLines(`1. ${OTHER}`, '', `   ${SAID}`, '');
    assert.equal(ignore(draft, SAID), joinLines(`1. ${OTHER}`, '', '   <!-- fact-check-ignore-next -->', `   ${SAID}`, ''));
  });

  it('keeps a quoted paragraph in its blockquote, nested in a list or not', () => {
    const quote = joinLines(`> ${OTHER}`, '>', `> ${SAID}`, '');
    assert.equal(ignore(quote, SAID), joinLines(`> ${OTHER}`, '>', '> <!-- fact-check-ignore-next -->', `> ${SAID}`, ''));
    const nested = joinLines(`- ${OTHER}`, `  > ${SAID}`, '');
    assert.equal(ignore(nested, SAID), joinLines(`- ${OTHER}`, '  > <!-- fact-check-ignore-next -->', `  > ${SAID}`, ''));
    const inItem = joinLines(`> - ${SAID}`, '');
    assert.equal(ignore(inItem, SAID), joinLines('> - <!-- fact-check-ignore-next -->', `>   ${SAID}`, ''));
  });

  it('silences a heading', () => {
    const draft = joinLines('## Zakharova said that China was ready', '', OTHER, '');
    assert.equal(ignore(draft, 'Zakharova'), joinLines('<!-- fact-check-ignore-next -->', '## Zakharova said that China was ready', '', OTHER, ''));
  });

  it('silences the whole table of a cell, above its header row, leaving the table whole', () => {
    const table = joinLines(OTHER, '', '| Who | What |', '|-----|------|', '| Xi | The ministry said that 3,000 troops had left. |', '');
    assert.equal(
      ignore(table, 'The ministry said that 3,000'),
      joinLines(OTHER, '', '<!-- fact-check-ignore-next -->', '| Who | What |', '|-----|------|', '| Xi | The ministry said that 3,000 troops had left. |', ''),
    );
    const bare = joinLines('> Who | What', '> --- | ---', '> Officials said 40 died | in Kharkiv', '');
    assert.equal(
      ignore(bare, 'Officials said'),
      joinLines('> <!-- fact-check-ignore-next -->', '> Who | What', '> --- | ---', '> Officials said 40 died | in Kharkiv', ''),
    );
  });

  it('silences a paragraph with a "|" on the second line of a draft that opens with a blank line', () => {
    // Found by fuzzing the server: looking up the lines for a table's header row never ended.
    const draft = joinLines('', 'Officials said 40 died | in Kharkiv', '');
    assert.equal(ignore(draft, 'Officials said'), joinLines('', '<!-- fact-check-ignore-next -->', 'Officials said 40 died | in Kharkiv', ''));
  });

  it('uses the document’s CRLF line endings', () => {
    const draft = `- ${OTHER}\r\n- ${SAID}\r\n`;
    assert.equal(ignore(draft, SAID), `- ${OTHER}\r\n- <!-- fact-check-ignore-next -->\r\n  ${SAID}\r\n`);
  });
});
