import type { Token } from '../../text/tokens';
import { matchPhrase, type CueStrength, type Inflection, type PhraseKind } from '../lexicon';
import { setsOffExample } from '../mood';
import { channelAhead } from './complement';
import { nounPhraseBefore } from './noun-phrase';
import { beforeAdverbs, followsQuote, isCloseQuote, isNominal, isOpenQuote, type Run, type Sentence } from './sentence';
import { counts, modifiesNoun, objectOfPreposition } from './verb-use';
import {
  CONJUNCTIONS, DETERMINERS, JOINERS, LABELS, PREPOSITIONS, RELATIVES, SENTENCE_ENDS,
  SUBJECT_PRONOUNS, isFirstPerson, isNameLike, isPastForm,
} from './words';

// Cues: the words that may introduce a reported statement, found token by token.

export interface Cue extends Run {
  /**
   * A lexicon phrase kind, a single verb (`verb`), a noun before "that", a "Name:" label, or an
   * unknown verb that frames a quotation.
   */
  readonly kind: PhraseKind | 'noun' | 'label' | 'frame';
  readonly strength: CueStrength;
  readonly base: string;
  readonly inflections: readonly Inflection[];
  /** Where a speaker named inside the phrase ends ("officials" in "officials say"). */
  readonly speakerEnd?: number;
}

/** The cue at token `i`, if a word there may report. */
export function cueAt(s: Sentence, i: number): Cue | undefined {
  const token = s.tokens[i];
  if (token === undefined || token.type !== 'word') return undefined;
  const key = s.keys[i] ?? '';
  // Most words are no verb, phrase or noun of saying: one look-up rules them out.
  const lexical = s.lexicon.cueStarts.has(key) ? lexicalCue(s, i, token, key) : undefined;
  if (lexical !== undefined) return lexical;
  // "in a CNN national poll", "in a September 2012 email".
  const medium = key === 'in' ? namedChannel(s, i + 1) : undefined;
  if (medium !== undefined) return { ...single(i, key, 'channel'), end: medium + 1 };
  if (i === 0) return speakerLabel(s);
  if (framesQuote(s, i)) return single(i, key, 'frame');
  return undefined;
}

/** A cue of the lexicon at token `i`: a phrase, a verb form, or a noun of saying before "that". */
function lexicalCue(s: Sentence, i: number, token: Token, key: string): Cue | undefined {
  const phrase = matchPhrase(s.lexicon, s.keys, i);
  if (phrase !== undefined) {
    const start = i + phrase.speakerTokens;
    return {
      start,
      end: i + phrase.tokens.length,
      kind: phrase.kind,
      strength: phrase.strength,
      base: s.lexicon.verbs.get(key)?.base ?? key,
      inflections: phrase.inflections,
      ...(phrase.speakerTokens > 0 ? { speakerEnd: start } : {}),
    };
  }
  const verb = s.lexicon.verbs.get(key);
  const nounThat = s.lexicon.cueNouns.has(key) && s.keys[i + 1] === 'that';
  if (verb !== undefined || nounThat) {
    // Inside a sentence, a capitalized verb form is a name: "the United States".
    const named = i > 0 && isNameLike(token) && !s.titled && !isOpenQuote(s, i - 1) && s.tokens[i - 1]?.text !== ':';
    // "Clinton’s claim that …", "amid reports that …": a noun of saying, not the verb (asked only before "that").
    if (nounThat && (verb === undefined || named || modifiesNoun(s, i) || objectOfPreposition(s, i))) return single(i, key, 'noun');
    if (verb !== undefined && !named && !setsOffExample(s.tokens, s.keys, i)) return { start: i, end: i + 1, kind: 'verb', strength: verb.strength, base: verb.base, inflections: verb.inflections };
  }
  return undefined;
}

/** A one-word cue at token `i`, made only once a cue is found: most words are none. */
function single(i: number, key: string, kind: Cue['kind']): Cue {
  return { start: i, end: i + 1, kind, strength: 'speech', base: key, inflections: [] };
}

/** "Bernie Sanders: I’m Not Much Of A Socialist", "FALLIN: I think …": a name, a colon, words. */
function speakerLabel(s: Sentence): Cue | undefined {
  const end = Math.min(s.tokens.length, 5);
  // Most sentences have no colon near their start: nothing else need be looked at.
  let colon = 0;
  while (colon < end && s.tokens[colon]?.text !== ':') colon++;
  if (colon === end) return undefined;
  for (let k = 0; k < end; k++) {
    const token = s.tokens[k];
    const key = s.keys[k] ?? '';
    if (token === undefined) return undefined;
    if (token.text === ':') {
      const said = s.tokens[k + 1];
      // A label before words is a heading, a caption or an interviewer's turn ("Feedback: …",
      // "Photo: …", "MK: So tell me…"); before a quotation, or words in the first person (a
      // headline's "Sanders: I’m Not …"), it names who said them.
      // Initials alone ("LK: Our team was …") are an interview's turns, which the interview sources;
      // so is a name in running text before words in the first person ("Rebekah Perillo: My advice
      // is …"), where a headline or a broadcast transcript ("FALLIN: I think …") quotes.
      const initials = k === 1 && /^[A-Z]{2,3}$/.test(s.tokens[0]?.text ?? '');
      const quoting = s.titled || s.tokens.slice(0, k).every((t) => t.text.toUpperCase() === t.text);
      return k > 0 && !initials && said !== undefined && (isOpenQuote(s, k + 1) || (quoting && isFirstPerson(s.keys[k + 1] ?? '')))
        ? { start: k, end: k + 1, kind: 'label', strength: 'speech', base: ':', inflections: [], speakerEnd: k }
        : undefined;
    }
    const joined = token.type === 'punct' && JOINERS.has(token.text) && !token.spaceBefore;
    const name = isNameLike(token) && !key.endsWith("'s") && !LABELS.has(key) && !DETERMINERS.has(key) && !CONJUNCTIONS.has(key);
    if (!joined && !name) return undefined;
  }
  return undefined;
}

