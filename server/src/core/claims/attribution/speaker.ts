import { matchPhrase } from '../lexicon';
import { firstWord, isInstruction, isInstructionVerb } from '../mood';
import type { Cue } from './cue';
import { headOf, headsPhrase, nounPhraseAfter, nounPhraseBefore, reducedRelative } from './noun-phrase';
import { names } from './source-phrase';
import { NAMING } from './unsaid';
import { afterFrontedPhrase } from './verb-use';
import { firstVerb, insideQuotation, isCloseQuote, isNominal, isTechnologyAcronym, skipBack, textOf, type Run, type Sentence } from './sentence';
import {
  APPOSITIVE_MARKS, AUXILIARIES, CONJUNCTIONS, EMPHASIS_MARKS, DETERMINERS, INDEFINITES, JOINERS, OBJECT_PRONOUNS, PERSONAL_DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS, QUANTIFIERS,
  RELATIVES, SUBJECT_PRONOUNS, TIME_WORDS, isApostrophe, isFirstPerson, isNameLike, isPastForm, isPronounContraction,
} from './words';

// Who is speaking: the subject before a verb, or the phrase a verb, a relative pronoun or a
// possessive points to.

export interface Speaker {
  readonly run: Run;
  readonly name: string;
  /** A pronoun names nobody. */
  readonly pronoun?: boolean;
  /** The subject of an earlier verb ("X welcomed …, but emphasized"), left out of the claim's span. */
  readonly distant?: boolean;
}

/** The speaker a noun phrase names. */
export function speakerOf(s: Sentence, np: Run | undefined): Speaker | undefined {
  return np === undefined ? undefined : { run: np, name: textOf(s, np) };
}

/** The subject of a verb at `cue`, found by walking back over adverbs, auxiliaries and asides. */
export function speakerBefore(s: Sentence, cue: number): Speaker | undefined {
  const j = skipChannel(s, skipBack(s, cue - 1));
  const token = s.tokens[j];
  const key = s.keys[j] ?? '';
  if (token === undefined) return undefined;
  // "FedHealth IT announced": information technology, after a name, is no "it".
  if (token.type === 'word' && !isTechnologyAcronym(s, j) && (SUBJECT_PRONOUNS.has(key) || isPronounContraction(key))) {
    return { run: { start: j, end: j + 1 }, name: token.text, pronoun: true };
  }
  if (RELATIVES.has(key)) return antecedent(s, j);
  if (key === 'and' || key === 'but' || (token.text === ',' && ['and', 'but'].includes(s.keys[j - 1] ?? ''))) return describesNoun(s, cue) ? undefined : subjectOf(s, j);
  if (APPOSITIVE_MARKS.has(token.text)) return appositiveSubject(s, j);
  // "Everyone I interviewed said": a relative clause with no pronoun of its own ends the subject.
  const contact = isPastForm(key) && SUBJECT_PRONOUNS.has(s.keys[j - 1] ?? '') ? nounPhraseBefore(s, j - 2) : undefined;
  if (contact !== undefined) return speakerOf(s, { start: contact.start, end: j + 1 });
  // "A poll released this week found": the subject is the noun before a participle.
  const np = nounPhraseBefore(s, reducedRelative(s, j) ? j - 1 : j);
  if (np === undefined) return undefined;
  if (s.keys[np.start - 1] === 'whose') return whoseSpeaker(s, np);
  // A gerund's phrase is what says it ("comments Trump made saying …"), not a subject, and so is
  // what is named ("writing in a column called “…”").
  const verb = s.keys[cue] ?? '';
  const whoDid = verb.endsWith('ing') || NAMING.has(s.lexicon.verbs.get(verb)?.base ?? '') ? undefined : relativeSubject(s, np);
  if (whoDid !== undefined) return whoDid;
  const alone = np.end - np.start === 1 && QUANTIFIERS.has(s.keys[np.start] ?? '');
  // "We all agree", "they both said": a quantifier floated after its pronoun, which is the subject.
  const floated = alone && SUBJECT_PRONOUNS.has(s.keys[np.start - 1] ?? '') ? { start: np.start - 1, end: np.end } : np;
  return { run: floated, name: textOf(s, floated), ...(alone ? { pronoun: true } : {}) };
}

