import assert from 'node:assert/strict';
import { check, createCheckOptions, type LedgerEntry, type Span } from '../../../server/src/core';
import { createLedger } from '../../../server/src/core/ledger';
import { citeEdit } from '../../../server/src/core/fixes/cite';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { applyEdits } from '../../helpers/edits';

/** The span of `sentence` in `draft`. */
function spanOf(draft: string, sentence: string): Span {
  const start = draft.indexOf(sentence);
  assert.notEqual(start, -1, sentence);
  return { start, end: start + sentence.length };
}

/** The draft after citing `id` in `sentence`, or undefined when there is nothing to add. */
function cite(draft: string, sentence: string | Span, id: string): string | undefined {
  const edit = citeEdit(draft, typeof sentence === 'string' ? spanOf(draft, sentence) : sentence, id);
  return edit && applyEdits(draft, [edit]);
}

const STORY =
  'The 14-month conflict in Ukraine is at a critical juncture. However, there are currently no peace talks in sight, with Kyiv demanding the withdrawal of Russian troops.';

describe('core/fixes/cite', () => {
  it('cites inside the final period of a sentence found by the sentence splitter', () => {
    const [first, second] = splitSentences(STORY);
    assert.ok(first && second);
    assert.equal(
      cite(STORY, first, 'ukraine-war-duration'),
      'The 14-month conflict in Ukraine is at a critical juncture [@ukraine-war-duration]. However, there are currently no peace talks in sight, with Kyiv demanding the withdrawal of Russian troops.',
    );
    assert.equal(
      cite(STORY, second, 'kyiv-demands'),
      'The 14-month conflict in Ukraine is at a critical juncture. However, there are currently no peace talks in sight, with Kyiv demanding the withdrawal of Russian troops [@kyiv-demands].',
    );
  });

  it('cites before a question mark, an exclamation mark or an ellipsis', () => {
    assert.equal(cite('Will Beijing mediate?', 'Will Beijing mediate?', 'china-mediation'), 'Will Beijing mediate [@china-mediation]?');
    assert.equal(cite('The talks are over!', 'The talks are over!', 'talks'), 'The talks are over [@talks]!');
    assert.equal(cite('Zelenskiy said the call was long…', 'Zelenskiy said the call was long…', 'call'), 'Zelenskiy said the call was long [@call]…');
    assert.equal(cite('Officials said it was not over...', 'Officials said it was not over...', 'over'), 'Officials said it was not over [@over]...');
  });

  it('cites after closing quotes and brackets, so the quotation is not credited with the source', () => {
    const curly = 'He said: “China will not remain passive.” The call lasted an hour.';
    assert.equal(
      cite(curly, 'He said: “China will not remain passive.”', 'xi-call'),
      'He said: “China will not remain passive.” [@xi-call] The call lasted an hour.',
    );
    const straight = 'The ambassador said: "The matter is closed."';
    assert.equal(cite(straight, straight, 'envoy'), 'The ambassador said: "The matter is closed." [@envoy]');
    const bracket = 'Kyiv rejected the plan. (The ministry later said it had never received it.)';
    assert.equal(
      cite(bracket, '(The ministry later said it had never received it.)', 'plan'),
      'Kyiv rejected the plan. (The ministry later said it had never received it.) [@plan]',
    );
  });

  it('cites at the end of a sentence without final punctuation, before its trailing spaces', () => {
    const title = 'Xi assured Zelenskiy of China’s support   ';
    assert.equal(cite(title, title, 'xi-call'), 'Xi assured Zelenskiy of China’s support [@xi-call]   ');
    assert.equal(cite('He called it “a farce”', 'He called it “a farce”', 'farce'), 'He called it “a farce” [@farce]');
    const quoted = 'He called it “a farce”.';
    assert.equal(cite(quoted, quoted, 'farce'), 'He called it “a farce” [@farce].');
  });

  it('keeps the period of an abbreviation that ends the sentence', () => {
    const draft = 'The sanctions were imposed by the U.S.';
    assert.equal(cite(draft, draft, 'us-sanctions'), 'The sanctions were imposed by the U.S. [@us-sanctions].');
    const time = 'The call began at 3 p.m.';
    assert.equal(cite(time, time, 'call-time'), 'The call began at 3 p.m. [@call-time].');
  });

  it('adds the id to a citation group that already ends the sentence', () => {
    const draft = 'The 14-month conflict in Ukraine is at a critical juncture [@ukraine-war-duration].';
    assert.equal(cite(draft, draft, 'isw-report'), 'The 14-month conflict in Ukraine is at a critical juncture [@ukraine-war-duration; @isw-report].');
    const located = 'Western countries have criticized the proposal [see @un-report, p. 3].';
    assert.equal(cite(located, located, 'eu-statement'), 'Western countries have criticized the proposal [see @un-report, p. 3; @eu-statement].');
    const bare = 'Western countries have criticized the proposal [@un-report]';
    assert.equal(cite(bare, bare, 'eu-statement'), 'Western countries have criticized the proposal [@un-report; @eu-statement]');
  });

  it('adds the id to the group that follows a closing quote, inside the sentence or right after it', () => {
    const draft = 'He said: “It is over.” [@xi-call] The call lasted an hour.';
    assert.equal(cite(draft, 'He said: “It is over.”', 'readout'), 'He said: “It is over.” [@xi-call; @readout] The call lasted an hour.');
    assert.equal(cite(draft, 'He said: “It is over.” [@xi-call]', 'readout'), 'He said: “It is over.” [@xi-call; @readout] The call lasted an hour.');
  });

  it('does not take a group in the middle of the sentence, or a footnote call, for the final one', () => {
    const middle = 'According to the readout [@xi-call], the leaders spoke for an hour.';
    assert.equal(cite(middle, middle, 'length'), 'According to the readout [@xi-call], the leaders spoke for an hour [@length].');
    const footnoted = 'The conflict began in 2022.[^1]';
    assert.equal(cite(footnoted, footnoted, 'start'), 'The conflict began in 2022.[^1] [@start]');
  });

  it('offers nothing when the sentence already cites the id, wherever in the sentence', () => {
    const draft = 'The conflict [@ukraine-war-duration] is at a critical juncture [@isw-report].';
    assert.equal(citeEdit(draft, spanOf(draft, draft), 'ukraine-war-duration'), undefined);
    assert.equal(citeEdit(draft, spanOf(draft, draft), 'isw-report'), undefined);
    const after = 'He said: “It is over.” [@xi-call]';
    assert.equal(citeEdit(after, spanOf(after, 'He said: “It is over.”'), 'xi-call'), undefined);
  });

  it('sources the claim as the checker sees it', () => {
    const draft = 'Following the talks, Maria Zakharova noted China’s readiness to establish a negotiation process. Nothing else happened.\n';
    const entry: LedgerEntry = { id: 'zakharova-china-readiness', match: [], rating: 'true', sources: [], span: { start: 0, end: 0 } };
    const ledger = createLedger([entry]);
    const before = check(draft, ledger, createCheckOptions());
    const finding = before.findings.find((f) => f.code === 'unsourced-attribution');
    assert.ok(finding?.claim);
    const cited = cite(draft, finding.claim.sentence, entry.id);
    assert.equal(
      cited,
      'Following the talks, Maria Zakharova noted China’s readiness to establish a negotiation process [@zakharova-china-readiness]. Nothing else happened.\n',
    );
    assert.deepEqual(check(cited, ledger, createCheckOptions()).findings, []);
  });
});
