import assert from 'node:assert/strict';
import { createLedger, EMPTY_LEDGER, type Ledger } from '../../../server/src/core/ledger/ledger';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import type { LedgerEntry } from '../../../server/src/core/types';
import { readFixture } from '../../helpers/fixtures';

function entry(id: string, ...match: string[]): LedgerEntry {
  return { id, match, rating: 'true', sources: [], span: { start: 0, end: 0 } };
}

/** Each match as "entry id: matched text". */
function found(ledger: Ledger, text: string, span?: { start: number; end: number }): string[] {
  return ledger.findMatches(text, span).map((m) => `${m.entryId}: ${text.slice(m.span.start, m.span.end)}`);
}

describe('createLedger', () => {
  it('finds entries by id', () => {
    const ledger = createLedger([entry('a'), entry('b')]);
    assert.equal(ledger.size, 2);
    assert.equal(ledger.get('b')?.id, 'b');
    assert.equal(ledger.get('c'), undefined);
    assert.deepEqual([...ledger.ids()], ['a', 'b']);
  });

  it('keeps the first of two entries with one id', () => {
    const ledger = createLedger([entry('a', 'first'), entry('a', 'second')]);
    assert.equal(ledger.size, 1);
    assert.deepEqual(ledger.get('a')?.match, ['first']);
    assert.deepEqual(found(ledger, 'the second one'), []);
  });

  it('is empty without a claims file', () => {
    assert.equal(EMPTY_LEDGER.size, 0);
    assert.deepEqual([...EMPTY_LEDGER.ids()], []);
    assert.deepEqual(EMPTY_LEDGER.findMatches('The 14-month conflict'), []);
  });
});

