import { clauseOpening, opensAsLabel } from '../mood';
import { MULTIPLIERS, NUMBER_WORDS } from '../quantity/words';
import { isStrong, objectFollows, opensClause, type Evidence } from './complement';
import { endsCompound } from './compound';
import { contractedBe, nearestAuxiliary } from './auxiliaries';
import type { Cue } from './cue';
import { nounPhraseBefore } from './noun-phrase';
import { gerundUse } from './gerund-use';
import { beforeAdverbs, isAdverb, isBareNoun, isCloseQuote, isNominal, isOpenQuote, joinedByHyphen, skipBack, type Sentence } from './sentence';
import {
  APPOSITIVE_MARKS, BE, DEMONYM, DETERMINERS, FREQUENCIES, HAVE, INNER_PREPOSITIONS, MODALS,
  OBJECT_PRONOUNS, PLURALS, PREPOSITIONS, QUANTIFIERS, RELATIVES, SUBJECT_PRONOUNS,
  LABELS, SUBORDINATING, TAG_ENDS, WH_WORDS, endsInS, isApostrophe, isAuxiliary, isNameLike, isPastForm,
  isPronounContraction,
} from './words';

// How a verb form is used: with its subject, as a passive, as a participle, or not as a verb at all
// ("his claims", "the said agreement").

/**
 * - `finite`: the verb of a clause, with its subject before it ("X said", "X has said").
 * - `passive`: "was criticized (by X)".
 * - `participial`: "…, saying that …", "after insisting …": the speaker is the sentence's subject.
 * - `absolute`: "with Moscow insisting that …", "a report saying that …": the speaker is just before.
 */
export type VerbUse = 'finite' | 'passive' | 'participial' | 'absolute';

