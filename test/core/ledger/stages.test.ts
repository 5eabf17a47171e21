import assert from 'node:assert/strict';
import { createLedger } from '../../../server/src/core/ledger/ledger';
import { otherStage, stagesIn } from '../../../server/src/core/ledger/stages';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { claimEntry as entry, lookedUp } from '../../helpers/ledgerEntries';

// A sentence said of another stage of a contest than its entry's claim is not that claim, nor its
// figure changed (server/src/core/ledger/stages.ts).

const stages = (text: string): string[] => [...stagesIn(normalizeTokens(text))].sort();

describe('the stage of a contest', () => {
  it('is read from its words, a final after "quarter" or "semi" being theirs', () => {
    assert.deepEqual(stages('in the World Cup quarter-final'), ['quarter-final']);
    assert.deepEqual(stages('the semifinal, then the final'), ['final', 'semi-final']);
    assert.deepEqual(stages('led the first round, then won the run-off'), ['first-round', 'runoff']);
    assert.deepEqual(stages('the second quarter of the year'), []);
  });

  it('sets a sentence apart where it names a stage the entry does not, but a deciding one the entry leaves unnamed', () => {
    assert.equal(otherStage(new Set(['quarter-final']), new Set(['semi-final'])), true);
    assert.equal(otherStage(new Set(['first-round']), new Set(['runoff'])), true);
    assert.equal(otherStage(new Set(['final']), new Set()), false);
    assert.equal(otherStage(new Set(['runoff']), new Set()), false);
    assert.equal(otherStage(new Set(['final']), new Set(['semi-final'])), true);
  });

  it('keeps another stage’s figure from being the entry’s changed, or its match', () => {
    const ledger = createLedger([
      entry('semi', "The Matildas' 2023 Women's World Cup semi-final against England drew an average national TV audience of 7.13 million.", '7.13 million viewers'),
      entry('runoff', "Lula won Brazil's October 30, 2022 runoff with 50.9 percent of valid votes.", '50.9 percent of valid votes'),
    ]);
    assert.deepEqual(lookedUp(ledger, "The Matildas' quarter-final win over France drew 4 million viewers."), []);
    assert.deepEqual(lookedUp(ledger, "The Matildas' semi-final against England drew 5 million viewers."), ['X semi 5 million/7.13 million']);
    assert.deepEqual(lookedUp(ledger, 'In the first round, Lula led with 48.4 percent of valid votes.'), []);
    assert.deepEqual(lookedUp(ledger, 'In the runoff, Lula won 49.9 percent of valid votes.'), ['X runoff 49.9/50.9']);
  });
});
