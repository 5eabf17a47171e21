import type { RelatedStem, RelatedWords } from '../text/related';
import { negatedTerm, type Term } from '../text/terms';
import type { OtherGroups } from './groups';

// A sentence's terms as the index of similar claims reads them (see ./similar): the ones it knows,
// and the known ones related to the sentence's other words.

/** A term of a sentence that the index knows, or a known term related to one of the sentence's, with the weight it counts with. */
export interface QueryTerm extends Term {
  readonly id: number;
  readonly weight: number;
  /** The sentence's word it is or is related to, numbered from 0 by where the sentence first writes each. */
  readonly source: number;
  /** Whether it is another word than the sentence's, related to it (at weight 1 when both name one country: see ./placeNames). */
  readonly related: boolean;
}

/** The terms the index knows that are related to a stem, nearest first, with their numbers. */
export type KnownRelated = (stem: string) => readonly KnownStem[];

export interface KnownStem extends RelatedStem {
  readonly id: number;
}

/**
 * The stems `related` relates to a stem that `termIds` knows. A stem's are looked up once and kept:
 * a sentence's word may have dozens, each a look-up in the index's many terms. Only stems that have
 * related stems are kept, so what is kept is bounded by the table, not by what documents say.
 */
export function knownRelated(related: RelatedWords, termIds: ReadonlyMap<string, number>): KnownRelated {
  const kept = new Map<string, readonly KnownStem[]>();
  return (stem) => {
    const known = kept.get(stem);
    if (known) return known;
    const all = related.of(stem);
    const found = all.flatMap(({ stem: other, weight }) => {
      const id = termIds.get(other);
      return id === undefined ? [] : [{ stem: other, weight, id }];
    });
    if (all.length > 0) kept.set(stem, found);
    return found;
  };
}

/**
 * The terms the index knows, each once (where the text first writes it), with weight 1, and the
 * known terms related to the sentence's words that it does not have, each once with the weight of
 * its nearest word of the sentence; and how many words of the sentence they stand for. And
 * `opposed`: the known terms that say the opposite of one of the sentence's, which an entry that
 * has one does not state as the sentence does (see `keysOf`), and those of groups of people other
 * than the sentence's (see ./groups).
 */
export function queryTerms(terms: readonly Term[], termIds: ReadonlyMap<string, number>, related: KnownRelated, otherGroups: OtherGroups): { terms: QueryTerm[]; sources: number; opposed: number[] } {
  const byId = new Map<number, QueryTerm>();
  const opposed: number[] = [];
  // "children" against an entry's "adults": a group the sentence is not about.
  for (const other of otherGroups(terms)) {
    const id = termIds.get(other);
    if (id !== undefined) opposed.push(id);
  }
  // Each distinct term of the sentence, by the number of its word, and the first place it is written.
  const words = new Map<string, [number, Term]>();
  for (const term of terms) {
    const { keys, opposite } = keysOf(term);
    const against = opposite === undefined ? undefined : termIds.get(opposite);
    if (against !== undefined) opposed.push(against);
    for (const key of keys) {
      if (words.has(key)) continue;
      const source = words.size;
      words.set(key, [source, term]);
      const id = termIds.get(key);
      if (id !== undefined && !byId.has(id)) byId.set(id, queryTerm(term, key, id, 1, source, false));
    }
  }
  for (const [stem, [source, term]] of words) {
    if (term.figure || term.negation) continue;
    for (const { stem: other, weight, id } of related(stem)) {
      const known = byId.get(id);
      if (!known || known.weight < weight) byId.set(id, queryTerm(term, other, id, weight, source, true));
    }
  }
  return { terms: [...byId.values()], sources: words.size, opposed };
}

function queryTerm({ figure, start, end }: Term, term: string, id: number, weight: number, source: number, related: boolean): QueryTerm {
  return { term, figure, start, end, id, weight, source, related };
}

/**
 * The terms a sentence's word stands for, and the one that says its opposite. A denied word is its
 * negated term, the opposite of the word ("vaccines do not contain" against "contain"); a word
 * that says there is none ("no prime minister since 1945 had won…") may be an entry's negated word
 * or the word itself, as "no other" says "the first"; a plain word is the opposite of its negated
 * term ("built with public money" against "no public money").
 */
function keysOf({ term, figure, negation }: Term): { keys: readonly string[]; opposite?: string } {
  if (figure) return { keys: [term] };
  if (negation === 'denied') return { keys: [negatedTerm(term)], opposite: term };
  if (negation === 'none') return { keys: [negatedTerm(term), term] };
  return { keys: [term], opposite: negatedTerm(term) };
}