/** How the verb form of `cue` is used here, or undefined when it is no verb here. */
export function verbUse(s: Sentence, cue: Cue, evidence: Evidence): VerbUse | undefined {
  const tags = cue.inflections;
  const before = skipBack(s, cue.start - 1);
  const word = s.keys[before] ?? '';
  const token = s.tokens[before];
  const auxiliary = nearestAuxiliary(s, before, cue.start) ?? contractedBe(word);
  const boundary = token !== undefined && (isCloseQuote(s, before) || APPOSITIVE_MARKS.has(token.text));
  // "Side note: …", "Equally promising: …", "**Efficiency challenges**: …": a label of a few words before a colon.
  if (opensAsLabel(s.tokens, cue.start, cue.end, tags.includes('past') || tags.includes('third'))) return undefined;
  // "They can tell if …" tells one thing from another; "told the story of the place", "telling these positive stories" narrate.
  if (cue.base === 'tell' && (s.keys[cue.end] === 'if' || toldStory(s, cue.end, tags.includes('gerund')))) return undefined;
  if (tags.includes('gerund')) return gerundUse(s, cue, evidence, { before, word, token, auxiliary, boundary });
  // "the memo mentioned above", "as noted earlier": the writer pointing back at their own text.
  if (tags.includes('participle') && POINTERS_BACK.has(s.keys[cue.end] ?? '')) return undefined;
  // "informed decisions", "a rich and detailed picture", "of recommended dimensions": an adjective
  // before its noun ("The report detailed threats" has its subject).
  const modifies = tags.includes('participle') && isBareNoun(s, cue.end);
  if (modifies && (cue.base === 'inform' || ((cue.base === 'detail' || cue.base === 'recommend') && !isNominal(s, cue.start - 1)))) return undefined;
  // "keep people informed", "kept them posted", "Stay informed": a state someone is kept in.
  if (tags.includes('participle') && (KEEP.has(s.keys[cue.start - 1] ?? '') || KEEP.has(s.keys[cue.start - 2] ?? '') || KEEP.has(s.keys[cue.start - 3] ?? ''))) return undefined;
  // "Related posts:", "Enhancements – Committee Reports:": a heading over a list.
  if (s.tokens[cue.end]?.text === ':' && cue.end + 1 >= s.tokens.length && (isNameLike(s.tokens[cue.start]) || LABELS.has(s.keys[cue.start - 1] ?? ''))) return undefined;
  // "was criticized", "will get mentioned", and "the campaign, first reported by The Washington Post".
  const passive = auxiliary !== undefined && BE.has(auxiliary) || GET.has(word) || s.keys[cue.end] === 'by';
  if (tags.includes('participle') && passive) return 'passive';
  if (tags.includes('participle') && auxiliary !== undefined && HAVE.has(auxiliary)) return 'finite';
  // "Confirmed speakers include:": a past form that opens a sentence before a bare noun modifies it.
  if (token === undefined && isBareNoun(s, cue.end)) return undefined;
  // "Pledged: 781", "Announced: March 23": a past form opening a sentence before a colon labels what follows.
  if (token === undefined && s.tokens[cue.end]?.text === ':' && !tags.includes('third')) return undefined;
  // "third parties are welcome to build": a base form after "be" is an adjective, but for a
  // cleft's "do" ("all she could do was shout").
  if (tags.includes('base') && !tags.includes('participle') && afterBe(s, cue.start)) return undefined;
  if (tags.includes('participle') && describesThing(s, cue, evidence)) return undefined;
  if (tags.includes('past')) return nounUse(s, cue, before) ? undefined : 'finite';
  if (tags.includes('base') && auxiliary !== undefined && MODALS.has(auxiliary)) return 'finite';
  if (word === 'to') return undefined;
  // "These are familiar challenges": after "be", a phrase is a predicate, and an "-s" form ends it.
  if (tags.includes('third') && BE.has(s.keys[before - 1] ?? '') && token?.type === 'word' && !isNameLike(token) && !PRONOUNS_AFTER_BE.has(word)) return undefined;
  // "tasks and projects that help", "blog posts and tweets": an "-s" form joined to a plural noun is
  // one too, and so whatever follows where both are a preposition's ("respond to questions or comments you receive").
  if (tags.includes('third') && (word === 'and' || word === 'or') && isPluralNoun(s, before - 1) && (!reports(s, cue, evidence) || objectOfPreposition(s, before - 1))) return undefined;
  // "Project champions should be aware", "projects have not": a modal or a plural auxiliary after an "-s" form makes it a plural subject.
  // "whose campaign promises contradict …": a verb after an "-s" form makes it a plural subject too.
  if (tags.includes('third') && (PLURAL_FOLLOWERS.has(s.keys[cue.end] ?? '') || isBareVerb(s, cue.end))) return undefined;
  // "Two current challenges also take …": a form that is also a noun, right after an adjective, heads its phrase.
  if (tags.includes('third') && before === cue.start - 1 && s.lexicon.nounForms.has(s.keys[cue.start] ?? '') && isAdjective(s, before)) return undefined;
  // "Any plans to update the app?", "no reports": after these, an "-s" form is a noun.
  if (tags.includes('third') && NOUN_DETERMINERS.has(word)) return undefined;
  if (tags.includes('third') && token !== undefined && (token.type === 'word' || boundary || isIdentifierEnd(s, before))) {
    return nounUse(s, cue, before) || !singularSubject(s, before) ? undefined : 'finite';
  }
  if (!tags.includes('base')) return undefined;
  // "I heard a USDA CIO say they have …": a bare infinitive after a verb of perceiving has its subject.
  if (perceived(s, before)) return 'finite';
  // "There's not one answer": a count of one thing.
  const counted = word === 'one' && ONE_COUNTERS.has(s.keys[before - 1] ?? '');
  if (counted || singularPhrase(s, before) || afterFrontedPhrase(s, before) || modifiesSubject(s, cue)) return undefined;
  // "The final report will highlight …": a noun form before a modal heads the subject.
  if (MODALS.has(s.keys[cue.end] ?? '') && nounUse(s, cue, before)) return undefined;
  if (pluralSubject(s, before)) return nounUse(s, cue, before) ? undefined : 'finite';
  // "Democrats trying to regain the Senate say they …": what follows the verb vouches for it.
  const vouched = evidence === 'that' || evidence === 'clause' || (isStrong(evidence) && (boundary || opensClause(s, cue.end)));
  return (isNominal(s, before) || boundary) && vouched ? 'finite' : undefined;
}

