import { isTitle } from '../quotation';
import type { Cue } from './cue';
import { isAdverb, isCloseQuote, isNominal, isOpenQuote, type Sentence } from './sentence';
import {
  ADJUNCT_PREPOSITIONS, CLAUSE_BREAKS, DETERMINERS, JOINERS, OBJECT_PRONOUNS, PREPOSITIONS, QUANTIFIERS,
  SENTENCE_ENDS, SUBJECT_PRONOUNS, TAG_ENDS, TIME_WORDS, WH_WORDS, isApostrophe, isAuxiliary, isNameLike, isPastLike,
  isPronounContraction,
} from './words';

// What follows a reporting verb, the evidence that it reports.

/**
 * What follows a verb: a "that"-clause, a colon, a quotation, a bare or "whether" clause, an
 * infinitive, an "as" phrase, a channel ("wrote in an email"), nothing, as in a dialogue tag
 * ("Cruz wrote." / "…, he added, …"), or only a time or place ("Jones wrote in April.").
 */
export type Evidence = 'that' | 'colon' | 'quote' | 'clause' | 'to' | 'as' | 'channel' | 'tag' | 'adjunct' | 'none';

/** What follows a verb, looking a few tokens ahead: "told reporters on Monday that …". */
export function complement(s: Sentence, cue: Cue): Evidence {
  let k = cue.end;
  // "said there was": "there" is the clause's subject here, not an adverb.
  while (k < s.tokens.length && s.keys[k] !== 'there' && !purpose(s, k) && (isAdverb(s, k) || TIME_WORDS.has(s.keys[k] ?? '') || s.keys[k] === 'on')) k++;
  const first = s.tokens[k];
  if (first === undefined || TAG_ENDS.has(first.text) || isCloseQuote(s, k)) {
    return first?.text === ',' && isOpenQuote(s, k + 1) ? 'quote' : 'tag';
  }
  const key = s.keys[k] ?? '';
  if (purpose(s, k)) return 'none';
  if (key === 'that') return 'that';
  if (first.text === ':') return 'colon';
  if (isOpenQuote(s, k)) return quotesTitle(s, k) ? objectThen(s, cue, k + 1) : 'quote';
  // "knows what he wants": a belief in what is asked states nothing ("wondered whether …" asks).
  if (WH_WORDS.has(key) && key !== 'whether' && cue.strength === 'belief') return 'none';
  if (SUBJECT_PRONOUNS.has(key) || isPronounContraction(key) || key === 'there' || WH_WORDS.has(key)) return 'clause';
  if ((key === 'in' || key === 'on') && channelAhead(s, k + 1) !== undefined) return 'channel';
  if (trailingAdjunct(s, k)) return 'adjunct';
  return objectThen(s, cue, k);
}

/**
 * Whether the quotation opening at token `k` is a short one in title case, in a sentence that is
 * not (see `isTitle`): a title ("began posting “This Week at Interior,” …"), not what was said.
 */
function quotesTitle(s: Sentence, k: number): boolean {
  const open = s.tokens[k];
  const first = s.tokens[0];
  const last = s.tokens.at(-1);
  if (open === undefined || first === undefined || last === undefined) return false;
  for (let j = k + 1; j <= Math.min(s.tokens.length, k + 10); j++) {
    const close = s.tokens[j];
    if (close === undefined || isCloseQuote(s, j)) return isTitle(s.text, { start: first.start, end: last.end }, { start: open.end, end: close?.start ?? last.end });
  }
  return false;
}

/** "learning so that people can …": a purpose, not what was said. */
function purpose(s: Sentence, k: number): boolean {
  return s.keys[k] === 'so' && s.keys[k + 1] === 'that';
}

/** Evidence that makes any reporting verb report. */
export function isStrong(evidence: Evidence): boolean {
  return evidence === 'that' || evidence === 'colon' || evidence === 'quote';
}

/** "Jones wrote in April.": a verb followed only by a short time or place phrase is a dialogue tag. */
function trailingAdjunct(s: Sentence, k: number): boolean {
  if (!ADJUNCT_PREPOSITIONS.has(s.keys[k] ?? '')) return false;
  for (let j = k + 1; j < Math.min(s.tokens.length + 1, k + 7); j++) {
    const t = s.tokens[j];
    if (t === undefined || SENTENCE_ENDS.has(t.text) || isCloseQuote(s, j)) return true;
    if (t.type === 'punct' && !JOINERS.has(t.text)) return false;
    if (t.type === 'word' && !isNominal(s, j) && !DETERMINERS.has(s.keys[j] ?? '')) return false;
  }
  return false;
}

/** A parenthesis after an object is read past when it holds at most this many tokens. */
const MAX_ASIDE = 15;

/**
 * Past an object: "told reporters that", "assured Zelenskiy that", "called him a “liar”",
 * "asked Obama what", "believes the economy will", "expects prices to", "criticized it as".
 */
