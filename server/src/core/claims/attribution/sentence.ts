import { tokenize, type Token } from '../../text/tokens';
import type { Span } from '../../types';
import { keysOf, type Lexicon } from '../lexicon';
import {
  ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, LY_WORDS, OBJECT_PRONOUNS, PREPOSITIONS, QUANTIFIERS, QUOTES,
  RELATIVES, SUBJECT_PRONOUNS, SURE_QUOTES, TIME_WORDS, isAuxiliary, isCaseless, isNameLike, isPastForm, isPronounContraction,
} from './words';

// The sentence under reading, with what holds for all of it, and what a token is in its context:
// part of a noun phrase, an adverb, a quotation mark.

export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly keys: readonly string[];
  readonly lexicon: Lexicon;
  /** Whether the sentence holds a quotation. */
  readonly quoted: boolean;
  /** Whether any token may be a quotation mark, "’" included: without one, no quotation is framed. */
  readonly marked: boolean;
  /** Whether the sentence is a headline in title case, where verbs are capitalized too. */
  readonly titled: boolean;
}

/** A run of tokens `[start, end)`. */
export interface Run {
  readonly start: number;
  readonly end: number;
}

/** Reads `text[span]` (split into `tokens` and their `keys` if the caller already did) once for all its cues. */
export function readSentence(text: string, span: Span, lexicon: Lexicon, tokens: readonly Token[] = tokenize(text, span), keys: readonly string[] = keysOf(tokens)): Sentence {
  let quoted = false;
  let marked = false;
  // Quotation marks are punctuation tokens: words need no look-up.
  for (let k = 0; k < tokens.length && !quoted; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'punct') continue;
    quoted = SURE_QUOTES.has(t.text) || (t.text === "'" && tokens[k + 1]?.text === "'");
    marked ||= QUOTES.has(t.text) || t.text === "'";
  }
  return { text, tokens, keys, lexicon, quoted, marked, titled: isTitleCase(tokens) };
}

/** A headline in title case: most words of four letters or more are capitalized. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalized = 0;
  for (const t of tokens) {
    // A word without case is name-like but says nothing of how the sentence is cased.
    if (t.type !== 'word' || t.text.length < 4 || isCaseless(t.text)) continue;
    long++;
    if (isNameLike(t)) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.7;
}

/**
 * The sentence's first token that looks like a tensed verb, or -1: its subject is the subject of
 * "…, but emphasized" and "…, saying". Found when asked, which few sentences are.
 */
export function firstVerb(s: Sentence): number {
  const { tokens, keys, lexicon } = s;
  for (let k = 1; k < tokens.length; k++) {
    const key = keys[k] ?? '';
    if (tokens[k]?.type !== 'word' || isNameLike(tokens[k]) || DETERMINERS.has(keys[k - 1] ?? '')) continue;
    const verb = lexicon.verbs.get(key);
    const tensed = verb !== undefined && (verb.inflections.includes('past') || verb.inflections.includes('third'));
    if (tensed || isAuxiliary(key) || isPastForm(key)) return k;
  }
  return -1;
}

/** Whether token `k` is "IT", information technology, after a name ("FedHealth IT"), not "it". */
export function isTechnologyAcronym(s: Sentence, k: number): boolean {
  return s.tokens[k]?.text === 'IT' && isNameLike(s.tokens[k - 1]);
}

/** Whether token `k` can be part of a noun phrase: a noun, a name, an adjective, a number. */
export function isNominal(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const key = s.keys[k] ?? '';
  if (token === undefined) return false;
  if (token.type === 'number') return true;
  if (token.type !== 'word') return false;
  return !NOT_NOMINAL.has(key) && !isLyAdverb(key, token);
}

/** Function words and listed adverbs, none part of a noun phrase: one look-up rather than one per list, as most tokens are asked. */
const NOT_NOMINAL: ReadonlySet<string> = new Set([...DETERMINERS, ...AUXILIARIES, ...CONJUNCTIONS, ...PREPOSITIONS, ...RELATIVES, ...ADVERBS]);

/** A listed adverb, or a lowercase word in "-ly" ("publicly"; "Jolly" is a name). */
export function isAdverb(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  return ADVERBS.has(key) || isLyAdverb(key, s.tokens[k]);
}

function isLyAdverb(key: string, token: Token | undefined): boolean {
  return key.length > 4 && key.endsWith('ly') && !LY_WORDS.has(key) && !isNameLike(token);
}

/** The word before a cue at `cue` past any adverbs ("is also believed", "was very challenging"), the sentence's first word at most. */
export function beforeAdverbs(s: Sentence, cue: number): number {
  let k = cue - 1;
  while (k > 0 && isAdverb(s, k)) k--;
  return k;
}

/**
 * Steps back from `k` over what may come between a subject and its verb: adverbs, auxiliaries,
 * time phrases ("on Monday"), a parenthesis ("Hank Johnson (D-Ga.) said"), ", however,".
 */
