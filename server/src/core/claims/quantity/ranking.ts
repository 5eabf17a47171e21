import { readNumber } from './number';
import { isHyphen, isWord, isWordIn, low, POSSESSIVE, readPhrase, type Phrase, type Sentence } from './sentence';
import { STOP_WORDS, STREAKS, SUPERLATIVES, TIME_UNITS } from './words';

// Rankings: an ordinal that ranks ("the third-largest economy", "the fifth consecutive year", "the
// first time since 1990"), a superlative that says among what ("the world's largest economy", "the
// busiest airport in the country", "Commerce's most viewed apps"), and a first that says at what
// ("was the first federal agency to publish an API").

/** Superlatives of what can be measured: "best" and "greatest" judge more often than they rank. */
export const MEASURED: ReadonlySet<string> = new Set(
  [...SUPERLATIVES].filter((w) => !['best', 'worst', 'greatest', 'leading', 'strongest', 'weakest', 'safest'].includes(w)),
);
/** Possessives that are a pronoun and a verb, not an owner: "it's largest" is a typo of "its". */
const CONTRACTIONS: ReadonlySet<string> = new Set(["it's", "that's", "what's", "there's", "here's", "he's", "she's", "who's", "let's", "one's"]);
/** What a superlative ranks among, written after it: "in the world", "on record", "ever", "of all government accounts". */
const SCOPES: readonly (readonly string[])[] = [
  ['in', 'the', 'world'], ['in', 'the', 'country'], ['in', 'the', 'nation'], ['in', 'the', 'united', 'states'], ['in', 'the', 'u.s.'],
  ['in', 'history'], ['in', 'america'], ['in', 'europe'], ['on', 'record'], ['on', 'earth'],
  ['of', 'all'], ['among', 'all'], ['ever'],
];
/** Adjectives after "most" that say how many or how much: "the most popular app", "the most expensive war". */
const MEASURE_ADJECTIVES: ReadonlySet<string> = new Set(['popular', 'common', 'frequent', 'expensive', 'populous', 'prolific', 'profitable', 'lucrative', 'productive']);
/** What a superlative judges rather than measures: "Portman's biggest liability", "the largest obstacle". */
const JUDGED: ReadonlySet<string> = new Set(
  'liability liabilities problem problems challenge challenges mistake mistakes fan fans fear fears concern concerns advantage advantages strength strengths weakness weaknesses asset assets threat threats priority priorities issue issues obstacle obstacles hurdle hurdles risk risks question questions surprise surprises regret regrets'.split(' '),
);
/** At most this many words between a superlative and its scope. */
const SCOPE_REACH = 10;
/** Verbs that make what follows "the first" a description of the subject: "was the first", "became the first". */
const BECOMING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'became', 'become', 'becomes', 'remains', 'remained']);
/** At most this many words between "the first" and its "to": "the first federal department to". */
const FIRST_REACH = 6;

/** What follows an ordinal when it states a fact; returns the phrase from the ranking word to its head. */
export function readRanking(s: Sentence, j: number): Phrase | undefined {
  const k = isHyphen(s, j) ? j + 1 : j;
  const w = low(s, k);
  if (!isWord(s, k)) return undefined;
  if (SUPERLATIVES.has(w)) {
    const end = adjectiveOf(s, k) ?? k;
    const head = readPhrase(s, end + 1, 'singular');
    return { first: k, last: head?.last ?? end };
  }
  if (STREAKS.has(w)) {
    const head = readPhrase(s, k + 1, 'singular');
    return head && { first: k, last: head.last };
  }
  if (w !== 'time') return undefined;
  if (low(s, k + 1) === 'since' && s.tokens[k + 2]?.type === 'number') return { first: k, last: k + 2 };
  if (low(s, k + 1) !== 'in') return undefined;
  const n = readNumber(s, k + 2);
  if (n === undefined) return isWordIn(s, k + 2, TIME_UNITS) ? { first: k, last: k + 2 } : undefined;
  const head = readPhrase(s, n.next, 'plural');
  return head && { first: k, last: head.last };
}

/**
 * A superlative of a measure at token `i` that says among what it ranks: an owner before it ("the
 * world's largest economy", "Commerce's most viewed apps") or a scope after what it ranks ("the
 * largest program in the world", "the hottest year on record"). Without either, a superlative is
 * as often a manner of speaking ("the biggest challenge", "the most important thing").
 */
