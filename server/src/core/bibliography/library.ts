import type { Ledger } from '../ledger/ledger';
import type { Reference } from './reference';

/**
 * The claims file with the works of a draft's bibliographies, which its citations may name too:
 * a new ledger (so that whatever was judged against the old one is judged again), sharing the
 * claims file's index, and the works each key once. The first of a key defined in several
 * bibliographies is the one cited.
 */
export function withReferences(ledger: Ledger, references: readonly Reference[]): { readonly ledger: Ledger; readonly references: readonly Reference[] } {
  if (references.length === 0) return { ledger, references };
  const byKey = new Map<string, Reference>();
  for (const reference of references) if (!byKey.has(reference.key)) byKey.set(reference.key, reference);
  return { ledger: { ...ledger, reference: (key) => byKey.get(key) }, references: [...byKey.values()] };
}

/**
 * The works whose keys are claims-file ids too: a citation of one is read as the claims-file entry.
 * A work exported from that entry (`fact-check export --to csl`, titled by its claim) is the same
 * work, named in the front matter so that Pandoc renders the citation.
 */
export function clashes(ledger: Ledger, references: readonly Reference[]): Reference[] {
  return references.filter((r) => {
    const entry = ledger.get(r.key);
    return entry !== undefined && r.title !== (entry.claim ?? entry.id).replace(/\s+/g, ' ').trim();
  });
}

/** What is said, in its bibliography, of a work whose key is a claims-file id too. */
export function clashMessage(key: string): string {
  return `"${key}" is also a claims-file id: citations of it are checked as the claims-file entry, and Pandoc may render either. Rename one of them.`;
}
