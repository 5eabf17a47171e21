import { isNominal, isTechnologyAcronym, type Run, type Sentence } from './sentence';
import {
  ABBREVIATIONS, ARTICLES, DETERMINERS, FORWARD_PREPOSITIONS, INNER_PREPOSITIONS, JOINERS, OBJECT_PRONOUNS,
  QUANTIFIERS, SUBJECT_PRONOUNS, TIME_WORDS, endsInS, isApostrophe, isNameLike, isPastLike, isPronounContraction,
} from './words';

// Noun phrases around a cue, read from a token backwards (a subject) or forwards (an inverted
// speaker, a source, an agent).

/**
 * The noun phrase ending at token `k`: names, nouns, adjectives, possessives and inner
 * prepositional phrases ("China’s ambassador to France"). Stops at function words, verbs and
 * punctuation, and after twelve tokens.
 */
export function nounPhraseBefore(s: Sentence, k: number): Run | undefined {
  if (ARTICLES.has(s.keys[k] ?? '')) return undefined;
  let start = -1;
  for (let j = k; j >= 0 && k - j < 12; j--) {
    const token = s.tokens[j];
    const key = s.keys[j] ?? '';
    if (token === undefined) break;
    if (token.type === 'punct') {
      const joined = start === j + 1 && !s.tokens[j + 1]?.spaceBefore && !token.spaceBefore && JOINERS.has(token.text);
      // "critics’ remarks": the apostrophe of a plural possessive.
      const possessive = isApostrophe(token.text) && !token.spaceBefore && endsInS(s.tokens[j - 1]?.text ?? '');
      if (joined || possessive || abbreviationPeriod(s, j)) continue;
      break;
    }
    if (token.type === 'number') {
      start = j;
      continue;
    }
    // "the most popular apps": a superlative, not a quantity.
    if (key === 'most' && s.keys[j - 1] === 'the' && start === j + 1) {
      start = j;
      continue;
    }
    if (DETERMINERS.has(key) || QUANTIFIERS.has(key)) {
      if (key === 'whose') break;
      start = j;
      // "a video of the episode": a determiner may open the object of an inner preposition.
      if (isInnerPreposition(s, j - 1) && isNominal(s, j - 2)) continue;
      break;
    }
    if (isInnerPreposition(s, j) && start !== -1 && isNominal(s, j - 1)) continue;
    if (key === 'and' && start !== -1 && isNameLike(s.tokens[j + 1]) && isNameLike(s.tokens[j - 1])) continue;
    // "a source close to him": an object pronoun ends a phrase only after a preposition.
    if (OBJECT_PRONOUNS.has(key) && j === k && INNER_PREPOSITIONS.has(s.keys[j - 1] ?? '')) {
      start = j;
      continue;
    }
    const pronoun = (SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key)) && !isTechnologyAcronym(s, j);
    if (!isNominal(s, j) || pronoun || TIME_WORDS.has(key) || isPronounContraction(key)) break;
    // "a study published in The Lancet": a participle between a noun and its complement.
    const relative = start !== -1 && (isInnerPreposition(s, j + 1) || TIME_WORDS.has(s.keys[j + 1] ?? '')) && reducedRelative(s, j);
    if (!isNameLike(token) && !adjectiveLike(s, j) && !relative) break;
    start = j;
  }
  if (start === -1) return undefined;
  // An inner preposition or a joiner cannot start the phrase.
  while (start <= k && (s.tokens[start]?.type === 'punct' || isInnerPreposition(s, start))) start++;
  return start <= k ? { start, end: k + 1 } : undefined;
}

