import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BlockAnalysis } from '../../../server/src/core/engine/block';
import { BlockList, type PlacedBlock } from '../../../server/src/core/incremental/blocks';

// More runs locally with FC_RUNS=2000; a failure prints its seed, which FC_SEED replays.
const runs = Number(process.env['FC_RUNS'] ?? 100);
const seed = process.env['FC_SEED'] === undefined ? undefined : Number(process.env['FC_SEED']);

/** A block parsed at `start` of its own text, `length` long: the list reads no more of it. */
function block(start: number, length: number, shift: number): PlacedBlock {
  const analysis = { type: 'paragraph', start, end: start + length } as BlockAnalysis;
  return { shift, analysis };
}

/** An edit of a list of `n` blocks, as editDraft makes them: replace `[from, to)` with `count` new blocks. */
const edit = fc.record({ from: fc.nat(), length: fc.nat({ max: 6 }), count: fc.nat({ max: 8 }), delta: fc.integer({ min: -50, max: 50 }) });

describe('core/incremental/blocks', () => {
  it('holds the same blocks, at the same places, as a plain list after any edits (property)', function () {
    this.timeout(runs * 1000);
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.array(edit, { maxLength: 40 }), (initial, edits) => {
        let model = Array.from({ length: initial }, (_, i) => block(i * 10, 5, 0));
        let list = BlockList.of(model);
        for (const e of edits) {
          const from = Math.min(e.from, model.length);
          const to = Math.min(from + e.length, model.length);
          const fresh = Array.from({ length: e.count }, (_, i) => block(i, 3, from * 10 + i * 4));
          model = [...model.slice(0, from), ...fresh, ...model.slice(to).map((b) => ({ shift: b.shift + e.delta, analysis: b.analysis }))];
          list = list.replace(from, to, fresh, e.delta);
          assert.equal(list.length, model.length);
          assert.deepEqual(list.all(), model);
          model.forEach((b, i) => {
            assert.equal(list.analysis(i), b.analysis);
            assert.equal(list.start(i), b.shift + b.analysis.start);
            assert.equal(list.end(i), b.shift + b.analysis.end);
          });
          assert.equal(list.analysis(model.length), undefined);
          // An edit costs about √n: the runs stay about √n long, however the list was edited.
          assert.ok(list.runs.length <= 4 * Math.sqrt(model.length) + 2, `${list.runs.length} runs for ${model.length} blocks`);
        }
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    );
  });

  it('moves the runs after an edit without copying their blocks', () => {
    const blocks = Array.from({ length: 100 }, (_, i) => block(i * 10, 5, 0));
    const list = BlockList.of(blocks);
    const edited = list.replace(50, 51, [block(0, 6, 500)], 1);
    assert.equal(edited.start(99), 991);
    // The last run is the same blocks, placed one further on.
    assert.equal(edited.runs.at(-1)?.blocks, list.runs.at(-1)?.blocks);
    assert.equal(edited.runs.at(-1)?.delta, 1);
    assert.equal(edited.runs[0], list.runs[0]);
  });
});
