import type { Nodes, Parents, PhrasingContent } from 'mdast';
import { OffsetMap, OffsetMapBuilder } from '../text/offsets';
import type { Span } from '../types';

/** The prose of one paragraph, heading or table cell, with markup removed. */
export interface ProseBlock {
  /** The block in the draft. */
  readonly span: Span;
  readonly text: string;
  /** Maps offsets in `text` to offsets in the draft. */
  readonly map: OffsetMap;
}

// Blocks that are not prose a writer asserts: code, raw HTML, front matter, link and footnote
// definitions (a footnote definition is the source itself, not a claim).
const SKIPPED_BLOCKS = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'thematicBreak']);
const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

/** Extracts every prose block of a parsed draft, in document order. */
export function extractProse(tree: Nodes, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes): void => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (PROSE_CONTAINERS.has(node.type)) {
      const block = proseOf(node as Parents, source);
      if (block) blocks.push(block);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return blocks;
}

function proseOf(node: Parents, source: string): ProseBlock | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const parts: string[] = [];
  const map = new OffsetMapBuilder();
  const append = (child: PhrasingContent): void => {
    switch (child.type) {
      case 'text':
        appendAligned(child.value, child.position?.start.offset ?? start, child.position?.end.offset ?? end, source, parts, map);
        return;
      case 'break': {
        parts.push('\n');
        map.push(child.position?.start.offset ?? start);
        return;
      }
      // Code, raw HTML, images and footnote calls carry no prose of their own.
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        if ('children' in child) for (const grandchild of child.children) append(grandchild);
    }
  };
  for (const child of node.children) append(child as PhrasingContent);
  const text = parts.join('');
  if (text.trim() === '') return undefined;
  return { span: { start, end }, text, map: map.build() };
}

/**
 * Maps a text node's value onto its source slice. They differ where Markdown removed characters
 * (backslash escapes, entity references, "> " and indentation after line breaks, "\r" of CRLF), so
 * each character of the value is found at or after the previous match in the slice.
 */
function appendAligned(value: string, start: number, end: number, source: string, parts: string[], map: OffsetMapBuilder): void {
  parts.push(value);
  if (source.slice(start, end) === value) {
    map.pushRun(start, value.length);
    return;
  }
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const found = findWithin(source, value.charCodeAt(i), cursor, Math.min(end, cursor + MAX_SKIP));
    // A character the source spells differently (an entity such as "&copy;") maps to where the
    // spelling starts.
    map.push(Math.min(found ?? cursor, Math.max(end - 1, start)));
    if (found !== undefined) cursor = found + 1;
  }
}

// How far a removed prefix or escape can push a character from the previous one. Bounded so that
// a value the source spells very differently costs linear, not quadratic, time.
const MAX_SKIP = 256;

function findWithin(source: string, code: number, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (source.charCodeAt(k) === code) return k;
  return undefined;
}
