import type { Cue } from './cue';
import { isCloseQuote, isOpenQuote, skipBack, type Sentence } from './sentence';
import type { VerbUse } from './verb-use';
import { AUXILIARIES, BE, CONJUNCTIONS, OBJECT_PRONOUNS, RELATIVES, SUBJECT_PRONOUNS } from './words';

// Readings of a verb of saying that report nothing: a name given, a placeholder for what was said,
// a circumstance, a set phrase.

/** Verbs that give a name: "credit cards, called “purchase cards,” are …". */
export const NAMING: ReadonlySet<string> = new Set(['call', 'dub', 'name', 'term', 'label']);

/**
 * A name given, not words said: a naming verb's participle, after its noun or a comma, before a
 * quotation no one is said to give it ("called “X” by critics" is said).
 */
export function naming(s: Sentence, cue: Cue, use: VerbUse): boolean {
  const participle = use !== 'finite' || s.tokens[cue.start - 1]?.text === ',';
  if (!NAMING.has(cue.base) || !participle || !isOpenQuote(s, cue.end)) return false;
  for (let k = cue.end + 1; k < s.tokens.length; k++) {
    if (isCloseQuote(s, k)) return s.keys[k + 1] !== 'by' && !(s.keys[k + 1] === ',' && s.keys[k + 2] === 'by');
  }
  return false;
}

/** What stands for what was said when nothing is: "says something, …", "tell somebody else about it". */
const PLACEHOLDERS = new Set(['something', 'anything', 'nothing', 'everything', 'somebody', 'someone', 'anybody', 'anyone', 'things', 'stuff']);
/** Where a clause ends after a placeholder: the sentence's end, a break, a conjunction, or "about it". */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', 'and', 'or', 'but', 'so']);

/**
 * "The government says something, people react", "they tell somebody else about it": a
 * placeholder for what was said, with nothing after it, reports no statement to source.
 */
export function saysNothing(s: Sentence, k: number): boolean {
  if (OBJECT_PRONOUNS.has(s.keys[k] ?? '')) k++;
  if (!PLACEHOLDERS.has(s.keys[k] ?? '')) return false;
  k++;
  if (s.keys[k] === 'else') k++;
  const next = s.tokens[k];
  if (next === undefined || CLAUSE_ENDS.has(s.keys[k] ?? next.text)) return true;
  return s.keys[k] === 'about' && ['it', 'this', 'that', 'them'].includes(s.keys[k + 1] ?? '') && (s.tokens[k + 2] === undefined || CLAUSE_ENDS.has(s.tokens[k + 2]?.text ?? ''));
}

/**
 * "with no endorsement implied", "without a reason given": a participle that ends a phrase opened
 * by "with" describes a circumstance; nobody is said to have implied or given anything.
 */
export function absoluteParticiple(s: Sentence, cue: Cue): boolean {
  if (!cue.inflections.includes('participle')) return false;
  const next = s.tokens[cue.end];
  if (next !== undefined && next.type !== 'punct') return false;
  for (let k = cue.start - 1; k >= Math.max(0, cue.start - 5); k--) {
    const key = s.keys[k] ?? '';
    if (key === 'with' || key === 'without') return k < cue.start - 1;
    // "met with officials who said." has a clause of its own.
    if (s.tokens[k]?.type !== 'word' || AUXILIARIES.has(key) || RELATIVES.has(key) || CONJUNCTIONS.has(key) || SUBJECT_PRONOUNS.has(key)) return false;
  }
  return false;
}

