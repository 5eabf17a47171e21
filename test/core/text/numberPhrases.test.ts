import assert from 'node:assert/strict';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { normalize } from '../../helpers/normalized';

// Numbers in several words are one figure however written (server/src/core/text/numberPhrases.ts),
// so that a draft that spells a checked figure out finds its entry.

describe('core/text/numberPhrases', () => {
  it('reads a number spelt out in several words as its digits', () => {
    const same = (a: string, b: string): void => assert.equal(normalize(a), normalize(b), `${a} = ${b}`);
    same('Six point four per cent of workers', '6.4% of workers');
    same('four hundred and twelve closures', '412 closures');
    same('two hundred twelve closures', '212 closures');
    same('a hundred and fifty years', '150 years');
    same('nine and a half percent', '9.5 percent');
    same('three and a half million homes', '3.5 million homes');
    same('one and a half billion viewers', '1.5bn viewers');
    same('half a million people', '500,000 people');
    same('a million people', '1,000,000 people');
    same('2¾ per cent', '2.75%');
    same('seventeen dollars and twenty cents an hour', '$17.20 an hour');
    // Hundreds before a scale are scaled as digits are.
    same('three hundred thousand homes', '300,000 homes');
    same('a hundred thousand people', '100,000 people');
    // Dozens as twelves; "dozens of" is no number.
    same('a dozen points', '12 points');
    same('two dozen eggs', '24 eggs');
    same('half a dozen times', '6 times');
    assert.equal(normalize('dozens of eggs'), 'dozens of eggs');
    // A duration in two units, the larger first, in the smaller; "a year and a half" in the larger.
    same('two years and three months', '27 months');
    same('a year and two months', '14 months');
    same('a year and a half', '18 months');
    same('2 hours 35 minutes', '155 minutes');
    same('half a decade', 'five years');
    // A part of one unit is its value in that unit, not a share of something.
    same('a quarter of a percentage point', '0.25 percentage point');
    same('half a percentage point', '0.5 percentage point');
    same('three quarters of an hour', '45 minutes');
    same('a quarter of a dollar', '$0.25');
    // Centuries are years, and a part of one is written with or without "of".
    same('a quarter of a century in prison', '25 years in prison');
    same('a quarter-century prison term', '25-year prison term');
    same('half a century', '50 years');
    assert.notEqual(normalize('a quarter of a percentage point'), normalize('25 percent a percentage point'));
  });

  it('covers the words it joins, so that a figure is quoted whole', () => {
    const text = 'Closures rose to four hundred and twelve.';
    const [figure] = normalizeTokens(text).filter((t) => /^\d/.test(t.norm));
    assert.equal(figure && text.slice(figure.start, figure.end), 'four hundred and twelve');
  });

  it('leaves words that only stand beside a number', () => {
    assert.equal(normalize('a 12 point lead'), 'a 12 point lead');
    assert.equal(normalize('two and three'), '2 and 3');
    assert.equal(normalize('a hundredth'), 'a hundredth');
    // Two durations of one unit, or the smaller first, are two: "between 2 hours and 3 hours".
    assert.equal(normalize('between 2 hours and 3 hours'), 'between 2 hour and 3 hour');
    assert.equal(normalize('6 months and 2 years'), '6 month and 24 month');
    assert.equal(normalize('a year and a day'), 'a year and a day');
  });
});
