import assert from 'node:assert/strict';
import { introducer } from '../../../../server/src/core/claims/attribution/introduced';
import { createLexicon } from '../../../../server/src/core/claims/lexicon';

const lexicon = createLexicon();

/** Who the clause before the sentence's first colon introduces. */
function introduced(sentence: string): string | undefined {
  return introducer(sentence, { start: 0, end: sentence.length }, sentence.indexOf(':'), lexicon);
}

describe('core/claims/attribution/introduced', () => {
  it('names the subject of a clause that ends in a colon, whatever its verb', () => {
    assert.equal(introduced('Once Fullerton saw the metrics, he decided: “anytime we post a video…”'), 'he');
    assert.equal(introduced('A recent Vox article on the future of blogging talked about this problem:'), 'A recent Vox article');
    assert.equal(introduced('Said Holm about the entire journey: “Usability tests used to be yearly.”'), 'Holm');
  });

  it('names no one for the writer, a clause without a tensed verb, or no one in particular', () => {
    assert.equal(introduced('For example, here is a recently updated blog comment policy:'), undefined);
    assert.equal(introduced('We asked the team: “What would you change?”'), undefined);
    assert.equal(introduced('Two important things to understand about downloads:'), undefined);
    assert.equal(introduced('Users often see this message: “Page not found.”'), undefined);
  });

  it('names no one for a colon inside quoted words', () => {
    assert.equal(introduced('“The director decided: we go now,” a staffer recalled.'), undefined);
  });
});
