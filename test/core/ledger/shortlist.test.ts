import assert from 'node:assert/strict';
import { mostSevere, Shortlist } from '../../../server/src/core/ledger/shortlist';
import type { Severity } from '../../../server/src/core/types';

describe('core/ledger/shortlist', () => {
  it('keeps the first items in order, however many are added, and counts them all', () => {
    const list = new Shortlist<number>(3, (a, b) => a - b);
    for (let i = 100_000; i > 0; i--) list.add(i % 1000);
    assert.deepEqual(list.list(), [0, 0, 0]);
    assert.equal(list.total, 100_000);
  });

  it('keeps equal items in the order they were added', () => {
    const list = new Shortlist<[number, string]>(4, (a, b) => a[0] - b[0]);
    for (const item of [[2, 'a'], [1, 'b'], [2, 'c'], [1, 'd'], [3, 'e'], [1, 'f']] as const) list.add([...item]);
    assert.deepEqual(list.list().map(([, name]) => name), ['b', 'd', 'f', 'a']);
  });

  it('chooses the most severe problems, the earliest first, and lists them in file order', () => {
    const problem = (start: number, severity: Severity): { span: { start: number; end: number }; severity: Severity } => ({ span: { start, end: start + 1 }, severity });
    const problems = [problem(0, 'warning'), problem(5, 'information'), problem(10, 'error'), problem(15, 'warning'), problem(20, 'error'), problem(25, 'hint')];
    assert.deepEqual(mostSevere(problems, 3).map((p) => p.span.start), [0, 10, 20]);
    assert.deepEqual(mostSevere(problems, 1).map((p) => p.span.start), [10]);
    assert.deepEqual(mostSevere(problems, 0).map((p) => p.span.start), [0, 5, 10, 15, 20, 25]);
  });
});
