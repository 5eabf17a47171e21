import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';
import { firstIndex } from '../search';
import { frontMatter, type FrontMatter } from './frontMatter';
import { BLANK, plainLists, type PlainBlock } from './lists';
import { plainParagraphs } from './plain';
import { walk } from './walk';

type FromMarkdownExtension = Extract<NonNullable<Data['fromMarkdownExtensions']>[number], { transforms?: unknown }>;

// What a literal autolink's text holds: "www.", "http://" or "https://", or for an e-mail address
// "@" (in a text node's value, where character references are decoded): see `literalAutolinksIfAny`.
const LITERAL_AUTOLINK = /@|www\.|https?:\/\//i;
// Below this depth the transform's recursion cannot exhaust the stack (it does a few thousand deep).
const SHALLOW = 500;

/**
 * GFM's literal autolinks ("www.example.org", "editor@example.org") that micromark leaves in text
 * are found by a transform of the tree that runs four regular expressions over every text node,
 * mostly for nothing: each needs one of `LITERAL_AUTOLINK` in the node (a link's address is not
 * text). This skips the transform on a tree with no such text node, which it would leave as it is.
 * A deep tree keeps it: its recursion is what leaves a draft nested thousands deep unchecked (see
 * `runParseJob`), so that every draft parses as before.
 */
function literalAutolinksIfAny(this: Processor): void {
  const guard = (extension: FromMarkdownExtension): FromMarkdownExtension => {
    const { transforms } = extension;
    if (!transforms || !extension.enter || !('literalAutolink' in extension.enter)) return extension;
    return { ...extension, transforms: transforms.map((transform) => (tree: Root) => (mayHoldLiteralAutolink(tree) ? transform(tree) : undefined)) };
  };
  const extensions = this.data('fromMarkdownExtensions') ?? [];
  this.data(
    'fromMarkdownExtensions',
    extensions.map((e) => (Array.isArray(e) ? e.map(guard) : guard(e))),
  );
}

