import { normalizeTokens, type NormToken } from '../text/normalize';
import type { LedgerEntry, Span } from '../types';
import { MAX_PHRASE_WORDS } from './rules';

/** The claims file's entries, indexed for citation look-up and phrase matching. */
export interface Ledger {
  readonly size: number;
  get(id: string): LedgerEntry | undefined;
  ids(): Iterable<string>;
  /** Every occurrence of an entry's `match` phrase in `text[span]`, in text order. */
  findMatches(text: string, span?: Span): LedgerMatch[];
}

/** A place where a draft uses the wording of a claims-file entry. */
export interface LedgerMatch {
  readonly entryId: string;
  /** Where the phrase occurs, in offsets of the searched text. */
  readonly span: Span;
  /** The phrase as the claims file writes it. */
  readonly phrase: string;
}

interface Phrase {
  readonly entryId: string;
  readonly phrase: string;
  /** Its place in the claims file, the order of matches at one position. */
  readonly order: number;
}

/** Phrases by their normalized words, one word per level: the phrases that end at a node, and the words that go on. */
interface PhraseNode {
  phrases?: Phrase[];
  next?: Map<string, PhraseNode>;
}

/**
 * At most this many matches are reported in one sentence: enough for any real sentence, and a
 * bound on what a claims file whose phrases all match a long run-on sentence can cost.
 */
const MAX_MATCHES = 1000;

/** Indexes entries by id (the first of a repeated id wins) and their phrases by their words. */
export function createLedger(entries: readonly LedgerEntry[]): Ledger {
  const byId = new Map<string, LedgerEntry>();
  // A phrase is found by walking the draft's words from each word of a sentence down a tree of the
  // phrases' words: a look-up costs the same for ten entries or a hundred thousand, even when
  // thousands of phrases share their first words ("the", "generated phrase …"), and most words
  // start no phrase at all, so they cost one Map miss.
  const root: PhraseNode = {};
  let order = 0;
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    const keys = new Set<string>();
    for (const phrase of entry.match) {
      const norms = normalizeTokens(phrase).map((t) => t.norm);
      const key = norms.join(' ');
      // Two spellings of one phrase ("14-month", "fourteen-month") would report the entry twice.
      if (norms.length === 0 || norms.length > MAX_PHRASE_WORDS || keys.has(key)) continue;
      keys.add(key);
      let node = root;
      for (const norm of norms) {
        node.next ??= new Map();
        let child = node.next.get(norm);
        if (!child) node.next.set(norm, (child = {}));
        node = child;
      }
      (node.phrases ??= []).push({ entryId: entry.id, phrase, order: order++ });
    }
  }

  return {
    size: byId.size,
    get: (id) => byId.get(id),
    ids: () => byId.keys(),
    findMatches(text, span) {
      if (!root.next) return [];
      const tokens = normalizeTokens(text, span);
      const matches: LedgerMatch[] = [];
      for (let i = 0; i < tokens.length && matches.length < MAX_MATCHES; i++) {
        const token = tokens[i] as NormToken;
        const found: Array<[Phrase, NormToken, number]> = [];
        let node = root.next.get(token.norm);
        for (let k = i; node && k < tokens.length; node = node.next?.get(tokens[++k]?.norm ?? '')) {
          for (const phrase of node.phrases ?? []) found.push([phrase, tokens[k] as NormToken, k === i ? 0 : 1]);
        }
        // One-word phrases first, then longer ones, each in claims-file order.
        found.sort(([a, , x], [b, , y]) => x - y || a.order - b.order);
        for (const [phrase, last] of found.slice(0, MAX_MATCHES - matches.length)) matches.push({ entryId: phrase.entryId, span: { start: token.start, end: last.end }, phrase: phrase.phrase });
      }
      return matches;
    },
  };
}

/** The ledger of a workspace without a claims file. */
export const EMPTY_LEDGER: Ledger = createLedger([]);
