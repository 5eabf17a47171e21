import porter2 from 'wink-porter2-stemmer';
import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { covers, isBody, meet } from '../text/places';
import type { RelatedWords } from '../text/related';
import type { Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import { clauseOf, clauseWords, DETERMINERS, opensWithPlace, type Clause } from './clause';
import { directionOf, directionOfStems, type Direction } from './direction';
import { acronymsIn, namesSpelled } from './acronyms';
import { capitalizedPastFirst, claimNames, contentStems, isWorldWide, namesState, ownerPlaces, placeAt, placeIn, placesIn, relates } from './wording';

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

// Nouns of what is sought, not had: "hopes of", "a bid for".
const SOUGHT: ReadonlySet<string> = new Set('hope hopes bid bids chance chances dream dreams quest pursuit hunt'.split(' '));
// Words for a state's or a body's government, which stand for it.
const AGENTS: ReadonlySet<string> = new Set(
  'government country nation state administration authorities authority officials minister ministers ministry department agency'
    .split(' ')
    .map((w) => porter2(w)),
);
const NONE: ReadonlySet<string> = new Set();
// Prepositions that place what comes before them: "a conflict in Sudan".
const IN_PLACE: ReadonlySet<string> = new Set(['in', 'across', 'inside']);
const FEDERAL = porter2('federal');
/** Whether a place's code is of a place within a country (a province, a state, a city): "CAN.1". */
const isWithin = (code: string): boolean => code.includes('.');
/** A compound's last part has at least this many letters. */
const MIN_PART = 4;
/** An acronym that stands for a claim's name has at least this many letters: "ECB", "PAP" ("US" and "UN" are places). */
const MIN_ACRONYM = 3;

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
  /** The places of the clauses that place the phrase. */
  readonly places: ReadonlySet<string>;
  /** Every place the claim names. */
  readonly setIn: ReadonlySet<string>;
  /** Of those, the states: the places but bodies of states. */
  readonly statesIn: readonly string[];
  /** The names it writes, but of places, each as its words' stems ("Hockey Canada" as "hockey"). */
  readonly names: readonly (readonly string[])[];
  /** The acronyms its names written out would have ("ecb" of "European Central Bank"), which a sentence may write instead (see ./acronyms). */
  readonly spelled: ReadonlySet<string>;
  /** Every word of the claim and of its entry's phrases. */
  readonly known: ReadonlySet<string>;
  /** Whether the claim is the whole world's ("globally"). */
  readonly worldWide: boolean;
  /** Whether the claim is a federal government's, naming no place within its country ("The federal government has …"). */
  readonly federal: boolean;
  /** Which way the claim says its figure moved, if it says one way. */
  readonly moves?: Direction;
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
        setIn: claimPlaces,
        statesIn: states(claimPlaces),
        names: claimNames(claim, tokens, entry?.match ?? [], stems),
        spelled: namesSpelled(claim, tokens),
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
    let acronyms: readonly string[] | undefined;
    let names: ReadonlySet<string> | undefined;
    let places: ReadonlySet<string> | undefined;
    let placeStates: readonly string[] | undefined;
    let opensWithCountry: boolean | undefined;
    // The place a phrase ending at a token is placed in right after it, by that token: the phrases
    // of a large claims file that end on one word are many ("the fighting in Sudan").
    const placedAfter = new Map<number, readonly string[] | undefined>();
    const placeAfter = (last: number): readonly string[] | undefined => {
      if (!IN_PLACE.has(tokens[last + 1]?.norm ?? '')) return undefined;
      if (!placedAfter.has(last)) placedAfter.set(last, placeAt(text, tokens, last + 2, stems));
      return placedAfter.get(last);
    };
    // A clause by the phrase, or the subject a pronoun in it takes up, names what the claim does
    // not; unless the phrase is the claim's place's ("Western countries have criticized China's
    // 12-point peace proposal", where China published it).
    const namesAnother = (first: number, last: number, theirs: ClaimReading, sentence: ReadonlySet<string>): boolean => {
      acronyms ??= acronymsIn(text, tokens);
      if (!writesNoName(sentence, acronyms, theirs)) return false;
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
      places ??= placesIn(text, tokens, stems);
      // A sentence whose subject is a country none of the claim's, nor the claim's any of the
      // sentence's, says the phrase of that country, wherever the claim writes it ("Austria dropped
      // a plan that would have required owners to rip out gas boilers" against Germany's law).
      // Bodies of states are left out: both may name the EU their countries are in.
      if (theirs.statesIn.length > 0 && !relates((placeStates ??= states(places)), theirs.statesIn, meet) && (opensWithCountry ??= opensWithPlace(text, tokens, stems))) return true;
      // A claim whose wording does not place the phrase tells nothing more of what the phrase is said
      // of, but where the sentence places it right after it.
      if (theirs.lead === undefined && theirs.trail === undefined) {
        // Though a claim set in its countries: "A 14-month conflict in Sudan" is not Ukraine's.
        const placed = theirs.statesIn.length > 0 ? placeAfter(last) : undefined;
        if (placed !== undefined && namesState(placed) && !relates(places, theirs.setIn, meet)) return true;
        return namesAnother(first, last, theirs, sentence);
      }
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
      // Subjects apart, though the two may name a third place: the sentence's subject names no place
      // of the claim, nor the claim's any of the sentence ("Hungary's parliament approved Sweden's
      // bid" against Turkey's).
      const subjectsApart = apart || (!relates(lead.places, theirs.places, meet) && !relates(theirs.lead?.places ?? NONE, places, meet));
      // A sentence that writes every name and place the claim writes says the phrase of the claim's
      // subject, whatever other words its clause uses: "the Seattle shows produced shaking equivalent
      // to a magnitude 2.3 earthquake as Taylor Swift fans danced".
      if (writesEveryName(sentence, places, theirs)) return false;
      const reading = { sentence, names, claim: theirs.words, own, related, apart: subjectsApart };
      // Said of another subject, or, by a like verb after the phrase, of another thing ("45 percent of voters support abolishing the monarchy").
      return (
        (theirs.lead !== undefined && saidOfAnother(lead, theirs.lead, reading)) ||
        (theirs.trail !== undefined && saidOfAnother(around(last + 1, 1, own), theirs.trail, reading, true))
      );
    };
  };
}