/**
 * Any verb that introduces or tags a quotation reports it: "Clinton boomed, “Today, …”", "“…,”
 * Smith quipped." The verb must look tensed ("-ed", "-s", an irregular past).
 */
function framesQuote(s: Sentence, i: number): boolean {
  if (!s.marked) return false;
  const token = s.tokens[i];
  const key = s.keys[i] ?? '';
  // The verb's form first: it rules out most words at least cost.
  if (!(endsInSingleS(key) || isPastForm(key))) return false;
  // "a gray box with two tabs: “Data Reference” and …": after a count, a noun.
  if (counts(s, i - 1)) return false;
  // Then what follows it, as cheap: the verb stands right before the quotation, or ends its clause.
  const next = s.tokens[i + 1];
  const introduces = (next?.text === ',' || next?.text === ':') && isOpenQuote(s, i + 2);
  const ends = next === undefined || SENTENCE_ENDS.has(next.text) || next.text === ',';
  if (!introduces && !ends) return false;
  // "…, build relationships with government officials, …": a noun of sources or documents frames nothing.
  if (token === undefined || isNameLike(token) || !isNominal(s, i) || s.lexicon.sourceNouns.has(key) || s.lexicon.documentNouns.has(key)) return false;
  // "Clinton boomed, “Today, …”", "The crowd chanted: “…”", "… and boomed: “…”": a subject that
  // names or determines, or one before; "Surface suggestion above results: “…”" labels an example.
  if (introduces) {
    const spoke = subjectEnding(s, beforeAdverbs(s, i));
    return i === 0 || s.keys[i - 1] === 'and' || s.keys[i - 1] === 'then' || (spoke !== undefined && determinesOrNames(s, spoke));
  }
  // Quoted words that end in no mark of their own are a term before its noun: "a “mobile Web” version for other platforms."
  const subject = subjectEnding(s, i - 1);
  if (subject === undefined || !followsQuote(s, subject.start)) return false;
  return !isCloseQuote(s, subject.start - 1) || SET_OFF.has(s.tokens[subject.start - 2]?.text ?? '');
}

/** The noun phrase or subject pronoun ending at token `k`, if any. */
function subjectEnding(s: Sentence, k: number): Run | undefined {
  return nounPhraseBefore(s, k) ?? (SUBJECT_PRONOUNS.has(s.keys[k] ?? '') ? { start: k, end: k + 1 } : undefined);
}

/** Whether a subject starts with a determiner, a possessive or a pronoun, or holds a name past the sentence's first word. */
function determinesOrNames(s: Sentence, subject: Run): boolean {
  const first = s.keys[subject.start] ?? '';
  if (DETERMINERS.has(first) || SUBJECT_PRONOUNS.has(first) || first.endsWith("'s") || first.endsWith('’s')) return true;
  for (let k = Math.max(subject.start, 1); k < subject.end; k++) if (isNameLike(s.tokens[k])) return true;
  return subject.end - subject.start === 1 && isNameLike(s.tokens[subject.start]);
}

/** Marks that end quoted words before the mark that closes them: "“…,” Smith quipped". */
const SET_OFF: ReadonlySet<string> = new Set([',', '.', '?', '!', '…', '-', '—', '–']);

/** "says", "adds": a word in "s" but not "ss". */
function endsInSingleS(key: string): boolean {
  return key.length >= 2 && key.endsWith('s') && key.charCodeAt(key.length - 2) !== 0x73;
}

/**
 * "in a CNN national poll", "in Monday's statement": a determined, singular document heading the
 * object of "in" is a source ("in the polls" is not).
 */
function namedChannel(s: Sentence, k: number): number | undefined {
  const first = s.tokens[k];
  const key = s.keys[k] ?? '';
  if (first === undefined || !(DETERMINERS.has(key) || key.endsWith("'s") || isNameLike(first))) return undefined;
  const head = channelAhead(s, k);
  if (head === undefined) return undefined;
  const noun = s.keys[head] ?? '';
  if (noun.endsWith('s') && !noun.endsWith('ss')) return undefined;
  const next = s.tokens[head + 1];
  const nextKey = s.keys[head + 1] ?? '';
  const ends = next === undefined || next.type === 'punct' || PREPOSITIONS.has(nextKey) || RELATIVES.has(nextKey) || /^[a-z]+(ed|ing)$/.test(next.text);
  return ends ? head : undefined;
}
