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

describe('core/claims/attribution/compound', () => {
  it('reads an "-s" form after a noun of documents, with nothing reported after it, as one noun with it', () => {
    assert.deepEqual(claims('When customers answer survey questions like these, the data helps us.'), []);
    assert.deepEqual(claims('So we have greatly expanded the downloadable data reports.'), []);
    assert.deepEqual(claims('As a group, they discuss blog posts and tweets.'), []);
    assert.deepEqual(claims('The team is also writing release notes with upgrade instructions.'), []);
    assert.deepEqual(claims('Using NLG for the creation of internal data analysis reports for agencies seems a good start.'), []);
    // Also before a comma and another clause.
    assert.deepEqual(claims('Using NLG to produce standard data analysis reports, you can start from a draft.'), []);
    assert.deepEqual(claims('GitHub searches roughly a bequillion open source projects, so you can look up names.'), []);
    // A quoted label elsewhere in the sentence is no quotation to tag.
    assert.deepEqual(claims('On the “Other Apps” tab, you will find even more apps that display FDA data reports.'), []);
  });

  it('still reads a document that reports something, or tags what it follows', () => {
    assert.deepEqual(claims('The survey shows 40 percent of users left.'), ['The survey shows']);
    assert.deepEqual(claims('The research shows that users read less.'), ['The research shows']);
    assert.deepEqual(claims('The survey shows, however, that sales fell.').length, 1);
    assert.deepEqual(claims('Battleground races are all close, a Quinnipiac University poll shows.'), ['a Quinnipiac University poll shows']);
    assert.deepEqual(claims('“We will win the state easily,” a Quinnipiac University poll shows.'), ['a Quinnipiac University poll shows']);
  });
});
