import { isSpaceAt } from '../text/chars';
import { tokenize, type Token } from '../text/tokens';
import type { Span } from '../types';
import type { DetectedClaim } from './detected';

// Direct quotation as a claim of its own: what stands between quotation marks was said by someone,
// whether or not this sentence names the speaker ("“…,” she said." names her; the next sentence
// of the same quotation does not). News writes a quotation that runs over several paragraphs by
// opening each paragraph with a quotation mark and closing only the last, so a quotation still
// open at the end of a block runs to its end, and one open before a sentence runs into it.
//
// Everything here is read from the block alone: the nearest quotation mark before the sentence
// says whether the sentence starts inside a quotation, and whether a mark opens or closes is
// decided by what surrounds it, so a sentence costs its own length plus that backward step.

/** The cue of a quotation's claim: the quotation marks are what attribute it. */
export const QUOTATION_CUE = 'quotation';

/** Quotations shorter than this, all inside one sentence, are scare quotes or titles: “ice cream”. */
const MIN_WORDS = 4;

/** A quotation wholly inside its sentence is surer when it is long: likely a whole statement. */
const LONG_WORDS = 8;

/**
 * The direct quotations of `text[sentence]` (whose tokens the caller may pass), one claim per
 * quoted stretch of the sentence.
 */
export function detectQuotations(text: string, sentence: Span, tokens: readonly Token[] = tokenize(text, sentence)): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  let open = startsInside(text, sentence.start) ? sentence.start : -1;
  const carried = open !== -1;
  // Every quotation mark is a token of its own, and a doubled apostrophe two: the marks are found
  // among the sentence's few punctuation tokens rather than among all its characters.
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.type !== 'punct') continue;
    const mark = markAt(text, token.start, sentence.end);
    if (mark === 0) continue;
    const i = token.start;
    const role = roleOf(text, i, mark);
    if (open === -1 && role !== 'close') {
      open = i;
    } else if (open !== -1 && role !== 'open') {
      add(claims, text, sentence, { start: open, end: i + mark }, carried && open === sentence.start);
      open = -1;
    }
    k += mark - 1;
  }
  if (open !== -1) add(claims, text, sentence, { start: open, end: sentence.end }, true);
  return claims;
}

/**
 * A claim for a quoted stretch; `runsOn` when the quotation reaches past the sentence. A quotation
 * that is its whole sentence is said, however short: “So, we did.” after “…,” Ledbetter said.
 */
function add(claims: DetectedClaim[], text: string, sentence: Span, span: Span, runsOn: boolean): void {
  const words = countWords(text, span);
  const whole = runsOn || fillsSentence(text, sentence, span);
  if (words === 0 || (!whole && words < MIN_WORDS)) return;
  if (!whole && words < LONG_WORDS && (TITLE_LEADS.has(wordBefore(text, span.start)) || NAMED_IDEA.test(text.slice(Math.max(0, span.start - 30), span.start)) || isTitle(text, sentence, span))) return;
  // A quotation may run on past its sentence (“What's behind this? How can we …?”) and still be an example.
  if ((!whole || span.start > sentence.start) && isExample(text.slice(Math.max(sentence.start, span.start - 40), span.start))) return;
  // Shares of such sentences that annotators marked as attributed, on the tuning articles.
  const confidence = runsOn || words >= LONG_WORDS ? 0.97 : 0.9;
  claims.push({ kind: 'attribution', span: trim(text, span), cue: QUOTATION_CUE, confidence });
}

/** Whether nothing but white space and a sentence's closing punctuation stands around the quotation. */
function fillsSentence(text: string, sentence: Span, span: Span): boolean {
  return /^\s*$/.test(text.slice(sentence.start, span.start)) && /^[\s.!?]*$/.test(text.slice(span.end, sentence.end));
}

/**
 * The quoted words, however few, right before or after a speaker and cue at `tag`: "“But why?”
 * he asked", "she shouted, “Out!”". Tagged by whoever said them, they are a statement, not a
 * scare quote or a title.
 */
