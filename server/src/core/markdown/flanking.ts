import { classifyCharacter } from 'micromark-util-classify-character';

// How micromark decides whether a run of "*" or "_" may open or close emphasis, from the
// characters on either side of it (`tokenizeAttention` in micromark-core-commonmark).

const STAR = 0x2a;
// micromark's class of the character on either side of a run (`classifyCharacter`): white space
// is 1, punctuation 2, anything else undefined, here 0.
const PUNCTUATION = 2;
const OTHER = 0;
export type Kind = 1 | typeof PUNCTUATION | typeof OTHER;

function canOpen(before: Kind, after: Kind): boolean {
  return after === OTHER || (after === PUNCTUATION && before !== OTHER);
}

function canClose(before: Kind, after: Kind): boolean {
  return before === OTHER || (before === PUNCTUATION && after !== OTHER);
}

/** Whether a run opens and whether it closes: for "_", micromark's `_open` and `_close`. */
function flanks(marker: number, before: Kind, after: Kind): { opens: boolean; closes: boolean } {
  const open = canOpen(before, after);
  const close = canClose(before, after);
  if (marker === STAR) return { opens: open, closes: close };
  return { opens: open && (before !== OTHER || !close), closes: close && (after !== OTHER || !open) };
}

/** A run that opens and cannot close: it can pair only with a closer after it. */
export function opensOnly(marker: number, before: Kind, after: Kind): boolean {
  const { opens, closes } = flanks(marker, before, after);
  return opens && !closes;
}

/** A run that closes and cannot open: it can pair only with an opener before it. */
export function closesOnly(marker: number, before: Kind, after: Kind): boolean {
  const { opens, closes } = flanks(marker, before, after);
  return closes && !opens;
}

/**
 * The class of `text[i]` for a run in `text[start, end)`, as micromark classes it, one UTF-16 unit
 * at a time: the text's start and end are white space.
 */
export function classifyAt(text: string, start: number, end: number, i: number): Kind {
  return classifyCharacter(i < start || i >= end ? null : text.charCodeAt(i)) ?? OTHER;
}
