import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { isFunctionWord, termsOf, type Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import type { CheckedFigure } from './changedInWords';
import type { LedgerMatch } from './ledger';

// A phrase that only ranks a figure against a period ("the highest since 1989", "its weakest in 22
// years") says nothing of what it ranks: mortgage rates, defence spending and a currency each reach
// their highest or weakest since some year. Such a phrase is its claim's only where the sentence
// also writes another of the claim's figures, not a year: "a turnout of 74.4 percent, the highest
// since 1989". A claim with no other figure leaves the phrase as it is.

// Superlatives a ranking phrase is made of, and the words of a period beside its figure.
const SUPERLATIVES: ReadonlySet<string> = new Set(
  'highest lowest weakest strongest biggest largest smallest hottest warmest coldest wettest driest deadliest fastest slowest longest shortest worst best most least'.split(' '),
);
const PERIODS: ReadonlySet<string> = new Set(['year', 'years', 'decade', 'decades', 'month', 'months', 'level', 'levels', 'since', 'ever']);

/** Whether a phrase, its words normalized, ranks a figure against a period and says nothing else: a superlative, a figure, and words of a period. */
export function isRanking(norms: readonly string[]): boolean {
  return norms.some((n) => SUPERLATIVES.has(n)) && norms.some(isFigureNorm) && norms.every((n) => SUPERLATIVES.has(n) || PERIODS.has(n) || isFigureNorm(n) || isFunctionWord(n));
}

/**
 * The filter for the claims file whose phrases that rank are `ranking`, its entries `entryOf` by
 * id, and their figures `checkedOf`: a sentence's `matches` (its `tokens`) but those of a phrase
 * that ranks where the sentence writes none of its claim's other figures, whose entries are added
 * to `elsewhere` (said of another thing). A changed figure beside such a phrase has made it a
 * changed figure before this (./figureBeside). Each phrase is read once, when first found.
 */
export function rankingFilter(
  ranking: ReadonlySet<string>,
  entryOf: (entryId: string) => LedgerEntry | undefined,
  checkedOf: (entry: LedgerEntry) => readonly CheckedFigure[],
  stems: Stems,
): (tokens: readonly NormToken[], matches: readonly LedgerMatch[], elsewhere: Set<string>) => readonly LedgerMatch[] {
  // By entry and phrase that ranks: the claim's figures a sentence must write one of, or none.
  const needed = new Map<string, ReadonlySet<string> | undefined>();
  const neededOf = ({ entryId, phrase }: LedgerMatch): ReadonlySet<string> | undefined => {
    const key = `${entryId}\n${phrase}`;
    if (!needed.has(key)) {
      const entry = entryOf(entryId);
      const own = new Set(termsOf(normalizeTokens(phrase), stems).map((t) => t.term));
      const others = entry ? checkedOf(entry).filter((c) => !c.year && !own.has(c.term)) : [];
      needed.set(key, others.length > 0 ? new Set(others.map((c) => c.term)) : undefined);
    }
    return needed.get(key);
  };
  return (tokens, matches, elsewhere) => {
    // Most claims files have no phrase that ranks, and most sentences match none: they read no figures.
    if (ranking.size === 0 || matches.length === 0) return matches;
    let figures: ReadonlySet<string> | undefined;
    const kept = matches.filter((m) => {
      const terms = ranking.has(m.phrase) ? neededOf(m) : undefined;
      if (terms === undefined) return true;
      figures ??= new Set(termsOf(tokens, stems).flatMap((t) => (t.figure ? [t.term] : [])));
      for (const t of terms) if (figures.has(t)) return true;
      elsewhere.add(m.entryId);
      return false;
    });
    return kept.length === matches.length ? matches : kept;
  };
}
