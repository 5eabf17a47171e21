import assert from 'node:assert/strict';
import { toCslJson } from '../../../server/src/core/export/csl';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import { readFixture } from '../../helpers/fixtures';

describe('core/export/csl', () => {
  it('writes each entry as a CSL item under its id: the claim as title, its first source as where to read it', () => {
    const entries = parseLedger(readFixture('drafts/claims.yaml')).entries;
    const items = toCslJson(entries);
    assert.deepEqual(items.map((i) => i.id), entries.map((e) => e.id));
    const first = entries[0];
    const item = items[0];
    assert.ok(first && item);
    assert.equal(item.title, first.claim ?? first.id);
    assert.equal(item.URL, first.sources[0]?.url);
    assert.match(String(item.note), new RegExp(`^Rated ${first.rating.replace('-', ' ')}`));
  });

  it('dates an item by its source, else by its review', () => {
    const entry = (date?: string, reviewed?: string) => ({ id: 'x', match: [], rating: 'true', sources: [{ url: 'https://a.example', ...(date ? { date } : {}) }], ...(reviewed ? { reviewed } : {}), span: { start: 0, end: 0 } }) as const;
    assert.deepEqual(toCslJson([entry('2023-02-24', '2023-04-27')])[0]?.issued, { 'date-parts': [[2023, 2, 24]] });
    assert.deepEqual(toCslJson([entry(undefined, '2023-04')])[0]?.issued, { 'date-parts': [[2023, 4]] });
    assert.equal(toCslJson([entry()])[0]?.issued, undefined);
  });
});