function mayHoldLiteralAutolink(tree: Root): boolean {
  const nodes: Nodes[] = [tree];
  const depths = [0];
  for (let node = nodes.pop(), depth = depths.pop() ?? 0; node; node = nodes.pop(), depth = depths.pop() ?? 0) {
    if (depth >= SHALLOW || (node.type === 'text' && LITERAL_AUTOLINK.test(node.value))) return true;
    if (!('children' in node)) continue;
    for (const child of node.children) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

/**
 * GitHub Flavored Markdown, as remark-gfm reads it, from the same extensions; remark-gfm also adds
 * their Markdown writers, which nothing here runs and which would ship in every bundle.
 */
function gfmReader(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

// Built and frozen once: a processor's configuration never changes between documents.
const processor = unified().use(remarkParse).use(gfmReader).use(literalAutolinksIfAny).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
// For text that does not start the draft, where "---" cannot open front matter.
const fragmentProcessor = unified().use(remarkParse).use(gfmReader).use(literalAutolinksIfAny).freeze();

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
function countByteOrderMark(tree: Root): void {
  const shift = (point: Point | undefined): void => {
    if (!point) return;
    if (point.offset !== undefined) point.offset += 1;
    if (point.line === 1) point.column += 1;
  };
  walk(tree, (node) => {
    shift(node.position?.start);
    shift(node.position?.end);
  });
}

// Stands in for a paragraph of plain text in what micromark parses: a one-letter paragraph ends and
// starts blocks as the paragraph does, so the rest parses the same, and it costs next to nothing.
// A list stands alone as a list of one such item, with its first marker (see `standInSlots`).
const STAND_IN = 'p';
// What opens front matter.
const FENCE = /^(?:---|\+\+\+)/;

/**
 * The top-level nodes of `text`, equal to `parseMarkdown`'s, without micromark reading the
 * paragraphs of plain text (most of a news draft's prose) and the lists of them: each is parsed as
 * a one-letter stand-in (see `standInSlots`), and each stand-in that comes out as a paragraph of
 * its own is replaced by the plain paragraph (or list), made here, the other nodes moved back to
 * the text's offsets, lines and columns. A stand-in that does not (it lies in a fenced code block,
 * an HTML comment or front matter, or a lazy line continues it) has its text put back (a list's,
 * item by item) and the text parsed again: plain text cannot close or open any block, so that
 * changes nothing else.
 */
export function parseTopLevel(text: string, fragment = false, shortcut?: ShortcutCount): RootContent[] {
  const front = fragment ? undefined : frontMatter(text);
  // After a first line of "---" or "+++" that opens no front matter, micromark (its front-matter
  // extension) reads no list or quote, but their lines as paragraphs' text: those are its to read.
  const paragraphs = plainParagraphs(text);
  let plain: readonly PlainBlock[] = !fragment && !front && FENCE.test(text) ? paragraphs.filter((p) => p.node.type !== 'blockquote') : plainLists(text, paragraphs);
  for (let tries = 0; tries < 3 && (plain.length > 0 || front); tries++) {
    const parsed = parseWithStandIns(text, plain, fragment, front);
    if (parsed.stood.length === plain.length) {
      if (shortcut) shortcut.paragraphs += plain.reduce((sum, p) => sum + (p.node.type === 'list' ? p.node.children.length : 1), 0);
      return parsed.nodes;
    }
    // A list that is not one stands in item by item the next time.
    const stood = new Set(parsed.stood);
    plain = plain.flatMap<PlainBlock>((p) => (stood.has(p) ? [p] : (p.items ?? [])));
  }
  return parseMarkdown(text, fragment).children;
}

/**
 * How many plain paragraphs took the shortcut. The fallback keeps the result right whether the
 * shortcut fires or not, so only a count can show that it still does.
 */
export interface ShortcutCount {
  /** Paragraphs (a quote's, and a list's items, each) and headings. */
  paragraphs: number;
}

function parseWithStandIns(text: string, plain: readonly PlainBlock[], fragment: boolean, front: FrontMatter | undefined): { nodes: RootContent[]; stood: PlainBlock[] } {
  const slots = standInSlots(text, plain);
  const standIns = slots.map((slot) => standInOf(plain, slot));
  const parts: string[] = [];
  // Front matter is left out of the text parsed, which then starts on the rest of its closing
  // fence's line (blank): it is read here, and what follows parses as it would after it.
  const frontGone = front?.end ?? 0;
  const frontLinesGone = (front?.line ?? 1) - 1;
  // Of each stand-in: its offset and line in the text parsed, and what is gone up to its end.
  const at: number[] = [];
  const lines: number[] = [];
  const gone: number[] = [];
  const linesGone: number[] = [];
  let copied = frontGone;
  for (const [k, { from, to }] of slots.entries()) {
    const start = placed(plain[from]?.node.position?.start);
    const end = placed(plain[to]?.node.position?.end);
    const standIn = standIns[k] ?? STAND_IN;
    parts.push(text.slice(copied, start.offset), standIn);
    at.push(start.offset - (gone.at(-1) ?? frontGone));
    lines.push(start.line - (linesGone.at(-1) ?? frontLinesGone));
    gone.push((gone.at(-1) ?? frontGone) + end.offset - start.offset - standIn.length);
    linesGone.push((linesGone.at(-1) ?? frontLinesGone) + end.line - start.line);
    copied = end.offset;
  }
  parts.push(text.slice(copied));
  const frontNodes: RootContent[] = front ? [front.node] : [];
  // Nothing but plain paragraphs and blank lines (a paragraph being typed in): nothing to parse,
  // unless two lists stand alone one after the other, which may be one list.
  if (parts.every((part, i) => i % 2 === 1 || BLANK.test(part)) && !standIns.some((s, k) => k > 0 && s !== STAND_IN && standIns[k - 1] !== STAND_IN)) {
    const stood = plain.filter((p) => holds(p, NO_DEFINITIONS));
    return { nodes: [...frontNodes, ...stood.map((p) => p.node)], stood };
  }
  const slotAt = new Map(at.map((offset, k) => [offset, k]));
  const stood: PlainBlock[] = [];
  /** A point of the text parsed as a point of `text`. */
  const moved = (point: Point): Point => {
    const offset = point.offset ?? 0;
    // The last stand-in that ends at or before the point.
    const k = firstIndex(at.length, (i) => (at[i] ?? 0) + (standIns[i]?.length ?? 0) > offset) - 1;
    const slot = slots[k];
    const paragraph = slot && plain[slot.to]?.node;
    if (!paragraph) return { line: point.line + frontLinesGone, column: point.column, offset: offset + frontGone };
    // After a stand-in on its line, columns count from the end of the paragraph's last line.
    const column = point.line === lines[k] ? placed(paragraph.position?.end).column + offset - (at[k] ?? 0) - (standIns[k]?.length ?? 0) : point.column;
    return { line: point.line + (linesGone[k] ?? 0), column, offset: offset + (gone[k] ?? 0) };
  };
  const root = parseMarkdown(parts.join(''), fragment || front !== undefined);
  const definitions = plain.some((p) => p.literalLabels.length + p.footnoteCalls.length > 0) ? definedIn(root) : NO_DEFINITIONS;
  // Stand-ins of several paragraphs: the first paragraph, put in the stand-in's place, and all of them.
  const several = new Map<RootContent, PlainBlock[]>();
  // Each stand-in that came out as a paragraph of its own (or a list of its own) becomes its blocks
  // again (those of several, and a list, must be the root's: see `standInSlots`); every other node
  // moves back to the text's offsets (in place: the tree is this call's own).
  walk(root, (node, parent, index) => {
    const start = node.position?.start.offset;
    const k = start === undefined ? undefined : slotAt.get(start);
    const slot = k === undefined ? undefined : slots[k];
    const paragraphs = slot && plain.slice(slot.from, slot.to + 1);
    const standIn = k === undefined ? STAND_IN : (standIns[k] ?? STAND_IN);
    const list = standIn !== STAND_IN;
    if (parent && paragraphs && node.type === (list ? 'list' : 'paragraph') && node.position?.end.offset === (start ?? 0) + standIn.length && (paragraphs.length === 1 || parent === root) && (!list || parent === root)) {
      const holding = paragraphs.filter((p) => holds(p, definitions));
      stood.push(...holding);
      if (holding.length === paragraphs.length) {
        const first = paragraphs[0]?.node as RootContent;
        parent.children[index] = first;
        if (paragraphs.length > 1) several.set(first, paragraphs);
      }
      return false;
    }
    if (node.position && node !== root) node.position = { start: moved(node.position.start), end: moved(node.position.end) };
    return true;
  });
  const children = several.size === 0 ? root.children : root.children.flatMap((node) => several.get(node)?.map((p) => p.node) ?? [node]);
  return { nodes: [...frontNodes, ...children], stood };
}

/** The plain blocks `plain[from..to]` that one stand-in stands for. */
interface Slot {
  readonly from: number;
  readonly to: number;
}

/**
 * The plain blocks' stand-ins: one for each, but one for a run of paragraphs (and headings) that
 * start their lines, and lists, with only blank lines between them. Such a paragraph follows a
 * blank line (or starts the text), where no container goes on without a marker or indentation: it
 * is a block of the root, unless it lies in a fenced code block or an HTML comment, as do then the
 * others of the run (only blank lines come between). So is a list after one, and a paragraph
 * after the list closes it; but a list after a list may continue it, and the line after a run's
 * last list may continue its last item: such a list stands alone, as a list of one item with its
 * marker, which ends where it ends if the list does. After any number of blocks in a run
 * micromark is where it is after one, and each costs it tens of microseconds, however short.
 */
function standInSlots(text: string, plain: readonly PlainBlock[]): Slot[] {
  const slots: Slot[] = [];
  for (let k = 0; k < plain.length; k++) {
    const block = plain[k] as PlainBlock;
    const slot = slots.at(-1);
    const last = slot && plain[slot.to];
    // A list's run starts with a paragraph: see above.
    const follows = slot !== undefined && last !== undefined && (block.node.type === 'list' ? startsLine(last) : startsLine(block) && (startsLine(last) || (last.node.type === 'list' && slot.to > slot.from)));
    if (slot && last && follows && BLANK.test(text.slice(placed(last.node.position?.end).offset, placed(block.node.position?.start).offset))) slots[slots.length - 1] = { from: slot.from, to: k };
    else slots.push({ from: k, to: k });
  }
  return slots.flatMap((slot) => (slot.to > slot.from && plain[slot.to]?.node.type === 'list' ? [{ from: slot.from, to: slot.to - 1 }, { from: slot.to, to: slot.to }] : [slot]));
}

/** What stands in for a slot's blocks: a list of one item for a list alone, else a paragraph. */
function standInOf(plain: readonly PlainBlock[], { from, to }: Slot): string {
  const marker = from === to ? plain[from]?.marker : undefined;
  return marker === undefined ? STAND_IN : `${marker} ${STAND_IN}`;
}

/** Whether a plain paragraph (or heading) starts its line (not a list item's or a quote's text). */
function startsLine(block: PlainBlock): boolean {
  return block.node.type !== 'list' && block.node.position?.start.column === 1;
}

/** The identifiers of a draft's definitions of links and of footnotes. */
interface Definitions {
  readonly links: ReadonlySet<string>;
  readonly footnotes: ReadonlySet<string>;
}

const NO_DEFINITIONS: Definitions = { links: new Set(), footnotes: new Set() };
// Where definitions may be: blocks that hold blocks.
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

function definedIn(root: Root): Definitions {
  const links = new Set<string>();
  const footnotes = new Set<string>();
  walk(root, (node) => {
    if (node.type === 'definition') links.add(node.identifier);
    else if (node.type === 'footnoteDefinition') footnotes.add(node.identifier);
    return CONTAINERS.has(node.type);
  });
  return { links, footnotes };
}

/** Whether a plain block's brackets are text and its footnote calls are calls, as it assumed. */
function holds(paragraph: PlainBlock, { links, footnotes }: Definitions): boolean {
  return paragraph.literalLabels.every((label) => !links.has(label)) && paragraph.footnoteCalls.every((call) => footnotes.has(call));
}

/** A point with its offset (micromark's points all have one). */
function placed(point: Point | undefined): Required<Point> {
  return { line: point?.line ?? 1, column: point?.column ?? 1, offset: point?.offset ?? 0 };
}
