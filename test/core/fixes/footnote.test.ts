import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER, type Span } from '../../../server/src/core';
import { footnoteEdits } from '../../../server/src/core/fixes/footnote';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { applyEdits } from '../../helpers/edits';
import { joinLines } from '../../helpers/fixtures';

function spanOf(draft: string, sentence: string): Span {
  const start = draft.indexOf(sentence);
  assert.notEqual(start, -1, sentence);
  return { start, end: start + sentence.length };
}

function footnote(draft: string, sentence: string | Span, note?: string): string {
  return applyEdits(draft, footnoteEdits(draft, typeof sentence === 'string' ? spanOf(draft, sentence) : sentence, note));
}

const CONFLICT = 'The 14-month conflict in Ukraine is at a critical juncture.';
const TALKS = 'However, there are currently no peace talks in sight.';

describe('core/fixes/footnote', () => {
  it('calls footnote 1 after the final period and defines it after a blank line at the end', () => {
    const draft = joinLines(`${CONFLICT} ${TALKS}`, '');
    const [first] = splitSentences(draft);
    assert.ok(first);
    assert.equal(
      footnote(draft, first, 'Institute for the Study of War, 26 April 2023.'),
      joinLines(`${CONFLICT}[^1] ${TALKS}`, '', '[^1]: Institute for the Study of War, 26 April 2023.', ''),
    );
  });

  it('numbers after the largest numeric label of any call or definition, ignoring named ones', () => {
    const draft = joinLines(`${CONFLICT} ${TALKS}[^note]`, '', 'Kyiv said so.[^3]', '', '[^3]: Ukrainian foreign ministry.', '[^note]: Our correspondent.', '');
    assert.equal(
      footnote(draft, TALKS, 'Kremlin readout.'),
      joinLines(
        `${CONFLICT} ${TALKS}[^note][^4]`,
        '',
        'Kyiv said so.[^3]',
        '',
        '[^3]: Ukrainian foreign ministry.',
        '[^note]: Our correspondent.',
        '[^4]: Kremlin readout.',
        '',
      ),
    );
  });

  it('keeps a new definition next to the definitions that end the document, before trailing blank lines', () => {
    const draft = joinLines(CONFLICT, '', '[^1]: First source.', '', '');
    assert.equal(footnote(draft, CONFLICT), joinLines(`${CONFLICT}[^2]`, '', '[^1]: First source.', '[^2]: ', '', ''));
  });

  it('separates the definition from a last paragraph, list or quotation by one blank line', () => {
    const draft = joinLines(CONFLICT, '', '> The war must end, the minister said.', '', '', '');
    assert.equal(footnote(draft, CONFLICT, 'ISW.'), joinLines(`${CONFLICT}[^1]`, '', '> The war must end, the minister said.', '', '[^1]: ISW.', '', '', ''));
  });

  it('puts the last line of a document without a final newline on a line of its own', () => {
    assert.equal(footnote(CONFLICT, CONFLICT, 'ISW.'), joinLines(`${CONFLICT}[^1]`, '', '[^1]: ISW.'));
  });

  it('uses the document’s CRLF line endings', () => {
    const draft = `${CONFLICT}\r\n\r\n${TALKS}\r\n`;
    assert.equal(footnote(draft, TALKS, 'ISW.'), `${CONFLICT}\r\n\r\n${TALKS}[^1]\r\n\r\n[^1]: ISW.\r\n`);
    const noted = `${CONFLICT}[^1]\r\n\r\n${TALKS}\r\n\r\n[^1]: First source.\r\n`;
    assert.equal(footnote(noted, TALKS, 'ISW.'), `${CONFLICT}[^1]\r\n\r\n${TALKS}[^2]\r\n\r\n[^1]: First source.\r\n[^2]: ISW.\r\n`);
  });

  it('calls after closing quotes, closing emphasis and the calls already there', () => {
    const quoted = 'He said: “China will not remain passive.” The call lasted an hour.\n';
    assert.equal(
      footnote(quoted, 'He said: “China will not remain passive.”'),
      'He said: “China will not remain passive.”[^1] The call lasted an hour.\n\n[^1]: \n',
    );
    const emphasis = 'He said: **It is over.** Nothing more.\n';
    assert.equal(footnote(emphasis, 'He said: **It is over.'), 'He said: **It is over.**[^1] Nothing more.\n\n[^1]: \n');
    const called = `${CONFLICT}[^2] ${TALKS}\n\n[^2]: ISW.\n`;
    assert.equal(footnote(called, CONFLICT, 'AP.'), `${CONFLICT}[^2][^3] ${TALKS}\n\n[^2]: ISW.\n[^3]: AP.\n`);
  });

  it('indents the further lines of a note so that they stay in the definition', () => {
    assert.equal(footnote(`${CONFLICT}\n`, CONFLICT, 'ISW.\nSee also AP.'), `${CONFLICT}[^1]\n\n[^1]: ISW.\n    See also AP.\n`);
  });

  it('sources the claim as the checker sees it', () => {
    const draft = joinLines('# Call', '', `${CONFLICT} ${TALKS}`, '');
    const finding = check(draft, EMPTY_LEDGER, createCheckOptions()).findings.find((f) => f.code === 'unsourced-quantity');
    assert.ok(finding?.claim);
    const sourced = footnote(draft, finding.claim.sentence, 'Institute for the Study of War.');
    assert.equal(sourced, joinLines('# Call', '', `${CONFLICT}[^1] ${TALKS}`, '', '[^1]: Institute for the Study of War.', ''));
    assert.deepEqual(check(sourced, EMPTY_LEDGER, createCheckOptions()).findings, []);
  });
});