/** The noun phrase starting at token `k`: "Chinese state media reports", "a spokesman for the ministry". */
export function nounPhraseAfter(s: Sentence, k: number): Run | undefined {
  let end = k;
  for (let j = k; j < s.tokens.length && j - k < 12; j++) {
    const token = s.tokens[j];
    const key = s.keys[j] ?? '';
    const next = s.tokens[j + 1];
    if (token === undefined) break;
    if (token.type === 'punct') {
      const joined = !token.spaceBefore && end === j && !next?.spaceBefore && next?.type === 'word' && JOINERS.has(token.text);
      const possessive = isApostrophe(token.text) && !token.spaceBefore && endsInS(s.tokens[j - 1]?.text ?? '') && next?.type === 'word';
      if (joined || possessive || (abbreviationPeriod(s, j) && next?.type === 'word')) continue;
      break;
    }
    if (j === k && (OBJECT_PRONOUNS.has(key) || SUBJECT_PRONOUNS.has(key))) return { start: k, end: k + 1 };
    if (DETERMINERS.has(key) || QUANTIFIERS.has(key)) {
      if (end !== j || (j > k && !INNER_PREPOSITIONS.has(s.keys[j - 1] ?? ''))) break;
      continue;
    }
    // "officials in Kyiv", but not "said Smith in a statement".
    const inner = FORWARD_PREPOSITIONS.has(key) && j > k && ((key !== 'in' && key !== 'at') || isNameLike(next));
    if (inner) {
      // "revealed by analytics to continue honing": "to" before a plain word opens an infinitive.
      const infinitive = key === 'to' && next?.type === 'word' && !isNameLike(next) && !DETERMINERS.has(s.keys[j + 1] ?? '') && !QUANTIFIERS.has(s.keys[j + 1] ?? '');
      if (infinitive || TIME_WORDS.has(s.keys[j + 1] ?? '') || (next?.type !== 'word' && next?.type !== 'number')) break;
      continue;
    }
    if (key === 'and' && isNameLike(s.tokens[j - 1]) && isNameLike(next)) continue;
    if (token.type === 'word' && (!isNominal(s, j) || SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key) || TIME_WORDS.has(key))) break;
    const verbal = s.lexicon.verbs.has(key) && !s.lexicon.nounForms.has(key);
    if (token.type === 'word' && !isNameLike(token) && verbal && !adjectiveLike(s, j)) break;
    end = j + 1;
  }
  // Trailing function words belong to what follows.
  while (end > k && !isNominal(s, end - 1)) end--;
  return end > k ? { start: k, end } : undefined;
}

/**
 * Whether token `k` heads `run` or a phrase inside it: "study" and "apps" in "the study of apps",
 * "data" in "Comscore’s data on apps", not "government" in "the government program".
 */
export function headsPhrase(s: Sentence, run: Run, k: number): boolean {
  return k === run.end - 1 || isInnerPreposition(s, k + 1);
}

/**
 * Whether token `j` is a preposition inside a noun phrase: "China’s ambassador to France"; and "on"
 * after a document ("Comscore’s data on apps"), a participle that modifies a noun ("a person
 * briefed on the talks"), a body or a person ("opponents on the left"), or a name past the first
 * word ("the Committee on Taxation").
 */
function isInnerPreposition(s: Sentence, j: number): boolean {
  const key = s.keys[j] ?? '';
  if (INNER_PREPOSITIONS.has(key)) return true;
  if (key !== 'on') return false;
  const before = s.keys[j - 1] ?? '';
  if (s.lexicon.documentNouns.has(before) || reducedRelative(s, j - 1)) return true;
  // Not in a headline's capitals ("Hits Marco Rubio On Rape Exception").
  return s.tokens[j]?.text === 'on' && (s.lexicon.sourceNouns.has(before) || (j > 1 && isNameLike(s.tokens[j - 1])));
}

/** The head of a phrase: its first noun that heads one ("study" in "the study of apps"). */
export function headOf(s: Sentence, run: Run): number {
  for (let k = run.start; k < run.end; k++) if (headsPhrase(s, run, k)) return k;
  return run.end - 1;
}

/** Whether a lowercase word can sit inside a noun phrase: not a verb form, unless used as an adjective. */
function adjectiveLike(s: Sentence, j: number): boolean {
  const key = s.keys[j] ?? '';
  const verb = s.lexicon.verbs.get(key);
  const participle =
    verb !== undefined ? !verb.inflections.includes('base') && !verb.inflections.includes('third') : key.length > 4 && /([^e]ed|ing)$/.test(key);
  const prev = s.tokens[j - 1];
  const prevKey = s.keys[j - 1] ?? '';
  if (participle && !s.lexicon.nounForms.has(key)) {
    // "the unnamed officials", "two leading economists", "the ruling party".
    return prev === undefined || prev.type !== 'word' || DETERMINERS.has(prevKey) || QUANTIFIERS.has(prevKey);
  }
  // "he says reports suggest": a verb after a subject pronoun ends the phrase.
  return verb === undefined || !SUBJECT_PRONOUNS.has(prevKey);
}

/** Whether token `j` is a participle after a noun: "a poll released …", "records compiled by …". */
export function reducedRelative(s: Sentence, j: number): boolean {
  const form = s.lexicon.verbs.get(s.keys[j] ?? '');
  const participle = form !== undefined ? form.inflections.includes('participle') : isPastLike(s.tokens[j]?.text ?? '');
  return participle && !isNameLike(s.tokens[j]) && isNominal(s, j - 1) && s.tokens[j - 1]?.type === 'word';
}

/** The period of "Mr.", "Jr." or "U.S.", which belongs to a name. */
function abbreviationPeriod(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const before = s.tokens[k - 1];
  if (token?.text !== '.' || token.spaceBefore || before === undefined) return false;
  return ABBREVIATIONS.has(s.keys[k - 1] ?? '') || INITIAL.test(before.text);
}

// Built once: the bundle's target makes a literal with a Unicode property a constructor call where it stands.
const INITIAL = /^\p{Lu}$/u;
