import assert from 'node:assert/strict';
import { figuresOf, type FigureWords } from '../../../server/src/core/ledger/figureWords';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { Stems } from '../../../server/src/core/text/terms';

const stems = new Stems();

/** The words of the figure `term` in `text`, where the text writes it first. */
function wordsOf(text: string, term: string): FigureWords | undefined {
  return figuresOf(text, normalizeTokens(text), stems).get(term)?.[0];
}

describe('core/ledger/figureWords', () => {
  it('reads the noun phrase a count counts, past "of the", up to its plural noun', () => {
    assert.deepEqual(wordsOf('Health authorities recorded 5,500 confirmed cases of dengue fever in March.', '#5500')?.counted, ['confirm', 'case']);
    assert.deepEqual(wordsOf('The authority has scrapped 23 of its bus services since January.', '#23')?.counted, ['bus', 'servic']);
    assert.deepEqual(wordsOf('A poll found that 45 percent of voters support holding a second referendum.', '#45 percent')?.counted, ['voter']);
    assert.deepEqual(wordsOf('Washington announced a $3.2 billion aid package for Kyiv.', '#3200000000 usd')?.counted, ['aid', 'packag']);
  });

  it('reads a change after a figure as of what follows its preposition', () => {
    assert.deepEqual(wordsOf('Police recorded a 19 percent rise in knife crime in the year to September.', '#19 percent')?.counted, ['knife', 'crime']);
    assert.deepEqual(wordsOf('Europe has seen a fortyfold increase in measles as vaccination rates slip.', '#40')?.counted, ['measl']);
  });

  it('reads the subject whose change or level a figure measures, through the measuring verb', () => {
    const gun = wordsOf('Gun crime rose 9 percent in the city last year, police said.', '#9 percent');
    assert.deepEqual(gun, { counted: [], subject: ['gun', 'crime'], predicate: [] });
    assert.deepEqual(wordsOf('The jobless rate fell to 3.9 per cent in March.', '#3.9 percent')?.subject, ['jobless', 'rate']);
    assert.deepEqual(wordsOf('Turnout at the general election was 63.7 percent, the commission said.', '#63.7 percent')?.subject, ['turnout']);
    assert.deepEqual(wordsOf('With a waiting list of 6.7 million, hospitals are struggling.', '#6700000')?.subject, ['wait', 'list']);
    // Past a verb and the average it rises by, but not past a noun of change before the verb.
    assert.deepEqual(wordsOf('Water bills will rise by an average of 4.99 percent next year.', '#4.99 percent')?.subject, ['water', 'bill']);
    assert.deepEqual(wordsOf('GDP growth rose 3 percent in the year.', '#3 percent')?.subject, ['gdp', 'growth']);
  });

  it('reads no subject where the figure is what a verb does, not what it measures', () => {
    assert.deepEqual(wordsOf('Astronomers have confirmed more than 5,500 exoplanets.', '#5500'), { counted: ['exoplanet'], subject: [], predicate: [] });
    assert.deepEqual(wordsOf('The proposal was approved by 67.3 percent of shareholders.', '#67.3 percent')?.subject, []);
  });

  it('reads what a share of people is or does, past a place', () => {
    assert.deepEqual(wordsOf('One in four adults in England is obese.', '#25 percent'), { counted: ['adult'], subject: [], predicate: ['obes'] });
    assert.deepEqual(wordsOf('One in four adults says they have skipped meals to save money, a survey found.', '#25 percent')?.predicate, ['say', 'skip', 'meal', 'save']);
    assert.deepEqual(wordsOf('A quarter of adults in England are now classed as obese, the survey shows.', '#25 percent')?.predicate, ['class', 'obes']);
  });

  it('ends a phrase at punctuation and at words of when', () => {
    assert.deepEqual(wordsOf('The sea is rising by about 4.5 millimetres every year.', '#0.0045 metre'), { counted: [], subject: ['sea'], predicate: [] });
    assert.deepEqual(wordsOf('The conflict, now 14 months old, has displaced millions.', '#14 month')?.subject, []);
    assert.deepEqual(wordsOf('Inflation rose. 9 percent of voters left.', '#9 percent')?.subject, []);
  });

  it('looks for the words of a figure only a few words away from it', () => {
    assert.deepEqual(wordsOf('Knife crime rose to just about 9 percent.', '#9 percent')?.subject, ['knife', 'crime']);
    assert.deepEqual(wordsOf('Knife crime rose to over more than about just only so very 9 percent.', '#9 percent')?.subject, []);
    const far = `Knife crime ${'and so on '.repeat(5_000)}rose 9 percent of ${'the '.repeat(5_000)}adults`;
    assert.deepEqual(wordsOf(far, '#9 percent'), { counted: [], subject: [], predicate: [] });
  });

  it('gives every writing of a figure, and nothing for a text without one', () => {
    assert.equal(figuresOf('9 percent rose, then 9 percent fell.', normalizeTokens('9 percent rose, then 9 percent fell.'), stems).get('#9 percent')?.length, 2);
    assert.equal(figuresOf('No figures here.', normalizeTokens('No figures here.'), stems).size, 0);
  });
});