/**
 * "these digital report cards are user-friendly": after a determiner and at most one word, a base
 * form before a plural noun and its verb modifies that noun ("Officials report problems are…" has
 * its subject).
 */
function modifiesSubject(s: Sentence, cue: Cue): boolean {
  const determined = DETERMINERS.has(s.keys[cue.start - 1] ?? '') || (DETERMINERS.has(s.keys[cue.start - 2] ?? '') && !isPluralNoun(s, cue.start - 1));
  return determined && isPluralNoun(s, cue.end) && PLURAL_FOLLOWERS.has(s.keys[cue.end + 1] ?? '');
}

/** Words that open a phrase set before the clause: "For each edit made, …", "In each case, …". */
const FRONTED = new Set(['for', 'in', 'on', 'at', 'after', 'before', 'during', 'once', 'when', 'while', 'with', 'to', 'as', 'from', 'by']);

/**
 * "For each edit made, note the actions you took": a base form right after the comma that ends a
 * phrase opening the sentence, or the clause after a label's colon ("**Give Them a Game Plan:**
 * Before you begin an interview, tell them …"), is an instruction to the reader, in the writer's voice.
 */
export function afterFrontedPhrase(s: Sentence, comma: number): boolean {
  const first = clauseOpening(s.tokens, comma);
  if (s.tokens[comma]?.text !== ',' || !FRONTED.has(s.keys[first] ?? '')) return false;
  for (let k = first + 1; k < comma; k++) if (s.tokens[k]?.type === 'punct' && s.tokens[k]?.text !== '-') return false;
  return true;
}

/**
 * A form that is as often a noun ("claims", "reports", "forecast") is a verb after a clear subject
 * ("it reports", "Trump claims") or before a plain complement ("the company claims that").
 * `subjectless`: no subject was found, so a noun form is a noun.
 */
export function nounUse(s: Sentence, cue: Cue, before: number, subjectless = false): boolean {
  if (cue.end - cue.start > 1 || !s.lexicon.nounForms.has(s.keys[cue.start] ?? '')) return false;
  if (!cue.inflections.includes('base') && !cue.inflections.includes('third')) return false;
  if (subjectless) return true;
  const subject = s.keys[before] ?? '';
  if (SUBJECT_PRONOUNS.has(subject) || isPronounContraction(subject)) return false;
  // "Rust Belt states that have suffered": a "that" before an auxiliary opens a relative clause on the noun.
  if (s.keys[cue.end] === 'that' && isAuxiliary(s.keys[cue.end + 1] ?? '') && !s.keys[cue.end + 1]?.endsWith("n't")) return true;
  // "the MCC's first open data challenge taught MCC …", "the data call helped GSA …": before a verb in the past and its object, it heads the subject;
  // "Key questions posed included": so before a participle and the verb it is the subject of.
  if (isPastForm(s.keys[cue.end] ?? '') && (objectFollows(s, cue.end + 1) || isPastForm(s.keys[cue.end + 1] ?? ''))) return true;
  if (clearSubject(s, before)) return false;
  // "the study finds", "a spokesman says": no compound noun ends so.
  if (s.lexicon.documentNouns.has(subject) || s.lexicon.sourceNouns.has(subject)) return endsCompound(s, cue);
  const next = s.tokens[cue.end];
  const key = s.keys[cue.end] ?? '';
  // "…,” Bozell notes.": after a quotation, a verb ending the sentence is its tag.
  if (next === undefined || TAG_ENDS.has(next.text)) return !s.quoted;
  if (next.type === 'number' || isOpenQuote(s, cue.end) || next.text === ':') return false;
  if (next.type !== 'word') return true;
  // "such" follows nouns too: "states such as Ukraine".
  const determiner = DETERMINERS.has(key) && key !== 'such';
  const pronoun = SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key);
  return !(key === 'that' || key === 'to' || pronoun || determiner || QUANTIFIERS.has(key) || isAdverb(s, cue.end) || isNameLike(next));
}

