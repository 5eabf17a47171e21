import { analyzeDraft, openDraft, type Draft } from './incremental/draft';
import { checkedLength, noteTruncation } from './incremental/limit';
import type { Analysis } from './incremental/analysis';
import type { Ledger } from './ledger/ledger';
import type { CheckOptions } from './options';
import { firstIndex } from './search';
import type { Span } from './types';

export type { Analysis } from './incremental/analysis';

/** Checks a Markdown draft (up to the maximum draft length) against a claims-file ledger, on this thread. */
export function check(text: string, ledger: Ledger, options: CheckOptions): Analysis {
  const checked = checkedLength(text, options.maxDraftLength);
  return noteTruncation(analyzeDraft(openDraft(text.slice(0, checked), options), ledger), text.length, checked, options);
}

/** The sentence of a draft's prose that holds `offset` (or ends right before it), if any. */
export function sentenceAt(draft: Draft, offset: number): Span | undefined {
  const { blocks } = draft;
  for (let i = firstIndex(blocks.length, (k) => blocks.end(k) >= offset); i < blocks.length && blocks.start(i) <= offset; i++) {
    const [placed] = blocks.slice(i, i + 1);
    if (!placed) continue;
    for (const { prose, sentences } of placed.analysis.prose) {
      for (const sentence of sentences) {
        const span = prose.map.toSourceSpan(sentence.span);
        const start = span.start + placed.shift;
        const end = span.end + placed.shift;
        if (offset >= start && offset <= end) return { start, end };
      }
    }
  }
  return undefined;
}
