import type { PhrasingContent, Text } from 'mdast';
import { asciiAlpha, asciiAlphanumeric } from 'micromark-util-character';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { classifyAt, closesOnly, opensOnly } from './flanking';
import { Points } from './points';
import { decodeNumericReferences, numericReferenceEnd } from './references';

/**
 * The inline nodes of a paragraph, as micromark and mdast-util-from-markdown (with GFM) make them,
 * and what they assume of the draft's definitions: brackets that make no link are text only where
 * no definition has their label, and a footnote call is one only where a footnote is defined.
 */
export interface SimpleInlines {
  readonly children: PhrasingContent[];
  /** Identifiers (as mdast's definitions have them) of the text in brackets that makes no link. */
  readonly literalLabels: readonly string[];
  /** Identifiers of the footnote calls. */
  readonly footnoteCalls: readonly string[];
}

/**
 * The inline nodes of a paragraph whose text is `text[start, end)`, starting on line `line`, when
 * all its inline markup is of a subset read here:
 * - inline links `[text](destination)` of plain text and a destination of plain characters;
 * - text in brackets followed by none of "[" and ":", nor by "(" that may start a link's resource
 *   (a shortcut reference if a definition has its label: see `literalLabels`);
 * - footnote calls `[^label]` of ASCII letters, digits, "-" and "_";
 * - code spans of one backtick;
 * - emphasis or strong emphasis (`*`, `**`, `_`, `__`) whose delimiters can only open and only
 *   close, around any of the above but emphasis;
 * - HTML tags of a strict form (see `html`);
 * - numeric character references to printable characters.
 * Plain text holds no other character that Markdown reads in text (escapes, other references,
 * other HTML and autolinks, images, strikethrough, literal autolinks). Anything else gives undefined,
 * for micromark to read: erring costs only speed. Trailing spaces on the last line are the
 * paragraph's, not its text's; the lines' starts and ends (which may make blocks) are the caller's
 * to check.
 */
export function simpleInlines(text: string, start: number, end: number, line: number): SimpleInlines | undefined {
  return new Reader(text, start, end, line).paragraph();
}

interface Read {
  readonly node: PhrasingContent;
  readonly end: number;
}

const BRACKET = 0x5b;
const CLOSING_BRACKET = 0x5d;
const PARENTHESIS = 0x28;
const CLOSING_PARENTHESIS = 0x29;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const BACKTICK = 0x60;
const BANG = 0x21;
const AMPERSAND = 0x26;
const HASH = 0x23;
const COLON = 0x3a;
const CARET = 0x5e;
const AT = 0x40;
const LESS_THAN = 0x3c;
const SPACE = 0x20;
const SLASH = 0x2f;
const DASH = 0x2d;
const EQUALS = 0x3d;
const GREATER_THAN = 0x3e;
const QUOTATION_MARK = 0x22;
const APOSTROPHE = 0x27;
// The longest label micromark reads.
const MAX_LABEL = 999;
const LF = 0x0a;
const CR = 0x0d;

// Characters with a meaning in text: brackets, emphasis, code, escapes, character references, HTML
// and autolinks, strikethrough, table cells, e-mail addresses (see `plainEnd` for those of "!",
// "&", "@" and "<" that have none), and what the parser replaces (NUL) or expands (tab).
const SPECIAL = Uint8Array.from({ length: 128 }, (_, c) => (c === 0 || c === 9 || '[]*_`\\<~|@!&'.includes(String.fromCharCode(c)) ? 1 : 0));
// What GFM's literal autolinks start with, in a text node's value (after character references are
// decoded): there the tree's transform would make a link, as micromark would of the source.
const LITERAL_AUTOLINK = /www\.|https?:\/\/|[-.\w+]@/i;

class Reader {
  private readonly points: Points;
  private readonly literalLabels: string[] = [];
  private readonly footnoteCalls: string[] = [];
  /** Where the paragraph's text ends: trailing spaces are stripped. */
  private readonly end: number;

  constructor(
    private readonly text: string,
    private readonly start: number,
    end: number,
    line: number,
  ) {
    let trimmed = end;
    while (trimmed > start && text.charCodeAt(trimmed - 1) === SPACE) trimmed--;
    this.end = trimmed;
    this.points = new Points(text, start, line);
  }

