import type { Link, Nodes } from 'mdast';
import { blankTemplates, templateLinks } from '../markdown/templates';
import { walk } from '../markdown/walk';
import type { Source, Span } from '../types';

/**
 * A place in a block that may source a claim: an inline link, autolink or bare URL (GFM) with its
 * URL, or a reference link or footnote call whose meaning depends on definitions that may live
 * anywhere in the draft, so it is resolved by `resolveLinkSites` once every block is known.
 */
export type LinkSite =
  | { readonly kind: 'link'; readonly span: Span; readonly url: string }
  | { readonly kind: 'reference' | 'footnote'; readonly span: Span; readonly identifier: string }
  /** An HTML footnote call: a superscript anchor to a place in the page, `<sup><a href="#fn1">1</a></sup>`. */
  | { readonly kind: 'note'; readonly span: Span; readonly target: string };

/** The link definitions and footnotes of a block that sources can resolve to. */
export interface Definitions {
  /** Link definitions by label, in document order. */
  readonly links: ReadonlyArray<readonly [string, string]>;
  /** Footnote labels, with whether the footnote says something. */
  readonly notes: ReadonlyArray<readonly [string, boolean]>;
}

/**
 * An HTML anchor up to its target: `<a class="x" href="https://…"`, the target a site generator's
 * link (`href="{{< ref "page.md" >}}"`, quotes inside) or a quoted or bare URL. Bounded, so that a
 * hostile block reads in linear time.
 */
const ANCHOR = /<a\s[^<>]{0,2000}?\bhref\s*=\s*(?:"(\{\{[<%][^]{0,2000}?[>%]\}\})"|"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'=<>`]{1,2000}))/gi;
/** What ends just before an anchor that is a footnote call: a superscript's opening tag. */
const SUPERSCRIPT_BEFORE = /<sup(?:\s[^<>]{0,200})?>\s*$/i;
/** The end of an anchor's element. */
const ANCHOR_END = /<\/a\s*>/i;
/** How far after its opening tag an anchor's end is looked for: a long link text, not a runaway one. */
const MAX_ANCHOR_TEXT = 2000;

/**
 * Finds the links and footnote references of a block (parsed from `source`) that can back a claim,
 * in document order: Markdown links, HTML anchors, and links to a site generator's page
 * (`[label]({{< ref "page.md" >}})`, text to CommonMark). The parser only makes reference links
 * and footnote calls whose definitions exist, so an undefined `[label]` or `[^1]` stays plain text
 * and is no site.
 */
export function findLinkSites(block: Nodes, source: string): LinkSite[] {
  const sites: LinkSite[] = [];
  const blockEnd = block.position?.end.offset ?? source.length;
  walk(block, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const span = { start, end };
      if (node.type === 'link') {
        if (!isPictureLink(node)) sites.push({ kind: 'link', span, url: node.url });
      } else if (node.type === 'linkReference') sites.push({ kind: 'reference', span, identifier: node.identifier });
      else if (node.type === 'footnoteReference') sites.push({ kind: 'footnote', span, identifier: node.identifier });
      else if (node.type === 'html') {
        // An inline tag, or a whole HTML block with anchors anywhere in it.
        anchorSites(source, span, blockEnd, sites);
      } else if (node.type === 'text' && node.value.includes('{')) {
        for (const link of templateLinks(source.slice(start, end))) {
          sites.push({ kind: 'link', span: { start: start + link.span.start, end: start + link.span.end }, url: link.target });
        }
        // `<a href="{{< ref "page.md" >}}">`: the quotes inside make the tag text to CommonMark.
        anchorSites(source, span, blockEnd, sites);
      }
    }
    // Definitions are where sources are written down, not sentences that need them.
    return node.type !== 'footnoteDefinition' && node.type !== 'definition';
  });
  return sites;
}

/**
 * Whether a link holds a picture and no words: `[![logo](logo.png)](logo.png)`, `[{{< legacy-img … >}}](…)`.
 * It opens the picture; it backs nothing the text beside it says.
 */
