import type { Ledger } from '../ledger/ledger';
import type { Reference } from './reference';

/**
 * The claims file with the works of a draft's bibliographies, which its citations may name too:
 * a new ledger (so that whatever was judged against the old one is judged again), sharing the
 * claims file's index. The first of a key defined in several bibliographies is the one cited.
 */
export function withReferences(ledger: Ledger, references: readonly Reference[]): Ledger {
  if (references.length === 0) return ledger;
  const byKey = new Map<string, Reference>();
  for (const reference of references) if (!byKey.has(reference.key)) byKey.set(reference.key, reference);
  return { ...ledger, reference: (key) => byKey.get(key) };
}
