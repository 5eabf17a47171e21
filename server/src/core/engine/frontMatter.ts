import { nextLineStart } from '../text/lines';
import type { Text } from '../text/rope';

// Front matter at the top of a draft, read line by line: a draft's text may be a rope.

const FRONT_MATTER_OPENER = /^(---|\+\+\+)[ \t]*(\r\n|\r|\n)/;

/** Whether the first line of `text` opens front matter. */
export function opensFrontMatter(text: Text): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x2d || c === 0x2b) && FRONT_MATTER_OPENER.test(text.slice(0, nextLineStart(text, 0)));
}

/**
 * Where the draft's front matter ends: 0 without any, undefined when its first line opens front
 * matter that no line closes. Read line by line: a draft's text may be a rope.
 */
export function frontMatterEnd(text: Text): number | undefined {
  if (!opensFrontMatter(text)) return 0;
  const closing = text.charCodeAt(0) === 0x2d ? /^---[ \t]*(?:\r\n|\r|\n)?$/ : /^\+\+\+[ \t]*(?:\r\n|\r|\n)?$/;
  for (let line = nextLineStart(text, 0); line < text.length; ) {
    const next = nextLineStart(text, line);
    if (closing.test(text.slice(line, next))) return next;
    line = next;
  }
  return undefined;
}
