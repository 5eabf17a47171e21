import table from './related-words.json';

// Words that mean nearly the same, as stems of the terms a claim is recognised by (./terms):
// "soldiers" and "troops", "jobless" and "unemployment", "Beijing" and "China". The table is
// distilled from GloVe word vectors by scripts/related-words.mjs (see there); a pair's weight is
// the cosine of its vectors. Word vectors also put near one another words that are alike but not
// the same: the script leaves out those WordNet calls opposites or different things of one kind
// ("rose" and "fell", "March" and "April"), but not all such ("inflation" and "unemployment"), so
// matching uses the table as weaker evidence than a shared word, and never without a shared figure
// where the entry states one.

/** A stem related to another, and how near: the cosine of their word vectors, below 1; 1 for words that name one country (../ledger/placeNames). */
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
   * For each of those stems in order, ";"-separated: the stems after it that it relates to, in
   * order, as "d w" pairs separated by spaces, d being how many stems further on than the pair
   * before (the first, than the list's stem), w the weight in hundredths.
   */
  readonly related: string;
}

const NONE: readonly RelatedStem[] = [];
const SPACE = 0x20;
const SEMICOLON = 0x3b;

/**
 * The related words of a table, each pair holding both ways. Throws on a table not so written.
 * The pairs are kept in flat arrays, each stem's together: a table of tens of thousands of pairs
 * is read in milliseconds, and a stem's list is made when it is first asked for.
 */
export function readRelatedWords({ stems: spelled, related }: RelatedWordsTable): RelatedWords {
  const stems = spelled === '' ? [] : spelled.split(' ');
  const index = new Map(stems.map((stem, i) => [stem, i]));
  // The pairs as written: stem i, stem j, weight in hundredths.
  const pairs: number[] = [];
  let i = 0;
  let numbers: number[] = [];
  const endList = (): void => {
    if (numbers.length % 2 !== 0) throw new Error(`related words: an odd list for "${stems[i] ?? ''}"`);
    let before = i;
    for (let k = 0; k < numbers.length; k += 2) {
      const j = before + (numbers[k] ?? 0);
      const weight = numbers[k + 1] ?? 0;
      if (j <= before || j >= stems.length || weight <= 0 || weight >= 100) throw new Error(`related words: a bad pair in the list of "${stems[i] ?? ''}"`);
      pairs.push(i, j, weight);
      before = j;
    }
    numbers = [];
    i++;
  };
  if (related !== '') {
    let value = -1;
    for (let at = 0; at <= related.length; at++) {
      const c = at < related.length ? related.charCodeAt(at) : SEMICOLON;
      if (c >= 0x30 && c <= 0x39) value = (value < 0 ? 0 : value * 10) + (c - 0x30);
      else if (c === SPACE || c === SEMICOLON) {
        if (value >= 0) numbers.push(value);
        value = -1;
        if (c === SEMICOLON) endList();
      } else throw new Error(`related words: an unexpected character at ${at}`);
    }
  }
  if (i !== stems.length) throw new Error(`related words: ${stems.length} stems but ${i} lists`);

  // Each stem's related stems and their weights, both ways, one stem's after another's from `starts[s]`.
  const starts = new Int32Array(stems.length + 1);
  for (let k = 0; k < pairs.length; k += 3) {
    for (const s of [pairs[k] ?? 0, pairs[k + 1] ?? 0]) starts[s + 1] = (starts[s + 1] ?? 0) + 1;
  }
  for (let s = 0; s < stems.length; s++) starts[s + 1] = (starts[s + 1] ?? 0) + (starts[s] ?? 0);
  const others = new Int32Array(starts[stems.length] ?? 0);
  const weights = new Uint8Array(others.length);
  const filled = starts.slice(0, stems.length);
  const put = (from: number, to: number, weight: number): void => {
    const at = filled[from] ?? 0;
    filled[from] = at + 1;
    others[at] = to;
    weights[at] = weight;
  };
  for (let k = 0; k < pairs.length; k += 3) {
    put(pairs[k] ?? 0, pairs[k + 1] ?? 0, pairs[k + 2] ?? 0);
    put(pairs[k + 1] ?? 0, pairs[k] ?? 0, pairs[k + 2] ?? 0);
  }

  // Each stem's list once made: a draft's words come back sentence after sentence.
  const lists = new Map<number, readonly RelatedStem[]>();
  return {
    of(stem) {
      const s = index.get(stem);
      if (s === undefined) return NONE;
      let list = lists.get(s);
      if (!list) {
        const made: RelatedStem[] = [];
        for (let at = starts[s] ?? 0; at < (starts[s + 1] ?? 0); at++) made.push({ stem: stems[others[at] ?? 0] ?? '', weight: (weights[at] ?? 0) / 100 });
        lists.set(s, (list = made.sort((a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : 1))));
      }
      return list;
    },
  };
}

/**
 * The related words that ship, distilled from GloVe (scripts/related-words.mjs): read when first
 * asked for, so that a check without a claims file never reads them.
 */
export const RELATED_WORDS: RelatedWords = lazily(() => readRelatedWords(table));

function lazily(read: () => RelatedWords): RelatedWords {
  let words: RelatedWords | undefined;
  return { of: (stem) => (words ??= read()).of(stem) };
}
