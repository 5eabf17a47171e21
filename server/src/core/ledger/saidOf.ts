import porter2 from 'wink-porter2-stemmer';
import { UNITS } from '../text/figures';
import { normalizeTokens, type NormToken } from '../text/normalize';
import type { RelatedWords } from '../text/related';
import { isFunctionWord, type Stems } from '../text/terms';
import type { LedgerEntry } from '../types';

// A claims file's phrase is short ("3,000 additional troops", "95 percent effective"), and other
// stories write it too: "Russia deployed 3,000 additional troops to Belarus" is not NATO's
// deployment, nor "The new water filters are 95 percent effective" the vaccine's. Without a parser,
// the clause that leads into a phrase is read as the entry's claim leads into it: where both say
// the same thing of the phrase (a word such as "deployed", a copula right before it, or a subject
// right before it, as in "mosquitoes escaped from a laboratory") of subjects that share no word,
// not even a related one, with the other's whole wording, the phrase is said of something else.

/** The clause that leads into a phrase, as content words' stems. */
interface Lead {
  /** The word nearest the phrase, with nothing but function words between, unless a determiner makes it a noun ("a rise of"): the verb that says the phrase of the subject ("deployed", "operating at"), or the subject itself ("mosquitoes escaped"). */
  readonly nearest?: string;
  /** The clause's other words before the phrase: its subject, and what else it says of it. */
  readonly rest: readonly string[];
  /** Of those, the ones written capitalized: names, or a sentence's first word. */
  readonly names: ReadonlySet<string>;
  /** What stands right before the phrase: a copula ("are 95 percent effective"), a content word, or anything else (an article, a preposition, a possessive). */
  readonly into: 'copula' | 'content' | 'other';
}