/** Words that grade an adjective. */
const GRADES = new Set(['most', 'least', 'more', 'less']);

/** Nouns and adjectives: "the said agreement", "his claims", "critics’ claims", "so-called". */
export function modifiesNoun(s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  const key = s.keys[k - 1] ?? '';
  if (prev === undefined) return false;
  if (DETERMINERS.has(key) || FREQUENCIES.has(key) || ((key.endsWith("'s") || key.endsWith('’s')) && !isPronounContraction(key))) return true;
  // "the hotly contested race", "a widely reported incident", "the most elaborate process" (but
  // "most said they were worried": "most" alone is a subject).
  if ((isAdverb(s, k - 1) || GRADES.has(key)) && DETERMINERS.has(s.keys[k - 2] ?? '')) return true;
  if (prev.text === '-' && !s.tokens[k]?.spaceBefore) return true;
  // "articles from noted constitutional scholars", "her lead in pledged delegates": a participle
  // between a preposition and its noun.
  if (key !== 'to' && objectOfPreposition(s, k) && isPastForm(s.keys[k] ?? '') && isBareNoun(s, k + 1)) return true;
  // "the state's 20 pledged delegates", "more pledged delegates": a counted participle modifies a plural.
  const counted = counts(s, k - 1) || key === 'more' || key === 'fewer';
  if (counted && s.lexicon.verbs.get(s.keys[k] ?? '')?.inflections.includes('participle') === true && isBareNoun(s, k + 1) && (s.keys[k + 1] ?? '').endsWith('s')) return true;
  return isApostrophe(prev.text) && !prev.spaceBefore && endsInS(s.tokens[k - 2]?.text ?? '');
}

/** Whether token `k` follows a preposition, but not one that may open a clause ("after China stated"). */
export function objectOfPreposition(s: Sentence, k: number): boolean {
  const key = s.keys[k - 1] ?? '';
  return PREPOSITIONS.has(key) && !SUBORDINATING.has(key);
}

/**
 * A subject that must be followed by a verb: a pronoun, a relative pronoun, a name ("it reports",
 * "who claims", "Sanders wants"), but not a capitalized modifier ("ex-Soviet states", "Russian claims").
 */
function clearSubject(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  if (SUBJECT_PRONOUNS.has(key) || RELATIVES.has(key) || isPronounContraction(key)) return true;
  const token = s.tokens[k];
  return isNameLike(token) && !s.titled && !joinedByHyphen(s, k) && !DEMONYM.test(key) && !QUANTIFIERS.has(key) && isNominal(s, k);
}

/** What is told when a story is told rather than a statement made: "told the story of". */
const STORIES = new Set(['story', 'stories', 'tale', 'tales']);
const STORY_LINKS = new Set(['of', 'about']);

/**
 * Whether what is told from `k` is a story: "the story of the place", "us the story", "a longer,
 * more detailed story", "only part of the story", "stories and inspire", with no "that", verb or
 * "of how" after it saying what it holds ("told reporters the story was false" reports), unless a
 * gerund and its story are a subject ("telling these stories of how … will matter").
 */
function toldStory(s: Sentence, k: number, gerund: boolean): boolean {
  const subject = gerund && DETERMINERS.has(s.keys[k] ?? '');
  if (OBJECT_PRONOUNS.has(s.keys[k] ?? '')) k++;
  for (let j = k; j <= k + 5; j++) {
    const key = s.keys[j] ?? '';
    // "told stories of how both girls were crowned" says what the story holds.
    if (STORIES.has(key)) return subject || (s.keys[j + 1] !== 'that' && !isAuxiliary(s.keys[j + 1] ?? '') && !(STORY_LINKS.has(s.keys[j + 1] ?? '') && WH_WORDS.has(s.keys[j + 2] ?? '')));
    const token = s.tokens[j];
    // The words of a noun phrase before its head: no clause, no subject, a comma only between adjectives.
    if (token === undefined || key === 'that' || SUBJECT_PRONOUNS.has(key) || isAuxiliary(key)) return false;
    if ((token.type !== 'word' && !(token.text === ',' && j > k)) || (PREPOSITIONS.has(key) && key !== 'of')) return false;
  }
  return false;
}