export function readSuperlative(s: Sentence, i: number): Phrase | undefined {
  if (!isWordIn(s, i, MEASURED)) return undefined;
  const w = low(s, i);
  const adjective = adjectiveOf(s, i);
  // "most" and "least" rank only by the measure they grade.
  if ((w === 'most' || w === 'least') && (adjective === undefined || !isMeasure(low(s, adjective)))) return undefined;
  const end = adjective ?? i;
  const head = readPhrase(s, end + 1, 'singular');
  if (head === undefined || JUDGED.has(low(s, head.last))) return undefined;
  const owner = low(s, i - 1);
  if (isWord(s, i - 1) && POSSESSIVE.test(owner) && !CONTRACTIONS.has(owner)) return { first: i - 1, last: head.last };
  // What it ranks may run on past the head the reading stops at: "the largest charge card and payment program in the world".
  for (let k = end + 1; k <= end + SCOPE_REACH && isWord(s, k); k++) {
    const scope = SCOPES.find((words) => words.every((word, n) => low(s, k + n) === word));
    // "the biggest fairy tale I've ever seen" is the speaker's own measure.
    if (scope && !(scope.length === 1 && STOP_WORDS.has(low(s, k - 1))) && !/'(?:ve|d)$/.test(low(s, k - 1))) return { first: i, last: k + scope.length - 1 };
    const history = historyAt(s, k);
    if (history !== undefined) return { first: i, last: history };
  }
  return undefined;
}

/** At most this many words stand between "in" and "history": "in the agency's 50-year history". */
const HISTORY_REACH = 4;

/** The "history" of a scope of time at `k` ("in its history", "in DAP's history", "in the history of"), if one opens there. */
function historyAt(s: Sentence, k: number): number | undefined {
  if (low(s, k) !== 'in') return undefined;
  for (let j = k + 1; j <= k + HISTORY_REACH && s.tokens[j] !== undefined; j++) {
    // "in the history of the agency", but not "in the history museum", which ranks within a museum.
    if (low(s, j) === 'history') return low(s, j - 1) !== 'the' || low(s, j + 1) === 'of' ? j : undefined;
  }
  return undefined;
}

/**
 * "the first federal agency to publish an API", after a verb that says the subject is it ("was",
 * "became") or "one of", or as the subject of a past "was" ("The first agency to implement DAP was
 * Interior"; "The first step to take is …" advises): from "the" to the verb after "to".
 */
export function readFirst(s: Sentence, i: number): Phrase | undefined {
  if (low(s, i) !== 'first' || low(s, i - 1) !== 'the') return undefined;
  const one = low(s, i - 2) === 'of' && low(s, i - 3) === 'one';
  const subject = !one && i === 1;
  if (!one && !subject && !BECOMING.has(low(s, i - 2))) return undefined;
  for (let k = i + 1; k <= i + 1 + FIRST_REACH && isWord(s, k); k++) {
    if (low(s, k) !== 'to') continue;
    if (!isWord(s, k + 1) || STOP_WORDS.has(low(s, k + 1))) return undefined;
    return !subject || wasAfter(s, k + 2) ? { first: one ? i - 3 : i - 1, last: k + 1 } : undefined;
  }
  return undefined;
}

/** Whether a past "was" or "were" stands within a few words from `k`, before any mark. */
function wasAfter(s: Sentence, k: number): boolean {
  for (let j = k; j <= k + FIRST_REACH && isWord(s, j); j++) if (low(s, j) === 'was' || low(s, j) === 'were') return true;
  return false;
}

/** The adjective a "most" or "least" at `k` grades ("most viewed"), if any. */
function adjectiveOf(s: Sentence, k: number): number | undefined {
  const w = low(s, k);
  if (w !== 'most' && w !== 'least') return undefined;
  const adjective = isHyphen(s, k + 1) ? k + 2 : k + 1;
  return isWord(s, adjective) && !STOP_WORDS.has(low(s, adjective)) ? adjective : undefined;
}

/** Whether an adjective after "most" or "least" is a measure: a participle ("most viewed", "least visited") or a word of how many or how much, not a judgment ("most effective", "most important"). */
function isMeasure(adjective: string): boolean {
  return adjective.endsWith('ed') || MEASURE_ADJECTIVES.has(adjective);
}
