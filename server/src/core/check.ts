import { analyzeDraft, openDraft } from './analysis/draft';
import { checkedLength, noteTruncation } from './analysis/limit';
import type { Analysis } from './analysis/analysis';
import type { Ledger } from './ledger/ledger';
import { parseTopLevel } from './markdown/parse';
import { extractProse, type ProseBlock } from './markdown/prose';
import type { CheckOptions } from './options';
import { findCitations } from './sources/citations';
import { splitSentences } from './text/sentences';
import type { Citation, Span } from './types';

export type { Analysis } from './analysis/analysis';

/** Checks a Markdown draft (up to the maximum draft length) against a claims-file ledger. */
export function check(text: string, ledger: Ledger, options: CheckOptions): Analysis {
  const checked = checkedLength(text, options.maxDraftLength);
  return noteTruncation(analyzeDraft(openDraft(text.slice(0, checked), options), ledger), text.length, checked, options);
}

/** Every `[@id]` citation of a draft's checked part, without checking its claims (for navigation). */
export function listCitations(text: string, maxLength: number): Citation[] {
  const part = text.slice(0, checkedLength(text, maxLength));
  return proseOf(part).flatMap(findCitations);
}

/** The sentence of the prose of a draft's checked part that holds `offset` (or ends right before it), if any. */
export function sentenceAt(text: string, offset: number, maxLength: number): Span | undefined {
  const part = text.slice(0, checkedLength(text, maxLength));
  for (const block of proseOf(part)) {
    if (offset < block.span.start || offset > block.span.end) continue;
    for (const sentence of splitSentences(block.text)) {
      const span = block.map.toSourceSpan(sentence);
      if (offset >= span.start && offset <= span.end) return span;
    }
  }
  return undefined;
}

/** The prose blocks of a whole text, parsed without its plain paragraphs' text (see `parseTopLevel`). */
function proseOf(text: string): ProseBlock[] {
  return extractProse({ type: 'root', children: parseTopLevel(text) }, text);
}
