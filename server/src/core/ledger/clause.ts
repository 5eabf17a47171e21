import porter2 from 'wink-porter2-stemmer';
import type { NormToken } from '../text/normalize';
import type { Stems } from '../text/terms';
import { ACRONYM, CAPITALIZED, DATE_NAMES, isCapitalizedAt, isContent, namesState, placeAt, stemOf } from './wording';

// The clause on one side of a claims file's phrase, as ./saidOf reads it in a sentence and in the
// phrase's claim: its words up to the clause's end, the word nearest the phrase, its names and places.

/** A clause on one side of a phrase, as its content words' stems. */
export interface Clause {
  /** The word nearest the phrase, with nothing but function words between, unless a determiner makes it a noun ("a rise of"): the verb that says the phrase of the subject ("deployed", "operating at"), or the subject itself ("mosquitoes escaped"). */
  readonly nearest?: string;
  /** The clause's other words on that side: before the phrase its subject, and what else it says of it. */
  readonly rest: readonly string[];
  /** Of those, the ones written capitalized: names, or a sentence's first word. */
  readonly names: ReadonlySet<string>;
  /** Of those, the ones surely names: capitalized past the first word, or acronyms. */
  readonly proper: ReadonlySet<string>;
  /** The places its names name, by code (see ../text/places). */
  readonly places: ReadonlySet<string>;
  /** What stands right before the phrase: a copula ("are 95 percent effective"), a content word, or anything else (an article, a preposition, a possessive). */
  readonly into: 'copula' | 'content' | 'other';
  /** Before the phrase, where a reporting verb ends the clause and a pronoun in it stands for that verb's subject ("Skate Canada said it has …"), the verb's token. */
  readonly source?: number;
}