  paragraph(): SimpleInlines | undefined {
    const read = this.phrasing(this.start, undefined);
    if (!read || read.end !== this.end) return undefined;
    return { children: read.nodes, literalLabels: this.literalLabels, footnoteCalls: this.footnoteCalls };
  }

  /**
   * The nodes from `from` to the end of the text or, in emphasis, to the first `closer` (its
   * marker) outside a construct; emphasis is read only outside emphasis.
   */
  private phrasing(from: number, closer: number | undefined): { nodes: PhrasingContent[]; end: number } | undefined {
    const nodes: PhrasingContent[] = [];
    let textFrom = from;
    let at = this.plainEnd(from);
    for (; at < this.end; at = this.plainEnd(at)) {
      const c = this.text.charCodeAt(at);
      if (c === closer) break;
      if (c === BRACKET) {
        const literal = this.literalBrackets(at);
        if (literal !== undefined) {
          at = literal;
          continue;
        }
      }
      // The text before first: points are asked for in the text's order.
      if (at > textFrom) {
        const before = this.textNode(textFrom, at);
        if (!before) return undefined;
        nodes.push(before);
      }
      const read = this.construct(c, at, closer);
      if (!read) return undefined;
      nodes.push(read.node);
      at = textFrom = read.end;
    }
    if (at > textFrom) {
      const rest = this.textNode(textFrom, at);
      if (!rest) return undefined;
      nodes.push(rest);
    }
    return { nodes, end: at };
  }

  /** The construct that starts with `c` at `at`, if it is one read here. */
  private construct(c: number, at: number, closer: number | undefined): Read | undefined {
    if (c === BRACKET) return this.bracketed(at);
    if (c === BACKTICK) return this.code(at);
    if (c === LESS_THAN) return this.html(at);
    return (c === STAR || c === UNDERSCORE) && closer === undefined ? this.emphasis(at) : undefined;
  }

  /**
   * An HTML tag at `at`, as micromark's `htmlText` reads it, of a stricter form: `<name>`,
   * `<name attribute="value" …>` (quoted values of one line, attributes without values),
   * `<name … />` or `</name>`, spaces only where the form has them. Not an autolink: those need
   * a ":" or "@" before any space.
   */
  private html(at: number): Read | undefined {
    const { text, end } = this;
    let i = at + 1;
    const closing = text.charCodeAt(i) === SLASH;
    if (closing) i++;
    if (!asciiAlpha(text.charCodeAt(i))) return undefined;
    for (i++; asciiAlphanumeric(text.charCodeAt(i)) || text.charCodeAt(i) === DASH; i++);
    while (text.charCodeAt(i) === SPACE) {
      for (i++; text.charCodeAt(i) === SPACE; i++);
      const c = text.charCodeAt(i);
      if (closing || !(asciiAlpha(c) || c === UNDERSCORE || c === COLON)) break;
      for (i++; isAttributeName(text.charCodeAt(i)); i++);
      if (text.charCodeAt(i) !== EQUALS) continue;
      const quote = text.charCodeAt(i + 1);
      if (quote !== QUOTATION_MARK && quote !== APOSTROPHE) return undefined;
      const close = text.indexOf(String.fromCharCode(quote), i + 2);
      if (close < 0 || close >= end || text.slice(i + 2, close).includes('\n')) return undefined;
      i = close + 1;
    }
    if (!closing && text.charCodeAt(i) === SLASH) i++;
    if (i >= end || text.charCodeAt(i) !== GREATER_THAN) return undefined;
    return { node: { type: 'html', value: text.slice(at, i + 1), position: this.points.span(at, i + 1) }, end: i + 1 };
  }

