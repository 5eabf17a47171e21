import fc from 'fast-check';
import { fuzzRuns, hostileDraft } from '../../helpers/hostileMarkdown';
import { inlineDraft } from '../../helpers/inlineMarkdown';
import { assertSameAsMicromark } from '../../helpers/topLevel';

describe('core/markdown/parse (fuzzed)', function () {
  this.timeout(120_000);

  it('gives the top-level nodes micromark gives for any draft, plain paragraphs made without it', () => {
    fc.assert(
      fc.property(hostileDraft, fc.boolean(), (text, fragment) => assertSameAsMicromark(text, fragment)),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('gives the paragraphs of simple inline markup micromark gives, and of its near misses', () => {
    fc.assert(
      fc.property(inlineDraft, fc.boolean(), (text, fragment) => assertSameAsMicromark(text, fragment)),
      { numRuns: fuzzRuns(500) },
    );
  });
});
