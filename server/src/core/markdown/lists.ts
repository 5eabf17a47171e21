import type { List, ListItem, Paragraph } from 'mdast';
import type { PlainParagraph } from './plain';

/**
 * A block made without micromark: a plain paragraph, heading or quote (see `plainParagraphs`), or
 * a list of one-line items of plain text (see `plainLists`), with what its inline nodes assume of
 * the draft's definitions.
 */
export interface PlainBlock extends Omit<PlainParagraph, 'node'> {
  readonly node: PlainParagraph['node'] | List;
  /** A list's first marker ("-", "1.", "2)"), which a one-item list of it stands in for the list. */
  readonly marker?: string;
  /** A list's items' paragraphs, to stand in for one by one where the list is not one. */
  readonly items?: readonly PlainParagraph[];
}

// What comes before a one-line list item's text: an indent, its marker, one space.
const ITEM_PREFIX = /^( {0,3})([-+*]|\d{1,9}[.)]) $/;
const LF = 0x0a;
const CR = 0x0d;

interface Item {
  readonly paragraph: PlainParagraph;
  readonly indent: number;
  readonly marker: string;
}

/**
 * `paragraphs` with each run of one-line list items that makes a list of its own made that list:
 * items on consecutive lines or with only blank lines between them (which make the list loose),
 * with a blank line (or the text's start) before the first and a blank line (or the text's end)
 * after the last, all indented alike (up to three spaces, so each is its list's and none the one
 * before's) with markers of one kind and width (the same bullet, or numbers of as many digits and
 * the same delimiter), as micromark makes a list of them where it is one. Whether it is, and
 * whether a list before or text after joins it, depends on what comes around it: see
 * `parseTopLevel`. The paragraphs are read alone as `plainParagraphs` proposes them, which is what
 * micromark makes of their text in the items.
 */
export function plainLists(text: string, paragraphs: readonly PlainParagraph[]): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  const itemAt = (k: number): Item | undefined => {
    const paragraph = paragraphs[k];
    return paragraph && itemOf(text, paragraph);
  };
  for (let k = 0; k < paragraphs.length; ) {
    const items: Item[] = [];
    const first = itemAt(k);
    if (first && startsAfterBlank(text, first.paragraph)) {
      items.push(first);
      for (let next = itemAt(k + 1); next && follows(text, items[items.length - 1] as Item, next); next = itemAt(k + items.length)) items.push(next);
    }
    const last = items.at(-1);
    if (first && last && endsBeforeBlank(text, last.paragraph)) {
      blocks.push(listOf(text, first, items));
      k += items.length;
    } else {
      blocks.push(paragraphs[k] as PlainParagraph);
      k++;
    }
  }
  return blocks;
}

/** A one-line paragraph's list item, if it is the text of one (not a quote's, nor a paragraph's of its own). */
function itemOf(text: string, paragraph: PlainParagraph): Item | undefined {
  const position = paragraph.node.position;
  if (paragraph.node.type !== 'paragraph' || !position || position.start.line !== position.end.line || position.start.column === 1) return undefined;
  const start = position.start.offset ?? 0;
  const prefix = ITEM_PREFIX.exec(text.slice(start - (position.start.column - 1), start));
  return prefix ? { paragraph, indent: prefix[1]?.length ?? 0, marker: prefix[2] ?? '' } : undefined;
}

/** Whether `next` is the item after `item` in the same list: the same indent, a marker of the same kind and width, and only blank lines between them. */
function follows(text: string, item: Item, next: Item): boolean {
  return next.indent === item.indent && next.marker.length === item.marker.length && next.marker.at(-1) === item.marker.at(-1) && BLANK.test(between(text, item, next));
}

/** The line breaks and blank lines between two items. */
function between(text: string, item: Item, next: Item): string {
  const start = next.paragraph.node.position?.start;
  return text.slice(item.paragraph.node.position?.end.offset, (start?.offset ?? 0) - ((start?.column ?? 1) - 1));
}

/** Only blank lines: what may stand between two blocks of a run, or two items of a list. */
export const BLANK = /^(?:[ \t\n]|\r\n)*$/;
const LINES = /\n/g;

/** Whether the paragraph's line is the text's first or follows a blank line. */
function startsAfterBlank(text: string, paragraph: PlainParagraph): boolean {
  const start = paragraph.node.position?.start;
  const lineStart = (start?.offset ?? 0) - ((start?.column ?? 1) - 1);
  // The line before, back from its line break to its start, holds only spaces and tabs (or a CR).
  for (let i = lineStart - 2; i >= 0 && text.charCodeAt(i) !== LF; i--) {
    const c = text.charCodeAt(i);
    if (!isSpaceOrTab(c) && !(c === CR && i === lineStart - 2)) return false;
  }
  return true;
}

/** Whether the paragraph's line is the text's last or a blank line follows it. */
function endsBeforeBlank(text: string, paragraph: PlainParagraph): boolean {
  const newline = text.indexOf('\n', paragraph.node.position?.end.offset ?? 0);
  if (newline < 0) return true;
  for (let i = newline + 1; i < text.length && text.charCodeAt(i) !== LF; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceOrTab(c) && !(c === CR && text.charCodeAt(i + 1) === LF)) return false;
  }
  return true;
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function listOf(text: string, first: Item, items: readonly Item[]): PlainBlock {
  const children: ListItem[] = items.map(({ paragraph: { node } }) => {
    const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
    const marker = { line: start.line, column: first.indent + 1, offset: (start.offset ?? 0) - (start.column - 1) + first.indent };
    return { type: 'listItem', spread: false, checked: null, children: [node as Paragraph], position: { start: marker, end: node.position?.end ?? start } };
  });
  const ordered = first.marker.length > 1;
  const list: List = {
    type: 'list',
    ordered,
    start: ordered ? Number(first.marker.slice(0, -1)) : null,
    // Loose if a blank line comes between two items.
    spread: items.some((item, k) => k > 0 && (between(text, items[k - 1] as Item, item).match(LINES)?.length ?? 0) > 1),
    children,
    position: { start: children[0]?.position?.start ?? { line: 1, column: 1 }, end: children.at(-1)?.position?.end ?? { line: 1, column: 1 } },
  };
  return { node: list, marker: first.marker, items: items.map((i) => i.paragraph), literalLabels: items.flatMap((i) => i.paragraph.literalLabels), footnoteCalls: items.flatMap((i) => i.paragraph.footnoteCalls) };
}