  /** Where the plain text from `at` ends: at the text's end or at the first character with a meaning in text. */
  private plainEnd(at: number): number {
    const { text, end } = this;
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || SPECIAL[c] === 0) continue;
      const next = text.charCodeAt(i + 1);
      // "!" makes an image only before "[".
      if (c === BANG && next !== BRACKET) continue;
      if (c === AMPERSAND) {
        const reference = numericReferenceEnd(text, i, end);
        if (reference !== undefined) i = reference - 1;
        // "&" and what cannot start a reference's name ("& ", "&.") is text.
        if (reference !== undefined || !asciiAlphanumeric(next) && next !== HASH) continue;
      }
      // An e-mail address needs a character of its local part right before "@" (as in
      // `[@key]`, a citation, it has none).
      if (c === AT && !isEmailAtext(text.charCodeAt(i - 1))) continue;
      // Neither an autolink nor HTML starts with "< " (a Hugo shortcode's "{{< name >}}"): "<"
      // before anything else is an HTML tag's (see `html`) or micromark's.
      if (c === LESS_THAN && (next === SPACE || next === LF || next === CR || i + 1 >= end)) continue;
      return i;
    }
    return end;
  }

  private textNode(from: number, to: number): Text | undefined {
    const value = decodeNumericReferences(this.text.slice(from, to));
    if (LITERAL_AUTOLINK.test(value)) return undefined;
    return { type: 'text', value, position: this.points.span(from, to) };
  }

  /** Where the label in brackets at `at` ends (its "]"), if it is of plain text, not empty and not too long for micromark. */
  private label(at: number): number | undefined {
    const labelEnd = this.plainEnd(at + 1);
    return labelEnd > at + 1 && labelEnd - at - 1 <= MAX_LABEL && labelEnd < this.end && this.text.charCodeAt(labelEnd) === CLOSING_BRACKET ? labelEnd : undefined;
  }

  /**
   * Brackets around plain text that make no link unless a definition has their label: not an
   * image's, a footnote call's, nor followed by "(" (a link), "[" (a reference) or ":" (maybe a
   * definition). Where they end, and their label noted; undefined for any other brackets.
   */
  private literalBrackets(at: number): number | undefined {
    const { text } = this;
    if (text.charCodeAt(at + 1) === CARET) return undefined;
    const labelEnd = this.label(at);
    if (labelEnd === undefined) return undefined;
    const next = text.charCodeAt(labelEnd + 1);
    if ((next === PARENTHESIS && !this.noResource(labelEnd + 1)) || next === BRACKET || next === COLON) return undefined;
    this.literalLabels.push(identifier(text.slice(at + 1, labelEnd)));
    return labelEnd + 1;
  }

  /**
   * Whether "(" at `at` surely starts no link's resource, as micromark's `factoryDestination` and
   * resource read it: a destination of plain characters (the same as a link's, no parentheses),
   * spaces, and then what can start neither a title nor the resource's end, as in
   * `[text]({{< ref "post.md" >}})`, a site generator's shortcode. Then the brackets are text.
   */
  private noResource(at: number): boolean {
    const { text } = this;
    let i = at + 1;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === PARENTHESIS || c === CLOSING_PARENTHESIS || (c < 128 && NOT_IN_DESTINATION[c] === 1 && c !== SPACE && c !== LESS_THAN && c !== GREATER_THAN)) return false;
      if (c === SPACE) break;
    }
    // A destination, one space at least, then no title's quote or parenthesis, no ")".
    if (i === at + 1 || text.charCodeAt(at + 1) === LESS_THAN || i >= this.end) return false;
    while (text.charCodeAt(i) === SPACE) i++;
    const c = text.charCodeAt(i);
    return i < this.end && c !== QUOTATION_MARK && c !== APOSTROPHE && c !== PARENTHESIS && c !== CLOSING_PARENTHESIS && c !== LF && c !== CR;
  }

  /** A link `[text](destination)` or a footnote call `[^label]` at `at`. */
  private bracketed(at: number): Read | undefined {
    const { text } = this;
    if (text.charCodeAt(at + 1) === CARET) return this.footnoteCall(at);
    const labelEnd = this.label(at);
    if (labelEnd === undefined || text.charCodeAt(labelEnd + 1) !== PARENTHESIS) return undefined;
    const destination = labelEnd + 2;
    const destinationEnd = plainDestinationEnd(text, destination, this.end);
    if (destinationEnd === undefined || destinationEnd === destination) return undefined;
    const open = this.points.at(at);
    const label = this.textNode(at + 1, labelEnd);
    if (!label) return undefined;
    const node: PhrasingContent = { type: 'link', title: null, url: text.slice(destination, destinationEnd), children: [label], position: { start: open, end: this.points.at(destinationEnd + 1) } };
    return { node, end: destinationEnd + 1 };
  }

  /** `[^label]`, its label of ASCII letters, digits, "-" and "_" (so that matching it to a definition needs no Unicode case folding). */
  private footnoteCall(at: number): Read | undefined {
    const { text } = this;
    let i = at + 2;
    for (; i < this.end && isFootnoteLabel(text.charCodeAt(i)); i++);
    const next = text.charCodeAt(i + 1);
    if (i === at + 2 || i - at - 2 > MAX_LABEL || i >= this.end || text.charCodeAt(i) !== CLOSING_BRACKET || next === PARENTHESIS || next === BRACKET || next === COLON) return undefined;
    const label = text.slice(at + 2, i);
    const id = label.toLowerCase();
    this.footnoteCalls.push(id);
    return { node: { type: 'footnoteReference', identifier: id, label, position: this.points.span(at, i + 1) }, end: i + 1 };
  }

  /**
   * A code span of one backtick at `at`, its content on one line (micromark makes spaces of line
   * endings), neither starting nor ending with a space (it may strip them).
   */
  private code(at: number): Read | undefined {
    const { text } = this;
    if (text.charCodeAt(at + 1) === BACKTICK) return undefined;
    const close = text.indexOf('`', at + 1);
    if (close < 0 || close >= this.end || close === at + 1 || text.charCodeAt(close + 1) === BACKTICK) return undefined;
    const value = text.slice(at + 1, close);
    if (value.includes('\n') || value.charCodeAt(0) === SPACE || value.charCodeAt(value.length - 1) === SPACE) return undefined;
    return { node: { type: 'inlineCode', value, position: this.points.span(at, close + 1) }, end: close + 1 };
  }

  /**
   * `*…*`, `**…**`, `_…_` or `__…__` at `at`, where micromark's rules of flanking let the first run
   * only open and the second only close, so that they can only pair with each other (see
   * `tokenizeAttention` in micromark-core-commonmark), with no emphasis between them.
   */
  private emphasis(at: number): Read | undefined {
    const { text } = this;
    const marker = text.charCodeAt(at);
    const size = this.runLength(at);
    const inner = at + size;
    if (size > 2 || !opensOnly(marker, classifyAt(this.text, this.start, this.end, at - 1), classifyAt(this.text, this.start, this.end, inner))) return undefined;
    const open = this.points.at(at);
    const content = this.phrasing(inner, marker);
    if (!content || content.end === inner || content.end >= this.end || this.runLength(content.end) !== size) return undefined;
    const after = content.end + size;
    if (!closesOnly(marker, classifyAt(this.text, this.start, this.end, content.end - 1), classifyAt(this.text, this.start, this.end, after))) return undefined;
    return { node: { type: size === 2 ? 'strong' : 'emphasis', children: content.nodes, position: { start: open, end: this.points.at(after) } }, end: after };
  }

  private runLength(at: number): number {
    let i = at + 1;
    while (i < this.end && this.text.charCodeAt(i) === this.text.charCodeAt(at)) i++;
    return i - at;
  }

}