function objectThen(s: Sentence, cue: Cue, k: number): Evidence {
  const first = s.tokens[k];
  const key = s.keys[k] ?? '';
  let clause = first !== undefined && (DETERMINERS.has(key) || isNameLike(first) || QUANTIFIERS.has(key) || isNominal(s, k));
  let found: Evidence = 'none';
  // How far a parenthesis skipped moves the window: "required by law (Section 508 of the Act) to make".
  let aside = 0;
  for (let j = k; j < Math.min(s.tokens.length, k + 12 + aside); j++) {
    const t = s.tokens[j];
    const w = s.keys[j] ?? '';
    if (t === undefined) break;
    const close = j > k && t.text === '(' ? s.tokens.findIndex((c, at) => at > j && c.text === ')') : -1;
    if (close > 0 && close - j <= MAX_ASIDE) {
      aside += close - j + 1;
      j = close;
      continue;
    }
    // A quotation after an object is what was said, or what it was called: "called Obama’s
    // ignorance of … “disrespectful”"; so is what a colon introduces, except after a verb of belief.
    if (j > k && (isOpenQuote(s, j) || (t.text === ',' && isOpenQuote(s, j + 1)))) return 'quote';
    if (j > k && cue.strength !== 'belief' && t.text === ':') return 'colon';
    if (t.type === 'punct' && !JOINERS.has(t.text) && !isApostrophe(t.text)) break;
    if (j >= k + 10 + aside) continue;
    // A "that" past an object is a relative pronoun as often, except after verbs of telling or a
    // prepositional phrase: "wrote in a Baltimore Sun op-ed that".
    if (j > k && w === 'that' && (cue.strength === 'speech' || PREPOSITIONS.has(key))) return 'that';
    if (j > k && WH_WORDS.has(w) && w !== 'which' && w !== 'who') return 'clause';
    // "held 33 percent and Bloomberg had …": a verb past a conjunction is another clause's, though
    // "believes Smith and Jones are …" has one subject.
    if (CLAUSE_BREAKS.has(w) || (w === 'and' && (cue.strength === 'weak' || cue.strength === 'stance'))) clause = false;
    if (j > k && clause && (isAuxiliary(w) || pastWithObject(s, j))) return 'clause';
    // "asked him to resign", but not "directed traffic to the site".
    // "in order to", "so as to": a purpose, not what someone was asked or told to do.
    const purpose = s.keys[j - 1] === 'order' || (s.keys[j - 1] === 'as' && s.keys[j - 2] === 'so');
    if (found === 'none' && w === 'to' && !purpose && s.tokens[j + 1]?.type === 'word' && !DETERMINERS.has(s.keys[j + 1] ?? '') && !QUANTIFIERS.has(s.keys[j + 1] ?? '')) found = 'to';
    if (found === 'none' && w === 'as') found = 'as';
  }
  return found;
}

/**
 * A regular past tense after a noun and before an object makes a clause: "said Carter used a
 * personal account", but not "found the car abandoned near the border" nor "an advantage based on".
 */
function pastWithObject(s: Sentence, j: number): boolean {
  // The verb's form first: most words are no past tense.
  if (!isPastLike(s.tokens[j]?.text ?? '')) return false;
  const next = s.tokens[j + 1];
  const key = s.keys[j + 1] ?? '';
  const object =
    next !== undefined &&
    (next.type === 'number' || DETERMINERS.has(key) || QUANTIFIERS.has(key) || OBJECT_PRONOUNS.has(key) || isNameLike(next) || key === 'more');
  return object && isNominal(s, j - 1) && !PREPOSITIONS.has(s.keys[j - 1] ?? '');
}

/** "(wrote) in a September 2012 email": where the object of a preposition is a medium or a document. */
export function channelAhead(s: Sentence, k: number): number | undefined {
  for (let j = k; j < Math.min(s.tokens.length, k + 6); j++) {
    const t = s.tokens[j];
    // "in the form of a letter": the document must head the phrase.
    if (t === undefined || (t.type === 'punct' && !JOINERS.has(t.text)) || PREPOSITIONS.has(s.keys[j] ?? '')) return undefined;
    if (s.lexicon.documentNouns.has(s.keys[j] ?? '')) return j;
  }
  return undefined;
}

/** Whether a reported clause starts at token `k`: "say that …", "say they …", "say: …". */
export function opensClause(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  return key === 'that' || s.tokens[k]?.text === ':' || isOpenQuote(s, k) || SUBJECT_PRONOUNS.has(key) || isPronounContraction(key);
}

/** Whether an object starts at token `k`: "decrying the influence", "urged him". */
export function objectFollows(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const key = s.keys[k] ?? '';
  return token !== undefined && (DETERMINERS.has(key) || isNameLike(token) || OBJECT_PRONOUNS.has(key) || key.endsWith("'s"));
}
