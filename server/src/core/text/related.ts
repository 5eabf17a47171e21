import table from './related-words.json';

// Words that mean nearly the same, as stems of the terms a claim is recognised by (./terms):
// "soldiers" and "troops", "jobless" and "unemployment", "Beijing" and "China". The table is
// distilled from GloVe word vectors by scripts/related-words.mjs (see there); a pair's weight is
// the cosine of its vectors. Word vectors also put near one another words that are alike but not
// the same ("rose" and "fell", "March" and "April"): matching uses the table as weaker evidence
// than a shared word, and never without a shared figure where the entry states one.

/** A stem related to another, and how near: the cosine of their word vectors, below 1. */
export interface RelatedStem {
  readonly stem: string;
  readonly weight: number;
}

export interface RelatedWords {
  /** The stems related to `stem`, nearest first; none for a stem the table does not know. */
  of(stem: string): readonly RelatedStem[];
}

/** The table's file, as scripts/related-words.mjs writes it. */
export interface RelatedWordsTable {
  /** The stems that have related stems, separated by spaces. */
  readonly stems: string;
  /**
   * For each of those stems in order, ";"-separated: the stems after it that it relates to, as
   * "d w" pairs separated by spaces, d being how many stems further on, w the weight in hundredths.
   */
  readonly related: string;
}

const NONE: readonly RelatedStem[] = [];

/** The related words of a table (each pair holds both ways). Throws on a table not so written. */
export function readRelatedWords({ stems: spelled, related }: RelatedWordsTable): RelatedWords {
  const stems = spelled === '' ? [] : spelled.split(' ');
  const groups = related === '' ? [] : related.split(';');
  if (groups.length !== stems.length) throw new Error(`related words: ${stems.length} stems but ${groups.length} lists`);
  const byStem = new Map<string, RelatedStem[]>();
  const add = (from: string, to: string, weight: number): void => {
    const list = byStem.get(from);
    if (list) list.push({ stem: to, weight });
    else byStem.set(from, [{ stem: to, weight }]);
  };
  groups.forEach((group, i) => {
    const numbers = group === '' ? [] : group.split(' ').map(Number);
    for (let k = 0; k + 1 < numbers.length; k += 2) {
      const to = stems[i + (numbers[k] ?? 0)];
      const weight = (numbers[k + 1] ?? 0) / 100;
      const from = stems[i] as string;
      if (to === undefined || !(weight > 0 && weight < 1)) throw new Error(`related words: a bad pair in the list of "${from}"`);
      add(from, to, weight);
      add(to, from, weight);
    }
  });
  for (const list of byStem.values()) list.sort((a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : 1));
  return { of: (stem) => byStem.get(stem) ?? NONE };
}

/** The related words that ship, distilled from GloVe (scripts/related-words.mjs). */
export const RELATED_WORDS: RelatedWords = readRelatedWords(table);
