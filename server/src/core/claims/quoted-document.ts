import type { Span } from '../types';
import { isTitle } from './quotation';

// Quoted words whose sentence names a law, a study or a report, and no one who speaks: "the Act is
// intended “to improve executive agency digital services.”", "The study will review the “current
// classification and qualification standards”", "websites that are “most viewed or utilized by the
// public” (section 3(b) of the Act)". The words are the document's, quoted from it.

/** A law, study or report named as one ("the Act", "the 2015 study"); "Section 508" is a law's name, often beside a title quoted. */
const DOCUMENT = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){0,4}?(?:Act|[Ll]aw|statute|[Bb]ill|memo|memorandum|[Ss]tudy|[Rr]eport|[Ee]xecutive\s+[Oo]rder|regulation)\b/gu;

/** The document the sentence names besides the quotation at `quote`, which the quoted words are from, if it names one. */
export function documentQuoted(text: string, sentence: Span, quote: Span): string | undefined {
  // "published the case study “Lessons Learned: …”": a title names the document, it quotes none of it.
  if (isTitle(text, sentence, quote)) return undefined;
  const words = text.slice(sentence.start, sentence.end);
  // Stepped through by `exec`, whose `lastIndex` is this call's scratch: `matchAll` copies the regex.
  DOCUMENT.lastIndex = 0;
  for (let m = DOCUMENT.exec(words); m !== null; m = DOCUMENT.exec(words)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (end <= quote.start || start >= quote.end) return m[0].replace(/\s+/g, ' ');
  }
  return undefined;
}
