import type { Analysis } from './analysis';
import type { Text } from '../text/rope';
import { levelOf, type CheckSettings } from '../options';

/**
 * How much of a draft the engine checks: nothing of binary data, all of it when it has at most
 * `maxLength` characters, else up to the last line break before that, so that a 20 MB paste or a generated file cannot
 * hold the server (and the writer's hovers and fixes) for minutes or exhaust its memory.
 */
export function checkedLength(text: Text, maxLength: number): number {
  if (looksBinary(text)) return 0;
  if (text.length <= maxLength) return text.length;
  // The last break of either kind, looked for from the limit back: a draft without "\r" would
  // have lastIndexOf('\r') read all of it, at every check of an over-long draft.
  for (let i = maxLength - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  // One enormous line: cut it, but not between the halves of a surrogate pair.
  const high = text.charCodeAt(maxLength - 1);
  return high >= 0xd800 && high <= 0xdbff ? maxLength - 1 : maxLength;
}

/**
 * Whether the text is binary data opened as Markdown: its start is over a tenth control characters
 * or undecodable bytes (U+FFFD). Parsing such data is the Markdown parser's worst case (minutes
 * for 2 MB), and there is nothing in it to check.
 */
function looksBinary(text: Text): boolean {
  const sample = Math.min(text.length, 4096);
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd * 10 > sample;
}

/**
 * The analysis of a draft's checked part, with one `draft-truncated` finding where the check
 * stopped when that is not the whole draft.
 */
export function noteTruncation(analysis: Analysis, totalLength: number, checked: number, settings: CheckSettings): Analysis {
  const level = levelOf(settings, 'draft-truncated');
  if (checked >= totalLength || level === 'off') return analysis;
  const message =
    checked === 0
      ? 'This file is not checked: it does not look like text (binary data, or another encoding than UTF-8).'
      : `Only the first ${checked.toLocaleString('en-US')} characters of this draft are checked, up to here: ` +
        'a longer draft would slow every check down. Raise the maximum draft length to check all of it.';
  const note = { code: 'draft-truncated', severity: level, message, span: { start: checked, end: checked }, entryIds: [] } as const;
  return analysis.withNote(note);
}
