import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, createCheckOptions, type Span } from '../../server/src/core';
import { createLedger, parseLedger } from '../../server/src/core/ledger';
import { fuzzRuns, hostileDraft, splitsSurrogatePair } from '../helpers/hostileMarkdown';

const ledger = createLedger(parseLedger('claims:\n  - id: war\n    match: [14-month conflict]\n  - id: peace\n    match: 12-point\n    rating: false\n').entries);
const options = createCheckOptions({ extraPhrases: ['(a+)+$', 'said ['] });

describe('core/check (fuzzed)', function () {
  this.timeout(120_000);

  it('analyses any draft without throwing, every span inside the text and on whole characters', () => {
    fc.assert(
      fc.property(hostileDraft, (text) => {
        const analysis = check(text, ledger, options);
        const spans: Span[] = [
          ...analysis.findings.map((f) => f.span),
          ...analysis.claims.flatMap((c) => [c.span, c.sentence, c.block]),
          ...analysis.sources.map((s) => s.span),
          ...analysis.citations.map((c) => c.span),
        ];
        for (const span of spans) {
          assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${JSON.stringify(span)} outside 0..${text.length}`);
          assert.ok(!splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end), `span ${JSON.stringify(span)} splits a character`);
        }
        const starts = analysis.findings.map((f) => f.span.start);
        assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
