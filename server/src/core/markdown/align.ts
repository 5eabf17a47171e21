import { decodeString } from 'micromark-util-decode-string';
import type { OffsetMapBuilder } from '../text/offsets';

// Where each character of a value the parser made (a text node's, an HTML block's) stands in the draft.

/**
 * Maps a text node's value onto its source slice. They differ where Markdown removed characters
 * (backslash escapes, character references such as "&amp;", "> " and indentation after line
 * breaks, "\r" of CRLF), so each character of the value is found at or after the previous match
 * in the slice. Returns where the match ended.
 */
export function appendAligned(value: string, start: number, end: number, source: string, parts: string[], map: OffsetMapBuilder): number {
  parts.push(value);
  if (source.startsWith(value, start)) {
    map.pushRun(start, value.length);
    return start + value.length;
  }
  let cursor = start;
  for (let i = 0; i < value.length; ) {
    const step = nextMatch(source, cursor, end, value, i);
    for (let k = 0; k < step.units; k++) map.push(Math.min(step.at, Math.max(end - 1, start)));
    i += step.units;
    cursor = step.next;
  }
  return cursor;
}

/**
 * Where the source at or after `from` spells `value[i]`: the character itself or an escape or
 * reference for it (which may stand for two UTF-16 units), past only the characters Markdown
 * removes between prose characters (container prefixes such as "> ", indentation, the "\r" of
 * CRLF). Skipping nothing else keeps a character from matching a later copy of itself. Where
 * nothing spells it, Markdown replaced the character there (NUL becomes U+FFFD).
 */
function nextMatch(source: string, from: number, to: number, value: string, i: number): { at: number; units: number; next: number } {
  let k = from;
  for (; k < to; k++) {
    const spelled = spelling(source, k);
    // A raw value (an HTML block's) keeps the reference as written: it is matched as it stands.
    const raw = spelled !== undefined && value.startsWith(source.slice(k, k + spelled.length), i);
    if (spelled && !raw && value.startsWith(spelled.decoded, i)) return { at: k, units: spelled.decoded.length, next: k + spelled.length };
    const c = source.charCodeAt(k);
    if (c === value.charCodeAt(i)) return { at: k, units: 1, next: k + 1 };
    if (c !== 32 && c !== 9 && c !== 62 /* > */ && c !== 13 /* \r */) break;
  }
  return { at: k, units: 1, next: k + 1 };
}

// A character reference, or a backslash before ASCII punctuation (CommonMark's escapes).
const SPELLING = /^(?:&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});|\\[!-/:-@[-`{-~])/;

/** The escape or character reference at `offset` of the source, with what it stands for. */
export function spelling(source: string, offset: number): { readonly decoded: string; readonly length: number } | undefined {
  const c = source.charCodeAt(offset);
  if (c !== 38 /* & */ && c !== 92 /* \ */) return undefined;
  const raw = SPELLING.exec(source.slice(offset, offset + 40))?.[0];
  if (!raw) return undefined;
  const decoded = decodeString(raw);
  return decoded === raw ? undefined : { decoded, length: raw.length };
}
