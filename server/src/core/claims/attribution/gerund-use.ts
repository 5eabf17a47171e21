import type { Token } from '../../text/tokens';
import { firstWord } from '../mood';
import { isStrong, type Evidence } from './complement';
import type { Cue } from './cue';
import { beforeAdverbs, isBareNoun, isNominal, skipBack, type Sentence } from './sentence';
import type { VerbUse } from './verb-use';
import { BE, CONJUNCTIONS, DETERMINERS, PARTICIPIAL_PREPOSITIONS, PREPOSITIONS, TAG_ENDS, isAuxiliary, isPastForm } from './words';

// How a verb's "-ing" form is used: as a participle whose subject is the sentence's ("…, saying
// that …") or the phrase before it ("a report saying …"), as the verb of a clause ("is saying"),
// or as no verb at all: an adjective ("very demanding"), a noun ("reporting performance shouldn't
// be …") or a modifier ("the original reporting form").

/** Where a gerund stands: the word before it past adverbs and auxiliaries, and what that is. */
export interface GerundPlace {
  readonly before: number;
  readonly word: string;
  readonly token: Token | undefined;
  readonly auxiliary: string | undefined;
  /** Whether a quotation's close or an appositive's mark stands there: "…,” saying". */
  readonly boundary: boolean;
}

/** How the gerund of `cue`, standing at `place`, is used, or undefined when it is no verb here. */
export function gerundUse(s: Sentence, cue: Cue, evidence: Evidence, { before, word, token, auxiliary, boundary }: GerundPlace): VerbUse | undefined {
  // "very demanding", "one of the more challenging aspects": graded, so an adjective.
  if (DEGREE.has(s.keys[cue.start - 1] ?? '')) return undefined;
  // "my favorite saying:", "an old saying goes": after a determiner and at most one word, and before
  // its verb or a mark that ends it, the noun ("a statement saying, “…”" reports).
  const saying = s.keys[cue.start] === 'saying' && SAYING_NEXT.has(s.keys[cue.end] ?? '.');
  if (saying && (DETERMINERS.has(s.keys[cue.start - 1] ?? '') || DETERMINERS.has(s.keys[cue.start - 2] ?? ''))) return undefined;
  // "It's telling that …": telling no one is an adjective.
  if (cue.base === 'tell' && cue.end === cue.start + 1 && s.keys[cue.end] === 'that') return undefined;
  // "Though it was challenging, …", "It is also challenging to use …": a thing's gerund with
  // nothing after it, or before the infinitive that is its subject, is an adjective.
  const be = beforeAdverbs(s, cue.start);
  // "they were welcoming and a pleasure to work with": joined to what is no gerund, it is graded too.
  const joined = s.keys[cue.end] === 'and' && !/ing$/.test(s.keys[cue.end + 1] ?? '');
  const bare = TAG_ENDS.has(s.tokens[cue.end]?.text ?? '.') || ((s.keys[cue.end] === 'to' || joined) && GRADED.has(cue.base));
  // "why certain initiatives are challenging.": a graded gerund with nothing after it is one whatever its subject.
  if (BE.has(s.keys[be] ?? '') && bare && (THINGS.has(s.keys[be - 1] ?? '') || GRADED.has(cue.base))) return undefined;
  // "identified promising tools", "some encouraging results", "publicize promising datasets": a
  // grading gerund before its noun, after a determiner or a verb's past form (for "promising", any
  // verb), is an adjective ("is telling supporters", "by telling voters" and ", promising donors" are verbs).
  const afterVerb = cue.base === 'promise' ? token?.type === 'word' && !PREPOSITIONS.has(word) && !CONJUNCTIONS.has(word) : isPastForm(word);
  if (GRADED.has(cue.base) && (DETERMINERS.has(word) || (afterVerb && !isAuxiliary(word))) && isBareNoun(s, cue.end)) return undefined;
  // "include understanding:", "involves explaining the rules": the activity itself, as a noun.
  if (NOMINAL_OBJECTS.has(word)) return undefined;
  // "He’s predicting": the contraction holds the auxiliary.
  if ((auxiliary !== undefined && BE.has(auxiliary)) || /^(?:i'm|(?:he|she|it|who)'s)$/.test(word)) return 'finite';
  // "Noting that …, Schlafly said": a sentence-initial participle's subject comes later, after a
  // comma; with none, the gerund and what it says are the subject ("Saying that … doesn't help").
  if (token === undefined) return isStrong(evidence) && s.tokens.slice(cue.end).some((t) => t.text === ',') ? 'participial' : undefined;
  // "As OneBox answers can satisfy a user …, understanding OneBox usage is essential": after the
  // comma that closes an opening clause, a gerund starts the main clause, as its subject.
  if (word === ',' && closesOpeningClause(s, before)) return undefined;
  // "the next generation of learning and development: …": after "of", a colon further on is not what a gerund reports.
  const preposition = PARTICIPIAL_PREPOSITIONS.has(word) || (PREPOSITIONS.has(word) && isStrong(evidence) && !(word === 'of' && evidence === 'colon'));
  // "whether promising new therapies might …": after a word that opens a clause, a gerund starts its subject.
  if (CLAUSE_OPENERS.has(word)) return undefined;
  // "Setting targets and reporting performance shouldn't be …", "a shift from describing and explaining data":
  // joined to a gerund that is a subject or a preposition's object, a gerund is one too.
  if ((word === 'and' || word === 'or') && joinedToNoun(s, before)) return undefined;
  if (boundary || preposition || CONJUNCTIONS.has(word)) return 'participial';
  // "a report saying prices rose", but not "the original reporting form": a gerund before a bare singular noun modifies it.
  const modifier = isBareNoun(s, cue.end) && !(s.keys[cue.end] ?? '').endsWith('s');
  return isNominal(s, before) && !PREPOSITIONS.has(word) && !modifier ? 'absolute' : undefined;
}

