import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import type { LedgerEntry } from '../core';
import { isStale, isWebUrl, type ReviewClock } from '../core/ledger';
import type { Reference } from '../core/bibliography';

// What hovers and completion documentation show, as data: claims files and drafts may come from
// anyone (a cloned repository), so their text is only ever text, whatever it holds. It is
// rendered to Markdown with every piece escaped, or to plain text as it is.

/** A piece of a line: text, strong, code, or a link (shown as text unless it is a web address). */
export type Segment = string | { readonly strong: readonly Segment[] } | { readonly code: string } | { readonly url: string; readonly text?: string };
/** A paragraph, a quoted paragraph, a list item, or a horizontal rule. */
export type Line = { readonly kind: 'text' | 'quote' | 'item'; readonly segments: readonly Segment[] } | { readonly kind: 'rule' };

export const text = (...segments: Segment[]): Line => ({ kind: 'text', segments });
export const RULE: Line = { kind: 'rule' };

/** A claims-file entry: what hovers and completion documentation show; `clock` tells a stale review. */
export function entryText(entry: LedgerEntry, clock?: ReviewClock): Line[] {
  const lines = [text({ strong: ['Claims file: ', { code: entry.id }] }, ' — rated ', { strong: [entry.rating] })];
  if (entry.claim) lines.push({ kind: 'quote', segments: [entry.claim] });
  for (const s of entry.sources) {
    const meta = [s.publisher, s.date].filter(Boolean).join(', ');
    const source: Segment = s.url ? { url: s.url, text: s.title || s.url } : s.title || 'source';
    lines.push({ kind: 'item', segments: [source, meta ? ` (${meta})` : ''] });
  }
  if (entry.sources.length === 0) lines.push(text('No sources recorded yet.'));
  const review = [entry.reviewed && `Reviewed ${entry.reviewed}`, entry.reviewer && `by ${entry.reviewer}`].filter(Boolean).join(' ');
  if (clock && isStale(entry, clock)) lines.push(text({ strong: [review] }, `: more than ${clock.reviewMaxAgeDays.toLocaleString('en-US')} days ago, so it may no longer hold.`));
  else if (review) lines.push(text(review));
  if (entry.notes) lines.push(text(`Notes: ${entry.notes}`));
  return lines;
}

/** A work of a bibliography: what hovers and completion documentation show. */
export function referenceText(reference: Reference): Line[] {
  const lines = [text({ strong: ['Bibliography: ', { code: reference.key }] })];
  const byline = [reference.authors, reference.year && `(${reference.year})`].filter(Boolean).join(' ');
  if (reference.title || byline) lines.push({ kind: 'quote', segments: [[byline, reference.title].filter(Boolean).join('. ')] });
  if (reference.url) lines.push(text({ url: reference.url }));
  return lines;
}

/** Markdown when the client renders it, otherwise plain text. */
export function render(lines: readonly Line[], markdown: boolean): MarkupContent {
  if (markdown) return { kind: MarkupKind.Markdown, value: lines.map(markdownLine).join('\n\n') };
  return { kind: MarkupKind.PlainText, value: lines.map(plainLine).join('\n\n') };
}

const PREFIX = { text: '', quote: '> ', item: '- ' } as const;

function markdownLine(line: Line): string {
  if (line.kind === 'rule') return '---';
  // Spaces at a line's start or end would be read as indentation or dropped: as character
  // references they are text.
  const body = line.segments.map(markdownSegment).join('').replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length));
  return PREFIX[line.kind] + body;
}

function plainLine(line: Line): string {
  return line.kind === 'rule' ? '────────' : PREFIX[line.kind] + line.segments.map(plainSegment).join('');
}

function markdownSegment(segment: Segment): string {
  if (typeof segment === 'string') return escape(segment);
  if ('strong' in segment) return `**${segment.strong.map(markdownSegment).join('')}**`;
  if ('code' in segment) return codeSpan(segment.code);
  // Only a web address becomes a link; anything else (javascript:, command:, a draft's relative
  // link) is shown as the plain text says it. The URL parser skips leading spaces and controls, so
  // the text itself must start with the scheme.
  if (!/^https?:/i.test(segment.url) || !isWebUrl(segment.url)) return escape(plainSegment(segment));
  return `[${escape(segment.text ?? segment.url)}](${destination(segment.url)})`;
}

function plainSegment(segment: Segment): string {
  if (typeof segment === 'string') return segment;
  if ('strong' in segment) return segment.strong.map(plainSegment).join('');
  if ('code' in segment) return segment.code;
  return segment.text === undefined ? `<${segment.url}>` : `${segment.text} <${segment.url}>`;
}

// CommonMark lets every ASCII punctuation character be backslash-escaped, "&" included (so no
// character reference forms): with all of them escaped, no emphasis, link, image, HTML, heading,
// list, quote or table can start in the text.
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Text that renders as exactly these characters. */
function escape(value: string): string {
  // A line break would let the next line start a block, and a tab could be read as indentation:
  // as character references they are text.
  return value.replace(PUNCTUATION, '\\$&').replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A code span that holds `value` whatever backticks it has (CommonMark shows line breaks in one as spaces). */
function codeSpan(value: string): string {
  // Nothing inside a code span is escaped, but a line break would still let a block start.
  const flat = value.replace(/\r\n?|\n/g, ' ');
  if (flat === '') return '';
  const longest = (flat.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  // One space inside each fence is dropped when both are there, and keeps a backtick off the fence.
  const padded = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && /[^ ]/.test(flat));
  const pad = padded ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A link destination that ends where it should: what could close it or start a title (parentheses,
 * angle brackets, quotes, backslash, whitespace, controls) percent-encoded, and "&" written as a
 * character reference so that "&amp;" in a URL is not decoded.
 */
function destination(url: string): string {
  return url.replace(/[\s\p{Cc}()<>\\"'`]/gu, percentEncoded).replace(/&/g, '&amp;');
}

const UTF8 = new TextEncoder();

// encodeURIComponent leaves parentheses and quotes as they are.
function percentEncoded(char: string): string {
  return Array.from(UTF8.encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