/**
 * Whether a speaker is the writer or the reader ("we want", "I think", "you will see", "our team
 * found", "many of you know") outside any quotation: the writer's own voice, which no one else is
 * said to have spoken. Inside a quotation the "we" is the quoted speaker's.
 */
export function isWritersVoice(s: Sentence, speaker: Speaker): boolean {
  const first = s.keys[speaker.run.start] ?? '';
  const last = s.keys[speaker.run.end - 1] ?? '';
  // "(please note: …)": a plea to the reader, wherever it stands.
  const personal = PERSONAL_PRONOUNS.has(first) || /^(i|we|you)'/.test(first) || (PERSONAL_DETERMINERS.has(first) && !OUTSIDERS.has(last)) || PERSONAL_PRONOUNS.has(last) || first === 'please';
  return (personal || isImperative(s, speaker) || ownEvidence(s, speaker) || ownText(s, speaker)) && !insideQuotation(s, speaker.run.start);
}

/** Parts of the writer's own piece: "This section describes …", "this blog post outlines …", "This case study highlights …". */
const OWN_PARTS = new Set(['section', 'post', 'article', 'page', 'chapter', 'piece', 'series', 'entry', 'blog', 'guide']);

/** Whether a speaker is "this" part of the writer's own piece, which speaks in the writer's voice: "this study" is another's unless a case study. */
function ownText(s: Sentence, speaker: Speaker): boolean {
  const { start, end } = speaker.run;
  const last = s.keys[end - 1] ?? '';
  const part = OWN_PARTS.has(last) || (last === 'study' && s.keys[end - 2] === 'case');
  return s.keys[start] === 'this' && part && end - start <= 3;
}

/**
 * "I’m glad to report that …", "we are pleased to announce …", "I'd like to note": an infinitive
 * whose subject, a few words back, is the writer or the reader is the writer's own voice too; so is
 * what the writer lets themselves do ("let me tell you my own story", "let's note").
 */