/** What follows the noun "saying": its verb ("the saying goes", "an old saying is") or a mark that ends it ("my favorite saying:"); after a comma, a statement saying what follows. */
const SAYING_NEXT = new Set(['goes', 'went', 'is', 'was', ':', '.', ';']);

/** Verbs whose object is an activity, so that a gerund after them is a noun: "include understanding". */
const NOMINAL_OBJECTS = new Set(['include', 'includes', 'included', 'involve', 'involves', 'involved', 'require', 'requires', 'required', 'entail', 'entails', 'entailed']);

/** Adverbs of degree, which grade adjectives rather than verbs: "very demanding", "more challenging". */
const DEGREE = new Set(['very', 'more', 'most', 'less', 'least', 'so', 'too', 'quite', 'extremely', 'increasingly', 'incredibly', 'highly', 'particularly', 'especially', 'pretty', 'rather']);

/** Pronouns of things, whose gerund after "be" grades them: "it was challenging". */
const THINGS = new Set(['it', 'this', 'that', 'which']);

/** Gerunds that grade a thing before the infinitive that is its subject: "it is challenging to", not "it is planning to". */
const GRADED = new Set(['challenge', 'demand', 'encourage', 'promise', 'worry', 'reassure', 'tell', 'welcome']);

/** Conjunctions that open a clause with its own subject ("when", "while" and "as" also open participles: "when asked"). */
const CLAUSE_OPENERS = new Set(['whether', 'if', 'unless', 'because', 'although', 'though', 'whereas', 'what', 'how', 'why', 'whom', 'whose']);

/** Conjunctions that open a sentence with a clause before its main one: "As …, understanding … is essential". */
const OPENING_CLAUSES = new Set([...CLAUSE_OPENERS, 'as', 'when', 'while', 'once']);

/** Whether the comma at `comma` is the first of a sentence that opens with a clause of its own ("As …,"). */
function closesOpeningClause(s: Sentence, comma: number): boolean {
  const first = firstWord(s.tokens);
  return OPENING_CLAUSES.has(s.keys[first] ?? '') && !s.tokens.slice(first, comma).some((t) => t.text === ',');
}

/** How far back in its clause the gerund that another is joined to may stand: "describing data and explaining". */
const JOIN_REACH = 6;

/**
 * Whether the "and" or "or" at `and` joins a gerund to an earlier one in its clause that is a
 * noun: the sentence's subject ("Setting targets and …") or the object of a preposition that opens
 * no participle ("from describing and …"; "after thanking the crowd and saying" is a participle).
 */
function joinedToNoun(s: Sentence, and: number): boolean {
  // A list's items back to its first: "on creating forms, communicating status, and explaining".
  for (let k = and - 1, item = and; k >= 0 && item - k <= JOIN_REACH; k--) {
    const token = s.tokens[k];
    if (token?.text === ',') {
      item = k;
      continue;
    }
    if (token === undefined || (token.type !== 'word' && token.text !== '-')) return false;
    const key = s.keys[k] ?? '';
    if (key.length > 4 && key.endsWith('ing')) {
      if (k === firstWord(s.tokens)) return true;
      const opener = s.keys[skipBack(s, k - 1)] ?? '';
      if (opener === ',') continue;
      return PREPOSITIONS.has(opener) && !PARTICIPIAL_PREPOSITIONS.has(opener);
    }
  }
  return false;
}
