import { tokenize, type Token } from '../../text/tokens';
import type { Span } from '../../types';
import { startsInside } from '../quotation';

/** A feature of a sentence, with the first word that shows it when a word does. */
export interface Feature {
  readonly name: string;
  readonly span?: Span;
}

// What the sentence model reads: the words of a sentence as function and content words, never
// names, so that it learns how attribution is written rather than who is written about. A word
// capitalized inside the sentence is taken for a name and left out; figures are all one feature.

/** The features of `text[sentence]` (whose tokens the caller may pass), each once, in text order. */
export function sentenceFeatures(text: string, sentence: Span, tokens: readonly Token[] = tokenize(text, sentence)): Feature[] {
  const features = new Map<string, Feature>();
  const add = (name: string, span?: Span): void => {
    if (!features.has(name)) features.set(name, span === undefined ? { name } : { name, span });
  };
  let words = 0;
  tokens.forEach((t, k) => {
    if (t.type === 'number') add('w:#');
    else if (t.type === 'word') {
      words++;
      if (k === 0 || !/^\p{Lu}/u.test(t.text)) add(`w:${t.text.toLowerCase().replace(/’/g, "'")}`, t);
    } else if (MARKS.has(t.text)) add(`p:${MARKS.get(t.text)}`);
  });
  if (startsInside(text, sentence.start)) add('s:inside-quotation');
  if (firstInBlock(text, sentence.start)) add('s:first-in-block');
  if (!FINAL_STOPS.has(tokens[tokens.length - 1]?.text ?? '')) add('s:no-final-stop');
  add(`s:words-${Math.min(6, Math.floor(words / 6))}`);
  return [...features.values()];
}

const FINAL_STOPS = new Set(['.', '!', '?', '…', '"', "'", '”', '’', ')', ']']);

/** Whether only white space comes before `start` in the block: the scan stops at the first other character. */
function firstInBlock(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (!/\s/.test(text.charAt(i))) return false;
  return true;
}

/** Punctuation that tells how a sentence is written: questions, quotations, colons, dashes. */
const MARKS: ReadonlyMap<string, string> = new Map([
  ['?', 'question'], ['!', 'exclamation'], [':', 'colon'], ['“', 'quote'], ['”', 'quote'], ['"', 'quote'],
  ['—', 'dash'], ['(', 'parenthesis'],
]);