export function isWritersInfinitive(s: Sentence, cue: number): boolean {
  const lets = s.keys[cue - 1] === "let's" || ((s.keys[cue - 1] === 'me' || s.keys[cue - 1] === 'us') && s.keys[cue - 2] === 'let');
  if (lets) return !insideQuotation(s, cue - 1);
  if (s.keys[cue - 1] !== 'to') return false;
  for (let k = cue - 2; k >= Math.max(0, cue - 6); k--) {
    const key = s.keys[k] ?? '';
    if (/^(i|we|you)(?:'|$)/.test(key)) return !insideQuotation(s, k);
    const token = s.tokens[k];
    if (token === undefined || token.type !== 'word' || isNameLike(token) || SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key) || DETERMINERS.has(key) || isPronounContraction(key)) return false;
  }
  return false;
}

/** People the writer serves or works with, who speak for themselves: "our customers have shared", "your users said". */
const OUTSIDERS = new Set(['customers', 'customer', 'users', 'user', 'visitors', 'readers', 'clients', 'respondents', 'participants', 'partners', 'stakeholders', 'citizens', 'subscribers', 'followers', 'audience', 'audiences', 'constituents', 'patients', 'veterans', 'students', 'employees']);

/** Evidence with no owner named: "the data", "these results". */
const EVIDENCE = new Set(['data', 'results', 'research', 'numbers', 'analytics', 'metrics', 'figures', 'stats', 'statistics', 'findings', 'feedback', 'responses', 'survey']);
const BARE_DETERMINERS = new Set(['the', 'this', 'these', 'that', 'those']);

/**
 * "The data told us …", "In a report for my agency, the data showed …", "(Metrics show that these
 * are the top search terms on our site.)": evidence no one owns, in
 * a sentence where the writer speaks as "we" or "I", is the writer's own; "the data show that
 * unemployment fell" in a report of others' work is not.
 */
function ownEvidence(s: Sentence, speaker: Speaker): boolean {
  const { start, end } = speaker.run;
  // "the data", "these results", or "Metrics" alone.
  const bare = end - start === 1 || (end - start === 2 && BARE_DETERMINERS.has(s.keys[start] ?? ''));
  if (!bare || !EVIDENCE.has(s.keys[end - 1] ?? '')) return false;
  return s.keys.some((key, k) => isFirstPerson(key) && !insideQuotation(s, k));
}

/**
 * A sentence that tells the reader what to do ("Please note that…", "Make sure participants
 * know…", "Seek challenges that…") has no speaker but the writer. A verb that starts a name
 * ("Hope Hicks said") is followed by a capital, or by the cue itself.
 */
function isImperative(s: Sentence, speaker: Speaker): boolean {
  const start = speaker.run.start;
  // The sentence's first word, after any bracket or mark ("[Please note that …]"), and more than the cue after it.
  if (firstWord(s.tokens) !== start) return false;
  // One word before the cue is a name ("Hope says") unless it only ever instructs ("Seek challenges").
  if (speaker.run.end === start + 1 && s.keys[start] !== 'please' && !isInstructionVerb(s.keys[start] ?? '')) return false;
  return isInstruction(s.tokens, s.keys, (key) => s.lexicon.verbs.get(key)?.inflections.includes('base') === true);
}

/**
 * Whether a speaker is someone in particular: a phrase with a name in it ("Smith", "the USDA's
 * analysts"), or one of sources or documents ("officials", "a survey"). Not a pronoun, nor a
 * group in general ("users", "many people", "everyone"). The capital that starts a sentence, or the
 * clause after a label's colon, names someone only on a word that is no determiner and no plural
 * ("Microsoft", not "Many" or "Users").
 * Without `documents`, a document is no one: a survey finds, but does not want or hope.
 */
export function isSpecific(s: Sentence, speaker: Speaker, documents = true): boolean {
  if (speaker.pronoun === true) return false;
  // "Company X", "Agency Y": a made-up example's stand-in names no one.
  for (let k = speaker.run.start; k < speaker.run.end; k++) if (/^[XYZ]$/.test(s.tokens[k]?.text ?? '')) return false;
  for (let k = speaker.run.start; k < speaker.run.end; k++) {
    const key = s.keys[k] ?? '';
    // A noun of sources counts as the phrase's head ("the USDA's analysts", "a survey of voters"), not as a modifier ("the government program").
    if (headsPhrase(s, speaker.run, k) && (s.lexicon.sourceNouns.has(key) || (documents && s.lexicon.documentNouns.has(key)))) return true;
    const initial = startsClause(s, k) && (DETERMINERS.has(key) || QUANTIFIERS.has(key) || key.endsWith('s'));
    if (isNameLike(s.tokens[k]) && !initial && !INDEFINITES.has(key)) return true;
  }
  return false;
}

/**
 * Whether token `k` opens its sentence, or the clause after a label's colon ("**Resources:**
 * Developers know …"), past emphasis marks; a label that names a source speaks for the clause
 * ("AP-GfK Poll: Voters increasingly see …").
 */
function startsClause(s: Sentence, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && EMPHASIS_MARKS.has(s.tokens[j]?.text ?? '')) j--;
  if (j < 0) return true;
  if (s.tokens[j]?.text !== ':') return false;
  let label = j - 1;
  while (label >= 0 && EMPHASIS_MARKS.has(s.tokens[label]?.text ?? '')) label--;
  const word = s.keys[label] ?? '';
  return !s.lexicon.sourceNouns.has(word) && !s.lexicon.documentNouns.has(word);
}

