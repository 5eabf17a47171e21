import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLedger } from '../../../server/src/core/ledger';
import { LineIndex } from '../../../server/src/core/text';
import { fuzzRuns } from '../../helpers/hostileMarkdown';

// Pieces of claims files, well-formed and not: keys, values, nesting, anchors and aliases, tags
// (never to be constructed), flow collections, quotes, tabs, BOMs and astral characters.
const PIECES = [
  'claims:', '\n', '\r\n', '  ', '- ', 'id: ', 'war', 'claim: ', 'match: ', '[14-month conflict, 12-point]', 'rating: ', 'false', 'true',
  'sources:', 'url: ', 'https://example.com', 'javascript:alert(1)', 'reviewed: ', '2023-04-26', '2023-13-45', 'notes: ', '|', '>',
  '&a ', '*a', '<<: *a', '!!js/function "x"', '!!python/object:os.system', '!custom', '{', '}', '[', ']', ',', '"', "'", '#', '\t',
  '\uFEFF', '😀', '\u0000', '---', '...', '%YAML 1.2', '? ', '{"claims": [', '{"id": 1}', 'null', '~', '1e999', '0x1F',
];

const claimsFile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('core/ledger/parse (fuzzed)', function () {
  this.timeout(120_000);

  it('reads any claims file without throwing, every problem placed inside it with its line and column', () => {
    fc.assert(
      fc.property(claimsFile, (text) => {
        const { entries, problems } = parseLedger(text);
        const lines = new LineIndex(text);
        for (const p of problems) {
          assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length, JSON.stringify(p));
          const { line, character } = lines.position(p.span.start);
          assert.deepEqual([p.line, p.column], [line + 1, character + 1]);
        }
        for (const e of entries) assert.equal(typeof e.id, 'string');
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
