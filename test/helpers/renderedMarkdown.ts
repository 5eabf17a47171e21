import assert from 'node:assert/strict';
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../../server/src/core/markdown/parse';

/** What a hover's or completion item's Markdown renders as, read with the project's own parser (CommonMark + GFM). */
export interface RenderedMarkdown {
  /**
   * Each block as it reads: "> " before a quote, "- " before a list item, "────────" for a rule,
   * a link the Markdown writes as `[text](url)` read as "text <url>" (its URL percent-decoded, and
   * read as text would be), so that it reads as the plain-text rendering does.
   */
  readonly blocks: string[];
  /** The destinations of the links written as `[text](url)`, as the parser read them. */
  readonly links: string[];
  /** The text of each strong span. */
  readonly strong: string[];
  /** Nodes that the server never writes: images, HTML, emphasis, headings, code blocks, tables… */
  readonly unexpected: string[];
}

// The spans the server writes; anything else came from the text it shows.
const SPANS = new Set(['text', 'strong', 'inlineCode', 'link']);

/** Reads `markdown` as VS Code renders it (no front matter: a hover is not a document). */
export function readRendered(markdown: string): RenderedMarkdown {
  const read: RenderedMarkdown = { blocks: [], links: [], strong: [], unexpected: [] };
  const textOf = (node: Nodes): string => {
    if (!SPANS.has(node.type)) read.unexpected.push(node.type);
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    const inner = 'children' in node ? node.children.map(textOf).join('') : '';
    if (node.type === 'strong') read.strong.push(inner);
    if (node.type !== 'link') return inner;
    // remark-gfm turns a web or e-mail address in text into a link (as GitHub does, after escapes
    // are read): it shows its own address, so it reads as the text it was made from.
    if (markdown[node.position?.start.offset ?? -1] !== '[') {
      assertLiteralAutolink(node.url, inner);
      return inner;
    }
    read.links.push(node.url);
    return `${inner} <${asCommonMarkReads(decodeURIComponent(node.url))}>`;
  };
  // The server writes one paragraph per block, quote and list item.
  const paragraph = (nodes: readonly Nodes[]): string => {
    const [only] = nodes;
    if (nodes.length !== 1 || only?.type !== 'paragraph') {
      read.unexpected.push(`${nodes.length} blocks: ${nodes.map((n) => n.type).join(', ')}`);
      return nodes.map(textOf).join('\n\n');
    }
    return only.children.map(textOf).join('');
  };
  const block = (node: RootContent): string[] => {
    if (node.type === 'thematicBreak') return ['────────'];
    if (node.type === 'blockquote') return [`> ${paragraph(node.children)}`];
    if (node.type === 'list' && !node.ordered) return node.children.map((item) => `- ${paragraph(item.children)}`);
    return [paragraph([node])];
  };
  read.blocks.push(...parseMarkdown(markdown, true).children.flatMap(block));
  return read;
}

/** A link remark-gfm made of an address in the text: http(s) or mailto, to exactly the address shown. */
function assertLiteralAutolink(url: string, shown: string): void {
  const expected = [shown, `http://${shown}`, `mailto:${shown}`];
  assert.ok(/^(?:https?|mailto):/i.test(url) && expected.includes(url), `link to ${url} shown as "${shown}"`);
}

/** How CommonMark reads text: it replaces U+0000 with U+FFFD (spec 2.3, insecure characters). */
export function asCommonMarkReads(text: string): string {
  return text.replaceAll('\0', '\uFFFD');
}
