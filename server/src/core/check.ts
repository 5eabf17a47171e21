import { analyzeDraft, openDraft } from './analysis/draft';
import type { Analysis } from './analysis/assemble';
import type { Ledger } from './ledger/ledger';
import { parseMarkdown } from './markdown/parse';
import { extractProse } from './markdown/prose';
import type { CheckOptions } from './options';
import { findCitations } from './sources/citations';
import { splitSentences } from './text/sentences';
import type { Citation, Span } from './types';

export type { Analysis } from './analysis/assemble';

/** Checks a Markdown draft against a claims-file ledger. */
export function check(text: string, ledger: Ledger, options: CheckOptions): Analysis {
  return analyzeDraft(openDraft(text, options), ledger);
}

/** Every `[@id]` citation of a draft, without checking its claims (for navigation). */
export function listCitations(text: string): Citation[] {
  return extractProse(parseMarkdown(text), text).flatMap(findCitations);
}

/** The sentence of the draft's prose that holds `offset` (or ends right before it), if any. */
export function sentenceAt(text: string, offset: number): Span | undefined {
  for (const block of extractProse(parseMarkdown(text), text)) {
    if (offset < block.span.start || offset > block.span.end) continue;
    for (const sentence of splitSentences(block.text)) {
      const span = block.map.toSourceSpan(sentence);
      if (offset >= span.start && offset <= span.end) return span;
    }
  }
  return undefined;
}
