import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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
