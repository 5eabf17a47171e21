import type { Definition, Nodes, Root } from 'mdast';
import type { Source } from '../types';

/**
 * Finds the links and footnote references of a draft that can back a claim: inline links,
 * reference links, autolinks and bare URLs (GFM), and footnote calls. The parser only makes
 * reference links and footnote calls whose definitions exist, so an undefined `[label]` or `[^1]`
 * stays plain text and sources nothing. Links inside the document ("#section") and empty links
 * are navigation, not evidence.
 */
export function findLinkSources(tree: Root): Source[] {
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const sources: Source[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const span = { start, end };
      if (node.type === 'link' && isEvidence(node.url)) sources.push({ kind: 'link', span, target: node.url });
      else if (node.type === 'linkReference') {
        const url = definitions.get(node.identifier);
        if (url !== undefined && isEvidence(url)) sources.push({ kind: 'link', span, target: url });
      } else if (node.type === 'footnoteReference') sources.push({ kind: 'footnote', span, target: node.identifier });
    }
    // Definitions are where sources are written down, not sentences that need them.
    if (node.type === 'footnoteDefinition' || node.type === 'definition') return;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return sources;
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') {
    const def: Definition = node;
    // CommonMark: the first definition of a label wins.
    if (!into.has(def.identifier)) into.set(def.identifier, def.url);
    return;
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

function isEvidence(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}
