import type { NormToken } from '../text/normalize';
import { RELATED_WORDS, type RelatedWords } from '../text/related';
import { isDistinctiveFigure, isNegatedTerm, Stems, termsOf } from '../text/terms';
import { acronymReader } from './acronyms';
import { bagsOf } from './bags';
import { candidatesReader, type Candidates } from './candidates';
import { withCompounds } from './compounds';
import { withPlaceNames } from './placeNames';
import { sameThingTest } from './figureAgreement';
import { figureWordsOf, type FigureWords } from './figureWords';
import { otherGroupsOf } from './groups';
import { ENTRY_WEIGHTS, findPosting, postingsOf, TOTAL } from './postings';
import { knownRelated, queryTerms, type QueryTerm } from './query';
import type { LedgerEntry, Span } from '../types';

// Reworded claims: which claims-file entry a sentence words otherwise, by lexical retrieval. Each
// entry is a bag of the terms of its claim and its match phrases (see ../text/terms), weighted as
// BM25 weights a document's terms; a sentence's score for an entry is the share of the entry's
// weight that the sentence's terms hold: 1 when the sentence has every term of the entry, whatever
// else it says, and in what order. An entry that states a figure is a candidate only for a sentence
// that gives that figure (the same words around another figure are another claim, or a changed one),
// and any entry only for a sentence that shares a word of its own with it (a figure alone is of
// anything). A word the sentence does not share may be one it words otherwise ("soldiers" for the
// entry's "troops", see ../text/related; "planets" for "exoplanets", see ./compounds): such a
// related word counts for the entry's word with its weight, less than one, so that a rewording of
// words alike in meaning scores less than the same words; it adds to a score, and never makes one
// alone. A word an entry writes in every wording is what the claims file knows it by: the sentence
// must have one of those (or a related word), or a name no other entry gives, unless its figure
// shows it to be of the same thing.
// A shared figure must be of the same thing in both (./figureAgreement): an entry whose figure
// counts or measures another thing is not offered, and one whose figure the sentence's own words
// show to be of the same thing is offered from a lower score.

/** A claims-file entry whose terms a sentence shares, and which of its words they are. */
export interface SimilarEntry {
  readonly entryId: string;
  /** The share of the entry's weight that the sentence holds, its related words counting at their weight, from 0 to 1. */
  readonly score: number;
  /** Whether the share the sentence's own words hold, without related words, is high enough to count as a match, not only as an offer. */
  readonly confident: boolean;
  /** The sentence's words and figures that the entry has, as the sentence writes them, in its order. */
  readonly shared: readonly SharedTerm[];
  /**
   * Whether the sentence has, in any order, every word and figure of one of the entry's match
   * phrases that give a figure and a word not of change ("The conflict, now 14 months old" of "14-month conflict").
   */
  readonly covered: boolean;
}

/** An entry whose claim's words, figures aside, a sentence holds a `share` of (0 to 1): a claim that may be the sentence's with another figure. */
export interface AlikeEntry {
  readonly id: string;
  readonly share: number;
}

/** A word or figure of a sentence that an entry has, or has in other words. */
export interface SharedTerm {
  readonly text: string;
  readonly span: Span;
  readonly figure: boolean;
  /** The entry's word that the sentence's word stands for, as the entry writes it, when it is another word ("troops" for "soldiers"). */
  readonly related?: string;
}

export interface SimilarIndex {
  /** The entry most like the text whose `tokens` these are, when its score is at least `least`. */
  mostSimilar(text: string, tokens: readonly NormToken[], least?: number): SimilarEntry | undefined;
  /**
   * The entry most like the text, and the ids of the entries whose claim's words, its figures
   * aside, the text's own words hold at least an `alikeLeast` share of (of related words, only
   * near-synonyms counting: see ./candidates), most alike first: claims that may be theirs with
   * another figure. From one reading of the text's terms: what a checked sentence needs.
   */
  read(text: string, tokens: readonly NormToken[], alikeLeast: number): { readonly similar?: SimilarEntry; readonly alike: readonly AlikeEntry[] };
}

/**
 * The scores from which an entry is offered as similar, and from which it counts as a match. The
 * offer was chosen on the labelled sentences of scripts/matching/tune.jsonl (npm run eval:matching
 * -- --set tune, see docs/claims-file.md), among 0.40 to 0.70 by 0.05, as the one with the most
 * reworded sentences named less five times the share of unrelated sentences given a finding: the
 * goals allow a reworded sentence in ten to be missed and one unrelated sentence in fifty to be
 * flagged. A match needs its score from the sentence's own words alone: related words also relate
 * words that are alike but not the same ("children" and "adults"), so they only offer.
 */
export const OFFER_SCORE = 0.5;
export const MATCH_SCORE = 0.7;
/**
 * The score from which an entry is offered when the sentence's figure is of what the entry's same
 * figure is of (see ./figureAgreement): "45% of the electorate want another referendum" counts
 * whom "45 percent of voters support … a second referendum" counts, which says as much as more
 * shared words would. Chosen on scripts/matching/tune.jsonl as OFFER_SCORE was, among 0.30 to 0.50
 * by 0.05: 0.40 and 0.45 scored alike there, and the higher offers less on what the set lacks.
 */