/** What a sentence and a phrase's claim are compared by: their words (the claim's but its entry's phrases'), the phrase's own, and related words; and whether their subjects name no place in common. */
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
  // Two verbs of one subject, each right before the phrase: "The yen slid past 160 per dollar" and "The yen weakened past 160 per dollar".
  if (!verb && ourSubject.every((w) => w === ours.nearest) && theirSubject.every((w) => w === theirs.nearest) && ours.rest.some((a) => isAlike(a, theirs.rest, own, related))) return false;
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
 * Whether the claim writes names and the sentence none of them whole, nor an acronym of a run of
 * capitalized words of the claim's ("The PAP won" of "Singapore's People's Action Party won",
 * "The ECB" of "The European Central Bank"); then a clause by the phrase
 * that names something the claim does not (`namesOther`) says the phrase of another subject: "A
 * 590-vote margin separated the top two candidates in the Ward 15 council race" is not the
 * Toronto–St. Paul's by-election's, nor "The Brisbane River peaked at 3.85 metres" the Wilsons
 * River's peak. Places are left to the tests of places: the White House may be Washington's.
 */
function writesNoName(sentence: ReadonlySet<string>, acronyms: readonly string[], claim: ClaimReading): boolean {
  return claim.names.length > 0 && !claim.names.some((name) => name.every((w) => sentence.has(w))) && !acronyms.some((a) => a.length >= MIN_ACRONYM && claim.spelled.has(a));
}

/** Whether the claim writes names, and the sentence each of them whole and each place the claim names. */
function writesEveryName(sentence: ReadonlySet<string>, places: ReadonlySet<string>, claim: ClaimReading): boolean {
  if (claim.names.length === 0 || !claim.names.every((name) => name.every((w) => sentence.has(w)))) return false;
  for (const p of claim.setIn) if (!places.has(p)) return false;
  return true;
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

/** The places but bodies of states. */
function states(places: ReadonlySet<string>): string[] {
  return [...places].filter((p) => !isBody(p));
}
