import assert from 'node:assert/strict';
import { isCitationKey } from '../../../server/src/core/ledger/rules';
import { suggestId } from '../../../server/src/core/ledger/suggest';

describe('core/ledger/suggest', () => {
  const none = (): boolean => false;

  it('names an attribution by the speaker’s surname and the first words of what is reported', () => {
    const sentence = 'Following the Xi-Zelenskiy talks, Russia’s foreign ministry spokeswoman Maria Zakharova noted China’s readiness to establish a negotiation process.';
    const claim = { kind: 'attribution', text: 'Russia’s foreign ministry spokeswoman Maria Zakharova noted', speaker: 'Russia’s foreign ministry spokeswoman Maria Zakharova' } as const;
    assert.equal(suggestId(claim, sentence, none), 'zakharova-china-readiness-establish');
    assert.equal(suggestId({ kind: 'attribution', text: 'It was reported' }, 'It was reported that the dam had failed.', none), 'dam-failed');
    assert.equal(suggestId({ kind: 'attribution', text: 'the minister said', speaker: 'the minister' }, '“We will win,” the minister said.', none), 'minister-win');
  });

  it('names a figure by its own words, with the sentence’s when it has only one', () => {
    assert.equal(suggestId({ kind: 'quantity', text: '14-month conflict' }, 'The 14-month conflict in Ukraine is at a critical juncture.', none), '14-month-conflict');
    assert.equal(suggestId({ kind: 'quantity', text: 'China’s 12-point peace proposal' }, 'Critics called China’s 12-point peace proposal vague.', none), 'china-12-point-peace-proposal');
    assert.equal(suggestId({ kind: 'quantity', text: '$3.2 billion' }, 'The fund lost $3.2 billion.', none), '3.2-billion');
    assert.equal(suggestId({ kind: 'quantity', text: '3,000 troops' }, 'Some 3,000 troops withdrew.', none), '3000-troops');
    assert.equal(suggestId({ kind: 'quantity', text: '45%' }, 'Turnout was 45%.', none), '45-turnout');
  });

  it('folds accents and letters such as ł and ø to ASCII', () => {
    const sentence = 'Łukasz Müller-Ødegård said that 3,000 troops had crossed the border at Čop.';
    assert.equal(suggestId({ kind: 'attribution', text: 'Łukasz Müller-Ødegård said', speaker: 'Łukasz Müller-Ødegård' }, sentence, none), 'muller-odegard-3000-troops-crossed');
  });

  it('keeps ids short and citable', () => {
    const long = 'Officials said that internationalization-and-decentralization-commissioners overwhelmingly reconsidered.';
    const id = suggestId({ kind: 'attribution', text: 'Officials said', speaker: 'Officials' }, long, none);
    assert.equal(id, 'officials');
    const word = suggestId({ kind: 'quantity', text: `${'x'.repeat(60)} troops` }, '', none);
    assert.equal(word, 'x'.repeat(48));
    assert.ok(isCitationKey(word));
  });

  it('numbers a taken id, and falls back to "claim-N" without Latin letters', () => {
    const taken = new Set(['14-month-conflict', '14-month-conflict-2']);
    assert.equal(suggestId({ kind: 'quantity', text: '14-month conflict' }, '', (id) => taken.has(id)), '14-month-conflict-3');
    assert.equal(suggestId({ kind: 'attribution', text: '习近平说', speaker: '习近平' }, '习近平说中国愿意推动和谈。', none), 'claim-1');
    assert.equal(suggestId({ kind: 'attribution', text: '习近平说', speaker: '习近平' }, '习近平说中国愿意推动和谈。', (id) => id === 'claim-1'), 'claim-2');
  });
});