/** Phrases of saying that report nothing: "Rest assured", "easier said than done", "worth noting", "lessons learned", "All told, …", "That said, …", "That being said, …", "Having said that, …", "Needless to say, …". */
export function isSetPhrase(s: Sentence, cue: Cue): boolean {
  // "Rest assured that …", "be assured that …" address the reader.
  if (cue.base === 'assure' && (s.keys[cue.start - 1] === 'rest' || s.keys[cue.start - 1] === 'be')) return true;
  // "easier said than done", "Enough said."
  if (s.keys[cue.start] === 'said' && (s.keys[cue.end] === 'than' || ['easier', 'enough'].includes(s.keys[cue.start - 1] ?? ''))) return true;
  // "It's worth noting that …", "worth pointing out": the writer's aside to the reader.
  if (s.keys[cue.start - 1] === 'worth' && cue.inflections.includes('gerund')) return true;
  // "The views expressed herein are those of the author": a disclaimer's own words.
  if (s.keys[cue.start] === 'expressed' && (s.keys[cue.start - 1] === 'views' || s.keys[cue.start - 1] === 'opinions')) return true;
  // "a post with any lessons learned", "Webstreaming Lessons Learned": what experience taught, no one's words.
  if (cue.base === 'learn' && (s.keys[cue.start - 1] === 'lessons' || s.keys[cue.start - 1] === 'lesson')) return true;
  // "the URL it points to.": a phrase whose preposition is left with nothing after it says where, not what.
  if (s.keys[cue.end - 1] === 'to' && cue.end - cue.start > 1 && STRANDING.has(s.tokens[cue.end]?.text ?? '.')) return true;
  // "GSA finds ways to help", "found a way around it": a way found is a means, not a finding.
  if (cue.base === 'find' && isWayFound(s, cue.end)) return true;
  // "the person … is who they say they are", "what it claims to be": an identity put to the test, no one's statement.
  if (isClaimedIdentity(s, cue)) return true;
  // "prevents them from just saying …", "refrained from commenting": what someone is kept from saying is not said.
  if (keptFrom(s, cue)) return true;
  // The phrases below are of two words at most before the cue: no longer sentence start is joined.
  if (cue.start > 2 || cue.start === 0) return false;
  // Word by word, not joined: every verb cue is asked.
  const first = s.keys[0];
  const comma = s.tokens[cue.end]?.text === ',';
  if (cue.start === 2) return comma && ((first === 'that' && s.keys[1] === 'being') || (first === 'needless' && s.keys[1] === 'to'));
  if (first === 'that' || first === 'all') return comma;
  return first === 'having' && s.keys[cue.end] === 'that' && s.tokens[cue.end + 1]?.text === ',';
}

/** "who they say they are", "what it claims to be": "who" or "what", a pronoun, the cue, and a pronoun and "be" or "to be". */
function isClaimedIdentity(s: Sentence, cue: Cue): boolean {
  const wh = s.keys[cue.start - 2];
  if ((wh !== 'who' && wh !== 'what') || !SUBJECT_PRONOUNS.has(s.keys[cue.start - 1] ?? '') || (cue.base !== 'say' && cue.base !== 'claim')) return false;
  const next = s.keys[cue.end] ?? '';
  return (SUBJECT_PRONOUNS.has(next) || next === 'to') && BE.has(s.keys[cue.end + 1] ?? '');
}

/** Verbs that keep someone from doing something, by their stems: "prevents", "kept", "refrained", "discouraging". */
const KEEPING = /^(?:prevent|stop|keep|kept|refrain|bar|ban|discourag|deter|prohibit|restrain|dissuad|forb[ia]d|preclud)/;

/** A gerund after "from" (and adverbs) whose verb, within three words before it, keeps someone from doing it. */
function keptFrom(s: Sentence, cue: Cue): boolean {
  if (!cue.inflections.includes('gerund')) return false;
  const from = skipBack(s, cue.start - 1);
  if (s.keys[from] !== 'from') return false;
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) if (KEEPING.test(s.keys[k] ?? '')) return true;
  return false;
}

/** "ways to", "a way around": a means found, from token `k` after the verb. */
function isWayFound(s: Sentence, k: number): boolean {
  const way = s.keys[k] === 'a' ? k + 1 : k;
  return (s.keys[way] === 'ways' || (way > k && s.keys[way] === 'way')) && WAY_LINKS.has(s.keys[way + 1] ?? '');
}

/** What follows a way found: "ways to help", "a way around the rule". */
const WAY_LINKS = new Set(['to', 'around', 'through', 'out']);

/** Marks after a phrase's last preposition that leave it with no object: "the URL it points to." */
const STRANDING = new Set(['.', ',', ';', ')', '!', '?']);

/** Verbs of advice or advocacy, by their base: what they take is a thing, not a statement. */
const ADVICE = new Set(['recommend', 'suggest', 'advise', 'champion', 'advocate', 'endorse', 'propose']);

/**
 * Advice of a thing, not a statement: "the dimensions that Twitter recommends for cards", "tips
 * that Peace Corps recommends to recruiters": what is advised is the noun before the speaker.
 */
export function advisesThing(s: Sentence, cue: Cue, speakerStart: number): boolean {
  if (!ADVICE.has(cue.base)) return false;
  const next = s.tokens[cue.end];
  const relative = s.keys[speakerStart - 1] === 'that' || s.keys[speakerStart - 1] === 'which';
  return relative && (next === undefined || next.type === 'punct' || PREPOSITIONS_AFTER.has(s.keys[cue.end] ?? ''));
}

/** What follows a verb whose object was the noun before its relative clause: "recommends for", "suggested to". */
const PREPOSITIONS_AFTER = new Set(['for', 'to', 'in', 'on', 'at', 'as', 'by', 'with']);
