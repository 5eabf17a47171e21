import type { Root } from 'mdast';
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
  return (fragment ? fragmentProcessor : processor).parse(text);
}
