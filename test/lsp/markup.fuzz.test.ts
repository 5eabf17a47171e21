import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RATINGS, type LedgerEntry } from '../../server/src/core';
import { isWebUrl } from '../../server/src/core/ledger';
import { entryText, render } from '../../server/src/lsp/markup';
import { fuzzRuns, piece } from '../helpers/hostileMarkdown';
import { asCommonMarkReads, readRendered } from '../helpers/renderedMarkdown';

// Any text: random code points, and the pieces of hostile drafts (markup, odd Unicode, line breaks).
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')));
// Ids are citation keys: never empty, and with no line break (a code span shows one as a space).
const anyId = anyText.map((id) => id.replace(/[\r\n]/g, '')).filter((id) => id !== '');
// A URL of any scheme; no "%" of its own, so that percent-decoding the link gives it back.
const anyUrl = fc.tuple(fc.constantFrom('https://', 'http://ok.example/', 'HTTP:', 'javascript:', 'command:', ' https://', ''), anyText).map(([scheme, rest]) => (scheme + rest).replace(/%/g, ''));

const anyEntry = fc.record(
  {
    id: anyId,
    claim: anyText,
    rating: fc.constantFrom(...RATINGS),
    sources: fc.array(fc.record({ url: anyUrl, title: anyText, publisher: anyText, date: anyText }, { requiredKeys: ['url'] }), { maxLength: 3 }),
    reviewed: anyText,
    reviewer: anyText,
    notes: anyText,
  },
  { requiredKeys: ['id', 'rating', 'sources'] },
);

describe('lsp/markup (fuzzed)', function () {
  this.timeout(120_000);

  it("renders any entry's text as that text: Markdown reads as the plain text, with no node the server did not write", () => {
    fc.assert(
      fc.property(anyEntry, (fields) => {
        const entry: LedgerEntry = { ...fields, match: [], span: { start: 0, end: 0 } };
        const lines = entryText(entry);
        const read = readRendered(render(lines, true).value);
        assert.deepEqual(read.unexpected, []);
        assert.deepEqual(read.strong, [asCommonMarkReads(`Claims file: ${entry.id}`), entry.rating]);
        assert.deepEqual(
          read.blocks,
          lines.map((line) => asCommonMarkReads(render([line], false).value)),
        );
        const webUrls = entry.sources.map((s) => s.url ?? '').filter((url) => /^https?:/i.test(url) && isWebUrl(url));
        assert.deepEqual(read.links.map(decodeURIComponent), webUrls);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
