import { isFigureNorm, type NormToken } from '../text/normalize';

/** Phrases by their normalized words, one word per level: what ends at a node, and the words that go on. */
export interface TrieNode<T> {
  value?: T;
  next?: Map<string, TrieNode<T>>;
}

/** The node of `words` in the index, made if missing. */
export function nodeOf<T>(root: TrieNode<T>, words: readonly string[]): TrieNode<T> {
  let node = root;
  for (const word of words) {
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = {}));
    node = child;
  }
  return node;
}

/**
 * The phrases of an index that a sentence's words start at one word, one-word phrases first, then
 * longer ones, each in claims-file order (`order`). Each node's phrases are in that order already,
 * so the few nodes' lists are merged, not sorted; one walk serves a whole sentence, allocating
 * nothing per phrase found.
 */
export class PhraseWalk<T extends { readonly order: number }> {
  /** The last word of the phrase `next` gave, and whether a figure is among its words. */
  last = 0;
  figure = false;
  private readonly lists: Array<readonly T[]> = [];
  private readonly lasts: number[] = [];
  private readonly figures: boolean[] = [];
  private readonly heads: number[] = [];
  private lo = 0;
  private hi = 0;

  constructor(
    private readonly root: TrieNode<T[]>,
    private readonly tokens: readonly NormToken[],
  ) {}

  /** Starts at word `i`: whether any phrase starts there. */
  from(i: number): boolean {
    const { tokens, lists } = this;
    lists.length = 0;
    let figure = false;
    let node = this.root.next?.get((tokens[i] as NormToken).norm);
    for (let k = i; node && k < tokens.length; node = node.next?.get(tokens[++k]?.norm ?? '')) {
      figure ||= isFigureNorm(tokens[k]?.norm ?? '');
      if (node.value === undefined) continue;
      this.lasts[lists.length] = k;
      this.figures[lists.length] = figure;
      this.heads[lists.length] = 0;
      lists.push(node.value);
    }
    this.lo = 0;
    this.hi = lists.length > 0 && this.lasts[0] === i ? 1 : lists.length;
    return lists.length > 0;
  }

  /** The next phrase, with its `last` word and `figure` set; none when all are given. */
  next(): T | undefined {
    const { lists, heads } = this;
    for (;;) {
      let phrase: T | undefined;
      let at = this.lo;
      for (let n = this.lo; n < this.hi; n++) {
        const next = lists[n]?.[heads[n] ?? 0];
        if (next && (!phrase || next.order < phrase.order)) {
          phrase = next;
          at = n;
        }
      }
      if (phrase) {
        heads[at] = (heads[at] ?? 0) + 1;
        this.last = this.lasts[at] ?? 0;
        this.figure = this.figures[at] === true;
        return phrase;
      }
      if (this.hi === lists.length) return undefined;
      this.lo = this.hi;
      this.hi = lists.length;
    }
  }
}
