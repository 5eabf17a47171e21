import type { Span } from '../types';

// Template and component syntax that static-site generators expand before Markdown is rendered:
// Hugo shortcodes ({{< … >}}, {{% … %}}), Liquid and Jekyll tags ({% … %}), expressions
// ({{ … }}) and kramdown attribute lists ({: … }). CommonMark reads them as text, but none of it is
// prose a writer asserts: an image's alt text inside a shortcode is no quotation, a shortcode's
// arguments no figure.

/** Openers with their closers, longest opener first so that "{{<" is not read as "{{". */
const PAIRS: readonly (readonly [string, string])[] = [
  ['{{<', '>}}'],
  ['{{%', '%}}'],
  ['{{', '}}'],
  ['{%', '%}'],
  ['{:', '}'],
];
const OPENER = /\{[{%:]/g;
/** A kramdown attribute list is short and on one line: "{: .note #id}". */
const ATTRIBUTE_LIST = /^\{:[ \t]*[.#\w][^{}\n]{0,200}\}/;

/**
 * The template stretches of `text`, in order. Linear in the text's length: an opener whose
 * closer is nowhere after it means no later opener of that kind closes either.
 */
export function templateSpans(text: string): Span[] {
  const spans: Span[] = [];
  const unclosed = new Set<string>();
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const at = m.index;
    const end = closingEnd(text, at, unclosed);
    if (end === undefined) continue;
    spans.push({ start: at, end });
    OPENER.lastIndex = end;
  }
  return spans;
}

/** Where the template opening at `at` ends, if it closes. */
function closingEnd(text: string, at: number, unclosed: Set<string>): number | undefined {
  if (text.startsWith('{:', at)) {
    const list = ATTRIBUTE_LIST.exec(text.slice(at, at + 210));
    return list === null ? undefined : at + list[0].length;
  }
  const pair = PAIRS.find(([open]) => text.startsWith(open, at));
  if (pair === undefined || unclosed.has(pair[0])) return undefined;
  const close = text.indexOf(pair[1], at + pair[0].length);
  if (close === -1) {
    unclosed.add(pair[0]);
    return undefined;
  }
  return close + pair[1].length;
}

/** A link whose destination is a template, which CommonMark leaves as text: `[label]({{< ref "x.md" >}} "Title")`. */
export interface TemplateLink {
  /** From "[" to ")". */
  readonly span: Span;
  readonly label: Span;
  /** The template, as the link's target. */
  readonly target: string;
}

const LINK_OPEN = /\]\([ \t]*$/;
const MAX_LABEL = 500;
const LINK_CLOSE = /^[ \t]*(?:"[^"\n]{0,500}"|'[^'\n]{0,500}')?[ \t]*\)/;

/** The links of `text` whose destination is a template span. */
export function templateLinks(text: string, spans: readonly Span[] = templateSpans(text)): TemplateLink[] {
  const links: TemplateLink[] = [];
  for (const span of spans) {
    const before = LINK_OPEN.exec(text.slice(Math.max(0, span.start - 10), span.start));
    const after = LINK_CLOSE.exec(text.slice(span.end, span.end + 520));
    if (before === null || after === null) continue;
    const labelEnd = span.start - before[0].length;
    // The label's "[" within a bounded look-back, so that many "](" cost linear time.
    const from = Math.max(0, labelEnd - MAX_LABEL);
    const found = text.slice(from, labelEnd).lastIndexOf('[');
    const open = found === -1 ? -1 : from + found;
    if (open === -1 || text.slice(open + 1, labelEnd).includes('\n\n')) continue;
    links.push({ span: { start: open, end: span.end + after[0].length }, label: { start: open + 1, end: labelEnd }, target: text.slice(span.start, span.end) });
  }
  return links;
}

/** An anchor's opening up to a template as its target, and what ends the tag after it. */
const ANCHOR_OPEN = /<a\s[^<>\n]{0,300}?\bhref\s*=\s*"$/i;
const ANCHOR_TAG_END = /^"[^<>\n]{0,300}?>/;
const ANCHOR_CLOSE = /<\/a\s*>/i;

/**
 * The tags of HTML anchors whose target is a template span, which CommonMark leaves as text since
 * the template's quotes end the attribute early: `<a href="{{< ref "x.md" >}}">label</a>`.
 */
function templateAnchorTags(text: string, spans: readonly Span[]): Span[] {
  const tags: Span[] = [];
  for (const span of spans) {
    const from = Math.max(0, span.start - 310);
    const open = ANCHOR_OPEN.exec(text.slice(from, span.start));
    const end = ANCHOR_TAG_END.exec(text.slice(span.end, span.end + 310));
    if (open === null || end === null) continue;
    const labelStart = span.end + end[0].length;
    tags.push({ start: from + open.index, end: labelStart });
    const close = ANCHOR_CLOSE.exec(text.slice(labelStart, labelStart + 2000));
    if (close !== null) tags.push({ start: labelStart + close.index, end: labelStart + close.index + close[0].length });
  }
  return tags;
}

/**
 * `text` with every template stretch blanked to spaces (line breaks kept), and the syntax of links
 * to templates around their labels, so that offsets still hold and only prose is left. In running
 * Markdown text (`anchors`), also the tags of HTML anchors to templates, which an HTML block's own
 * reading takes out.
 */
export function blankTemplates(text: string, anchors = false): string {
  const spans = templateSpans(text);
  if (spans.length === 0) return text;
  const blank: Span[] = anchors ? [...spans, ...templateAnchorTags(text, spans)] : [...spans];
  for (const link of templateLinks(text, spans)) blank.push({ start: link.span.start, end: link.label.start }, { start: link.label.end, end: link.span.end });
  const chars = text.split('');
  for (const span of blank) for (let i = span.start; i < span.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}
