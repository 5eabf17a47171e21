import assert from 'node:assert/strict';
import { closestIds } from '../../../server/src/core/ledger/closest';

const IDS = ['ukraine-war-duration', 'china-12-point-plan', 'ex-soviet-states-status', 'zakharova-china-readiness', 'xi-call', 'un-report'];

describe('core/ledger/closest', () => {
  it('suggests the ids a typo comes from, nearest first', () => {
    assert.deepEqual(closestIds('ukraine-war-durration', IDS), ['ukraine-war-duration']);
    assert.deepEqual(closestIds('china-12-piont-plan', IDS), ['china-12-point-plan']);
    assert.deepEqual(closestIds('ukraine-duration', IDS), ['ukraine-war-duration']);
  });

  it('counts a swap of neighbours as one edit and ignores case', () => {
    assert.deepEqual(closestIds('xi-clal', ['xi-call', 'xi-cell', 'xi-talk']), ['xi-call', 'xi-cell']);
    assert.deepEqual(closestIds('UN-Report', IDS), ['un-report']);
  });

  it('orders by distance, then by id, and keeps at most `limit`', () => {
    const ids = ['report-b', 'report-a', 'report-ab', 'report-c', 'reports'];
    assert.deepEqual(closestIds('report', ids), ['reports', 'report-a', 'report-b']);
    // "report-ab" is three edits away: more than 40% of six characters.
    assert.deepEqual(closestIds('report', ids, 5), ['reports', 'report-a', 'report-b', 'report-c']);
    assert.deepEqual(closestIds('report', ids, 1), ['reports']);
    assert.deepEqual(closestIds('report', ids, 0), []);
  });

  it('suggests nothing that is not near: two edits for short keys would leave little of them', () => {
    assert.deepEqual(closestIds('nato-summit', IDS), []);
    assert.deepEqual(closestIds('xi', ['un', 'xe', 'x']), ['x', 'xe']);
    assert.deepEqual(closestIds('abc', ['xyz', 'axc']), ['axc']);
    assert.deepEqual(closestIds('duration', ['ukraine-war-duration']), []);
  });

  it('searches 100,000 ids quickly', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `claim-${(i * 7919) % 100_000}-${['war', 'talks', 'aid', 'troops'][i % 4]}-${i % 97}`);
    const target = ids[12_345] ?? '';
    assert.match(target, /-talks-/);
    const started = performance.now();
    const found = closestIds(target.replace('talks', 'tlaks'), ids);
    const elapsed = performance.now() - started;
    assert.equal(found[0], target);
    assert.ok(elapsed < 1000, `${elapsed} ms`);
  });
});