/** "…, said Smith." / "“…,” said the minister." / "…, say experts, …": the speaker follows the verb. */
export function invertedSpeaker(s: Sentence, cue: Cue): Speaker | undefined {
  if (cue.strength !== 'speech' && cue.strength !== 'weak') return undefined;
  // What stands before the verb first: most verbs follow their subject, not a mark.
  const prev = s.tokens[cue.start - 1]?.text ?? '';
  if (!APPOSITIVE_MARKS.has(prev) && !isCloseQuote(s, cue.start - 1)) return undefined;
  if (!cue.inflections.some((t) => t === 'past' || t === 'third' || t === 'base')) return undefined;
  const np = nounPhraseAfter(s, cue.end);
  // "The memo, a short document, encourages us to …": an object pronoun is the object, not a
  // speaker; nor is what a conjunction opens ("Enhancements – Alerts and Saved Searches").
  if (np === undefined || OBJECT_PRONOUNS.has(s.keys[np.start] ?? '') || CONJUNCTIONS.has(s.keys[np.start] ?? '')) return undefined;
  const next = s.tokens[np.end];
  const key = s.keys[np.end] ?? '';
  const closed = next === undefined || (next.type === 'punct' && next.text !== '-');
  const ends = closed || PREPOSITIONS.has(key) || CONJUNCTIONS.has(key) || RELATIVES.has(key) || TIME_WORDS.has(key);
  // A base form ("…, say experts") tags what was said where its speaker ends the clause or is a
  // source ("say experts at the bank"): "Failing that, suggest some hypotheses on their behalf" tells the reader.
  const base = cue.inflections.includes('base') && !cue.inflections.some((t) => t === 'past' || t === 'third');
  // "In other words, demand accountability.": after a phrase set before the clause, nothing was said to tag.
  if (base && afterFrontedPhrase(s, cue.start - 1)) return undefined;
  if (!ends || (base && !closed && !s.lexicon.sourceNouns.has(s.keys[np.end - 1] ?? ''))) return undefined;
  // "…, wrote a book on HTML5": an indefinite thing after a verb that is more than one of saying is
  // its object ("said a local resident", "wrote a spokesman" name speakers).
  if (cue.strength === 'weak' && (s.keys[np.start] === 'a' || s.keys[np.start] === 'an') && !names(s, np)) return undefined;
  const pronoun = np.end - np.start === 1 && SUBJECT_PRONOUNS.has(s.keys[np.start] ?? '');
  return { run: np, name: textOf(s, np), ...(pronoun ? { pronoun } : {}) };
}

/**
 * "… to coincide with upcoming events and projected progress.": a participle before one plain noun
 * that ends the clause describes it, one of the things joined; no verb sharing an earlier subject.
 */
function describesNoun(s: Sentence, cue: number): boolean {
  const noun = s.tokens[cue + 1];
  const end = s.tokens[cue + 2];
  const inflections = s.lexicon.verbs.get(s.keys[cue] ?? '')?.inflections ?? [];
  const plain = noun?.type === 'word' && !isNameLike(noun) && isNominal(s, cue + 1) && !SUBJECT_PRONOUNS.has(s.keys[cue + 1] ?? '') && !OBJECT_PRONOUNS.has(s.keys[cue + 1] ?? '');
  return inflections.includes('participle') && plain && (end === undefined || CLAUSE_ENDS.has(end.text));
}

const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')']);

/** "was welcomed by French President Emmanuel Macron". */
export function agent(s: Sentence, k: number): Speaker | undefined {
  return s.keys[k] === 'by' ? speakerOf(s, nounPhraseAfter(s, k + 1)) : undefined;
}

/** The subject of the sentence's first verb, when that verb comes before token `before`. */
export function subjectOf(s: Sentence, before: number): Speaker | undefined {
  const verb = firstVerb(s);
  if (verb < 0 || verb >= before) return undefined;
  const j = skipBack(s, verb - 1);
  const subject = s.tokens[j];
  if (subject !== undefined && (SUBJECT_PRONOUNS.has(s.keys[j] ?? '') || isPronounContraction(s.keys[j] ?? ''))) {
    return { run: { start: j, end: j + 1 }, name: subject.text, pronoun: true, distant: true };
  }
  // "Thum, Vice President at Export-Import Bank, looked at … and called it": the subject is before
  // the appositive; "Government, in general, is still prescribing" sets a phrase between commas.
  if (subject?.text === ',') {
    const named = appositiveSubject(s, j);
    return named && !PREPOSITIONS.has(s.keys[named.run.end + 1] ?? '') ? { ...named, distant: true } : undefined;
  }
  const np = nounPhraseBefore(s, j);
  return np === undefined ? undefined : { run: np, name: textOf(s, np), distant: true };
}

