import type { Nodes, Parents } from 'mdast';
import { OffsetMapBuilder, type OffsetMap } from '../text/offsets';
import type { Span } from '../types';
import { appendAligned } from './align';
import { htmlProse } from './html';
import { blankTemplates } from './templates';
import { walk } from './walk';

/** The prose of one paragraph, heading or table cell, with markup removed. */
export interface ProseBlock {
  /** The block in the draft. */
  readonly span: Span;
  readonly text: string;
  /** Maps offsets in `text` to offsets in the draft. */
  readonly map: OffsetMap;
}

// Blocks that are not prose a writer asserts: code, front matter, link and footnote definitions (a
// footnote definition is the source itself, not a claim).
const SKIPPED_BLOCKS = new Set(['code', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'thematicBreak']);
const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

/** Extracts every prose block of a parsed draft, in document order. */
export function extractProse(tree: Nodes, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  walk(tree, (node) => {
    if (node.type === 'html') {
      // A draft written as HTML (a CMS export's <p> blocks) holds prose too.
      for (const block of htmlProse(node, source)) blocks.push(block);
      return false;
    }
    if (SKIPPED_BLOCKS.has(node.type)) return false;
    if (!PROSE_CONTAINERS.has(node.type)) return true;
    const block = proseOf(node as Parents, source);
    if (block) blocks.push(block);
    return false;
  });
  return blocks;
}

// Code, raw HTML, images and footnote calls carry no prose of their own.
const NO_PROSE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference']);

function proseOf(node: Parents, source: string): ProseBlock | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const parts: string[] = [];
  const map = new OffsetMapBuilder();
  // Where the previous node ended: text that a syntax extension made without a position (GFM's
  // autolink literals) is looked for from there.
  let cursor = start;
  walk(
    node,
    (child) => {
      if (child === node) return true;
      if (child.type === 'text') {
        cursor = appendAligned(child.value, child.position?.start.offset ?? cursor, child.position?.end.offset ?? end, source, parts, map);
      } else if (child.type === 'break') {
        parts.push('\n');
        map.push(child.position?.start.offset ?? cursor);
      }
      return !NO_PROSE.has(child.type);
    },
    (child) => {
      cursor = Math.max(cursor, child.position?.end.offset ?? cursor);
    },
  );
  const text = blankTemplates(parts.join(''), true);
  if (text.trim() === '') return undefined;
  return { span: { start, end }, text, map: map.build() };
}