/** A label's identifier as mdast-util-from-markdown makes it. */
function identifier(label: string): string {
  return normalizeIdentifier(label).toLowerCase();
}

function isAttributeName(c: number): boolean {
  return asciiAlphanumeric(c) || c === DASH || c === 0x2e || c === COLON || c === UNDERSCORE;
}

/** What an e-mail address's local part is made of, in micromark-extension-gfm-autolink-literal. */
function isEmailAtext(c: number): boolean {
  return asciiAlphanumeric(c) || c === 0x2b || c === DASH || c === 0x2e || c === UNDERSCORE;
}

function isFootnoteLabel(c: number): boolean {
  return asciiAlphanumeric(c) || c === DASH || c === UNDERSCORE;
}

// Characters a destination holds as they are: no white space or control characters, no escapes,
// character references, angle brackets, brackets or code, no table cells.
const NOT_IN_DESTINATION = Uint8Array.from({ length: 128 }, (_, c) => (c <= 0x20 || c === 0x7f || '\\&<>[]`|'.includes(String.fromCharCode(c)) ? 1 : 0));

/** Where the destination from `at` ends at its ")", parentheses in it balanced one deep; undefined if it is not plain. */
function plainDestinationEnd(text: string, at: number, end: number): number | undefined {
  let open = false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && NOT_IN_DESTINATION[c] === 1) return undefined;
    if (c === PARENTHESIS) {
      if (open) return undefined;
      open = true;
    } else if (c === CLOSING_PARENTHESIS) {
      if (!open) return i;
      open = false;
    }
  }
  return undefined;
}
