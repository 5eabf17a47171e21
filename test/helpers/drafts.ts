import type { Root } from 'mdast';
import { findDirectives, resolveSilences, type Silence } from '../../server/src/core/markdown/directives';
import { findDefinitions, findLinkSites, resolutionOf, resolveLinkSites } from '../../server/src/core/sources/links';
import type { Source } from '../../server/src/core/types';

/** The silences of a whole parsed draft, resolved as the engine does from its top-level blocks. */
export function findSilences(tree: Root, documentLength: number): Silence[] {
  const blocks = tree.children.map((node, i) => ({ directives: findDirectives(node), shift: 0, nextEnd: tree.children[i + 1]?.position?.end.offset }));
  return resolveSilences(blocks, documentLength);
}

/** The link and footnote sources of a whole parsed draft, resolved against all its definitions. */
export function findLinkSources(tree: Root): Source[] {
  const resolution = resolutionOf(tree.children.map(findDefinitions));
  return tree.children.flatMap((node) => resolveLinkSites(findLinkSites(node), resolution));
}
