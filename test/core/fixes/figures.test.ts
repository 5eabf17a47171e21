import assert from 'node:assert/strict';
import { checkedFigureEdits } from '../../../server/src/core/fixes/figures';

describe('core/fixes/figures', () => {
  it('puts each checked figure in place of the changed one', () => {
    const figures = [
      { span: { start: 4, end: 6 }, found: '15', expected: '14' },
      { span: { start: 20, end: 30 }, found: '52 percent', expected: '45 percent' },
    ];
    assert.deepEqual(checkedFigureEdits(figures), [
      { span: { start: 4, end: 6 }, newText: '14' },
      { span: { start: 20, end: 30 }, newText: '45 percent' },
    ]);
  });

  it('offers no edit where a figure is a verb of change, which a number cannot replace in place', () => {
    assert.equal(checkedFigureEdits([{ span: { start: 33, end: 39 }, found: 'Halved', expected: '22 percent' }]), undefined);
  });
});
