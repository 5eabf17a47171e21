import assert from 'node:assert/strict';
import { detectAttributions } from '../../../../server/src/core/claims/attribution';
import { createLexicon } from '../../../../server/src/core/claims/lexicon';

const lexicon = createLexicon();

/** The key phrases of the attributions of `sentence`, a sentence on its own, that are not tentative. */
function claims(sentence: string): string[] {
  return detectAttributions(sentence, { start: 0, end: sentence.length }, lexicon)
    .filter((c) => c.tentative !== true)
    .map((c) => sentence.slice(c.span.start, c.span.end));
}

describe('core/claims/attribution/publication', () => {
  it('reads a report put out by someone as theirs', () => {
    assert.deepEqual(claims('Comscore released new data this month about trends in the smartphone space.'), ['Comscore released']);
    assert.deepEqual(claims('However, W3C has published specifications to standardize this API.'), ['W3C has published']);
    assert.deepEqual(claims('Census Bureau compiled the following statistics:'), ['Census Bureau compiled']);
  });

  it('reads nothing in putting out something else, a report the post already gave, or the writer’s own', () => {
    assert.deepEqual(claims('GSA released a new version of the website last week.'), []);
    assert.deepEqual(claims('USPTO released this data as part of TOP Health sprint.'), []);
    assert.deepEqual(claims('We also published new guidance to clarify domain requirements.'), []);
    assert.deepEqual(claims('Government agencies across the United States publish content in a growing number of languages to do the business of the country.'), []);
    assert.deepEqual(claims('The documents released today represent major steps forward for the effort.'), []);
    assert.deepEqual(claims('Create Once, Publish Everywhere'), []);
    assert.deepEqual(claims('More than 1,800 agencies now publish open data.'), []);
  });
});
