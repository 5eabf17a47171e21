import type { Span } from '../types';
import { isSpaceAt } from './chars';

// Abbreviations that never end a sentence: they always introduce what follows ("Mr. Xi").
const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
    'adm', 'maj', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'st', 'mt', 'ft', 'messrs',
    'no', 'nos', 'vol', 'vols', 'p', 'pp', 'para', 'fig', 'figs', 'art', 'sec', 'ch', 'cf', 'vs', 'v',
    'approx', 'ca', 'c', 'e.g', 'i.e', 'viz', 'al', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'ariz', 'calif', 'colo', 'conn', 'fla', 'ill', 'ind', 'kan', 'mass', 'mich', 'minn', 'miss', 'nev',
    'okla', 'ore', 'penn', 'tenn', 'tex', 'va', 'wash', 'wis', 'wyo',
  ],
);

// Abbreviations that may also close a sentence ("…moved to the U.S. The next day…"): they end one
// only when a word that typically starts a sentence follows.
const CLOSERS = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'jr', 'sr', 'etc', 'esq', 'a.m', 'p.m']);
const SENTENCE_STARTERS = new Set(
  [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'so', 'yet', 'in', 'on',
    'at', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'there', 'then', 'however',
    'meanwhile', 'after', 'before', 'when', 'while', 'if', 'as', 'for', 'since', 'still', 'now', 'some',
    'many', 'most', 'both', 'no', 'not', 'what', 'who', 'why', 'how', 'earlier', 'later', 'last', 'next',
  ],
);

const CLOSING = /["'”’)\]»]/;
const OPENING = /["'“‘(\[«¿¡]/;
const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]/u;
// An initial or a dotted acronym before a period: "J", "U.S". Built once: the bundle's target
// makes each such literal a constructor call, run wherever the literal stands.
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

/**
 * Splits a block of prose into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing
 * quotes or brackets) followed by white space and a capital letter, digit or opening quote — unless
 * the period closes an abbreviation, an initial ("J. K. Rowling") or an acronym ("U.N.").
 * Line breaks inside a block do not end sentences; the blocks themselves already do.
 */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  // Terminals are found by the regex engine's scan, faster than a look at every character. The
  // regex is the call's own: its position is state.
  const terminal = /[.!?\u2026]/g;
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    terminal.lastIndex = i;
    if (!terminal.test(text)) break;
    i = terminal.lastIndex - 1;
    let end = i + 1;
    while (end < text.length && (isTerminal(text.charCodeAt(end)) || CLOSING.test(text.charAt(end)))) end++;
    end = afterCitations(text, end);
    const next = skipSpace(text, end);
    if (next === end || next >= text.length) {
      i = end - 1;
      continue;
    }
    if (!startsSentence(text, next) || (text.charAt(i) === '.' && !periodEnds(text, i, next))) {
      i = end - 1;
      continue;
    }
    sentences.push({ start, end });
    start = next;
    i = next - 1;
  }
  const last = trimEnd(text, start, text.length);
  if (last > start) sentences.push({ start, end: last });
  return sentences;
}

/** ".", "!", "?" or "…". */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/**
 * A citation written after the final punctuation (`…over.” [@id] Next…`) belongs to the sentence
 * it follows, not to the next one.
 */
function afterCitations(text: string, end: number): number {
  let k = end;
  for (;;) {
    const open = skipSpace(text, k);
    if (text.charAt(open) !== '[') return k;
    const close = text.indexOf(']', open);
    const group = close === -1 ? '' : text.slice(open, close + 1);
    if (group.length > MAX_CITATION || !group.includes('@') || group.indexOf('[', 1) !== -1) return k;
    k = close + 1;
  }
}

// Longer bracketed text is prose, not a citation group.
const MAX_CITATION = 300;

function startsSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && OPENING.test(text.charAt(k))) k++;
  return k < text.length && UPPER_OR_DIGIT.test(text.charAt(k));
}

/** Whether the period at `dot` ends a sentence, given that the next sentence would start at `next`. */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  // Initials ("J. K. Rowling"), dotted acronyms ("U.S.", "U.N.") and the closers end a sentence
  // only before a word that usually opens one.
  if (CLOSERS.has(lower) || INITIALS.test(word)) {
    return SENTENCE_STARTERS.has(wordAt(text, next).toLowerCase());
  }
  return true;
}

/** The word (letters and inner periods) that ends right before `dot`. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && isWordChar(text, k - 1)) k--;
  return text.slice(k, dot).replace(/^\.+/, '');
}

/** A letter or a period at `i`: ASCII by its code, as every period of every block is looked back from. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_PERIOD.test(text.charAt(i));
}

const LETTER_OR_PERIOD = /[\p{L}.]/u;

function wordAt(text: string, at: number): string {
  let k = at;
  while (k < text.length && OPENING.test(text.charAt(k))) k++;
  const m = LEADING_WORD.exec(text.slice(k, k + 40));
  return m ? m[0] : '';
}

const LEADING_WORD = /^[\p{L}']+/u;

function skipSpace(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpaceAt(text, k)) k++;
  return k;
}

function trimEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && isSpaceAt(text, k - 1)) k--;
  return k;
}