export function taggedQuotation(text: string, sentence: Span, tag: Span): Span | undefined {
  let before = tag.start;
  while (before > sentence.start && /[\s,]/.test(text.charAt(before - 1))) before--;
  const close = before > sentence.start ? markEndingAt(text, before) : 0;
  if (close > 0 && roleOf(text, before - close, close) !== 'open') {
    for (let i = before - close - 1; i >= sentence.start; i--) {
      const mark = markAt(text, i, before);
      if (mark > 0 && roleOf(text, i, mark) !== 'close') return { start: i, end: before };
    }
  }
  let after = tag.end;
  while (after < sentence.end && /[\s,:]/.test(text.charAt(after))) after++;
  const open = markAt(text, after, sentence.end);
  if (open > 0 && roleOf(text, after, open) !== 'close') {
    for (let i = after + open; i < sentence.end; i++) {
      const mark = markAt(text, i, sentence.end);
      if (mark > 0 && roleOf(text, i, mark) !== 'open') return { start: after, end: i + mark };
    }
  }
  return undefined;
}

/**
 * A byline after a quotation, to the end of its sentence: "“…” — USDA Apprentice", "“…” –Jane
 * Doe, director of the program". A pull quote or an epigraph names its speaker so.
 */
export function bylineAfter(text: string, sentence: Span, quote: Span): { readonly speaker: string; readonly end: number } | undefined {
  const rest = text.slice(quote.end, sentence.end);
  const m = BYLINE.exec(rest);
  if (m === null || m[1] === undefined || m[1].split(/\s+/).length > MAX_BYLINE_WORDS) return undefined;
  return { speaker: m[1], end: quote.end + (m.index ?? 0) + m[0].trimEnd().replace(/[.!]$/, '').length };
}

/** A dash, then a capitalized name and its title, with no quotation mark, to the sentence's end. */
const BYLINE = /^\s*(?:[—–―]|--)\s*(\p{Lu}[^"“”\n]*?)\s*[.!]?\s*$/u;
const MAX_BYLINE_WORDS = 12;

/** The length of a quotation mark that ends just before `at`, or 0. */
function markEndingAt(text: string, at: number): number {
  if (at >= 2 && markAt(text, at - 2, at) === 2) return 2;
  return markAt(text, at - 1, at) === 1 ? 1 : 0;
}

/** Words before a short quotation that make it a title, a name or a search: "an article on “What is food poisoning?”". */
const TITLE_LEADS = new Set(['on', 'about', 'for', 'titled', 'entitled', 'called', 'named', 'dubbed']);

/** An idea named by the short quotation after it: "the principle of “build once, use many times”". */
const NAMED_IDEA = /\b(?:principle|motto|mantra|slogan|maxim|philosophy|ethos|tagline|concept|notion)s? of\s*$/i;

/**
 * Whether the words before a quotation make it an example of wording, however long: "language such
 * as “this is an official government website”", "questions like “What's behind this?”"; but
 * "saying things to him like “…”" quotes what was said.
 */
function isExample(before: string): boolean {
  return EXAMPLE_LEAD.test(before) && !SAID_LIKE.test(before);
}

const EXAMPLE_LEAD = /\b(?:such as|like)[\s,]*$/i;
const SAID_LIKE = /\b(?:things|something|anything|stuff)\b[^.“”"]{0,20}\b(?:such as|like)[\s,]*$/i;

/**
 * Words of four letters or more: what title case capitalizes. Global, and stepped through by
 * `exec` within one call (its `lastIndex` is that call's scratch): `matchAll` copies the regex.
 */
const LONG_WORD = /[\p{L}\d][\p{L}\d'’-]{3,}/gu;

/**
 * A short quotation in title case, in a sentence that is not: a name or a title ("host of “The
 * Nightly Show with Larry Wilmore”", "the “Defeat Crooked Hillary PAC”"), not a statement.
 */
export function isTitle(text: string, sentence: Span, span: Span): boolean {
  // Word by word, stopping at the first that decides.
  let inside = 0;
  const quoted = text.slice(span.start, span.end);
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(quoted); m !== null; m = LONG_WORD.exec(quoted)) {
    if (LOWER.test(m[0]) && !TITLE_LOWER.has(m[0])) return false;
    inside++;
  }
  if (inside < 2) return false;
  const outside = text.slice(sentence.start, span.start) + text.slice(span.end, sentence.end);
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(outside); m !== null; m = LONG_WORD.exec(outside)) if (LOWER.test(m[0])) return true;
  return false;
}

/** Prepositions that many styles keep lower case in a title however long: "Experience through QR Codes". */
const TITLE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'about', 'under', 'after', 'before', 'through', 'between', 'without', 'within', 'across', 'around', 'against', 'during', 'toward', 'towards', 'among', 'along', 'beyond', 'like']);

