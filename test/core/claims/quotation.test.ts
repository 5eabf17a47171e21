import assert from 'node:assert/strict';
import { detectQuotations, taggedQuotation } from '../../../server/src/core/claims/quotation';
import { splitSentences } from '../../../server/src/core/text/sentences';

/** The quoted text claimed in each sentence of the block `text`. */
function quotations(text: string): string[][] {
  return splitSentences(text).map((s) => detectQuotations(text, s).map((c) => text.slice(c.span.start, c.span.end)));
}

describe('detectQuotations', () => {
  it('claims a quoted statement inside its sentence', () => {
    assert.deepEqual(quotations('“We will not back down from this fight,” the governor said.'), [['“We will not back down from this fight,”']]);
  });

  it('follows a quotation over several sentences of a paragraph', () => {
    const text = '“The reality is this is going to the convention. They are too facile. I don’t.” He left.';
    assert.deepEqual(quotations(text), [['“The reality is this is going to the convention.'], ['They are too facile.'], ['I don’t.”'], []]);
  });

  it('reads a paragraph that opens a quotation and never closes it as quoted to its end', () => {
    const text = '"Has the candidate built a record of working for conservative causes? He has.';
    assert.deepEqual(quotations(text), [['"Has the candidate built a record of working for conservative causes?'], ['He has.']]);
  });

  it('tells opening from closing straight quotes by their neighbours', () => {
    const text = 'Sanders said "we need a political revolution now" and "a fair economy for everyone in it." Then he left.';
    assert.deepEqual(quotations(text), [['"we need a political revolution now"', '"a fair economy for everyone in it."'], []]);
  });

  it('reads doubled apostrophes as quotation marks', () => {
    assert.deepEqual(quotations("''All the sloganeering and all the talk doesn't matter if we don't win.''"), [["''All the sloganeering and all the talk doesn't matter if we don't win.''"]]);
  });

  it('leaves scare quotes and titles alone', () => {
    assert.deepEqual(quotations('That is a far cry from Sanders serving up “ice cream” to Clinton’s “broccoli.”'), [[]]);
    assert.deepEqual(quotations("Kelsey Grammer, an actor famed for his role in 'Cheers,' returns to the cast."), [[]]);
    // A short quotation after "on", "about", "titled", "called": a title, a name or a search.
    assert.deepEqual(quotations('She gets a link to an article on “What is food poisoning?”.'), [[]]);
    assert.deepEqual(quotations('They staged a faux thriller titled “The Day of the Donald,” which ran for weeks.'), [[]]);
    // An idea named after "the principle of", "the motto of".
    assert.deepEqual(quotations('The center puts into practice the principle of “build once, use many times” across government.'), [[]]);
    // A short one in title case, in a sentence that is not, is a name.
    assert.deepEqual(quotations('The PAC has become the “Defeat Crooked Hillary PAC,” with a new pollster in charge.'), [[]]);
    assert.deepEqual(quotations('The SVP’s “Ban on Face Coverings” initiative seeks to outlaw face coverings.'), [[]]);
    // Titles keep even long prepositions lower case.
    assert.deepEqual(quotations('Check out the “Leveraging the Government Experience through QR Codes” webinar today.'), [[]]);
    // A long one is still a statement; so is a short one in a title-case headline.
    assert.equal(quotations('He spoke about “the need to rebuild trust in every single institution we have.”')[0]?.length, 1);
    assert.deepEqual(quotations('Trump Tells Rally “We Will Build The Wall”'), [['“We Will Build The Wall”']]);
  });

  it('leaves an example of wording after "such as" or "like" alone, however long', () => {
    assert.deepEqual(quotations('They use trust-building language such as “this is an official government website” to evaluate a site.'), [[]]);
    assert.deepEqual(quotations('It moves from basic questions, such as “How much traffic did my website get?” to more complex questions, like “What is behind this?”'), [[]]);
    // Also where the example runs on past its sentence.
    assert.deepEqual(quotations('Testimonials such as, “I have been using this website for years. It is great.”')[0], []);
    // Things said "like" a quotation, and quoted words of their own, are still a statement.
    assert.equal(quotations('Spencer was saying things to him like “You know we can’t go on like this.”')[0]?.length, 1);
    assert.equal(quotations('She said it was “not a question of money but of time and attention.”')[0]?.length, 1);
  });

  it('claims a quotation that is its whole sentence, however short', () => {
    assert.deepEqual(quotations('“It took us years to get here,” Perez said. “So, we did.”'), [['“It took us years to get here,”'], ['“So, we did.”']]);
    // Inside a sentence, a short one is still a scare quote.
    assert.deepEqual(quotations('So, we did “the thing.”'), [[]]);
  });

  it('reads a closing curly mark typed after a space and before a word as opening', () => {
    const text = 'Lisa says ”There is no greater need now. We’ve set a good foundation.” Then she left.';
    assert.deepEqual(quotations(text), [['”There is no greater need now.'], ['We’ve set a good foundation.”'], []]);
  });

  it('finds the quoted words, however few, that a speaker and cue tag', () => {
    const tagged = (text: string, tag: string): string | undefined => {
      const start = text.indexOf(tag);
      const span = taggedQuotation(text, { start: 0, end: text.length }, { start, end: start + tag.length });
      return span && text.slice(span.start, span.end);
    };
    assert.equal(tagged('“Why not?” he asked.', 'he asked'), '“Why not?”');
    assert.equal(tagged('"Never," said the clerk.', 'said the clerk'), '"Never,"');
    assert.equal(tagged("She wrote: ''Enough.'' Then she left.", 'She wrote'), "''Enough.''");
    assert.equal(tagged('He said the plan was “dead” and left.', 'He said'), undefined);
  });

  it('is surer of a long quotation than of a short one', () => {
    const [long] = detectQuotations('He called it “the most important election of our lifetimes, bar none.”', { start: 0, end: 70 });
    const [short] = detectQuotations('He called it “a total disaster, frankly.”', { start: 0, end: 41 });
    assert.ok(long && short && long.confidence > short.confidence);
  });
});
