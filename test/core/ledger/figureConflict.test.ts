import assert from 'node:assert/strict';
import { createLedger, type Ledger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry } from '../../helpers/ledgerEntries';

// A phrase with no figure is no match where the sentence gives another figure of a kind the entry's
// claim gives: the sentence is on the claim's topic, not the claim; and a figure dated to another
// year than the entry's is no changed figure of it (server/src/core/ledger/figureConflict.ts).

const ledger = createLedger([
  entry('doctors', 'About 6.5 million adults in Canada do not have a regular family doctor.', 'no regular family doctor'),
  entry('aid', 'Canada has committed more than $4 billion in military assistance to Ukraine since February 2022.', 'military assistance to Ukraine'),
  entry('layoffs', 'Shopify laid off about 20 percent of its workforce in May 2023.', '20 percent of its workforce'),
]);

/** The entries a sentence's look-up matches (M) or finds changed (X). */
function named(l: Ledger, text: string): string[] {
  const { matches, mismatches } = l.lookUp(text);
  return [...matches.map((m) => `M ${m.entryId}`), ...mismatches.map((m) => `X ${m.entryId}`)];
}

describe('figures that are not the entry’s', () => {
  it('make a phrase with no figure no match', () => {
    assert.deepEqual(named(ledger, 'About 2.5 million Ontarians have no regular family doctor, the college said.'), []);
    // Money is one kind, whatever the currency.
    assert.deepEqual(named(ledger, 'Germany has committed roughly €28 billion in military assistance to Ukraine, Berlin said.'), []);
  });

  it('leave the match where the sentence gives the entry’s figure, none of its kinds, or only a year', () => {
    assert.deepEqual(named(ledger, 'Some 6.5 million Canadians, one in five adults, have no regular family doctor.'), ['M doctors']);
    assert.deepEqual(named(ledger, 'Millions of people have no regular family doctor, the survey found.'), ['M doctors']);
    assert.deepEqual(named(ledger, 'A 2024 survey found that people with no regular family doctor wait longest.'), ['M doctors']);
  });

  it('leave a figure changed to be reported where the sentence dates it to the entry’s year', () => {
    assert.deepEqual(named(ledger, 'Shopify laid off 10 percent of its workforce in 2023, the company said.'), ['X layoffs']);
  });

  it('nor where it is of a group of people the entry does not name: that group’s figure', () => {
    const title = createLedger([entry('league-title', 'Saturday’s win secured the club’s 19th league title.', '19th league title')]);
    assert.deepEqual(named(title, 'The club won its 18th league title on Saturday.'), ['X league-title']);
    assert.deepEqual(named(title, 'The women’s team won its third league title in five years on Sunday.'), []);
    // A group after "than" is what the figure is compared with.
    const benefits = createLedger([entry('benefits', 'Undocumented migrants receive $2,200 a month in federal benefits.', '$2,200 a month')]);
    assert.deepEqual(named(benefits, 'Posts claimed undocumented migrants receive $4,000 a month in federal benefits, more than many retirees get.'), ['X benefits']);
    assert.deepEqual(named(benefits, 'Retirees receive $4,000 a month in federal benefits.'), []);
    // A group in a clause after the figure's is not whose the figure is.
    const bill = createLedger([entry('bill', 'The finance bill sought to raise 346 billion shillings in new taxes.', 'raise 346 billion shillings')]);
    assert.deepEqual(named(bill, 'The finance bill sought to raise 364 billion shillings in new taxes, sparking youth-led protests.'), ['X bill']);
  });

  it('nor where it is of another place than the entry names, or of a part of it: that place’s figure', () => {
    const fires = createLedger([entry('fires', 'Wildfires burned about 18.4 million hectares in Canada in 2023, the largest area on record.', '18.4 million hectares')]);
    const burned = (figure: string, place: string): string => `Wildfires burned about ${figure} hectares${place} in 2023, the largest area on record`;
    assert.deepEqual(named(fires, `${burned('15 million', ' in Canada')}.`), ['X fires']);
    assert.deepEqual(named(fires, `${burned('2 million', ' in Australia')}.`), []);
    assert.deepEqual(named(fires, `${burned('4.5 million', ' in Quebec')}.`), []);
    // A place in a clause after the figure's is not whose the figure is.
    assert.deepEqual(named(fires, `${burned('15 million', '')}, smoke drifting as far as Norway.`), ['X fires']);
  });

  it('but not where it dates it to another year: another period’s figure, which the claims file has not checked', () => {
    assert.deepEqual(named(ledger, 'Shopify laid off 10 percent of its workforce in 2025, the company said.'), []);
    assert.deepEqual(named(ledger, 'Shopify laid off 10 percent of its workforce in July 2022, the company said.'), []);
    // Another target year is another period, though the sentence shares the entry's base year.
    const target = createLedger([entry('target', 'Canada has committed to cutting emissions 40 to 45 percent below 2005 levels by 2030.', '40 to 45 percent below 2005 levels')]);
    assert.deepEqual(named(target, 'Canada set a 2035 goal of cutting emissions 45 to 50 percent below 2005 levels.'), []);
    assert.deepEqual(named(target, 'By 2030, Canada will cut emissions 30 percent below 2005 levels.'), ['X target']);
    // Unless the year is what changed.
    const record = createLedger([entry('peace', 'The country has been at peace since 1945.', 'at peace since 1945')]);
    assert.deepEqual(named(record, 'The country has been at peace since 1954.'), ['X peace']);
    // A claim in its own words with another year and another figure is another period's, the year no changed figure.
    const turnout = createLedger([
      entry('turnout', 'Turnout at the 2024 Irish general election was 59.7 percent.', 'turnout of 59.7 percent', '59.7% turnout'),
      entry('ocr', 'The Reserve Bank of New Zealand raised the official cash rate to 5.5 percent in May 2023.', 'official cash rate to 5.5 percent'),
      entry('trolleys', 'Nurses counted a record 931 patients on trolleys in Irish hospitals on 3 January 2023.', '931 patients on trolleys'),
    ]);
    assert.deepEqual(named(turnout, "Turnout at New Zealand's 2023 general election was 78.2 percent of enrolled voters, the commission said."), []);
  });
});