/** At most this many words on either side of a phrase are read: a subject and its verb. */
const MAX_LEAD = 10;
// Punctuation that ends a clause between two tokens (a hyphen does not).
export const BOUNDARY = /[,;:()[\]{}"“”«»—–!?]/;
// Words that open a clause: what follows them is not said of what precedes them.
const OPENERS: ReadonlySet<string> = new Set(
  'that which who whom whose as when while before after because if although though since until where whether than'.split(' '),
);
// Verbs that report or judge a clause ("officials said the …", "trial data showed the …"): their
// subject is a source, not what the clause says the phrase of.
const REPORTING: ReadonlySet<string> = new Set(
  (
    'say said says saying tell told tells insist insisted argue argued add added warn warned believe believed think thought hope ' +
    'hoped fear feared suggest suggested admit admitted deny denied state stated note noted explain explained show showed shown ' +
    'find found confirm confirmed report reported claim claimed estimate estimated expect expected predict predicted accord according'
  )
    .split(' ')
    .map((w) => porter2(w)),
);
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
// Pronouns that take up a reporting verb's subject: "Skate Canada said it has …", "Bruce Power says its project is …".
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Verbs of being at a level: "stood at", "operating at". */
const STATES: ReadonlySet<string> = new Set([...COPULAS, 'stood', 'stands', 'stand', 'operating', 'operate', 'operates', 'running', 'runs', 'ran', 'remained', 'remains', 'sat', 'sits', 'sitting']);
const POSSESSIVE = /['’]s?$/;
// An adverb says how, not of what: "now", "roughly".
const ADVERB = /..ly$/;

/** A word of a clause as written, nearest the phrase first. */
interface ClauseWord {
  readonly stem: string;
  /** Whether a determiner or a possessive stands before it ("a rise of"): a noun, not a verb. */
  readonly noun: boolean;
  readonly name: boolean;
  /** Whether it is surely a name: capitalized past the text's first word, or an acronym ("NATO"). */
  readonly proper: boolean;
  readonly places?: readonly string[];
}

/** A clause's words as written, and what stands right next to the phrase. */
interface WrittenClause {
  readonly words: readonly ClauseWord[];
  readonly into: Clause['into'];
  readonly source?: number;
}

/**
 * The clause's words from `tokens[from]` on, away from the phrase (back before it, `step` -1, or on
 * after it, 1), to the clause's end, nearest the phrase first; and what stands right next to it.
 */
export function clauseWords(text: string, tokens: readonly NormToken[], from: number, step: 1 | -1, stems: Stems): WrittenClause {
  const words: ClauseWord[] = [];
  let into: Clause['into'] = 'other';
  let pronoun = false;
  let source: number | undefined;
  // After the phrase, whether it is a speaker's, whose words follow: "45 percent of voters said (that) the economy …".
  let speaks = false;
  // "were at 99 percent capacity", "are operating at": a state a figure is at is a copula's.
  const at = step < 0 && tokens[from]?.norm === 'at' && STATES.has(tokens[from - 1]?.norm ?? '');
  if (at) into = 'copula';
  for (let k = at ? from - 2 : from; k >= 0 && k < tokens.length && Math.abs(k - from) < MAX_LEAD; k += step) {
    const token = tokens[k] as NormToken;
    const near = tokens[k - step] as NormToken;
    if (speaks && k === from + 1 && token.norm === 'that') continue;
    if (BOUNDARY.test(step < 0 ? text.slice(token.end, near.start) : text.slice(near.end, token.start)) || OPENERS.has(token.norm)) break;
    const written = text.slice(token.start, token.end);
    const stem = stemOf(written, token, stems);
    if (REPORTING.has(stem)) {
      // "The Hurontario LRT is now expected to open five years behind": a verb raising its subject to the clause's.
      if (step < 0 && tokens[k + 1]?.norm === 'to') continue;
      if (step < 0 && pronoun) source = k;
      if (step < 0 || k !== from) break;
      speaks = true;
    }
    if (step < 0 && SUBJECT_PRONOUNS.has(token.norm)) pronoun = true;
    // A day or a month dates a clause, and says nothing of its subject: "for the first time on Thursday".
    if (DATE_NAMES.has(token.norm)) continue;
    const places = placeAt(text, tokens, k, stems);
    // "US" is a place, though its letters are a function word's.
    const content = (isContent(token.norm) && !ADVERB.test(token.norm)) || places !== undefined;
    if (k === from) into = COPULAS.has(token.norm) ? 'copula' : content && !POSSESSIVE.test(written) ? 'content' : 'other';
    if (!content) continue;
    const before = tokens[k - 1];
    const noun = before !== undefined && (DETERMINERS.has(before.norm) || POSSESSIVE.test(text.slice(before.start, before.end)));
    // A sentence's first word is written capitalized whatever it is: a name only if an acronym, a
    // place ("Japan pledged", not "Food price inflation") or before another capitalized word ("Skate Canada said").
    const proper = CAPITALIZED.test(written) && (k > 0 || ACRONYM.test(written) || isCapitalizedAt(text, tokens, 1)) && !DATE_NAMES.has(token.norm);
    words.push({ stem, noun, name: proper || places !== undefined, proper, ...(places && { places }) });
  }
  return { words, into, ...(source !== undefined && { source }) };
}

/** A clause's words but a phrase's `own`. */
export function clauseOf({ words, into, source }: WrittenClause, own: ReadonlySet<string>): Clause {
  const rest: string[] = [];
  const names = new Set<string>();
  const proper = new Set<string>();
  const places = new Set<string>();
  let nearest: string | undefined;
  for (const { stem, noun, name, proper: sure, places: named } of words) {
    if (own.has(stem)) continue;
    if (name) names.add(stem);
    if (sure) proper.add(stem);
    for (const p of named ?? []) places.add(p);
    if (rest.length === 0 && nearest === undefined && !noun) nearest = stem;
    else rest.push(stem);
  }
  return { ...(nearest !== undefined && { nearest }), rest, names, proper, places, into, ...(source !== undefined && { source }) };
}

/**
 * Whether a sentence opens with a country or a place within one as its subject, not as a speaker's:
 * "Austria dropped a plan …", not "Brussels diplomats said …", unless the speaker is taken up as
 * the subject of what it says ("Colombia's navy said it seized …").
 */
export function opensWithPlace(text: string, tokens: readonly NormToken[], stems: Stems): boolean {
  // The place's name may be of two words, the first no place's: "South Africa", "New Zealand".
  const second = placeAt(text, tokens, 0, stems) === undefined && isCapitalizedAt(text, tokens, 0) && isCapitalizedAt(text, tokens, 1);
  const places = placeAt(text, tokens, second ? 1 : 0, stems);
  if (!places || !namesState(places)) return false;
  // Past the name's other words: "States" of "The United States" is no verb of saying.
  let after = second ? 2 : 1;
  while (placeAt(text, tokens, after, stems)?.some((p) => places.includes(p))) after++;
  for (let k = after; k <= after + 2 && k < tokens.length; k++) {
    if (REPORTING.has(stems.of((tokens[k] as NormToken).norm))) return SUBJECT_PRONOUNS.has(tokens[k + 1]?.norm ?? '');
  }
  return true;
}
