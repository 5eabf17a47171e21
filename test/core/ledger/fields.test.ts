import assert from 'node:assert/strict';
import { ENTRY_FIELDS, readFields, SOURCE_FIELDS, type FieldReader } from '../../../server/src/core/ledger/fields';

type Mapping = Readonly<Record<string, unknown>>;

/** A reader of plain objects whose values read as themselves, noting which fields it read. */
function plainReader(read: string[] = []): FieldReader<Mapping, unknown> {
  const same = (value: unknown): never => value as never;
  const kinds = { id: same, url: same, text: same, date: same, rating: same, phrases: same, sources: same };
  return {
    field: (mapping, key) => {
      read.push(key);
      return mapping[key];
    },
    kinds,
  };
}

describe('core/ledger/fields', () => {
  it('gives absent fields their defaults and leaves out absent text and dates', () => {
    assert.deepEqual(readFields(ENTRY_FIELDS, { id: 'a' }, plainReader()), { id: 'a', match: [], rating: 'unverified', sources: [] });
    assert.deepEqual(readFields(SOURCE_FIELDS, { url: 'https://example.org', date: '2024-01-01' }, plainReader()), { url: 'https://example.org', date: '2024-01-01' });
  });

  it('keeps the table’s order, whatever the mapping’s', () => {
    const entry = readFields(ENTRY_FIELDS, { notes: 'n', claim: 'c', id: 'a' }, plainReader());
    assert.deepEqual(Object.keys(entry ?? {}), ['id', 'claim', 'match', 'rating', 'sources', 'notes']);
  });

  it('ignores an entry without an id and a source without a url, reading no further field', () => {
    const read: string[] = [];
    assert.equal(readFields(ENTRY_FIELDS, { claim: 'c' }, plainReader(read)), undefined);
    assert.equal(readFields(SOURCE_FIELDS, { title: 't' }, plainReader(read)), undefined);
    assert.deepEqual(read, ['id', 'url']);
  });
});
