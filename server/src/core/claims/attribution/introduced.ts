import type { Token } from '../../text/tokens';
import type { Span } from '../../types';
import type { Lexicon } from '../lexicon';
import { nounPhraseAfter } from './noun-phrase';
import { insideQuotation, readSentence, textOf, type Sentence } from './sentence';
import { isSpecific, isWritersVoice, type Speaker } from './speaker';
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, isPastForm } from './words';

// A clause that ends in a colon introduces what follows it: "Once Fullerton saw the metrics, he
// decided: “anytime we put a video up…”", "A recent Vox article talked about this problem:" over
// a block quotation. Whatever its verb, its subject is who the quoted words are from, when that
// subject is someone in particular or "he" or "she", and not the writer.

/** Tokens a clause before a colon may run to: an introduction, not a paragraph of its own. */
const MAX_CLAUSE = 16;

/** Third-person pronouns that stand for someone the paragraph names. */
const PERSONS = new Set(['he', 'she']);

/**
 * Who introduces what follows the colon at `colon` (an offset in `text[sentence]`), or undefined:
 * the subject of the clause before it, with a tensed verb between subject and colon ("Two things to
 * understand about downloads:" introduces no one).
 */
export function introducer(text: string, sentence: Span, colon: number, lexicon: Lexicon, tokens?: readonly Token[], keys?: readonly string[]): string | undefined {
  const s = readSentence(text, sentence, lexicon, tokens, keys);
  const end = s.tokens.findIndex((t) => t.start === colon);
  // A colon inside quoted words introduces nothing of the writer's.
  if (end < 0 || insideQuotation(s, end)) return undefined;
  // The clause starts after the last break before the colon, past a leading conjunction or adverb.
  let start = end - 1;
  while (start >= 0 && s.tokens[start]?.type !== 'punct') start--;
  start++;
  while (start < end && (CONJUNCTIONS.has(s.keys[start] ?? '') || ADVERBS.has(s.keys[start] ?? ''))) start++;
  if (end - start > MAX_CLAUSE || end - start < 2) return undefined;
  const key = s.keys[start] ?? '';
  // "Said Holm about the entire journey:": the verb first, its subject after it.
  const inverted = hasTensedVerb(s, start, start + 1) && !AUXILIARIES.has(key);
  const np = PERSONS.has(key) ? { start, end: start + 1 } : nounPhraseAfter(s, inverted ? start + 1 : start);
  if (np === undefined || (!inverted && !hasTensedVerb(s, np.end, end))) return undefined;
  const speaker: Speaker = PERSONS.has(key) ? { run: np, name: textOf(s, np), pronoun: true } : { run: np, name: textOf(s, np) };
  if (isWritersVoice(s, speaker) || (speaker.pronoun !== true && !isSpecific(s, speaker))) return undefined;
  return speaker.name;
}

/** Whether a tensed verb stands in `[from, to)`: an auxiliary, a past, or a reporting verb's past or third person. */
function hasTensedVerb(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const key = s.keys[k] ?? '';
    const verb = s.lexicon.verbs.get(key);
    if (AUXILIARIES.has(key) || isPastForm(key) || verb?.inflections.some((t) => t === 'past' || t === 'third') === true) return true;
  }
  return false;
}