export function skipBack(s: Sentence, k: number): number {
  let j = k;
  while (j >= 0) {
    const key = s.keys[j] ?? '';
    // Inside a sentence, a capitalized "Will" or "May" is a name.
    const name = j > 0 && isNameLike(s.tokens[j]) && !s.titled;
    // "they both said" floats "both" after its subject; "Both agreed" has no other.
    if (key === 'both' && !isNominal(s, j - 1) && !AUXILIARIES.has(s.keys[j - 1] ?? '') && !isAdverb(s, j - 1)) break;
    if (!name && (isAdverb(s, j) || AUXILIARIES.has(key) || key.endsWith("n't"))) j--;
    else if (TIME_WORDS.has(key)) j -= ['on', 'last', 'this', 'late', 'early', 'next'].includes(s.keys[j - 1] ?? '') ? 2 : 1;
    // "who has in the past described", "Trump at the time said".
    else if (isTimeAdjunct(s, j)) j -= 3;
    else if (key === ')') {
      const open = openingParenthesis(s, j);
      if (open === undefined) break;
      j = open - 1;
    } else if (key === ',' && isAdverb(s, j - 1) && s.keys[j - 2] === ',') j -= 3;
    else break;
  }
  return j;
}

/** Whether "in the past" or "at the time" ("at that time") ends at token `k`. */
function isTimeAdjunct(s: Sentence, k: number): boolean {
  const key = s.keys[k];
  const before = s.keys[k - 1] ?? '';
  return (key === 'past' && before === 'the' && s.keys[k - 2] === 'in') || (key === 'time' && (before === 'the' || before === 'that') && s.keys[k - 2] === 'at');
}

function openingParenthesis(s: Sentence, close: number): number | undefined {
  for (let j = close - 1; j >= Math.max(0, close - 20); j--) if (s.tokens[j]?.text === '(') return j;
  return undefined;
}

function isQuote(s: Sentence, k: number): boolean {
  // Most sentences hold no mark at all.
  if (!s.marked) return false;
  const text = s.tokens[k]?.text ?? '';
  if (text === '’' && isPossessiveS(s, k + 1)) return false;
  return QUOTES.has(text) || (text === "'" && (s.tokens[k - 1]?.text === "'" || s.tokens[k + 1]?.text === "'"));
}

/** "D.C.’s neighborhoods": an "s" hugging the apostrophe before it makes a possessive, not a quotation's end. */
function isPossessiveS(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  return token !== undefined && token.spaceBefore === false && (token.text === 's' || token.text === 'S') && s.tokens[k - 1]?.spaceBefore === false;
}

/** A quotation mark that ends a quotation: it hugs the word before it. */
export function isCloseQuote(s: Sentence, k: number): boolean {
  return isQuote(s, k) && s.tokens[k]?.spaceBefore === false && s.tokens[k]?.text !== '“';
}

/** A quotation mark that opens a quotation: it follows a space or other punctuation. */
export function isOpenQuote(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  if (token === undefined || !isQuote(s, k) || token.text === '”') return false;
  const prev = s.tokens[k - 1];
  return prev === undefined || token.spaceBefore || prev.type === 'punct';
}

/**
 * Whether token `k` is inside a quotation: the nearest quotation mark before it opens one, or,
 * with none before it, the nearest after it closes one (the end of a quotation begun in an
 * earlier sentence).
 */
export function insideQuotation(s: Sentence, k: number): boolean {
  if (!s.marked) return false;
  for (let j = k - 1; j >= 0; j--) {
    if (isOpenQuote(s, j)) return true;
    if (isCloseQuote(s, j)) return false;
  }
  for (let j = k + 1; j < s.tokens.length; j++) {
    if (isCloseQuote(s, j)) return true;
    if (isOpenQuote(s, j)) return false;
  }
  return false;
}

/**
 * Whether a quotation of at least `least` words closes before token `k`: quoted words a tag after
 * them may report ("“We will win,” a Quinnipiac poll shows."), not a quoted label ("the “Other
 * Apps” tab").
 */
export function quotesBefore(s: Sentence, k: number, least: number): boolean {
  if (!s.marked) return false;
  let words = 0;
  for (let j = 0; j < k; j++) {
    if (isOpenQuote(s, j)) words = 0;
    else if (isCloseQuote(s, j)) {
      if (words >= least) return true;
      words = 0;
    } else if (s.tokens[j]?.type === 'word') words++;
  }
  return false;
}

/** Whether token `k` is joined by a hyphen to what stands before it: "ex-Soviet", "M-23-22", "Post-It". */
export function joinedByHyphen(s: Sentence, k: number): boolean {
  return s.tokens[k - 1]?.text === '-' && s.tokens[k]?.spaceBefore === false;
}

/** Whether token `k` comes right after a quotation: "“…,” Smith", "“…”, Smith". */
export function followsQuote(s: Sentence, k: number): boolean {
  return isCloseQuote(s, k - 1) || (s.tokens[k - 1]?.text === ',' && isCloseQuote(s, k - 2));
}

/** The text a run of tokens covers. */
export function textOf(s: Sentence, run: Run): string {
  return s.text.slice(s.tokens[run.start]?.start ?? 0, s.tokens[run.end - 1]?.end ?? 0);
}

/** A lowercase noun with no determiner: "form" in "reporting form was", "speakers" in "Confirmed speakers include". */
export function isBareNoun(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const key = s.keys[k] ?? '';
  if (token?.type !== 'word' || isNameLike(token) || !isNominal(s, k) || s.lexicon.verbs.has(key)) return false;
  const pronoun = SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key) || isPronounContraction(key);
  return !(DETERMINERS.has(key) || QUANTIFIERS.has(key) || pronoun || key === 'that' || key === 'there');
}
