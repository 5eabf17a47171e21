import porter2 from 'wink-porter2-stemmer';
import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { covers, isBody, meet } from '../text/places';
import type { RelatedWords } from '../text/related';
import type { Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import { directionOf, directionOfStems, type Direction } from './direction';
import { ACRONYM, CAPITALIZED, capitalizedPastFirst, contentStems, DATE_NAMES, isCapitalizedAt, isContent, isWorldWide, namesIn, namesState, ownerPlaces, placeIn, placeOf, placesIn, relates, stemOf } from './wording';

// A claims file's phrase is short ("3,000 additional troops", "95 percent effective"), and other
// stories write it too: "Russia deployed 3,000 additional troops to Belarus" is not NATO's
// deployment, nor "The new water filters are 95 percent effective" the vaccine's. Without a parser,
// the clause around a phrase is read as the entry's claim has it: where both say the same thing of
// the phrase (a word such as "deployed", a copula right before it, or a subject right before it,
// as in "mosquitoes escaped from a laboratory") of subjects that share no word, not even a related
// one, with the other's whole wording, the phrase is said of something else; and so where a like
// verb after the phrase says it of other things ("45 percent of voters support abolishing …"). And
// where the sentence and the claim both name places (countries, bodies of states, places within a
// country), neither naming the other's, the phrase is said of another place: "Japan pledged"
// against "Washington announced", Saskatchewan's turnout against British Columbia's (see
// ../text/places); the UK's hottest year is not the world's. And where the phrase's clause names
// something, and the sentence writes none of the names the claim writes whole, a council race is
// not a by-election's, nor the Brisbane River the Wilsons River.

/** A clause on one side of a phrase, as its content words' stems. */
interface Clause {
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
// Pronouns that take up a reporting verb's subject: "Skate Canada said it has …", "Bruce Power says its project is …".
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their']);
// Nouns of what is sought, not had: "hopes of", "a bid for".
const SOUGHT: ReadonlySet<string> = new Set('hope hopes bid bids chance chances dream dreams quest pursuit hunt'.split(' '));
// Words for a state's or a body's government, which stand for it.
const AGENTS: ReadonlySet<string> = new Set(
  'government country nation state administration authorities authority officials minister ministers ministry department agency'
    .split(' ')
    .map((w) => porter2(w)),
);
const NONE: ReadonlySet<string> = new Set();
const FEDERAL = porter2('federal');
/** Whether a place's code is of a place within a country (a province, a state, a city): "CAN.1". */
const isWithin = (code: string): boolean => code.includes('.');
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Verbs of being at a level: "stood at", "operating at". */
const STATES: ReadonlySet<string> = new Set([...COPULAS, 'stood', 'stands', 'stand', 'operating', 'operate', 'operates', 'running', 'runs', 'ran', 'remained', 'remains', 'sat', 'sits', 'sitting']);
/** A compound's last part has at least this many letters. */
const MIN_PART = 4;
const POSSESSIVE = /['’]s?$/;
// An adverb says how, not of what: "now", "roughly".
const ADVERB = /..ly$/;

/** A reading of one sentence: `test(first, last, phrase)` tells whether it says the phrase found at `tokens[first..last]` of another subject than the phrase's entry's claim. */
export type SaidOfTest = (text: string, tokens: readonly NormToken[]) => (first: number, last: number, phrase: EntryPhrase) => boolean;

/** A claims file's phrase, and its entry's id. */
export interface EntryPhrase {
  readonly entryId: string;
  readonly phrase: string;
}

/** A phrase's entry's claim, read for the test: its clauses before and after the phrase, the phrase's own words, and the claim's words but those of its entry's phrases. */
interface ClaimReading {
  readonly lead?: Clause;
  readonly trail?: Clause;
  readonly own: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  /** The names it writes, but of places, each as its words' stems ("Hockey Canada" as "hockey"). */
  readonly names: readonly (readonly string[])[];
  /** Every word of the claim and of its entry's phrases. */
  readonly known: ReadonlySet<string>;
  /** Whether the claim is the whole world's ("globally"). */
  readonly worldWide: boolean;
  /** Whether the claim is a federal government's, naming no place within its country ("The federal government has …"). */
  readonly federal: boolean;
  /** Which way the claim says its figure moved, if it says one way. */
  readonly moves?: Direction;
}

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

/**
 * The test for the claims file whose entries `claimOf` gives by id. Each phrase's claim is read
 * when the phrase is first found, and kept; a sentence's leads and words are read once for all the
 * phrases found in it.
 */
export function saidOfTest(claimOf: (entryId: string) => LedgerEntry | undefined, stems: Stems, related: RelatedWords): SaidOfTest {
  const claims = new Map<EntryPhrase, ClaimReading>();
  // One set of own words for each phrase's wording, however many entries write it: a sentence's leads are kept by it.
  const owns = new Map<string, ReadonlySet<string>>();
  const claimOfPhrase = (phrase: EntryPhrase): ClaimReading => {
    let read = claims.get(phrase);
    if (read === undefined) {
      const entry = claimOf(phrase.entryId);
      const claim = entry?.claim ?? '';
      const tokens = normalizeTokens(claim);
      const phraseTokens = normalizeTokens(phrase.phrase);
      let own = owns.get(phrase.phrase);
      if (!own) owns.set(phrase.phrase, (own = new Set(phraseTokens.map((t) => stems.of(t.norm)))));
      const { at, end } = placeIn(tokens, phraseTokens, stems);
      // The entry's other phrases word the phrase itself ("three-day truce", "72-hour ceasefire"): their words say nothing of its subject.
      const phrasesWords = new Set((entry?.match ?? []).flatMap((w) => contentStems(normalizeTokens(w), stems)));
      const claimWords = contentStems(tokens, stems);
      const words = new Set(claimWords.filter((w) => !own.has(w) && !phrasesWords.has(w)));
      const lead = at < 0 ? undefined : clauseOf(clauseWords(claim, tokens, at - 1, -1, stems), own);
      const trail = end === undefined ? undefined : clauseOf(clauseWords(claim, tokens, end + 1, 1, stems), own);
      // A clause places the phrase where it says it of something: by a word next to it, or after a copula or a subject.
      const leads = lead !== undefined && (lead.nearest !== undefined || lead.into !== 'other');
      const trails = trail?.nearest !== undefined;
      const placed = leads || trails;
      const moves = directionOf(tokens, stems);
      const claimPlaces = placesIn(claim, tokens, stems);
      // A claim that does not place the phrase is read no further: only its being the world's, and the way its figure moved, tell.
      read = {
        ...(leads && { lead }),
        ...(trails && { trail }),
        own,
        words,
        places: placed ? claimPlaces : NONE,
        // "Walmart is closing …" names Walmart where a phrase writes it so: "all Walmart stores in Chicago".
        names: namesIn(claim, tokens, stems, new Set((entry?.match ?? []).flatMap((w) => capitalizedPastFirst(w, normalizeTokens(w), stems)))),
        known: new Set([...claimWords, ...phrasesWords]),
        worldWide: isWorldWide(claimWords),
        federal: claimWords.includes(FEDERAL) && ![...claimPlaces].some(isWithin),
        ...(moves && { moves }),
      };
      claims.set(phrase, read);
    }
    return read;
  };
  return (text, tokens) => {
    // The sentence's clauses before and after phrases, by where and which way they run, and by the phrase's own words.
    const read = new Map<number, Map<ReadonlySet<string>, Clause>>();
    const around = (from: number, step: 1 | -1, own: ReadonlySet<string>): Clause => {
      const key = 2 * from + (step > 0 ? 1 : 0);
      let byOwn = read.get(key);
      if (!byOwn) read.set(key, (byOwn = new Map()));
      let clause = byOwn.get(own);
      if (!clause) byOwn.set(own, (clause = clauseOf(clauseWords(text, tokens, from, step, stems), own)));
      return clause;
    };
    let words: ReadonlySet<string> | undefined;
    let names: ReadonlySet<string> | undefined;
    let places: ReadonlySet<string> | undefined;
    // A clause by the phrase, or the subject a pronoun in it takes up, names what the claim does
    // not; unless the phrase is the claim's place's ("Western countries have criticized China's
    // 12-point peace proposal", where China published it).
    const namesAnother = (first: number, last: number, theirs: ClaimReading, sentence: ReadonlySet<string>): boolean => {
      if (!writesNoName(sentence, theirs)) return false;
      const lead = around(first - 1, -1, theirs.own);
      const other = namesOther(lead, theirs) || namesOther(around(last + 1, 1, theirs.own), theirs) || (lead.source !== undefined && namesOther(around(lead.source - 1, -1, theirs.own), theirs));
      return other && !relates(ownerPlaces(text, tokens, first - 1, stems), theirs.places, meet);
    };
    return (first, last, phrase) => {
      // A phrase hoped or bid for is not said to be: "ended the club's hopes of a 19th league title".
      if (isSoughtAt(tokens, first)) return true;
      const theirs = claimOfPhrase(phrase);
      const { own } = theirs;
      const sentence = (words ??= new Set(contentStems(tokens, stems)));
      // A figure said, before it, to move the other way is another movement: "Land along the Gulf coast is sinking by 4.5 millimetres a year" against sea level rising by as much.
      if (theirs.moves !== undefined && movesOtherWay(around(first - 1, -1, own), theirs.moves, tokens.slice(first, last + 1).some((t) => isFigureNorm(t.norm)))) return true;
      // A claim of the whole world is no country's: "2022 was the UK's hottest year on record" against the world's.
      if (theirs.worldWide && !isWorldWide(sentence) && (namesState(around(first - 1, -1, own).places) || namesState(around(last + 1, 1, own).places))) return true;
      // A federal government's claim is no province's or state's: "Critics say British Columbia quietly
      // reinstated the carbon tax" against the federal government's.
      if (theirs.federal && !sentence.has(FEDERAL) && [...around(first - 1, -1, own).places].some(isWithin)) return true;
      // A claim whose wording does not place the phrase tells nothing more of what the phrase is said of.
      if (theirs.lead === undefined && theirs.trail === undefined) return namesAnother(first, last, theirs, sentence);
      places ??= placesIn(text, tokens, stems);
      const apart = !relates(places, theirs.places, meet);
      // The phrase's own clause names a country or a place within one, the claim another, and the
      // sentence none of the claim's: it is said of another place ("Saskatchewan's election drew a
      // turnout of …" against British Columbia's). Before the phrase, its subject's place within the
      // claim's is another place too ("Nova Scotia posted an unemployment rate of …" against
      // Canada's); after it, such a place may be where the claim's happened ("… has devastated
      // Kharkiv"). Places elsewhere in the sentence may be where it was said ("Residents of Kharkiv
      // say …"), and a body of states has its members ("NATO deployed … to Poland").
      if (namesState(theirs.places) && namesState(places)) {
        if (!relates(places, theirs.places, covers) && namesState(around(first - 1, -1, own).places)) return true;
        if (apart && namesState(around(last + 1, 1, own).places)) return true;
      }
      // Said right after the name the claim says it after, the phrase is the claim's subject's,
      // whatever else the sentence names ("Travis Head's century helped Australia beat India by …").
      const lead = around(first - 1, -1, own);
      if (lead.nearest !== undefined && lead.nearest === theirs.lead?.nearest && lead.names.has(lead.nearest)) return false;
      if (namesAnother(first, last, theirs, sentence)) return true;
      names ??= new Set(capitalizedPastFirst(text, tokens, stems));
      const reading = { sentence, names, claim: theirs.words, own, related, apart };
      // Said of another subject, or, by a like verb after the phrase, of another thing ("45 percent of voters support abolishing the monarchy").
      return (
        (theirs.lead !== undefined && saidOfAnother(lead, theirs.lead, reading)) ||
        (theirs.trail !== undefined && saidOfAnother(around(last + 1, 1, own), theirs.trail, reading, true))
      );
    };
  };
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
function clauseWords(text: string, tokens: readonly NormToken[], from: number, step: 1 | -1, stems: Stems): WrittenClause {
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
    const places = placeOf(written, stem);
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
function clauseOf({ words, into, source }: WrittenClause, own: ReadonlySet<string>): Clause {
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

/** What a sentence and a phrase's claim are compared by: their words (the claim's but its entry's phrases'), the phrase's own, and related words; and whether they name no place in common. */
interface Reading {
  readonly sentence: ReadonlySet<string>;
  /** Of the sentence's words, those written capitalized past its first: names. */
  readonly names: ReadonlySet<string>;
  readonly claim: ReadonlySet<string>;
  readonly own: ReadonlySet<string>;
  readonly related: RelatedWords;
  readonly apart: boolean;
}

/**
 * Whether a sentence's clause says a phrase of another subject than its entry's claim does: `ours`
 * is the sentence's clause on one side of the phrase, `theirs` the claim's on that side. Both must
 * say it alike: by a like verb, by a copula, or each right after its subject; the subjects must
 * then share no word, nor a related one, with the other's whole wording. After the phrase
 * (`after`), a like verb says it alike, or a word right after it on both sides ("45 percent of
 * voters named the cost of living" against "… support holding a second referendum"), and what
 * follows is another thing only where the two share no word at all: "support another referendum"
 * is "support holding a second referendum".
 */
function saidOfAnother(ours: Clause, theirs: Clause, { sentence, names, claim, own, related, apart }: Reading, after = false): boolean {
  const adjacent = ours.into !== 'other' && ours.into === theirs.into;
  const verb = ours.nearest !== undefined && theirs.nearest !== undefined && isAlike(ours.nearest, [theirs.nearest], own, related);
  // Subjects that name places, none of them named on the other side: Russia's deployment is not NATO's, and Japan's pledge not Washington's announcement.
  if (!after && apart && ours.places.size > 0 && theirs.places.size > 0 && (verb || ![...ours.places, ...theirs.places].some(isBody))) return true;
  if (!verb && !adjacent) return false;
  // Each right after its subject, unless a like verb stands there: the nearest word is the subject's.
  const wordsOf = (l: Clause): readonly string[] => (verb || l.nearest === undefined ? l.rest : [l.nearest, ...l.rest]);
  const ourWords = wordsOf(ours);
  const theirWords = wordsOf(theirs);
  // The words the two subjects share say nothing of how they differ.
  const ourSubject = ourWords.filter((a) => !isAlike(a, theirWords, own, related));
  const theirSubject = theirWords.filter((b) => !isAlike(b, ourWords, own, related));
  // Subjects that share a name are one named otherwise ("Sudan's warring factions", "the warring parties in Sudan").
  const sharesName = ourWords.some((a) => ours.names.has(a) && !ourSubject.includes(a) && theirWords.some((b) => theirs.names.has(b) && isAlike(a, [b], own, related)));
  if (ourSubject.length === 0 || theirSubject.length === 0 || sharesName || (after && ourSubject.length < ourWords.length)) return false;
  // A place or body stands for another (Washington, the White House, the Pentagon), and a government for its country ("Britain", "the country"): names, or such words, cannot tell one from another.
  const named = (words: readonly string[], l: Clause): boolean => words.every((w) => l.names.has(w) || AGENTS.has(w));
  // A claim that names its subject may be told of it by a description: "the alliance" for NATO.
  if ((named(ourSubject, ours) && named(theirSubject, theirs)) || theirSubject.every((w) => theirs.proper.has(w))) return false;
  // A name of the claim's subject is written by a name only: "the World Cup final" is not "around the world".
  return !ourSubject.some((a) => isAlike(a, claim, own, related)) && !theirSubject.some((b) => isAlike(b, theirs.proper.has(b) ? names : sentence, own, related));
}

/** Whether the phrase at token `first` is what someone hopes, bids or has a chance for: "hopes of a", "a bid for the". */
function isSoughtAt(tokens: readonly NormToken[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  const preposition = tokens[k]?.norm;
  return (preposition === 'of' || preposition === 'for') && SOUGHT.has(tokens[k - 1]?.norm ?? '');
}

/** Whether the word that says a phrase of its subject ("is sinking by", before a figure "raised") says it moved another way than `way`. */
function movesOtherWay(clause: Clause, way: Direction, figure: boolean): boolean {
  const moves = clause.nearest === undefined ? undefined : directionOfStems([clause.nearest], figure);
  return moves !== undefined && moves !== way;
}

/**
 * Whether the claim writes names and the sentence none of them whole; then a clause by the phrase
 * that names something the claim does not (`namesOther`) says the phrase of another subject: "A
 * 590-vote margin separated the top two candidates in the Ward 15 council race" is not the
 * Toronto–St. Paul's by-election's, nor "The Brisbane River peaked at 3.85 metres" the Wilsons
 * River's peak. Places are left to the tests of places: the White House may be Washington's.
 */
function writesNoName(sentence: ReadonlySet<string>, claim: ClaimReading): boolean {
  return claim.names.length > 0 && !claim.names.some((name) => name.every((w) => sentence.has(w)));
}

/** Whether a clause names something the claim does not. */
function namesOther(clause: Clause, claim: ClaimReading): boolean {
  for (const n of clause.proper) if (!claim.known.has(n)) return true;
  return false;
}

/** Whether a stem is one of `words` but `own`, or a related word of one, or a compound of one or its last part ("coronavirus", "virus"). */
function isAlike(stem: string, words: ReadonlySet<string> | readonly string[], own: ReadonlySet<string>, related: RelatedWords): boolean {
  const near = related.of(stem);
  // A set is asked for the stem and its related words; a clause's few words are each compared.
  if ('has' in words) {
    if (words.has(stem) && !own.has(stem)) return true;
    for (const r of near) if (words.has(r.stem) && !own.has(r.stem)) return true;
  }
  for (const w of words) {
    if (own.has(w)) continue;
    if (w === stem || (stem.length >= MIN_PART && w.endsWith(stem)) || (w.length >= MIN_PART && stem.endsWith(w))) return true;
    if (!('has' in words) && near.some((r) => r.stem === w)) return true;
  }
  return false;
}
