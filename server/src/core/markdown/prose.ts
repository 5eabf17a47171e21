import type { Nodes, Parents } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { OffsetMap, OffsetMapBuilder } from '../text/offsets';
import type { Span } from '../types';
import { walk } from './walk';

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
  walk(tree, (node) => {
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
  const text = parts.join('');
  if (text.trim() === '') return undefined;
  return { span: { start, end }, text, map: map.build() };
}

/**
 * Maps a text node's value onto its source slice. They differ where Markdown removed characters
 * (backslash escapes, character references such as "&amp;", "> " and indentation after line
 * breaks, "\r" of CRLF), so each character of the value is found at or after the previous match
 * in the slice. Returns where the match ended.
 */
function appendAligned(value: string, start: number, end: number, source: string, parts: string[], map: OffsetMapBuilder): number {
  parts.push(value);
  if (source.startsWith(value, start)) {
    map.pushRun(start, value.length);
    return start + value.length;
  }
  let cursor = start;
  for (let i = 0; i < value.length; ) {
    const step = nextMatch(source, cursor, end, value, i);
    for (let k = 0; k < step.units; k++) map.push(Math.min(step.at, Math.max(end - 1, start)));
    i += step.units;
    cursor = step.next;
  }
  return cursor;
}

/**
 * Where the source at or after `from` spells `value[i]`: the character itself or an escape or
 * reference for it (which may stand for two UTF-16 units), past only the characters Markdown
 * removes between prose characters (container prefixes such as "> ", indentation, the "\r" of
 * CRLF). Skipping nothing else keeps a character from matching a later copy of itself. Where
 * nothing spells it, Markdown replaced the character there (NUL becomes U+FFFD).
 */
function nextMatch(source: string, from: number, to: number, value: string, i: number): { at: number; units: number; next: number } {
  let k = from;
  for (; k < to; k++) {
    const spelled = spelling(source, k);
    if (spelled && value.startsWith(spelled.decoded, i)) return { at: k, units: spelled.decoded.length, next: k + spelled.length };
    const c = source.charCodeAt(k);
    if (c === value.charCodeAt(i)) return { at: k, units: 1, next: k + 1 };
    if (c !== 32 && c !== 9 && c !== 62 /* > */ && c !== 13 /* \r */) break;
  }
  return { at: k, units: 1, next: k + 1 };
}

// A character reference, or a backslash before ASCII punctuation (CommonMark's escapes).
const SPELLING = /^(?:&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});|\\[!-/:-@[-`{-~])/;

/** The escape or character reference at `offset` of the source, with what it stands for. */
function spelling(source: string, offset: number): { readonly decoded: string; readonly length: number } | undefined {
  const c = source.charCodeAt(offset);
  if (c !== 38 /* & */ && c !== 92 /* \ */) return undefined;
  const raw = SPELLING.exec(source.slice(offset, offset + 40))?.[0];
  if (!raw) return undefined;
  const decoded = decodeString(raw);
  return decoded === raw ? undefined : { decoded, length: raw.length };
}
