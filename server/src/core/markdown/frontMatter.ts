import type { Yaml } from 'mdast';

/** A draft's YAML front matter, as micromark-extension-frontmatter and mdast-util-frontmatter read it. */
export interface FrontMatter {
  readonly node: Yaml;
  /** Where it ends: right after the closing fence, before its line ending. */
  readonly end: number;
  /** The line of the closing fence. */
  readonly line: number;
}

// Fences of exactly "---" (the extension allows spaces after them, and TOML's "+++": those are left
// to micromark), the first at the draft's start. What micromark would not keep as it is goes to it
// too: a lone "\r" (lines here end at "\n"), NUL (made U+FFFD) and tabs, and a fence with spaces
// after it before the plain one ("--- "), which closes the front matter there.
const YAML = /^---\r?\n(?:[^\r\n]*(?:\r\n|\n))*?---(?=\r?\n|$)/;
const NOT_KEPT = /\r(?!\n)|[\0\t]|\n--- /;

/** The front matter that starts `text`, if it has one of the plain form above. */
export function frontMatter(text: string): FrontMatter | undefined {
  const match = YAML.exec(text);
  if (!match || NOT_KEPT.test(match[0])) return undefined;
  const end = match[0].length;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  // Its value is what lies between the fences' line endings.
  const value = text.slice(3, end - 3).replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  return { node: { type: 'yaml', value, position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: 4, offset: end } } }, end, line };
}