describe('Ledger.findMatches', () => {
  const ledger = createLedger([
    entry('duration', '14-month conflict', 'fourteen-month war'),
    entry('plan', 'China’s 12-point peace proposal'),
    entry('war', 'war'),
    entry('cited-only'),
  ]);

  it('matches a phrase written with number words, hyphens or another case', () => {
    assert.deepEqual(found(ledger, 'the Fourteen-Month Conflict in Ukraine'), ['duration: Fourteen-Month Conflict']);
    assert.deepEqual(found(ledger, 'after a 14 month conflict'), ['duration: 14 month conflict']);
  });

  it('matches across apostrophe styles and number spellings', () => {
    const text = "critics called China's twelve point peace proposal vague";
    assert.deepEqual(ledger.findMatches(text), [
      { entryId: 'plan', span: { start: 15, end: 50 }, phrase: 'China’s 12-point peace proposal', figure: true },
    ]);
  });

  it('matches whole words only', () => {
    assert.deepEqual(found(ledger, 'software warning: a warrior'), []);
    assert.deepEqual(found(ledger, 'The war.'), ['war: war']);
  });

  it('needs every word of a phrase, in order', () => {
    assert.deepEqual(found(ledger, 'the 14-month truce'), []);
    assert.deepEqual(found(ledger, 'conflict of 14 months'), []);
    assert.deepEqual(found(ledger, 'the 14-month'), []);
  });

  it('returns every occurrence, in text order', () => {
    assert.deepEqual(found(ledger, 'A fourteen-month war is a war; the 14-month conflict too.'), [
      'duration: fourteen-month war',
      'war: war',
      'war: war',
      'duration: 14-month conflict',
    ]);
  });

  it('reports an entry once where two of its phrases are spelled alike', () => {
    const twice = createLedger([entry('a', '14-month conflict', 'fourteen month conflict')]);
    assert.deepEqual(found(twice, 'the 14-month conflict'), ['a: 14-month conflict']);
  });

  it('reports every entry that shares a phrase', () => {
    const shared = createLedger([entry('a', 'peace talks'), entry('b', 'Peace-talks')]);
    assert.deepEqual(found(shared, 'no peace talks in sight'), ['a: peace talks', 'b: peace talks']);
  });

  it('searches only the given span, with offsets in the whole text', () => {
    const text = 'A war. Then the fourteen-month war ended.';
    const start = text.indexOf('Then');
    const matches = ledger.findMatches(text, { start, end: text.length });
    assert.deepEqual(
      matches.map((m) => [m.entryId, m.span.start, m.span.end]),
      [
        ['duration', 16, 34],
        ['war', 31, 34],
      ],
    );
  });

  it('never matches an entry that has no phrases', () => {
    assert.equal(ledger.get('cited-only')?.id, 'cited-only');
    assert.ok(!ledger.findMatches('cited only').some((m) => m.entryId === 'cited-only'));
  });

  it('matches the entries of the sample claims file in a draft sentence', () => {
    const sample = createLedger(parseLedger(readFixture('ledger/valid.yaml')).entries);
    const text =
      'The 14-month conflict drags on; critics called China’s twelve-point peace proposal vague, and its envoy said ex-Soviet states did not have an actual status in international law.';
    assert.deepEqual(
      sample.findMatches(text).map((m) => m.entryId),
      ['ukraine-war-duration', 'china-12-point-plan', 'ex-soviet-states-status'],
    );
  });

  it('finds a phrase among 100,000 entries', function () {
    // Correctness only; a slow shared machine must not fail it on mocha's default 2 s.
    this.timeout(20_000);
    const entries = Array.from({ length: 100_000 }, (_, i) => entry(`claim-${i}`, `the ${i}-point plan`, `report number ${i} on the war`));
    const big = createLedger(entries);
    assert.equal(big.size, 100_000);
    assert.deepEqual(found(big, 'They debated the 4217-point plan and report number 99999 on the war in Ukraine.'), [
      'claim-4217: the 4217-point plan',
      'claim-99999: report number 99999 on the war',
    ]);
  });

  it('looks for phrases of growing length in a long run-on sentence without trying each length anew', function () {
    // 650 phrases "a", "a a", … and an 80 KB sentence of "a": each word starts phrases of every
    // length. Trying each length anew took minutes; walking the phrases' words takes one pass per
    // word, up to the longest phrase looked for.
    this.timeout(20_000);
    const entries = Array.from({ length: 650 }, (_, i) => entry(`a${i + 1}`, Array(i + 1).fill('a').join(' ')));
    const matches = createLedger(entries).findMatches(`It said ${'a '.repeat(40_000)}.`);
    // The phrases of up to 32 words, longer ones are not looked for; at most 1,000 matches a sentence.
    assert.equal(matches.length, 1_000);
    assert.deepEqual(
      matches.slice(0, 33).map((m) => m.entryId),
      Array.from({ length: 32 }, (_, i) => `a${i + 1}`).concat('a1'),
    );
    assert.ok(matches.every((m) => Number(m.entryId.slice(1)) <= 32));
  });

  it('matches a phrase of 32 words and not one of 33', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const ledger = createLedger([entry('long', words(32)), entry('longer', words(33))]);
    assert.deepEqual(ledger.findMatches(`${words(40)}.`).map((m) => m.entryId), ['long']);
  });

  describe('figures changed', () => {
    /** Each mismatch as "entry id: the draft's words (found → expected, …)". */
    const changed = (ledger: Ledger, text: string): string[] =>
      ledger.findFigureMismatches(text).map((m) => `${m.entryId}: ${text.slice(m.span.start, m.span.end)} (${m.figures.map((f) => `${f.found} → ${f.expected}`).join(', ')})`);
    const ledger = createLedger([entry('war', '14-month conflict'), entry('plan', '12-point peace plan'), entry('bare', '40'), entry('range', 'between 40 and 50 soldiers')]);

    it('finds an entry’s wording with another figure, in digits or in words', () => {
      assert.deepEqual(changed(ledger, 'The 15-month conflict goes on.'), ['war: 15-month conflict (15 → 14)']);
      assert.deepEqual(changed(ledger, 'The fifteen-month conflict goes on.'), ['war: fifteen-month conflict (fifteen → 14)']);
      assert.deepEqual(changed(ledger, 'Between 40 and 60 soldiers died.'), ['range: Between 40 and 60 soldiers (60 → 50)']);
    });

    it('but not the same figures, other words around a figure, or a phrase that is a figure alone', () => {
      assert.deepEqual(changed(ledger, 'The 14-month conflict and the fourteen-month conflict go on.'), []);
      assert.deepEqual(changed(ledger, 'He holds a 12-point lead in the 12-point race.'), []);
      assert.deepEqual(changed(ledger, 'About 41 of them.'), []);
      assert.deepEqual(changed(EMPTY_LEDGER, 'The 15-month conflict goes on.'), []);
    });

    it('compares figures as values with their units, however they are written', () => {
      const money = createLedger([entry('aid', '$3.2 billion aid package'), entry('turnout', '45 percent of voters')]);
      assert.deepEqual(found(money, 'a 3.2bn dollars aid package; 45% of voters'), ['aid: 3.2bn dollars aid package', 'turnout: 45% of voters']);
      assert.deepEqual(changed(money, 'a 3,200 million dollars aid package; 45 per cent of voters'), []);
      assert.deepEqual(changed(money, 'a $3.5 billion aid package; 52% of voters'), ['aid: $3.5 billion aid package ($3.5 billion → $3.2 billion)', 'turnout: 52% of voters (52 → 45)']);
      // A figure with its unit alone says nothing of what it counts.
      assert.deepEqual(changed(createLedger([entry('rate', '45 percent')]), 'About 52 percent.'), []);
    });

    it('reads a figure more than ten times larger or smaller as another thing, unless it slips only its scale or drops its last digit', () => {
      const viewers = createLedger([entry('final', '1.5 billion viewers'), entry('troops', '3,000 extra troops'), entry('killings', '29,675 homicides')]);
      assert.deepEqual(changed(viewers, 'The ceremony drew 28 million viewers; 250 extra troops went.'), []);
      assert.deepEqual(changed(viewers, 'Mexico recorded 2,967 homicides.'), ['killings: 2,967 homicides (2,967 → 29,675)']);
      assert.deepEqual(changed(viewers, 'Mexico recorded 2,100 homicides.'), []);
      assert.deepEqual(changed(viewers, 'The final drew 1.5 million viewers.'), ['final: 1.5 million viewers (1.5 million → 1.5 billion)']);
      assert.deepEqual(changed(viewers, 'The final drew 1.1 billion viewers; 30,000 extra troops went.'), [
        'final: 1.1 billion viewers (1.1 billion → 1.5 billion)',
        'troops: 30,000 extra troops (30,000 → 3,000)',
      ]);
    });

    it('compares durations as hours or as months, in whatever unit', () => {
      const truce = createLedger([entry('truce', '72-hour truce'), entry('war', '18-month war')]);
      assert.deepEqual(found(truce, 'A three-day truce held; the 1.5-year war goes on.'), ['truce: three-day truce', 'war: 1.5-year war']);
      assert.deepEqual(changed(truce, 'A four-day truce; a two-year war.'), ['truce: four-day truce (four → 72)', 'war: two-year war (two → 18)']);
      // A duration in two units is one figure: a year and a half is 18 months, a year and two months 14.
      assert.deepEqual(changed(truce, 'It was a year-and-a-half war, then a 1 year and 8 months war.'), ['war: 1 year and 8 months war (1 year and 8 → 18)']);
      const war = createLedger([{ ...entry('war'), claim: 'The war in Ukraine has lasted 14 months.' }]);
      assert.deepEqual(changed(war, 'The war in Ukraine has lasted a year and two months.'), []);
      assert.deepEqual(changed(war, 'The war in Ukraine has lasted a year and three months.'), ['war: a year and three months (a year and three months → 14 months)']);
    });

    it('reads a quarter written by its months or as "Q2" as that quarter', () => {
      const growth = createLedger([{ ...entry('growth'), claim: 'The economy grew by 0.6 percent in the second quarter.' }]);
      for (const reworded of ['Output expanded 0.6 per cent in the three months to June.', 'Output expanded 0.6 per cent in Q2.']) {
        assert.equal(growth.lookUp(reworded).similar?.entryId, 'growth', reworded);
      }
      assert.deepEqual(changed(growth, 'The economy grew by 0.6 percent between January and March.'), ['growth: January and March (January and March → second)']);
    });

    it('reads "annually" beside a figure as "a year"', () => {
      const sea = createLedger([entry('sea', '4.5mm a year')]);
      assert.deepEqual(found(sea, 'The sea is rising by 4.5 millimetres annually.'), ['sea: 4.5 millimetres annually']);
    });

    it('reads a part of a unit as its value, not as a share', () => {
      const rates = createLedger([entry('cut', 'cut rates by a quarter of a percentage point'), entry('swing', '25 percent swing')]);
      assert.deepEqual(found(rates, 'The bank cut rates by 0.25 percentage point.'), ['cut: cut rates by 0.25 percentage point']);
      assert.deepEqual(changed(rates, 'The bank cut rates by half a percentage point.'), ['cut: cut rates by half a percentage point (half a → a quarter of a)']);
    });

    it('nor a figure said to be rounded from the checked one', () => {
      const rain = createLedger([entry('rain', '249mm of rain')]);
      assert.deepEqual(changed(rain, 'Almost a quarter of a metre of rain fell; about 250mm of rain in a day.'), []);
      assert.deepEqual(changed(rain, 'About 300mm of rain fell.'), ['rain: 300mm of rain (300 → 249)']);
      assert.deepEqual(changed(rain, 'Exactly 250mm of rain fell.'), ['rain: 250mm of rain (250 → 249)']);
    });

    it('compares shares as percentages, written as ratios, fractions or percentages', () => {
      const obesity = createLedger([entry('obesity', 'one in four adults')]);
      assert.deepEqual(found(obesity, 'A quarter of adults are obese; so are 25% of adults.'), ['obesity: A quarter of adults', 'obesity: 25% of adults']);
      assert.deepEqual(changed(obesity, 'One in five adults are obese.'), ['obesity: One in five adults (One in five → one in four)']);
    });

    it('reads a verb of change by a multiple as the share it says: "halved" is "fell 50 percent"', () => {
      const amazon = (claim: string): Ledger => createLedger([{ ...entry('amazon'), claim }]);
      const halved = "Deforestation in Brazil's Amazon halved in 2023, officials said.";
      assert.equal(amazon('Deforestation in the Brazilian Amazon fell 50 percent in 2023.').lookUp(halved).similar?.entryId, 'amazon');
      assert.deepEqual(
        amazon('Deforestation in the Brazilian Amazon fell 22 percent in 2023.').findFigureMismatches(halved).map((m) => m.figures.map((f) => `${f.found} → ${f.expected}`)),
        [['halved → 22 percent']],
      );
      // Doubling is a rise: not the entry's fall with another figure.
      assert.deepEqual(amazon('Deforestation in the Brazilian Amazon fell 22 percent in 2023.').findFigureMismatches(halved.replace('halved', 'doubled')), []);
    });

    it('reads a measure in any of its units, and a measure alone only in a sentence that shares a word with the entry’s claim', () => {
      const sea = createLedger([{ ...entry('sea', '4.5 millimetres a year'), claim: 'Global mean sea level is rising by 4.5 millimetres a year.' }]);
      assert.deepEqual(changed(sea, 'The oceans are rising by 4.5mm a year, and by 0.45 cm a year.'), []);
      assert.deepEqual(changed(sea, 'The oceans are rising by 4.5 centimetres a year.'), ['sea: 4.5 centimetres a year (4.5 → 4.5)']);
      assert.deepEqual(changed(sea, 'The glacier has retreated by 30 metres a year.'), []);
    });

    it('reads a phrase of figures and words of change only where the sentence’s figure is of what the claim’s is', () => {
      const claimed = (id: string, claim: string, ...match: string[]): LedgerEntry => ({ ...entry(id, ...match), claim });
      const economy = createLedger([
        claimed('gdp', 'The economy grew by 0.6 percent in the second quarter.', 'grew by 0.6 percent'),
        claimed('wage', 'The national minimum wage rises to £11.44 an hour in April.', '£11.44 an hour'),
      ]);
      assert.deepEqual(changed(economy, 'The economy grew by 0.2 percent in the second quarter.'), ['gdp: grew by 0.2 percent (0.2 → 0.6)']);
      // The sentence does not say what its figure is of: it may be the claim's.
      assert.deepEqual(changed(economy, 'Workers will be paid at least £11.14 an hour from April.'), ['wage: £11.14 an hour (£11.14 → £11.44)']);
      // Another thing's figure (revenue, not the economy; a pay rise, not the minimum wage) is no changed figure, nor the entry's claim.
      assert.deepEqual(changed(economy, 'The company said its revenue grew by 6 percent in the second quarter.'), []);
      assert.deepEqual(changed(economy, 'Nurses are demanding a pay rise of £3 an hour, the union said.'), []);
      assert.equal(economy.lookUp('The company said its revenue grew by 6 percent in the second quarter.').similar, undefined);
    });

    it('finds an entry’s claim in the sentence’s own words, in any order, with another figure of its unit', () => {
      const claimed = (id: string, claim: string, ...match: string[]): LedgerEntry => ({ ...entry(id, ...match), claim });
      const jobs = createLedger([
        claimed('jobs', 'Unemployment fell to 3.8 percent in March.', 'unemployment rate of 3.8 percent'),
        claimed('pm', 'She is the first prime minister since 1945 to win a third consecutive term.'),
      ]);
      assert.deepEqual(changed(jobs, 'In March, unemployment fell to 3.6 percent, officials said.'), ['jobs: 3.6 percent (3.6 percent → 3.8 percent)']);
      // The figures it gives as the entry does stay; the one it gives otherwise is the change.
      assert.deepEqual(changed(jobs, 'She is the first prime minister since 1945 to win a fourth consecutive term.'), ['pm: fourth (fourth → third)']);
      // The entry’s own figure, another unit, or too few of its words: no change of its figure.
      assert.deepEqual(changed(jobs, 'Unemployment fell to 3.8 percent in March, from 4.1 percent in February.'), []);
      assert.deepEqual(changed(jobs, 'Unemployment fell to 3.6 million in March.'), []);
      assert.deepEqual(changed(jobs, 'Youth unemployment stands at 12 percent.'), []);
      assert.deepEqual(changed(jobs, 'Youth unemployment fell to 13.8 percent in March.'), []);
      // A near-synonym is the claim's word ("jobless" for "unemployment"); a word only related to it is not ("inflation").
      assert.deepEqual(changed(jobs, 'The jobless rate fell to 3.9 percent in March, officials said.'), ['jobs: 3.9 percent (3.9 percent → 3.8 percent)']);
      assert.deepEqual(changed(jobs, 'Inflation fell to 3.9 percent in March, officials said.'), []);
      // A verb that only says how a figure stands or moves ("ran", "came to") is no word the claim is known by.
      const surplus = createLedger([
        claimed('surplus', 'Ireland ran a general government surplus of €8.3 billion in 2023.', 'surplus of €8.3 billion'),
        claimed('pm', 'She is the first prime minister since 1945 to win a third consecutive term.'),
      ]);
      assert.deepEqual(changed(surplus, "The CSO said Ireland's 2023 general government surplus came to €9.3 billion, boosted by corporation tax."), ['surplus: €9.3 billion (€9.3 billion → €8.3 billion)']);
      // Two entries of the same words and unit: which one the sentence changes, it cannot tell.
      const twice = createLedger([claimed('march', 'Unemployment fell to 3.8 percent in March.'), claimed('april', 'Unemployment fell to 3.9 percent in March.')]);
      assert.deepEqual(changed(twice, 'Unemployment fell to 3.6 percent in March.'), []);
    });

    it('nor a figure its words say is of another thing than the claim’s: petrol cars are not electric ones', () => {
      const sales = createLedger([{ ...entry('ev-sales'), claim: 'Sales of electric cars in Norway rose 12 percent in 2023.' }]);
      assert.deepEqual(changed(sales, 'Sales of electric cars in Norway rose 7 percent in 2023.'), ['ev-sales: 7 percent (7 percent → 12 percent)']);
      assert.deepEqual(changed(sales, 'Sales of petrol cars in Norway rose 7 percent in 2023.'), []);
    });

    it('nor a wording the claims file gives several figures, which the wording alone cannot choose between', () => {
      const rates = createLedger([entry('rate-2020', 'unemployment rate of 5 percent'), entry('rate-2021', 'unemployment rate of 4 percent')]);
      assert.deepEqual(changed(rates, 'The unemployment rate of 6 percent worried them.'), []);
      assert.deepEqual(changed(rates, 'The unemployment rate of 4 percent worried them.'), []);
    });

    it('but the one of several whose claim’s names the sentence writes, where one entry’s are written most', () => {
      const runoffs = createLedger([
        { ...entry('petro', '50.4 percent of the vote'), claim: "Gustavo Petro won Colombia's June 2022 runoff with 50.4 percent of the vote." },
        { ...entry('milei', '55.7 percent of the vote'), claim: "Javier Milei won Argentina's November 2023 runoff with 55.7 percent of the vote." },
      ]);
      assert.deepEqual(changed(runoffs, "Petro won Colombia's runoff with 47.3 percent of the vote."), ['petro: 47.3 percent of the vote (47.3 → 50.4)']);
      assert.deepEqual(changed(runoffs, 'The mayor won the runoff with 47.3 percent of the vote.'), []);
    });
  });
});