/** Subjects that may follow "is" in a clause of their own: "The truth is everyone says so". */
const PRONOUNS_AFTER_BE = new Set(['everyone', 'everybody', 'nobody', 'someone', 'somebody', 'he', 'she', 'it', 'this', 'that', 'one']);

/** Verbs that keep someone in a state: "keep people informed". */
/** Whether a form of "be" stands before token `k`, past adverbs, and no cleft's "do" before it. */
function afterBe(s: Sentence, k: number): boolean {
  const be = beforeAdverbs(s, k);
  return BE.has(s.keys[be] ?? '') && !DO.has(s.keys[be - 1] ?? '');
}

const DO = new Set(['do', 'does', 'did', 'done']);

const KEEP = new Set(['keep', 'keeps', 'kept', 'keeping', 'stay', 'stays', 'stayed', 'staying']);

/** Words after a participle that point back at the text itself: "mentioned above", "noted earlier". */
const POINTERS_BACK = new Set(['above', 'below', 'earlier', 'previously', 'here']);

/** "get" as the auxiliary of a passive: "will get mentioned". */
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/** Modals and plural auxiliaries, which follow a subject but no verb in "-s": "champions should", not "says should". */
const PLURAL_FOLLOWERS = new Set(['should', 'will', 'can', 'must', 'may', 'might', 'would', 'could', 'shall', 'are', 'were', 'have']);

/** Quantifiers and determiners of plural nouns, which no "-s" verb follows: "some challenges", "these reports". */
const PLURAL_DETERMINERS = new Set(['some', 'many', 'several', 'few', 'both', 'all', 'most', 'these', 'those', 'other', 'various']);

/**
 * Whether the word before an "-s" form may be its subject: not a plural noun ("metrics reports"),
 * a plural determiner ("some challenges") nor a verb after "to" ("the right to restrict
 * comments"), whose object the form is.
 */
function singularSubject(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  // "your metrics reports": a plural noun before an "-s" form makes a compound, not a subject.
  // "an average of polls shows" has a singular head.
  const plural = isPluralNoun(s, k) && !INNER_PREPOSITIONS.has(s.keys[k - 1] ?? '');
  return !plural && !PLURAL_DETERMINERS.has(key) && !counts(s, k) && !(s.keys[k - 1] === 'to' && !isNameLike(s.tokens[k]));
}

/**
 * Whether what follows the verb is something reported: a quotation, a colon, a clause, or a "that"
 * with a subject after it ("tweets that the vote was rigged", not "projects that help").
 */
function reports(s: Sentence, cue: Cue, evidence: Evidence): boolean {
  if (evidence === 'clause' || evidence === 'quote' || evidence === 'colon') return true;
  if (evidence !== 'that') return false;
  const key = s.keys[cue.end + 1] ?? '';
  return DETERMINERS.has(key) || SUBJECT_PRONOUNS.has(key) || QUANTIFIERS.has(key) || isNameLike(s.tokens[cue.end + 1]) || s.tokens[cue.end + 1]?.type === 'number';
}

/** A plural common noun: "tasks", "posts", but not "news" nor a name. */
function isPluralNoun(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  return PLURAL_NOUN.test(key) && !SINGULAR_IN_S.has(key) && !isNameLike(s.tokens[k]) && isNominal(s, k);
}

/** Whether token `k` is the number that ends an identifier: "Memo M-23-22 encourages". */
function isIdentifierEnd(s: Sentence, k: number): boolean {
  return s.tokens[k]?.type === 'number' && joinedByHyphen(s, k);
}

