import assert from 'node:assert/strict';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { normalize } from '../../helpers/normalized';

// Periods of a year are one figure however written (server/src/core/text/periods.ts), so that a
// claim dated "in the second quarter" is found in a draft that says "between April and June".

describe('core/text/periods', () => {
  it('writes a quarter given by its months, by "the three months to", or as "Q2" as "Nth quarter"', () => {
    for (const same of ['in the second quarter', 'in the Q2', 'in the April-June quarter', 'in the three months to June', 'in the 3 months ending June']) {
      assert.equal(normalize(same), 'in the 2nd quarter', same);
    }
    assert.equal(normalize('between April and June'), 'between 2nd quarter');
    assert.equal(normalize('from October to December'), 'from 4th quarter');
    assert.equal(normalize('the first three months of 2024'), 'the 1st quarter of 2024');
    assert.equal(normalize('the last three months of 2023'), 'the 4th quarter of 2023');
  });

  it('covers the words of the quarter, so that the figure is quoted whole', () => {
    const text = 'Output rose between April and June.';
    const [quarter] = normalizeTokens(text).filter((t) => t.norm === '2nd');
    assert.equal(quarter && text.slice(quarter.start, quarter.end), 'April and June');
  });

  it('leaves months that are no quarter, and a month alone', () => {
    assert.equal(normalize('from April to July'), 'from april to july');
    assert.equal(normalize('in June'), 'in june');
    assert.equal(normalize('the three months to August'), 'the 3 month to august');
  });

  it('writes the year to a month as the 12 months to it', () => {
    for (const same of ['in the year to September', 'in the 12 months to September', 'in the twelve months to September']) assert.equal(normalize(same), 'in the 12 month to september', same);
    assert.equal(normalize('the year ended 30 June'), 'the 12 month ended 30 june');
    assert.equal(normalize('the year through June 2022'), 'the 12 month through june 2022');
    // Not a year that ends at no month, nor "a year".
    assert.equal(normalize('the year to date'), 'the year to date');
    assert.equal(normalize('a year to September'), 'a year to september');
  });

  it('writes "annually" beside a figure as "a year"', () => {
    assert.equal(normalize('rising by 4.5mm annually'), normalize('rising by 4.5mm a year'));
    assert.equal(normalize('300,000 new homes yearly'), '300000 new homes a year');
    // Without a figure it is a word like another; "annual" before a noun is no rate.
    assert.equal(normalize('published annually'), 'published annually');
    assert.equal(normalize('annual inflation of 3 percent'), 'annual inflation of 3 percent');
  });
});
