import type { Root } from 'mdast';
import { findDirectives, resolveSilences, type Silence } from '../../server/src/core/markdown/directives';
import { parseMarkdown } from '../../server/src/core/markdown/parse';
import { extractProse, type ProseBlock } from '../../server/src/core/markdown/prose';
import { findDefinitions, findLinkSites, resolutionOf, resolveLinkSites } from '../../server/src/core/sources/links';
import type { Source } from '../../server/src/core/types';

/** The silences of a whole parsed draft, resolved as the engine does from its top-level blocks. */
export function findSilences(tree: Root, documentLength: number): Silence[] {
  const blocks = tree.children.map((node, i) => ({ directives: findDirectives(node), shift: 0, nextEnd: tree.children[i + 1]?.position?.end.offset }));
  return resolveSilences(blocks, documentLength);
}

/** The link and footnote sources of a whole draft parsed from `source`, resolved against all its definitions. */
export function findLinkSources(tree: Root, source: string): Source[] {
  const resolution = resolutionOf(tree.children.map(findDefinitions));
  return tree.children.flatMap((node) => resolveLinkSites(findLinkSites(node, source), resolution));
}

/** The prose blocks of a draft. */
export function proseOf(markdown: string): ProseBlock[] {
  return extractProse(parseMarkdown(markdown), markdown);
}

/** The draft text under a prose span: what an editor would underline. */
export function sourceOf(markdown: string, block: ProseBlock, start: number, end: number): string {
  const span = block.map.toSourceSpan({ start, end });
  return markdown.slice(span.start, span.end);
}