export const AGREED_OFFER_SCORE = 0.45;
/**
 * The score from which the entry a sentence words otherwise is offered where the detector found no
 * claim in it, at the figures the two share: a checked claim worded as nearly as this is a claim
 * ("Saturday's victory sealed a 19th championship for the club" of "Saturday's win secured the
 * club's 19th league title"), while a figure shared with little else may be of another thing ("the
 * striker's 19th league goal"). Chosen on the learning sets as OFFER_SCORE was, among 0.50 to 0.80
 * by 0.05 (docs/claims-file.md).
 */
export const UNDETECTED_OFFER_SCORE = 0.6;
/**
 * The share of an entry's claim's words (BM25 weight, figures and words of change aside) a
 * sentence's own words, or their near-synonyms, must hold for a figure of the entry's unit that
 * differs to count as the entry's figure changed.
 * Chosen on scripts/matching/tune.jsonl (docs/claims-file.md): 0.80 and 0.90 find the same; at
 * 0.70 two unrelated sentences get a figure-mismatch, at 1 two changed figures are missed.
 */
export const CHANGED_SCORE = 0.8;


const NO_CANDIDATES: Candidates = { bounds: [], bounded: [], covers: [], counted: [], sources: 0, alike: [], opposed: [] };

/** Indexes the terms of `entries` (ids unique), in the order given, with the `table`'s related words standing for one another. */
export function createSimilarIndex(entries: readonly LedgerEntry[], table: RelatedWords = RELATED_WORDS): SimilarIndex {
  const stems = new Stems();
  const otherGroups = otherGroupsOf(stems);
  const bags = bagsOf(entries, stems);
  const { termIds, figureTerms, termTexts } = bags;
  const termKeys = [...termIds.keys()];
  // A word of the claims file that the table does not know may be a compound of one it does
  // ("exoplanet"); one that names a country is worded by any word that names it ("Kyiv", "Ukraine").
  const words = termKeys.flatMap((stem, t) => (figureTerms[t] || isNegatedTerm(stem) ? [] : [{ stem, word: (termTexts[t] ?? '').toLowerCase() }]));
  const related = withPlaceNames(
    words.map((w) => w.stem),
    withCompounds(words, table, stems),
  );

  const n = entries.length;
  const index = postingsOf(bags, n);
  // A distinctive figure the sentence shares ("$61.9bn", "75.8%") stands for a key word: a
  // rewording may say "in the red" for "deficit", "levy" for "tariff"; and so does a name the
  // claims file gives one entry alone: "Bankman-Fried … 25 years behind bars" is of his sentence
  // though it never says "sentenced".
  const identifying = termKeys.map((term, t) => (figureTerms[t] === true ? isDistinctiveFigure(term) : bags.nameTerms[t] === true && index.df[t] === 1));
  const { weights, key: postingKey, changeTerms, entryWeights, keyCounts } = index;
  const postingOf = (t: number, e: number): number => findPosting(index, t, e);
  const gather = candidatesReader(index, n);
  const relatedKnown = knownRelated(related, termIds);
  const acronymsOf = acronymReader(
    entries.flatMap((e) => [e.claim ?? '', ...e.match]),
    stems,
  );
  /** The candidates of the sentence `text` whose `tokens` these are: see ./candidates. */
  const candidatesOf = (text: string, tokens: readonly NormToken[], least: number, alikeLeast: number): Candidates =>
    n === 0 ? NO_CANDIDATES : gather(queryTerms([...termsOf(tokens, stems), ...acronymsOf(text, tokens)], termIds, relatedKnown, otherGroups), least, alikeLeast);

  // A sentence's figure must be of what the entry's same figure is of: see ./figureAgreement.
  const ofSameThing = sameThingTest(entries, stems, related);

  const alikeOf = (alike: Candidates['alike']): AlikeEntry[] => alike.flatMap(({ entry, share }) => (entries[entry] ? [{ id: entries[entry].id, share }] : []));
  return {
    mostSimilar: (text, tokens, least = OFFER_SCORE) => bestOf(text, tokens, candidatesOf(text, tokens, Math.min(least, AGREED_OFFER_SCORE), Infinity), least, Math.min(least, AGREED_OFFER_SCORE)),
    read(text, tokens, alikeLeast) {
      const found = candidatesOf(text, tokens, AGREED_OFFER_SCORE, alikeLeast);
      const similar = bestOf(text, tokens, found, OFFER_SCORE, AGREED_OFFER_SCORE);
      return { ...(similar && { similar }), alike: alikeOf(found.alike) };
    },
  };

  /**
   * The candidate of the highest score, with the terms it shares with the text: at least `least`,
   * or `agreedLeast` where the text's figure is of what the entry's is; none whose figure the
   * text's is of another thing.
   */
  function bestOf(text: string, tokens: readonly NormToken[], { bounds, bounded, covers, counted, sources, opposed }: Candidates, least: number, agreedLeast: number): SimilarEntry | undefined {
    // Scratch for scoring an entry: the most each word of the sentence adds, and which term adds it
    // (plain arrays: a typed array costs more to make than these few numbers cost to keep).
    const most = new Array<number>(sources).fill(0);
    const by = new Array<number>(sources).fill(0);
    let best: Scored | undefined;
    // The sentence's own figures, whose words are read only if an entry that has them is tested.
    const ownFigures = counted.filter((t) => t.figure && t.weight === 1);
    let wordsAt: ((start: number) => FigureWords | undefined) | undefined;
    for (let k = 0; k < bounds.length; k++) {
      const e = bounded[k] ?? 0;
      if (best && (bounds[k] ?? 0) < best.score) break;
      const scored = scoreOf(e, counted, opposed, most, by, covers[k] ?? 0);
      if (!scored.words || scored.score < agreedLeast || (best && (scored.score < best.score || (scored.score === best.score && e > best.entry)))) continue;
      const agreement = ofSameThing(e, ownFigures, (wordsAt ??= figureWordsOf(text, tokens, stems)));
      if (agreement === 'agree' || (agreement === 'unknown' && scored.score >= least && scored.key)) best = scored;
    }
    const entry = best && entries[best.entry];
    if (!best || !entry) return undefined;
    // A word the entry has is shown as itself, though a related one may weigh more in the score ("plan", not "plan ≈ proposal").
    const own = new Array<number>(sources).fill(-1);
    scoreOf(best.entry, counted, opposed, most, by, 0, own);
    for (let source = 0; source < sources; source++) if ((own[source] ?? -1) >= 0 && (most[source] ?? 0) > 0) by[source] = own[source] ?? 0;
    const shared: SharedTerm[] = [];
    for (let source = 0; source < sources; source++) {
      const t = counted[by[source] ?? 0];
      if ((most[source] ?? 0) === 0 || !t) continue;
      const written = { text: text.slice(t.start, t.end), span: { start: t.start, end: t.end }, figure: t.figure };
      shared.push(t.related ? { ...written, related: termTexts[t.id] ?? '' } : written);
    }
    shared.sort((a, b) => a.span.start - b.span.start);
    return { entryId: entry.id, score: best.score, confident: best.exact >= MATCH_SCORE && !best.contrary && best.allKeys, shared, covered: best.covered };
  }

  /**
   * Entry `e`'s score for a sentence's `terms`, each word of the sentence counting once, for the
   * entry's word it weighs most in: that weight in `most` and that term's place in `by`, by word.
   * A word of the entry that the sentence says the opposite of (`opposed`: "no public money"
   * against "built with public money") counts against it as much as it would have counted for it.
   * And in `own`, if given, the place of the sentence's own word that the entry has, by word.
   */
  function scoreOf(e: number, terms: readonly QueryTerm[], opposed: readonly number[], most: number[], by: number[], cover: number, own?: number[]): Scored {
    most.fill(0);
    let exact = 0;
    let words = false;
    let key = keyCounts[e] === 0;
    let ownKeys = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k] as QueryTerm;
      const at = postingOf(term.id, e);
      if (at < 0) continue;
      const weight = term.weight * (weights[at] ?? 0);
      if (term.weight === 1) exact += weight;
      if (own && term.weight === 1) own[term.source] = k;
      const named = !term.figure && !changeTerms[term.id];
      if (term.weight === 1 && named) words = true;
      if (term.weight === 1 && identifying[term.id] === true) key = true;
      if (postingKey[at] === 1 && named) {
        key = true;
        if (term.weight === 1) ownKeys++;
      }
      if (weight > (most[term.source] ?? 0)) {
        most[term.source] = weight;
        by[term.source] = k;
      }
    }
    let sum = 0;
    for (const weight of most) sum += weight;
    let against = 0;
    for (const t of opposed) {
      const at = postingOf(t, e);
      if (at >= 0) against += weights[at] ?? 0;
    }
    const total = entryWeights[ENTRY_WEIGHTS * e + TOTAL] || 1;
    return { entry: e, score: Math.max(cover, Math.min(1, (sum - against) / total)), covered: cover > 0, exact: Math.min(1, (exact - against) / total), words, key, allKeys: ownKeys >= (keyCounts[e] ?? 0), contrary: against > 0 };
  }
}

/**
 * An entry's score for a sentence, with related words and with the sentence's own words alone;
 * whether the sentence shares a word of its own with it, not only figures; and whether it has,
 * or words otherwise, a word the entry has in every wording (or the entry has none such).
 */
interface Scored {
  readonly entry: number;
  readonly score: number;
  /** Whether the sentence has every term of one of the entry's figure phrases. */
  readonly covered: boolean;
  readonly exact: number;
  readonly words: boolean;
  /** Whether the sentence has a word the entry has in every wording, or a related one, or a distinctive figure or a name of the entry's alone (or the entry has no such word). */
  readonly key: boolean;
  /** Whether the sentence's own words have every word the entry has in every wording: a match needs them all. */
  readonly allKeys: boolean;
  /** Whether the sentence says the opposite of one of the entry's words: it does not state the entry's claim. */
  readonly contrary: boolean;
}