/** Number words above one, which count plurals: "the four states", "two reports". */
const COUNTS: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...MULTIPLIERS, 'dozens', 'hundreds', 'thousands', 'millions'].filter((w) => w !== 'one'));

/** Whether token `k` counts the plural after it: a number word or a figure, but not a year ("the 2016 report"). */
export function counts(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  if (token?.type === 'number') return !/^(?:1[89]|20)\d\d$/.test(token.text) && token.text !== '1' && !isIdentifierEnd(s, k);
  return COUNTS.has(s.keys[k] ?? '');
}

/** A plural noun's ending: not "-ss" (congress), "-us" (census), "-is" (analysis) or a possessive. */
const PLURAL_NOUN = /^[a-z-]+[^siu'’]s$/;
const SINGULAR_IN_S = new Set([
  'news', 'series', 'species', 'politics', 'economics', 'physics', 'mathematics', 'ethics', 'this', 'its', 'his', 'was', 'has', 'does', 'always', 'perhaps',
]);

/** Singular determiners, which no base verb form follows: "an easily-referenced comment policy". */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'another']);

/** Whether the phrase ending at `k` is singular by its determiner, so a base form after it is a noun. */
function singularPhrase(s: Sentence, k: number): boolean {
  const np = nounPhraseBefore(s, k);
  // "a wide array of economists say": the phrase's sense is plural.
  if (np === undefined || s.keys.slice(np.start, np.end).includes('of')) return false;
  // Back over the adverbs and hyphens of a compound modifier the phrase stops at: "an easily-referenced".
  let j = np.end - np.start > 1 ? np.start : np.start - 1;
  while (j > 0 && (s.tokens[j]?.text === '-' || isAdverb(s, j))) j--;
  // "the only real technical challenge": "the" before a word that picks one thing out.
  const pick = ONE_OF_A_KIND.has(s.keys[np.start] ?? '') && np.start < k ? np.start : np.start - 1;
  const one = ONE_OF_A_KIND.has(s.keys[pick] ?? '') && s.keys[pick - 1] === 'the';
  return (j < k && SINGULAR_DETERMINERS.has(s.keys[j] ?? '')) || one;
}

/** Verbs of perceiving, whose object does what a bare infinitive after it says: "heard her say". */
const PERCEIVING = new Set(['hear', 'heard', 'hears', 'hearing', 'see', 'saw', 'seen', 'watch', 'watched', 'watching']);

/** Whether the phrase ending at `k` is the object of a verb of perceiving: "heard [a USDA CIO] say". */
function perceived(s: Sentence, k: number): boolean {
  const np = nounPhraseBefore(s, k);
  return np !== undefined && PERCEIVING.has(s.keys[np.start - 1] ?? '');
}

/** Words after which an "-s" form is a plural noun. */
const NOUN_DETERMINERS = new Set(['any', 'no', 'every']);

/** Whether token `k` is a verb's base form that is no noun: "contradict", not "change". */
function isBareVerb(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  return s.lexicon.verbs.get(key)?.inflections.includes('base') === true && !s.lexicon.nounForms.has(key) && !isNameLike(s.tokens[k]);
}

/** Words before "one" that make it a count: "not one answer", "only one question". */
const ONE_COUNTERS = new Set(['not', 'only', 'just', 'the', 'any', 'at']);

/** Words after "the" that pick out one thing: "the only challenge", "the main report". */
const ONE_OF_A_KIND = new Set(['only', 'main', 'sole', 'single', 'same', 'first', 'last', 'next', 'biggest', 'greatest', 'best', 'worst']);

