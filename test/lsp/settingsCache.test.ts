import assert from 'node:assert/strict';
import { SettingsCache } from '../../server/src/lsp/settingsCache';

describe('lsp/settingsCache', () => {
  it('makes the check options once per settings and day, with that day as today', async () => {
    let day = '2024-06-01';
    const cache = new SettingsCache(() => Promise.resolve({ reviewMaxAgeDays: 30 }), () => undefined, () => day);
    const settings = await cache.of(undefined);
    const first = cache.optionsFor(settings);
    assert.deepEqual([first.today, first.reviewMaxAgeDays], ['2024-06-01', 30]);
    assert.equal(cache.optionsFor(settings), first);
    // Past midnight: new options, so that drafts are judged again with the new date.
    day = '2024-06-02';
    const next = cache.optionsFor(settings);
    assert.notEqual(next, first);
    assert.equal(next.today, '2024-06-02');
  });
});
