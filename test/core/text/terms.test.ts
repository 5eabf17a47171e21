import assert from 'node:assert/strict';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { Stems, termsOf } from '../../../server/src/core/text/terms';

function terms(text: string): string[] {
  return termsOf(normalizeTokens(text), new Stems()).map((t) => t.term);
}

describe('core/text/terms', () => {
  it('keeps content words, stemmed, and leaves function words out', () => {
    assert.deepEqual(terms('The offences were rising in the cities'), ['offenc', 'rise', 'citi']);
    assert.deepEqual(terms('an offence that rises in a city'), ['offenc', 'rise', 'citi']);
  });

  it('keeps apart words that share only a beginning', () => {
    assert.notDeepEqual(terms('general'), terms('generation'));
    assert.notDeepEqual(terms('news'), terms('new'));
    assert.deepEqual(terms('unemployed'), terms('unemployment'));
  });

  it('reads an irregular form as its base, which no suffix tells', () => {
    assert.deepEqual(terms('prices rose'), terms('prices rise'));
    assert.deepEqual(terms('the economy grew'), terms('the economy grows'));
    assert.deepEqual(terms('children'), terms('child'));
    assert.deepEqual(terms('knives'), terms('knife'));
    // As the list given says: the shipped one by default, none here.
    assert.deepEqual(termsOf(normalizeTokens('prices rose'), new Stems(new Map())).map((t) => t.term), ['price', 'rose']);
  });

  it('marks the word a negation stands before, and leaves the negation out', () => {
    const negations = (text: string): Array<[string, string | undefined]> => termsOf(normalizeTokens(text), new Stems()).map((t) => [t.term, t.negation]);
    assert.deepEqual(negations('vaccines do not contain chips'), [['vaccin', undefined], ['contain', 'denied'], ['chip', undefined]]);
    assert.deepEqual(negations("vaccines don't contain chips"), negations('vaccines do not contain chips'));
    assert.deepEqual(negations('built with no public money'), [['build', undefined], ['public', 'none'], ['money', undefined]]);
    assert.deepEqual(negations('it was never built'), [['build', 'denied']]);
  });

  it('writes a figure as its value with its unit, however it is spelled', () => {
    for (const text of ['a 14-month conflict', 'fourteen months of conflict', 'the conflict, 14 months on']) {
      assert.deepEqual(terms(text).filter((t) => t.startsWith('#')), ['#14 month'], text);
    }
    assert.deepEqual(terms('$3.2 billion'), terms('3,200 million dollars'));
    assert.deepEqual(terms('45% of voters'), ['#45 percent', 'voter']);
  });

  it('reads an ordinal as its number', () => {
    assert.deepEqual(terms('a third term'), terms('three terms'));
    assert.deepEqual(terms('the 19th title'), ['#19', 'titl']);
  });

  it('says where the text writes each term', () => {
    const text = 'Prices rose 7 percent.';
    assert.deepEqual(
      termsOf(normalizeTokens(text), new Stems()).map((t) => text.slice(t.start, t.end)),
      ['Prices', 'rose', '7 percent'],
    );
  });
});
