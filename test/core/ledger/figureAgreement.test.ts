import assert from 'node:assert/strict';
import { figuresAgree } from '../../../server/src/core/ledger/figureAgreement';
import type { FigureWords } from '../../../server/src/core/ledger/figureWords';
import { readRelatedWords } from '../../../server/src/core/text/related';

// "Additional" and "extra", "jobless" and "unemployment" related, as in the shipped table; no other pair.
const related = readRelatedWords({ stems: 'addit extra jobless unemploy', related: '1 71;;1 88;' });

function words(counted: string, subject = '', predicate = ''): FigureWords {
  const split = (s: string): string[] => (s === '' ? [] : s.split(' '));
  return { counted: split(counted), subject: split(subject), predicate: split(predicate) };
}

describe('core/ledger/figureAgreement', () => {
  it('agrees when the head of either phrase is a word of the other, or related to one', () => {
    assert.equal(figuresAgree(words('aid packag'), [words('packag')], related), 'agree');
    assert.equal(figuresAgree(words('', 'jobless rate'), [words('', 'unemploy')], related), 'agree');
    assert.equal(figuresAgree(words('addit troop'), [words('extra troop')], related), 'agree');
  });

  it('is against two like heads with other words before them: gun crime is not knife crime', () => {
    assert.equal(figuresAgree(words('', 'gun crime'), [words('', 'knife crime'), words('knife crime')], related), 'against');
    assert.equal(figuresAgree(words('', 'crime'), [words('', 'knife crime')], related), 'agree');
    assert.equal(figuresAgree(words('', 'knife crime'), [words('', 'knife crime')], related), 'agree');
    assert.equal(figuresAgree(words('addit job'), [words('addit troop')], related), 'unknown');
  });

  it('compares what a thing counts with what the other measures, where one says only one', () => {
    assert.equal(figuresAgree(words('', 'gun crime'), [words('knife crime')], related), 'against');
    assert.equal(figuresAgree(words('deforest'), [words('', 'deforest')], related), 'agree');
  });

  it('is against a share of the same people that is or does another thing', () => {
    assert.equal(figuresAgree(words('adult', '', 'say skip meal save'), [words('adult', '', 'obes')], related), 'against');
    assert.equal(figuresAgree(words('adult', '', 'class obes'), [words('adult', '', 'obes')], related), 'agree');
    assert.equal(figuresAgree(words('adult'), [words('adult', '', 'obes')], related), 'agree');
  });

  it('tells nothing of phrases with no word in common, or where either side says nothing', () => {
    assert.equal(figuresAgree(words('youngster'), [words('children')], related), 'unknown');
    assert.equal(figuresAgree(words(''), [words('children')], related), 'unknown');
    assert.equal(figuresAgree(words('children'), [], related), 'unknown');
  });

  it('agrees with the entry when any of its wordings agrees, whatever the others say', () => {
    assert.equal(figuresAgree(words('', 'knife crime'), [words('', 'gun crime'), words('knife crime')], related), 'agree');
  });
});