/** A subject that takes a plural verb: "they", "officials", "47%", "Jeb Bush and Chris Christie". */
function pluralSubject(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  const token = s.tokens[k];
  if (token?.type === 'number' || token?.text === '%') return true;
  if (token === undefined || token.type !== 'word') return false;
  const np = isNameLike(token) ? nounPhraseBefore(s, k) : undefined;
  if (np !== undefined && s.keys.slice(np.start, np.end).includes('and')) return true;
  if (['i', 'you', 'we', 'they'].includes(key) || QUANTIFIERS.has(key) || RELATIVES.has(key) || PLURALS.has(key)) return true;
  if (/^(i|you|we|they)'(ve|d|ll)$/.test(key)) return true;
  return /[^su]s$/.test(key) && !key.endsWith("'s") && isNominal(s, k);
}

/** Prepositions after which a participle's phrase says where or how a thing is, not what was said: "stated in plain language". */
const DESCRIBING = new Set(['in', 'on', 'at', 'from', 'within', 'across', 'throughout', 'under', 'over', 'during']);

/**
 * "includes 290 trivia questions stated in plain language", "for all data cited in the analysis":
 * a participle right after the noun of a preposition's or a verb's object, before such a
 * preposition and nothing it reports, describes the thing. A subject reports so ("the candidate
 * said in an email", "infractions that regulators revealed in …"), and a verb that reports a clause
 * has its subject ("The minister stated in parliament that …").
 */
function describesThing(s: Sentence, cue: Cue, evidence: Evidence): boolean {
  // Beside a quotation, a verb is its tag ("…,” the candidate said in an email").
  if (s.marked || !DESCRIBING.has(s.keys[cue.end] ?? '') || evidence === 'that' || evidence === 'clause' || isStrong(evidence)) return false;
  const token = s.tokens[cue.start - 1];
  if (token?.type !== 'word' || isNameLike(token) || !isNominal(s, cue.start - 1)) return false;
  const np = nounPhraseBefore(s, cue.start - 1);
  if (np === undefined) return false;
  // Past a count of it: "includes more than 290 questions".
  let k = np.start - 1;
  while (k >= 0 && (s.tokens[k]?.type === 'number' || COUNTING.has(s.keys[k] ?? ''))) k--;
  if (objectOfPreposition(s, k + 1)) return true;
  const opener = s.tokens[k];
  const key = s.keys[k] ?? '';
  return opener?.type === 'word' && !isNameLike(opener) && !isAuxiliary(key) && !RELATIVES.has(key) && key !== 'that' && (s.lexicon.verbs.has(key) || /[^s]s$|ed$/.test(key));
}

/** Words that count a noun phrase: "more than 290", "all", "some". */
const COUNTING = new Set(['more', 'less', 'fewer', 'than', 'over', 'nearly', 'almost', 'about', 'some', 'all', 'many', 'several', 'most']);

/** Endings of adjectives: "current", "strategic", "annual", "effective", "various". */
const ADJECTIVE_ENDING = /(?:ic|al|ent|ant|ive|ous|ful|ary|ible|able|less)$/;
/** Nouns with those endings that may head a subject, besides the nouns of sources and documents: "the resident", "the tribunal". */
const NOUNS_LIKE_ADJECTIVES = new Set(['resident', 'student', 'agent', 'participant', 'applicant', 'consultant', 'tenant', 'client', 'patient', 'parent', 'rival', 'general', 'professional', 'capital', 'hospital', 'tribunal', 'journal', 'manual', 'proposal', 'approval', 'arrival', 'individual', 'principal', 'criminal', 'military', 'library', 'dictionary', 'summary', 'public', 'republic', 'clinic', 'mechanic', 'topic', 'epidemic', 'pandemic', 'academic', 'democratic', 'content', 'event', 'element', 'moment', 'comment', 'plant', 'giant', 'grant', 'servant', 'merchant']);

/** Whether token `k` is a lowercase adjective by its ending, and no noun of sources or documents, or the noun "IT" inside a sentence. */
function isAdjective(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const key = s.keys[k] ?? '';
  // "the current IT challenges": information technology, not "it".
  if (token?.text === 'IT' && k > 0) return true;
  if (token?.type !== 'word' || isNameLike(token) || !ADJECTIVE_ENDING.test(key) || NOUNS_LIKE_ADJECTIVES.has(key)) return false;
  return !s.lexicon.sourceNouns.has(key) && !s.lexicon.documentNouns.has(key);
}
