import type { RelatedWords } from '../text/related';
import type { Term } from '../text/terms';

// A sentence's terms as the index of similar claims reads them (see ./similar): the ones it knows,
// and the known ones related to the sentence's other words.

/** A term of a sentence that the index knows, or a known term related to one of the sentence's, with the weight it counts with. */
export interface QueryTerm extends Term {
  readonly id: number;
  readonly weight: number;
  /** The sentence's word it is or is related to, numbered from 0 by where the sentence first writes each. */
  readonly source: number;
}

/**
 * The terms the index knows, each once (where the text first writes it), with weight 1, and the
 * known terms related to the sentence's words that it does not have, each once with the weight of
 * its nearest word of the sentence; and how many words of the sentence they stand for.
 */
export function queryTerms(terms: readonly Term[], termIds: ReadonlyMap<string, number>, related: RelatedWords): { terms: QueryTerm[]; sources: number } {
  const byId = new Map<number, QueryTerm>();
  // Each distinct term of the sentence, by the number of its word, and the first place it is written.
  const words = new Map<string, [number, Term]>();
  for (const term of terms) {
    if (words.has(term.term)) continue;
    const source = words.size;
    words.set(term.term, [source, term]);
    const id = termIds.get(term.term);
    if (id !== undefined && !byId.has(id)) byId.set(id, queryTerm(term, term.term, id, 1, source));
  }
  for (const [stem, [source, term]] of words) {
    if (term.figure) continue;
    for (const { stem: other, weight } of related.of(stem)) {
      const id = termIds.get(other);
      if (id === undefined) continue;
      const known = byId.get(id);
      if (!known || known.weight < weight) byId.set(id, queryTerm(term, other, id, weight, source));
    }
  }
  return { terms: [...byId.values()], sources: words.size };
}

function queryTerm({ figure, start, end }: Term, term: string, id: number, weight: number, source: number): QueryTerm {
  return { term, figure, start, end, id, weight, source };
}
