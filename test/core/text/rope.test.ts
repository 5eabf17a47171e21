import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Rope } from '../../../server/src/core/text';
import { sameText } from '../../../server/src/core/text/rope';

const runs = Number(process.env['FC_RUNS'] ?? 100);

// Short pieces, so that a few dozen characters span many of them; line breaks of every kind.
const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), text });

/** Line starts of `s` as the language server counts lines ("\r\n", "\r" or "\n"). */
function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\r' && s[i + 1] === '\n') continue;
    if (s[i] === '\n' || s[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

function assertReadsAs(rope: Rope, s: string): void {
  assert.equal(rope.length, s.length);
  assert.equal(rope.toString(), s);
  for (let i = -1; i <= s.length; i++) assert.ok(Object.is(rope.charCodeAt(i), s.charCodeAt(i)), `charCodeAt(${i})`);
  for (let from = -2; from <= s.length + 1; from += 3) for (let to = -1; to <= s.length + 2; to += 4) assert.equal(rope.slice(from, to), s.slice(from, to), `slice(${from}, ${to})`);
  const starts = lineStarts(s);
  assert.equal(rope.lineCount, starts.length);
  starts.forEach((start, line) => assert.equal(rope.lineStart(line), start, `lineStart(${line})`));
  for (let i = 0; i <= s.length; i++) assert.equal(rope.lineAt(i), starts.filter((start) => start <= i).length - 1, `lineAt(${i})`);
}

describe('core/text/rope', () => {
  it('reads like the string it stands for after every edit: characters, slices, lines (property)', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 12 }), fc.integer({ min: 2, max: 8 }), (start, edits, pieceLength) => {
        let s = start;
        let rope = Rope.of(s, pieceLength);
        assertReadsAs(rope, s);
        for (const { at, length, text: inserted } of edits) {
          const from = at % (s.length + 1);
          const to = Math.min(s.length, from + length);
          const before = rope;
          rope = rope.edit(from, to, inserted);
          s = s.slice(0, from) + inserted + s.slice(to);
          // Without a flat copy to fall back on, the pieces alone must read right.
          const rebuilt = Rope.of(before.toString(), pieceLength).edit(from, to, inserted);
          assertReadsAs(rebuilt, s);
          assertReadsAs(rope, s);
          // Equal however their pieces lie; one changed character apart is not.
          assert.ok(sameText(rope, rebuilt) && sameText(rope, Rope.of(s, pieceLength + 1)) && sameText(rope, s));
          if (s.length > 0) {
            const i = at % s.length;
            const changed = s.slice(0, i) + (s[i] === 'a' ? 'b' : 'a') + s.slice(i + 1);
            assert.ok(!sameText(rope, Rope.of(changed, pieceLength).edit(0, 0, '')) && !sameText(rope, changed));
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('keeps "\\r\\n" one line break when an edit brings its halves together across pieces', () => {
    // Pieces "ab\r" and "xy\ncd": deleting "xy" leaves "\r" and "\n" in two pieces.
    const rope = Rope.of('ab\rxy\ncd', 3).edit(3, 5, '');
    assert.equal(rope.toString(), 'ab\r\ncd');
    assert.equal(rope.lineCount, 2);
    assert.equal(rope.lineStart(1), 4);
    assert.equal(rope.lineAt(3), 0);
  });

  it('refuses a range outside the text rather than edit somewhere else', () => {
    assert.throws(() => Rope.of('abc').edit(2, 4, 'x'), RangeError);
    assert.throws(() => Rope.of('abc').edit(2, 1, 'x'), RangeError);
  });
});