function isPictureLink(link: Link): boolean {
  return link.children.length > 0 && link.children.every((child) => PICTURES.has(child.type) || (child.type === 'text' && blankTemplates(child.value).trim() === ''));
}

/** What a link may hold and still show no words: pictures, and tags (`[<img src="…">](…)`). */
const PICTURES: ReadonlySet<string> = new Set(['image', 'imageReference', 'html']);

/** Adds the HTML anchors of `source[span]` to `sites`, each with its element's text up to `blockEnd` at most. */
function anchorSites(source: string, span: Span, blockEnd: number, sites: LinkSite[]): void {
  for (const anchor of source.slice(span.start, span.end).matchAll(ANCHOR)) {
    const at = span.start + anchor.index;
    // The element with its text, as a Markdown link's span holds its text: the sentence that
    // ends in the link text ("5. <a href="…">Twitter Use Shows …</a>") is the one it sources.
    const tagEnd = at + anchor[0].length;
    const close = ANCHOR_END.exec(source.slice(tagEnd, Math.min(blockEnd, tagEnd + MAX_ANCHOR_TEXT)));
    const site = { start: at, end: close ? tagEnd + close.index + close[0].length : tagEnd };
    const url = anchor[1] ?? anchor[2] ?? anchor[3] ?? anchor[4] ?? '';
    const note = url.startsWith('#') && url.length > 1 && SUPERSCRIPT_BEFORE.test(source.slice(Math.max(0, at - 220), at));
    sites.push(note ? { kind: 'note', span: site, target: url.slice(1) } : { kind: 'link', span: site, url });
  }
}

/** The definitions of a block, as sources resolve them (not those nested in a footnote). */
export function findDefinitions(block: Nodes): Definitions {
  const links: Array<[string, string]> = [];
  const notes: Array<[string, boolean]> = [];
  walk(block, (node) => {
    if (node.type === 'definition') links.push([node.identifier, node.url]);
    // An empty footnote ("[^3]:", as the quick fix leaves it) is a source still to be written.
    else if (node.type === 'footnoteDefinition') notes.push([node.identifier, node.children.length > 0]);
    else return true;
    return false;
  });
  return { links, notes };
}

/** What a draft's definitions resolve to: URLs by label (the first definition wins), written footnotes. */
export interface Resolution {
  readonly urls: ReadonlyMap<string, string>;
  readonly notes: ReadonlySet<string>;
}

/** Merges the definitions of every block of a draft, in document order. */
export function resolutionOf(blocks: Iterable<Definitions>): Resolution {
  const urls = new Map<string, string>();
  const notes = new Set<string>();
  for (const block of blocks) {
    // CommonMark: the first definition of a label wins.
    for (const [label, url] of block.links) if (!urls.has(label)) urls.set(label, url);
    for (const [label, filled] of block.notes) if (filled) notes.add(label);
  }
  return { urls, notes };
}

/**
 * The sources among a block's sites: links to evidence (links inside the document, "#section",
 * and empty links are navigation), calls of footnotes that say something, and HTML footnote calls
 * (whose notes, HTML of any shape, are taken to say something).
 */
export function resolveLinkSites(sites: readonly LinkSite[], resolution: Resolution): Source[] {
  const sources: Source[] = [];
  for (const site of sites) {
    if (site.kind === 'link') {
      if (isEvidence(site.url)) sources.push({ kind: 'link', span: site.span, target: site.url });
    } else if (site.kind === 'reference') {
      const url = resolution.urls.get(site.identifier);
      if (url !== undefined && isEvidence(url)) sources.push({ kind: 'link', span: site.span, target: url });
    } else if (site.kind === 'note') {
      sources.push({ kind: 'footnote', span: site.span, target: site.target });
    } else if (resolution.notes.has(site.identifier)) sources.push({ kind: 'footnote', span: site.span, target: site.identifier });
  }
  return sources;
}

function isEvidence(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}
