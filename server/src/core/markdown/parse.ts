import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { plainParagraphs } from './plain';

// Built and frozen once: a processor's configuration never changes between documents.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
// For text that does not start the draft, where "---" cannot open front matter.
const fragmentProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parses a Markdown draft (CommonMark + GFM footnotes, tables, autolinks; YAML/TOML front matter),
 * or with `fragment` a part of a draft after its start, which has no front matter.
 */
export function parseMarkdown(text: string, fragment = false): Root {
  const tree = (fragment ? fragmentProcessor : processor).parse(text);
  if (text.charCodeAt(0) === 0xfeff) countByteOrderMark(tree);
  return tree;
}

/** micromark leaves a leading byte-order mark out of its positions: count it, so offsets index the text. */
function countByteOrderMark(node: Nodes): void {
  const shift = (point: Point | undefined): void => {
    if (!point) return;
    if (point.offset !== undefined) point.offset += 1;
    if (point.line === 1) point.column += 1;
  };
  shift(node.position?.start);
  shift(node.position?.end);
  if ('children' in node) for (const child of node.children) countByteOrderMark(child);
}

/** A top-level node of a parsed text. */
export interface TopLevelNode {
  readonly node: RootContent;
  /** The text the node's offsets index. */
  readonly source: string;
  /** What to add to the node's offsets for offsets in the parsed text. */
  readonly shift: number;
}

// Stands in for a paragraph of plain text in what micromark parses: one plain line ends and starts
// blocks as the paragraph does, so the rest parses the same, and it costs next to nothing.
const STAND_IN = 'p';
const BLANK = /^(?:[ \t\n]|\r\n)*$/;

/**
 * The top-level nodes of `text` as `parseMarkdown` gives them, without micromark reading the
 * paragraphs that are plain text (most of a news draft's prose): each is parsed as a one-letter
 * stand-in, and the stand-ins that come out as paragraphs of their own are replaced by the plain
 * paragraphs, made here. A stand-in that does not (it lies in a fenced code block, an HTML comment
 * or front matter) has its text put back and the text parsed again: plain text cannot close any of
 * those, so that changes nothing else.
 */
export function parseTopLevel(text: string, fragment = false): TopLevelNode[] {
  let plain = plainParagraphs(text);
  for (let tries = 0; tries < 2 && plain.length > 0; tries++) {
    const parsed = parseWithStandIns(text, plain, fragment);
    if (parsed.failed === 0) return parsed.nodes;
    plain = parsed.stood;
  }
  return parseMarkdown(text, fragment).children.map((node) => ({ node, source: text, shift: 0 }));
}

function parseWithStandIns(text: string, plain: readonly Paragraph[], fragment: boolean): { nodes: TopLevelNode[]; stood: Paragraph[]; failed: number } {
  const parts: string[] = [];
  // Each stand-in's offset in the text parsed, and how many characters are gone up to its end.
  const at: number[] = [];
  const gone: number[] = [];
  let copied = 0;
  let removed = 0;
  for (const p of plain) {
    const start = offsetOf(p.position?.start);
    parts.push(text.slice(copied, start), STAND_IN);
    at.push(start - removed);
    copied = offsetOf(p.position?.end);
    removed += copied - start - STAND_IN.length;
    gone.push(removed);
  }
  parts.push(text.slice(copied));
  // Nothing but plain paragraphs and blank lines (a paragraph being typed in): nothing to parse.
  if (parts.every((part, i) => i % 2 === 1 || BLANK.test(part))) return { nodes: plain.map((node) => ({ node, source: text, shift: 0 })), stood: [...plain], failed: 0 };
  const reduced = parts.join('');
  const nodes: TopLevelNode[] = [];
  const stood: Paragraph[] = [];
  let k = 0;
  for (const node of parseMarkdown(reduced, fragment).children) {
    const start = offsetOf(node.position?.start);
    // Stand-ins before this node that no node started with: inside another node.
    while (k < at.length && (at[k] ?? 0) < start) k++;
    const paragraph = plain[k];
    if (paragraph && at[k] === start && node.type === 'paragraph' && offsetOf(node.position?.end) === start + STAND_IN.length) {
      nodes.push({ node: paragraph, source: text, shift: 0 });
      stood.push(paragraph);
      k++;
    } else {
      nodes.push({ node, source: reduced, shift: k > 0 ? (gone[k - 1] ?? 0) : 0 });
    }
  }
  return { nodes, stood, failed: plain.length - stood.length };
}

function offsetOf(point: Point | undefined): number {
  return point?.offset ?? 0;
}
