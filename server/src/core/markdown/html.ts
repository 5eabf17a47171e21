import type { Html } from 'mdast';
import { OffsetMapBuilder } from '../text/offsets';
import { appendAligned, spelling } from './align';
import type { ProseBlock } from './prose';
import { blankTemplates } from './templates';

// The prose of an HTML block: drafts exported from a CMS wrap each paragraph in <p> … </p>, and
// CommonMark reads all of that as raw HTML. Tags are dropped, character references decoded, and
// each block-level element's text becomes a prose block of its own; comments, scripts, styles and
// code carry no prose. One pass over the block, with every look-ahead bounded.

/** Elements whose start or end ends a block of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is not prose: code, and a page's title and head, which no reader sees in its body. */
const NO_PROSE = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template', 'svg', 'math', 'noscript', 'iframe', 'title', 'head']);
const TAG_NAME = /<(\/?)([A-Za-z][\w-]{0,40})/y;
/** The longest tag read; a "<" with no end within it is text. */
const MAX_TAG = 4000;

/** The prose blocks of an HTML block parsed from `source`, in order. */
export function htmlProse(node: Html, source: string): ProseBlock[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  // The value without the container prefixes ("> ") that the source has, placed in the source.
  const placed = new OffsetMapBuilder();
  appendAligned(node.value, start, end, source, [], placed);
  const toSource = placed.build();
  // Template tags inside attributes (href="{{< ref "x" >}}") would end a tag early.
  const value = blankTemplates(node.value);
  const lower = value.toLowerCase();

  const blocks: ProseBlock[] = [];
  let parts: string[] = [];
  let map = new OffsetMapBuilder();
  let first = -1;
  let last = -1;
  const flush = (): void => {
    const text = parts.join('');
    if (text.trim() !== '') blocks.push({ span: { start: toSource.toSource(first), end: toSource.toSource(last) + 1 }, text, map: map.build() });
    parts = [];
    map = new OffsetMapBuilder();
    first = -1;
  };
  /** Adds `text`, read from `length` characters of the value at `at`: the characters themselves, or a reference. */
  const push = (text: string, at: number, length: number): void => {
    parts.push(text);
    const verbatim = text.length === length;
    for (let k = 0; k < text.length; k++) map.push(toSource.toSource(verbatim ? at + k : at));
    if (first === -1) first = at;
    last = at + length - 1;
  };

  for (let i = 0; i < value.length; ) {
    const c = value.charCodeAt(i);
    if (c === 60 /* < */) {
      if (value.startsWith('<!--', i)) {
        const close = value.indexOf('-->', i + 4);
        i = close === -1 ? value.length : close + 3;
        continue;
      }
      const tag = tagAt(value, i);
      if (tag !== undefined) {
        const name = tag.name;
        i = tag.end;
        if (name === 'br') push('\n', i - 1, 1);
        else if (BLOCK_ELEMENTS.has(name)) flush();
        else if (NO_PROSE.has(name) && !tag.closing) {
          const close = lower.indexOf(`</${name}`, i);
          i = close === -1 ? value.length : close;
        }
        continue;
      }
    }
    if (c === 38 /* & */) {
      const spelled = spelling(value, i);
      if (spelled !== undefined) {
        push(spelled.decoded, i, spelled.length);
        i += spelled.length;
        continue;
      }
    }
    // Plain text, up to the next tag or reference.
    let next = i + 1;
    while (next < value.length && value.charCodeAt(next) !== 60 && value.charCodeAt(next) !== 38) next++;
    push(value.slice(i, next), i, next - i);
    i = next;
  }
  flush();
  return blocks;
}

/**
 * The start or end tag at `i`: its name, whether it closes, and where it ends. Quoted attribute
 * values may hold ">"; a "<" outside them, or no end within MAX_TAG, means the "<" was text. Each
 * look-ahead stops at the next bare "<", so the block is read in linear time.
 */
function tagAt(value: string, i: number): { name: string; closing: boolean; end: number } | undefined {
  TAG_NAME.lastIndex = i;
  const head = TAG_NAME.exec(value);
  if (head === null) return undefined;
  let quote = 0;
  const limit = Math.min(value.length, i + MAX_TAG);
  for (let k = i + head[0].length; k < limit; k++) {
    const c = value.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62 /* > */) return { name: (head[2] ?? '').toLowerCase(), closing: head[1] === '/', end: k + 1 };
    else if (c === 60 /* < */) return undefined;
  }
  return undefined;
}
