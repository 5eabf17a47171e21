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
  readonly norms: readonly string[];
}

/** The phrases that start with one token: one-token phrases, and longer ones by their second token. */
interface Opening {
  readonly alone: Phrase[];
  readonly bySecond: Map<string, Phrase[]>;
}

/** Indexes entries by id (the first of a repeated id wins) and their phrases by opening tokens. */
export function createLedger(entries: readonly LedgerEntry[]): Ledger {
  const byId = new Map<string, LedgerEntry>();
  // Two levels (first token, then second) make a look-up cost the same for ten entries or a
  // hundred thousand, even when thousands of phrases start with "the"; and most tokens of a
  // sentence start no phrase at all, so they cost one Map miss.
  const byFirst = new Map<string, Opening>();
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    const keys: string[] = [];
    for (const phrase of entry.match) {
      const norms = normalizeTokens(phrase).map((t) => t.norm);
      const key = norms.join(' ');
      const [first, second] = norms;
      // Two spellings of one phrase ("14-month", "fourteen-month") would report the entry twice.
      if (first === undefined || keys.includes(key)) continue;
      keys.push(key);
      let opening = byFirst.get(first);
      if (!opening) byFirst.set(first, (opening = { alone: [], bySecond: new Map() }));
      const indexed = { entryId: entry.id, phrase, norms };
      if (second === undefined) opening.alone.push(indexed);
      else {
        const candidates = opening.bySecond.get(second);
        if (candidates) candidates.push(indexed);
        else opening.bySecond.set(second, [indexed]);
      }
    }
  }

  return {
    size: byId.size,
    get: (id) => byId.get(id),
    ids: () => byId.keys(),
    findMatches(text, span) {
      if (byFirst.size === 0) return [];
      const tokens = normalizeTokens(text, span);
      const matches: LedgerMatch[] = [];
      const tryAt = (first: NormToken, i: number, candidates: readonly Phrase[] | undefined): void => {
        for (const candidate of candidates ?? []) {
          const last = tokens[i + candidate.norms.length - 1];
          if (last && continuesAt(tokens, i, candidate.norms)) {
            matches.push({ entryId: candidate.entryId, span: { start: first.start, end: last.end }, phrase: candidate.phrase });
          }
        }
      };
      tokens.forEach((token, i) => {
        const opening = byFirst.get(token.norm);
        if (!opening) return;
        tryAt(token, i, opening.alone);
        const next = tokens[i + 1];
        if (next) tryAt(token, i, opening.bySecond.get(next.norm));
      });
      return matches;
    },
  };
}

/** Whether `tokens` from `i` spell `norms`, whose first two tokens the index already matched. */
function continuesAt(tokens: readonly NormToken[], i: number, norms: readonly string[]): boolean {
  for (let k = 2; k < norms.length; k++) if (tokens[i + k]?.norm !== norms[k]) return false;
  return true;
}

/** The ledger of a workspace without a claims file. */
export const EMPTY_LEDGER: Ledger = createLedger([]);