/** "Trump's claim": the owner, without the possessive ending. */
export function possessor(s: Sentence, k: number): Speaker | undefined {
  const np = nounPhraseBefore(s, k);
  return np === undefined ? undefined : { run: np, name: textOf(s, np).replace(/['’]s$/, '') };
}

/** Steps back over "in a statement" and the like: "The ministry in a statement said". */
function skipChannel(s: Sentence, j: number): number {
  for (let k = Math.max(0, j - 5); k < j; k++) {
    const phrase = matchPhrase(s.lexicon, s.keys, k);
    if (phrase?.kind === 'channel' && k + phrase.tokens.length === j + 1) return skipBack(s, k - 1);
  }
  return j;
}

/** "Smith, a spokesman for the ministry, said": the subject is before the appositive. */
function appositiveSubject(s: Sentence, close: number): Speaker | undefined {
  const mark = s.tokens[close]?.text;
  for (let k = close - 1; k >= Math.max(0, close - 20); k--) {
    const t = s.tokens[k];
    if (t === undefined) break;
    if (t.text === mark) return speakerOf(s, nounPhraseBefore(s, k - 1));
    // "the executive director of the Presidential Innovation Fellows (PIF) program": an acronym's parenthesis.
    if (t.text === ')' && s.tokens[k - 2]?.text === '(') {
      k -= 2;
      continue;
    }
    if (t.type === 'punct' && !JOINERS.has(t.text) && !isApostrophe(t.text)) break;
  }
  return undefined;
}

/** "Macron, who said", "the data that show": the speaker is what the relative pronoun stands for. */
function antecedent(s: Sentence, relative: number): Speaker | undefined {
  return speakerOf(s, nounPhraseBefore(s, s.tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1));
}

/**
 * "Democrats in Iowa who watched the debate said", "People who voted for Trump say": the phrase
 * before the verb is the object of a relative clause, whose subject, with the clause, speaks.
 */
function relativeSubject(s: Sentence, np: Run): Speaker | undefined {
  let k = np.start - 1;
  if (PREPOSITIONS.has(s.keys[k] ?? '')) k--;
  const verb = s.keys[k] ?? '';
  if (s.tokens[k]?.type !== 'word' || DETERMINERS.has(verb) || PREPOSITIONS.has(verb) || RELATIVES.has(verb) || AUXILIARIES.has(verb)) return undefined;
  // Back past the verb's auxiliaries ("who have seen") to the relative pronoun.
  for (k--; k >= np.start - 5 && AUXILIARIES.has(s.keys[k] ?? ''); k--);
  if (s.keys[k] !== 'who') return undefined;
  const owner = antecedent(s, k);
  return owner && speakerOf(s, { start: owner.run.start, end: np.end });
}

/** "Emmanuel Macron, whose office disclosed": the speaker is Macron's office. */
function whoseSpeaker(s: Sentence, np: Run): Speaker {
  const owner = antecedent(s, np.start - 1);
  const whose = { start: np.start - 1, end: np.end };
  if (owner === undefined) return { run: whose, name: textOf(s, whose) };
  const apostrophe = s.text.includes('’') ? '’' : "'";
  return { run: whose, name: `${owner.name}${apostrophe}s ${textOf(s, np)}` };
}

/**
 * "apps that tell us …", "a client web page calls for the code", "the API responds": a tool speaks
 * to its user, not for a source. A capitalized head names someone ("Three Wire Systems said"), an
 * acronym aside ("API").
 */
export function isArtifact(s: Sentence, speaker: Speaker): boolean {
  const head = headOf(s, speaker.run);
  if (!s.lexicon.artifactNouns.has(s.keys[head] ?? '')) return false;
  const text = s.tokens[head]?.text ?? '';
  return !(head > 0 && CAPITALIZED.test(text) && !ACRONYM.test(text));
}

// Built once: the bundle's target makes a literal with a Unicode property a constructor call where it stands.
const CAPITALIZED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}+s?$/u;
