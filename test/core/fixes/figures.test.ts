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

  it('offers no edit where a quarter is written by its months or as "Q1", which "second" cannot replace in place', () => {
    assert.equal(checkedFigureEdits([{ span: { start: 30, end: 47 }, found: 'January and March', expected: 'second' }]), undefined);
    assert.equal(checkedFigureEdits([{ span: { start: 30, end: 32 }, found: 'Q1', expected: 'second' }]), undefined);
    assert.equal(checkedFigureEdits([{ span: { start: 30, end: 48 }, found: 'first three months', expected: 'second' }]), undefined);
    assert.deepEqual(checkedFigureEdits([{ span: { start: 4, end: 13 }, found: '15 months', expected: '14-month' }]), [{ span: { start: 4, end: 13 }, newText: '14-month' }]);
    assert.deepEqual(checkedFigureEdits([{ span: { start: 30, end: 35 }, found: 'first', expected: 'second' }]), [{ span: { start: 30, end: 35 }, newText: 'second' }]);
  });
});