// Built once: the bundle's target makes a literal with a Unicode property a constructor call where it stands.
const LOWER = /^\p{Ll}/u;

/** The word just before `at`, lowercased: what a quotation opening there follows. */
function wordBefore(text: string, at: number): string {
  return /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
}

/**
 * Whether the sentence starting at `start` is inside a quotation: the nearest quotation mark
 * before it opens one. Only marks that surely quote count here, since "’" is also an apostrophe.
 */
export function startsInside(text: string, start: number): boolean {
  // Bounded, so that a huge paragraph costs linear time, not a scan back to its start for every
  // sentence; a quotation still open this far back is beyond what any paragraph of news holds.
  for (let i = start - 1; i >= Math.max(0, start - MAX_QUOTE_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_DOUBLE) return roleOf(text, i, 1) === 'open';
    if (c === OPEN_DOUBLE) return true;
    if (c === STRAIGHT_DOUBLE || (c === APOSTROPHE && text.charCodeAt(i - 1) === APOSTROPHE)) {
      const at = c === APOSTROPHE ? i - 1 : i;
      return roleOf(text, at, c === APOSTROPHE ? 2 : 1) === 'open';
    }
  }
  return false;
}

const MAX_QUOTE_REACH = 5000;
const LETTER = /\p{L}/u;
const OPEN_DOUBLE = 0x201c; // “
const CLOSE_DOUBLE = 0x201d; // ”
const STRAIGHT_DOUBLE = 0x22; // "
const APOSTROPHE = 0x27; // ' — doubled, a quotation mark in some newspapers' archives: ''so''

/** The length of the quotation mark at `i` (1, or 2 for ''), or 0. */
export function markAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c === OPEN_DOUBLE || c === CLOSE_DOUBLE || c === STRAIGHT_DOUBLE) return 1;
  return c === APOSTROPHE && i + 1 < end && text.charCodeAt(i + 1) === APOSTROPHE ? 2 : 0;
}

/**
 * Whether a mark opens or closes, from the mark itself when it is curly, otherwise from its
 * neighbours: a mark after a space or an opening bracket and before a word opens. So does a
 * closing curly mark typed where an opening one belongs (Lisa says ”There is…”): nothing it could
 * close ends right before it.
 */
function roleOf(text: string, at: number, length: number): 'open' | 'close' | 'either' {
  const c = text.charCodeAt(at);
  if (c === OPEN_DOUBLE) return 'open';
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = text.charAt(at + length);
  const spaceBefore = before === '' || /[\s([{\u2014-]/.test(before);
  if (c === CLOSE_DOUBLE) return spaceBefore && LETTER.test(after) ? 'open' : 'close';
  const spaceAfter = after === '' || /[\s.,;:!?)\]}\u2014]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (spaceAfter && !spaceBefore) return 'close';
  return 'either';
}

/** Words are runs of anything but white space and quotation marks; enough to tell a statement from a scare quote. */
function countWords(text: string, span: Span): number {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const letter = c > 0x20 && c !== 0xa0 && c !== STRAIGHT_DOUBLE && c !== OPEN_DOUBLE && c !== CLOSE_DOUBLE && c !== APOSTROPHE && c !== 0x2014 && c !== 0x2013;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}
