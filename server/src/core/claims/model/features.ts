import { isSpaceAt } from '../../text/chars';
import { tokenize, type Token } from '../../text/tokens';
import type { Span } from '../../types';
import { keysOf } from '../lexicon';
import { startsInside } from '../quotation';

/** A feature of a sentence, with the first word that shows it when a word does. */
export interface Feature {
  readonly name: string;
  readonly span?: Span;
}

/** Feature names are `family:value`: `w` words, `p` punctuation, `s` the sentence as a whole. */
export type Family = 'w' | 'p' | 's';

// What the sentence model reads: the words of a sentence as function and content words, never
// names, so that it learns how attribution is written rather than who is written about. A word
// capitalized inside the sentence is taken for a name and left out; figures are all one feature.

/**
 * Calls `visit` for each feature of `text[sentence]` in text order, a feature again each time it
 * shows (the model counts each once). Names are not built here: scoring a sentence needs none.
 */
export function visitFeatures(text: string, sentence: Span, tokens: readonly Token[], keys: readonly string[], visit: (family: Family, value: string, token?: Token) => void): void {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'number') visit('w', '#');
    else if (t.type === 'word') {
      words++;
      if (k === 0 || !isCapitalized(t.text)) visit('w', keys[k] ?? '', t);
    } else {
      const mark = MARKS.get(t.text);
      if (mark !== undefined) visit('p', mark);
    }
  }
  if (startsInside(text, sentence.start)) visit('s', 'inside-quotation');
  if (firstInBlock(text, sentence.start)) visit('s', 'first-in-block');
  if (!FINAL_STOPS.has(tokens[tokens.length - 1]?.text ?? '')) visit('s', 'no-final-stop');
  visit('s', WORD_COUNTS[Math.min(6, Math.floor(words / 6))] ?? '');
}

/** The features of `text[sentence]` (whose tokens the caller may pass), each once, in text order. */
export function sentenceFeatures(text: string, sentence: Span, tokens: readonly Token[] = tokenize(text, sentence)): Feature[] {
  const features = new Map<string, Feature>();
  visitFeatures(text, sentence, tokens, keysOf(tokens), (family, value, token) => {
    const name = `${family}:${value}`;
    if (!features.has(name)) features.set(name, token === undefined ? { name } : { name, span: { start: token.start, end: token.end } });
  });
  return [...features.values()];
}

const WORD_COUNTS = Array.from({ length: 7 }, (_, n) => `words-${n}`);

const FINAL_STOPS = new Set(['.', '!', '?', '…', '"', "'", '”', '’', ')', ']']);

/** Whether a word starts with an upper-case letter (a name, inside a sentence). */
function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(word);
}

const UPPER = /^\p{Lu}/u;

/** Whether only white space comes before `start` in the block: the scan stops at the first other character. */
function firstInBlock(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (!isSpaceAt(text, i)) return false;
  return true;
}

/** Punctuation that tells how a sentence is written: questions, quotations, colons, dashes. */
const MARKS: ReadonlyMap<string, string> = new Map([
  ['?', 'question'], ['!', 'exclamation'], [':', 'colon'], ['“', 'quote'], ['”', 'quote'], ['"', 'quote'],
  ['—', 'dash'], ['(', 'parenthesis'],
]);
