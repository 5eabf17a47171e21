import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Span } from '../types';
import type { Found } from './found';
import { fromCsl } from './reference';

// BibTeX and BibLaTeX files, read by Citation.js into CSL items. The library gives no positions, so
// the keys are found in the text by a scan of entry heads ("@article{smith2020,"), in order.

/** An entry's head and key: "@article{smith2020," or "@book( key ,". */
const ENTRY_HEAD = /@[ \t]*([A-Za-z]+)[ \t\r\n]*[{(][ \t\r\n]*([^\s,{}()"#%'=\\]+)[ \t\r\n]*,/g;
/** Entries that define no work. */
const NOT_WORKS = new Set(['string', 'comment', 'preamble']);
/** Where an entry starts: an "@" at the start of a line, maybe indented. */
const ENTRY_START = /^[ \t]*@/gm;
/** Where Citation.js says a syntax error is. */
const ERROR_AT = /at line (\d+) col (\d+)/;

/** The works of a BibTeX or BibLaTeX file. */
export function readBibtex(text: string, found: Found): void {
  const heads = entryHeads(text);
  for (const item of readItems(text, found)) {
    const key = typeof item['citation-key'] === 'string' ? item['citation-key'] : typeof item.id === 'string' ? item.id : undefined;
    if (key === undefined) continue;
    const span = heads.get(key)?.shift() ?? { start: 0, end: 0 };
    found.add(fromCsl(item, key, span));
  }
}

/** Where each key is written, in order: a key defined twice has two places. */
function entryHeads(text: string): Map<string, Span[]> {
  const heads = new Map<string, Span[]>();
  for (const m of text.matchAll(ENTRY_HEAD)) {
    const type = (m[1] ?? '').toLowerCase();
    const key = m[2] ?? '';
    if (NOT_WORKS.has(type)) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(key);
    const spans = heads.get(key) ?? [];
    spans.push({ start, end: start + key.length });
    heads.set(key, spans);
  }
  return heads;
}

/**
 * The file's CSL items. A syntax error stops the library at the first one: then each entry is
 * read on its own (after the file's "@string" definitions), so that a broken entry costs only
 * itself and is reported where it starts.
 */
function readItems(text: string, found: Found): Array<Record<string, unknown>> {
  let whole: unknown;
  try {
    return parse(text);
  } catch (error) {
    whole = error;
  }
  const starts = [...text.matchAll(ENTRY_START)].map((m) => m.index ?? 0);
  const chunks = starts.map((start, i) => ({ start, text: text.slice(start, starts[i + 1] ?? text.length) }));
  const strings = chunks.filter((c) => /^\s*@\s*string\b/i.test(c.text) && parsesAlone(c.text)).map((c) => c.text).join('\n');
  const items: Array<Record<string, unknown>> = [];
  let broken = false;
  for (const chunk of chunks) {
    try {
      items.push(...parse(`${strings}\n${chunk.text}`));
    } catch (error) {
      broken = true;
      const head = chunk.text.indexOf('@');
      found.problem({ start: chunk.start + head, end: chunk.start + head + 1 }, syntaxMessage(error), 'error');
    }
  }
  // Every entry reads on its own: the error is between them.
  if (!broken) found.problem(errorSpan(text, whole), syntaxMessage(whole), 'error');
  return items;
}

function parse(text: string): Array<Record<string, unknown>> {
  return plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false });
}

function parsesAlone(text: string): boolean {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The library's message, without the part that quotes the file. */
function syntaxMessage(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';
  if (/\bgot EOF\b/.test(first)) return 'Could not read this BibTeX entry: it runs on to the end of the file. Is a brace or a quotation mark left open?';
  return `Could not read this BibTeX entry: ${first.replace(ERROR_AT, '').replace(/[\s:]+$/, '')}.`;
}

/** Where the error is, from the library's "at line L col C" (1-based; its lines end at "\n"). */
function errorSpan(text: string, error: unknown): Span {
  const m = ERROR_AT.exec(error instanceof Error ? error.message : '');
  if (!m) return { start: 0, end: 0 };
  let offset = 0;
  for (let line = 1; line < Number(m[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  const start = Math.min(text.length, offset + Number(m[2]) - 1);
  return { start, end: Math.min(text.length, start + 1) };
}