/** At most this many words before a phrase are read: a subject and its verb. */
const MAX_LEAD = 10;
// Punctuation that ends a clause between two tokens (a hyphen does not).
const BOUNDARY = /[,;:()[\]{}"“”«»—–!?]/;
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
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
// Words for a state's or a body's government, which stand for it.
const AGENTS: ReadonlySet<string> = new Set(
  'government country nation state administration authorities authority officials minister ministers ministry department agency'
    .split(' ')
    .map((w) => porter2(w)),
);
const CAPITALIZED = /^\p{Lu}/u;
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** A compound's last part has at least this many letters. */
const MIN_PART = 4;
const IS_FIGURE = /^\d/;
const POSSESSIVE = /['’]s?$/;
const POSSESSIVE_S = /['’]s$/;
// An adverb says how, not of what: "now", "roughly".
const ADVERB = /..ly$/;

/** A reading of one sentence: `test(first, phrase)` tells whether it says the phrase found at `tokens[first]` of another subject than the phrase's entry's claim. */
export type SaidOfTest = (text: string, tokens: readonly NormToken[]) => (first: number, phrase: EntryPhrase) => boolean;

/** A claims file's phrase, and its entry's id. */
export interface EntryPhrase {
  readonly entryId: string;
  readonly phrase: string;
}

/** A phrase's entry's claim, read for the test: its lead into the phrase, the phrase's own words, and the claim's words but those of its entry's phrases. */
interface ClaimLead {
  readonly lead: Lead;
  readonly own: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

/** A word of a lead, nearest the phrase first. */
interface LeadWord {
  readonly stem: string;
  /** Whether a determiner or a possessive stands before it ("a rise of"): a noun, not a verb. */
  readonly noun: boolean;
  readonly name: boolean;
}

/**
 * The test for the claims file whose entries `claimOf` gives by id. Each phrase's claim is read
 * when the phrase is first found, and kept; a sentence's leads and words are read once for all the
 * phrases found in it.
 */
export function saidOfTest(claimOf: (entryId: string) => LedgerEntry | undefined, stems: Stems, related: RelatedWords): SaidOfTest {
  const claims = new Map<EntryPhrase, ClaimLead | null>();
  const claimLeadOf = (phrase: EntryPhrase): ClaimLead | null => {
    let read = claims.get(phrase);
    if (read === undefined) {
      const entry = claimOf(phrase.entryId);
      const claim = entry?.claim ?? '';
      const tokens = normalizeTokens(claim);
      const phraseTokens = normalizeTokens(phrase.phrase);
      const own = new Set(phraseTokens.map((t) => stems.of(t.norm)));
      const at = placeIn(tokens, phraseTokens, stems);
      // The entry's other phrases word the phrase itself ("three-day truce", "72-hour ceasefire"): their words say nothing of its subject.
      const phrasesWords = new Set((entry?.match ?? []).flatMap((w) => contentStems(normalizeTokens(w), stems)));
      const words = new Set(contentStems(tokens, stems).filter((w) => !own.has(w) && !phrasesWords.has(w)));
      const lead = at < 0 ? undefined : leadOf(leadWords(claim, tokens, at, stems), own);
      read = lead && (lead.nearest !== undefined || lead.into !== 'other') ? { lead, own, words } : null;
      claims.set(phrase, read);
    }
    return read;
  };
  return (text, tokens) => {
    const leads = new Map<number, LeadWords>();
    let words: ReadonlySet<string> | undefined;
    return (first, phrase) => {
      const theirs = claimLeadOf(phrase);
      if (!theirs) return false;
      let ours = leads.get(first);
      if (!ours) leads.set(first, (ours = leadWords(text, tokens, first, stems)));
      if (ours.words.length === 0) return false;
      words ??= new Set(contentStems(tokens, stems));
      return saidOfAnother(leadOf(ours, theirs.own), words, theirs, related);
    };
  };
}

/** The words of a lead, and what stands right before the phrase. */
interface LeadWords {
  readonly words: readonly LeadWord[];
  readonly into: Lead['into'];
}

/** The lead into the phrase whose first token is `tokens[first]`, back to the clause's start. */
function leadWords(text: string, tokens: readonly NormToken[], first: number, stems: Stems): LeadWords {
  const words: LeadWord[] = [];
  let into: Lead['into'] = 'other';
  for (let k = first - 1; k >= 0 && first - k <= MAX_LEAD; k--) {
    const token = tokens[k] as NormToken;
    if (BOUNDARY.test(text.slice(token.end, tokens[k + 1]?.start ?? token.end)) || OPENERS.has(token.norm)) break;
    const written = text.slice(token.start, token.end);
    // A possessive's word is the word: "men's" is "men".
    const stem = stems.of(POSSESSIVE_S.test(written) ? token.norm.slice(0, -1) : token.norm);
    if (REPORTING.has(stem)) break;
    const content = isContent(token.norm) && !ADVERB.test(token.norm);
    if (k === first - 1) into = COPULAS.has(token.norm) ? 'copula' : content && !POSSESSIVE.test(written) ? 'content' : 'other';
    if (!content) continue;
    const before = tokens[k - 1];
    const noun = before !== undefined && (DETERMINERS.has(before.norm) || POSSESSIVE.test(text.slice(before.start, before.end)));
    words.push({ stem, noun, name: CAPITALIZED.test(written) });
  }
  return { words, into };
}

/** A lead's words but a phrase's `own`. */
function leadOf({ words, into }: LeadWords, own: ReadonlySet<string>): Lead {
  const rest: string[] = [];
  const names = new Set<string>();
  let nearest: string | undefined;
  for (const { stem, noun, name } of words) {
    if (own.has(stem)) continue;
    if (name) names.add(stem);
    if (rest.length === 0 && nearest === undefined && !noun) nearest = stem;
    else rest.push(stem);
  }
  return { ...(nearest !== undefined && { nearest }), rest, names, into };
}

/**
 * Whether a sentence says a phrase of another subject than its entry's claim does: `ours` is the
 * sentence's lead into the phrase, `sentence` all its content stems; `theirs` the claim's. Both
 * must say it alike: by a like verb, by a copula, or each right after its subject; the subjects
 * must then share no word, nor a related one, with the other's whole wording.
 */
function saidOfAnother(ours: Lead, sentence: ReadonlySet<string>, theirs: ClaimLead, related: RelatedWords): boolean {
  const { lead, own, words: claim } = theirs;
  const adjacent = ours.into !== 'other' && ours.into === lead.into;
  const verb = ours.nearest !== undefined && lead.nearest !== undefined && isAlike(ours.nearest, [lead.nearest], own, related);
  if (!verb && !adjacent) return false;
  // Each right after its subject, unless a like verb stands there: the nearest word is the subject's.
  const wordsOf = (l: Lead): readonly string[] => (verb || l.nearest === undefined ? l.rest : [l.nearest, ...l.rest]);
  const ourWords = wordsOf(ours);
  const theirWords = wordsOf(lead);
  // The words the two subjects share say nothing of how they differ.
  const ourSubject = ourWords.filter((a) => !isAlike(a, theirWords, own, related));
  const theirSubject = theirWords.filter((b) => !isAlike(b, ourWords, own, related));
  if (ourSubject.length === 0 || theirSubject.length === 0) return false;
  // A place or body stands for another (Washington, the White House, the Pentagon), and a government for its country: names, or such words, cannot tell.
  const named = (words: readonly string[], l: Lead): boolean => words.every((w) => l.names.has(w) || AGENTS.has(w));
  if ((named(ourSubject, ours) && named(theirSubject, lead)) || ourSubject.every((w) => AGENTS.has(w)) || theirSubject.every((w) => AGENTS.has(w))) return false;
  return !ourSubject.some((a) => isAlike(a, claim, own, related)) && !theirSubject.some((b) => isAlike(b, sentence, own, related));
}

/** Whether a stem is one of `words` but `own`, or a related word of one, or a compound of one or its last part ("coronavirus", "virus"). */
function isAlike(stem: string, words: ReadonlySet<string> | readonly string[], own: ReadonlySet<string>, related: RelatedWords): boolean {
  const has = 'has' in words ? (w: string): boolean => words.has(w) : (w: string): boolean => words.includes(w);
  const other = (w: string): boolean => has(w) && !own.has(w);
  if (other(stem) || related.of(stem).some((r) => other(r.stem))) return true;
  for (const w of words) if (!own.has(w) && ((stem.length >= MIN_PART && w.endsWith(stem)) || (w.length >= MIN_PART && stem.endsWith(w)))) return true;
  return false;
}

/** The stems of the content words of `tokens`: no figures, units or function words. */
function contentStems(tokens: readonly NormToken[], stems: Stems): string[] {
  return tokens.flatMap((t) => (isContent(t.norm) ? [stems.of(t.norm)] : []));
}

/** Whether a normalized word can say what a phrase is of: not a figure, a unit or a function word. */
function isContent(norm: string): boolean {
  return norm.length > 1 && !IS_FIGURE.test(norm) && !UNITS.has(norm) && !isFunctionWord(norm);
}

/** Where a claim writes its phrase: the phrase's words, else its first figure, else its first word the claim has; -1 if none. */
function placeIn(claim: readonly NormToken[], phrase: readonly NormToken[], stems: Stems): number {
  const norms = phrase.map((t) => t.norm);
  for (let i = 0; i + norms.length <= claim.length; i++) if (norms.every((n, k) => claim[i + k]?.norm === n)) return i;
  const figure = norms.find((n) => IS_FIGURE.test(n));
  if (figure !== undefined) return claim.findIndex((t) => t.norm === figure);
  const words = new Set(contentStems(phrase, stems));
  return claim.findIndex((t) => words.has(stems.of(t.norm)));
}
