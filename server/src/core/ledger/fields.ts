// The one table of a claims file's fields: which fields an entry and a source may have, what kind of
// value each holds, and what a field amounts to when it is absent or unusable. Both readers read
// every entry and source through `readFields`, each with its own way to read a value of each kind
// (rules.ts says which values are valid), so that a field is added or changed here alone.

import type { LedgerEntry, LedgerSource, Rating } from '../types';

/** What a value of each kind reads as. */
export interface FieldKinds {
  /** An entry's id: citable as [@id], and unique in the file. */
  readonly id: string;
  /** A source's full web address. */
  readonly url: string;
  /** Text, trimmed; none when empty. */
  readonly text: string | undefined;
  /** A calendar date, maybe with a time. */
  readonly date: string | undefined;
  readonly rating: Rating;
  /** A match phrase, or a list of them. */
  readonly phrases: string[];
  /** A list of sources, each a URL or a mapping of SOURCE_FIELDS. */
  readonly sources: LedgerSource[];
}

export type FieldKind = keyof FieldKinds;

/**
 * What a field that is absent or unusable amounts to: without its id or url, an entry or source is
 * ignored; a text or date is left out; the others take a default.
 */
const FALLBACKS: { readonly [K in FieldKind]: 'ignore' | 'omit' | (() => FieldKinds[K]) } = {
  id: 'ignore',
  url: 'ignore',
  text: 'omit',
  date: 'omit',
  rating: () => 'unverified',
  phrases: () => [],
  sources: () => [],
};

/** The fields an entry may have and what each holds (schemas/claims.schema.json describes the same ones). */
export const ENTRY_FIELDS = {
  id: 'id',
  claim: 'text',
  match: 'phrases',
  rating: 'rating',
  sources: 'sources',
  reviewed: 'date',
  reviewer: 'text',
  notes: 'text',
} as const satisfies { readonly [K in Exclude<keyof LedgerEntry, 'span'>]-?: FieldKind };

/** The fields a source may have. */
export const SOURCE_FIELDS = { url: 'url', title: 'text', publisher: 'text', date: 'date' } as const satisfies { readonly [K in keyof LedgerSource]-?: FieldKind };

export const ENTRY_KEYS = Object.keys(ENTRY_FIELDS) as readonly (keyof typeof ENTRY_FIELDS)[];
export const SOURCE_KEYS = Object.keys(SOURCE_FIELDS) as readonly (keyof typeof SOURCE_FIELDS)[];
/** Top-level keys; `$schema` lets a JSON claims file name its schema for editors. */
export const TOP_LEVEL_KEYS = ['claims', '$schema'] as const;

/** What the fields of a table read as. */
export type FieldValues<T extends Record<keyof T, FieldKind>> = { [K in keyof T]: FieldKinds[T[K]] };

/** How a reader reads its mappings (`M`), whose values are `V`. */
export interface FieldReader<M, V> {
  /** The value of `key` in `mapping`, if it has one. */
  field(mapping: M, key: string): V | undefined;
  /**
   * A value of each kind (undefined when the mapping lacks the field) as what it reads as, or
   * undefined when it is absent or unusable: a reader that reports problems has said why.
   */
  readonly kinds: { readonly [K in FieldKind]: (value: V | undefined, mapping: M) => FieldKinds[K] | undefined };
}

/**
 * The fields of `table` in `mapping`, read in the table's order; undefined, and the fields after it
 * not read, at an id or url that is absent or unusable. A text or date that reads as nothing is left
 * out, so that entries hold only what the file says. Add to the object by assignment, not by
 * spreading it into another: V8 gives every such copy a hidden class of its own, 25 MB for 100,000
 * entries.
 */
export function readFields<T extends Record<keyof T, FieldKind>, M, V>(table: T, mapping: M, reader: FieldReader<M, V>): FieldValues<T> | undefined {
  const values: Record<string, unknown> = {};
  for (const key in table) {
    const kind: FieldKind = table[key];
    let value = reader.kinds[kind](reader.field(mapping, key), mapping);
    if (value === undefined) {
      const fallback = FALLBACKS[kind];
      if (fallback === 'ignore') return undefined;
      if (fallback === 'omit') continue;
      value = fallback();
    }
    values[key] = value;
  }
  return values as FieldValues<T>;
}
