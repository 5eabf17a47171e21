import type { ProseBlock } from '../markdown/prose';
import type { Citation } from '../types';

// A bracketed group holding at least one "@": "[@id]", "[see @id, p. 3]", "[@a; -@b]".
const GROUP = /\[([^[\]]*@[^[\]]*)\]/g;
// Pandoc citation keys: "@" after the group's start, a space, ";" or "-" (so e-mail addresses are
// not keys), then a letter, digit or "_", then those or inner punctuation; or "@{any key}".
const KEY = /(?<=^|[\s;[-])@(?:\{([^{}]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*))/gu;

/** Finds the Pandoc-style citations of a prose block, with their spans in the draft. */
export function findCitations(block: ProseBlock): Citation[] {
  const citations: Citation[] = [];
  for (const group of block.text.matchAll(GROUP)) {
    const groupSpan = block.map.toSourceSpan({ start: group.index, end: group.index + group[0].length });
    const inner = group[1] ?? '';
    for (const key of inner.matchAll(KEY)) {
      const id = key[1] ?? key[2] ?? '';
      // The key itself, after "@" (and "{" in the braced form).
      const start = group.index + 1 + key.index + (key[1] !== undefined ? 2 : 1);
      citations.push({ id, span: block.map.toSourceSpan({ start, end: start + id.length }), group: groupSpan });
    }
  }
  return citations;
}
