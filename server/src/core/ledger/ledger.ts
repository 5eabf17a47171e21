import { normalizeTokens, type NormToken } from '../text/normalize';
import type { LedgerEntry, Span } from '../types';

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

/** Indexes entries by id (the first of a repeated id wins) and their phrases by their words. */
export function createLedger(entries: readonly LedgerEntry[]): Ledger {
  const byId = new Map<string, LedgerEntry>();
  // A phrase is found by its whole normalized wording, tried at each token of a sentence for each
  // length a phrase starting with that token has: a look-up costs the same for ten entries or a
  // hundred thousand, even when thousands of phrases share their first words ("the", "generated
  // phrase …"), and most tokens start no phrase at all, so they cost one Map miss.
  const lengths = new Map<string, number[]>();
  const byWording = new Map<string, Phrase[]>();
  let order = 0;
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    const keys: string[] = [];
    for (const phrase of entry.match) {
      const norms = normalizeTokens(phrase).map((t) => t.norm);
      const key = norms.join(' ');
      const first = norms[0];
      // Two spellings of one phrase ("14-month", "fourteen-month") would report the entry twice.
      if (first === undefined || keys.includes(key)) continue;
      keys.push(key);
      const known = lengths.get(first);
      if (!known) lengths.set(first, [norms.length]);
      else if (!known.includes(norms.length)) known.push(norms.length);
      const indexed = { entryId: entry.id, phrase, order: order++ };
      const same = byWording.get(key);
      if (same) same.push(indexed);
      else byWording.set(key, [indexed]);
    }
  }

  return {
    size: byId.size,
    get: (id) => byId.get(id),
    ids: () => byId.keys(),
    findMatches(text, span) {
      if (byWording.size === 0) return [];
      const tokens = normalizeTokens(text, span);
      const matches: LedgerMatch[] = [];
      tokens.forEach((token, i) => {
        const starting = lengths.get(token.norm);
        if (!starting) return;
        const found: Array<[Phrase, NormToken, number]> = [];
        for (const length of starting) {
          const last = tokens[i + length - 1];
          if (!last) continue;
          const key = length === 1 ? token.norm : wording(tokens, i, length);
          for (const phrase of byWording.get(key) ?? []) found.push([phrase, last, length === 1 ? 0 : 1]);
        }
        // One-word phrases first, then longer ones, each in claims-file order.
        found.sort(([a, , x], [b, , y]) => x - y || a.order - b.order);
        for (const [phrase, last] of found) matches.push({ entryId: phrase.entryId, span: { start: token.start, end: last.end }, phrase: phrase.phrase });
      });
      return matches;
    },
  };
}

/** The normalized wording of `length` tokens from `i`. */
function wording(tokens: readonly NormToken[], i: number, length: number): string {
  let key = tokens[i]?.norm ?? '';
  for (let k = 1; k < length; k++) key += ' ' + (tokens[i + k]?.norm ?? '');
  return key;
}

/** The ledger of a workspace without a claims file. */
export const EMPTY_LEDGER: Ledger = createLedger([]);
