import type { Definition, Nodes, Root } from 'mdast';
import type { Source } from '../types';

/**
 * Finds the links and footnote references of a draft that can back a claim: inline links,
 * reference links, autolinks and bare URLs (GFM), and footnote calls. The parser only makes
 * reference links and footnote calls whose definitions exist, so an undefined `[label]` or `[^1]`
 * stays plain text and sources nothing; nor does an empty footnote. Links inside the document ("#section") and empty links
 * are navigation, not evidence.
 */
export function findLinkSources(tree: Root): Source[] {
  const definitions = new Map<string, string>();
  const notes = new Set<string>();
  collectDefinitions(tree, definitions, notes);
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
      } else if (node.type === 'footnoteReference' && notes.has(node.identifier)) sources.push({ kind: 'footnote', span, target: node.identifier });
    }
    // Definitions are where sources are written down, not sentences that need them.
    if (node.type === 'footnoteDefinition' || node.type === 'definition') return;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return sources;
}

/** Link definitions by label, and the labels of footnotes that say something. */
function collectDefinitions(node: Nodes, links: Map<string, string>, notes: Set<string>): void {
  if (node.type === 'definition') {
    const def: Definition = node;
    // CommonMark: the first definition of a label wins.
    if (!links.has(def.identifier)) links.set(def.identifier, def.url);
    return;
  }
  // An empty footnote ("[^3]:", as the quick fix leaves it) is a source still to be written.
  if (node.type === 'footnoteDefinition') {
    if (node.children.length > 0) notes.add(node.identifier);
    return;
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, links, notes);
}

function isEvidence(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}
