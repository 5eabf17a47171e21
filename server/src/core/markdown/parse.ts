import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built and frozen once: a processor's configuration never changes between documents.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Parses a Markdown draft (CommonMark + GFM footnotes, tables, autolinks; YAML/TOML front matter). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
