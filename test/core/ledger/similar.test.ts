import assert from 'node:assert/strict';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import { AGREED_OFFER_SCORE, createSimilarIndex, MATCH_SCORE, OFFER_SCORE, type SimilarEntry } from '../../../server/src/core/ledger/similar';
import { normalizeTokens } from '../../../server/src/core/text/normalize';
import { readRelatedWords } from '../../../server/src/core/text/related';
import { readFixture } from '../../helpers/fixtures';

const { entries } = parseLedger(readFixture('ledger/similar.yaml'));
const index = createSimilarIndex(entries);

function similar(text: string, on = index): SimilarEntry | undefined {
  return on.mostSimilar(text, normalizeTokens(text));
}

describe('core/ledger/similar', () => {
  it('finds the entry a sentence words otherwise: other order, other forms, other words around it', () => {
    const found = similar('Some 4.3 million children are growing up in relative poverty, the charity said.');
    assert.equal(found?.entryId, 'child-poverty');
    assert.ok(found.score >= MATCH_SCORE, String(found.score));
    assert.equal(found.confident, true);
    assert.deepEqual(
      found.shared.map((s) => [s.text, s.figure]),
      [['4.3 million', true], ['children', false], ['relative', false], ['poverty', false]],
    );
  });

  it('offers a weaker likeness without counting it as a match', () => {
    const found = similar('The sea is rising by about 4.5 millimetres every year, according to satellite data.');
    assert.equal(found?.entryId, 'sea-level-rise');
    assert.ok(found.score >= OFFER_SCORE && found.score < MATCH_SCORE, String(found.score));
    assert.equal(found.confident, false);
  });

  it('finds no entry that states a figure for a sentence without that figure, however many words it shares', () => {
    assert.equal(similar('Some 3.4 million children are growing up in relative poverty, the charity said.'), undefined);
    assert.equal(similar('Children growing up in relative poverty need help.'), undefined);
  });

  it('finds an entry without figures by its words alone', () => {
    assert.equal(similar('Tampering with postal votes in the northern districts was alleged.')?.entryId, 'postal-vote-tampering');
  });

  it('finds nothing for a sentence about something else, or for an empty claims file', () => {
    assert.equal(similar('The weather was fine on Tuesday.'), undefined);
    assert.equal(similar('Some 4.3 million children are growing up in relative poverty.', createSimilarIndex([])), undefined);
  });

  it('counts a word the sentence says the opposite of against the entry, and never matches such a sentence', () => {
    // The entry's "no public money" is not the sentence's "public money".
    assert.equal(similar('The council said the new library was built with public money from the levelling-up fund.'), undefined);
    assert.equal(similar('The new stadium was built with no public money.')?.entryId, 'stadium-private-funding');
    // A sentence that denies the entry's claim is about it (a fact-checker cites the entry there), but does not state it.
    const denied = similar('Covid vaccines do not contain tracking microchips.');
    assert.equal(denied?.entryId, 'vaccine-microchips');
    assert.equal(denied.confident, false);
    assert.equal(similar('Covid vaccines contain tracking microchips.')?.confident, true);
    // "No other … had" says "the first": a word said to be none is also the word itself.
    assert.equal(similar('No Covid vaccines contain tracking microchips, they say.')?.entryId, 'vaccine-microchips');
  });

  it('offers no entry whose figure the sentence gives of another thing, however many words it shares', () => {
    const figures = createSimilarIndex(parseLedger(readFixture('ledger/figure-words.yaml')).entries);
    assert.equal(similar('Gun crime rose 9 percent in the city last year, police said.', figures), undefined);
    assert.equal(similar('One in four adults says they have skipped meals to save money, a survey found.', figures), undefined);
    // The same figure of the same thing, in other words.
    assert.equal(similar('Offences involving knives went up, with knife crime rising 9 percent in the year to September.', figures)?.entryId, 'knife-crime-rise');
    assert.equal(similar('A quarter of adults in England are now classed as obese, the survey shows.', figures)?.entryId, 'adult-obesity');
    assert.equal(similar('Astronomers say 5,500 exoplanets have now been confirmed.', figures)?.entryId, 'exoplanet-count');
    // A rise by an average is of the bills that rise, not a rise in council tax.
    assert.equal(similar('Water bills will rise by an average of 4.99 percent next year, the regulator announced.', figures), undefined);
  });

  it('offers no entry about another group of people: children are not adults, nor women men', () => {
    const figures = createSimilarIndex(parseLedger(readFixture('ledger/figure-words.yaml')).entries);
    const sentence = 'Around one in four children in England is obese when they start school.';
    assert.equal(similar(sentence, figures), undefined);
    // Without the group, the same sentence is the entry's.
    assert.equal(similar(sentence.replace('children', 'adults'), figures)?.entryId, 'adult-obesity');
    // A sentence about both groups is about the entry's too.
    assert.equal(similar('One in four adults and children in England is obese.', figures)?.entryId, 'adult-obesity');
  });

  it('offers from a lower score an entry whose figure the sentence gives of the same thing', () => {
    const figures = createSimilarIndex(parseLedger(readFixture('ledger/figure-words.yaml')).entries);
    // Alike in words and figure, both: the first counts whom the entry counts ("electorate" ≈ "voters"), the second does not say.
    const counted = similar('A survey showed that 45% of the electorate want another referendum.', figures);
    const unsaid = figures.mostSimilar('A survey of the electorate showed that 45% want another referendum.', normalizeTokens('A survey of the electorate showed that 45% want another referendum.'), 0);
    assert.equal(counted?.entryId, 'referendum-support');
    assert.ok(counted.score >= AGREED_OFFER_SCORE && counted.score < OFFER_SCORE, String(counted.score));
    assert.equal(unsaid?.score, counted.score);
    assert.equal(similar('A survey of the electorate showed that 45% want another referendum.', figures), undefined);
  });

  it('offers no entry for a sentence that has none of the words the entry gives in every wording, unless its figure is of the same thing', () => {
    const figures = createSimilarIndex(parseLedger(readFixture('ledger/figure-words.yaml')).entries);
    // "exoplanets" is in each wording of the entry; "confirmed" and the figure are not enough.
    assert.equal(similar('Health authorities recorded 5,500 confirmed cases of dengue fever in the first week of March.', figures), undefined);
    // "peace" is in each wording of China's plan, but the sentence's figure counts what the entry's counts.
    const plan = createSimilarIndex(
      parseLedger(['claims:', '  - id: peace-plan', '    claim: China published a 12-point peace proposal for Ukraine in February.', '    match: [12-point peace proposal, twelve-point peace plan]', ''].join('\n')).entries,
    );
    assert.equal(similar('China unveiled its 12-point proposal for Ukraine in February.', plan)?.entryId, 'peace-plan');
    // A noun of any measure ("rate") in every wording says nothing of what the entry is known by.
    const jobless = createSimilarIndex(
      parseLedger(['claims:', '  - id: jobless', '    claim: The US unemployment rate fell to 3.4 percent in April 2023, the lowest level since 1969.', '    match: [unemployment rate of 3.4 percent, 3.4% jobless rate]', ''].join('\n')).entries,
    );
    assert.equal(similar('Joblessness in the United States slipped to 3.4 percent in April 2023, a level not seen since 1969.', jobless)?.entryId, 'jobless');
  });

  it('takes a distinctive figure the entry gives for one of its words in every wording, not a round one', () => {
    const dairy = createSimilarIndex(
      parseLedger(['claims:', '  - id: dairy', '    claim: The country charges a 241 percent tariff on imported milk.', '    match: [241 percent tariff, tariffs of 241 percent]', ''].join('\n')).entries,
    );
    // "duties" for "tariff": the figure of three digits stands for it.
    assert.equal(similar('Farmers argue that imported milk faces border duties of 241 percent in the country.', dairy)?.entryId, 'dairy');
    const round = createSimilarIndex(
      parseLedger(['claims:', '  - id: dairy', '    claim: The country charges a 250 percent tariff on imported milk.', '    match: [250 percent tariff, tariffs of 250 percent]', ''].join('\n')).entries,
    );
    assert.equal(similar('Farmers argue that imported milk faces border duties of 250 percent in the country.', round), undefined);
  });

  it('takes a name the claims file gives the entry alone for one of its words in every wording, not a date nor a name two entries give', () => {
    const sentence = (claim: string, id = 'ftx'): string[] => [`  - id: ${id}`, `    claim: ${claim}`, '    match: [sentenced to 25 years, 25-year prison sentence]'];
    const ftx = createSimilarIndex(parseLedger(['claims:', ...sentence('FTX founder Sam Bankman-Fried was sentenced to 25 years in prison in March 2024.'), ''].join('\n')).entries);
    // "sentenced" is in each wording; "behind bars" is not "prison", but the name is the entry's alone.
    const bars = 'A judge in Manhattan ordered FTX founder Sam Bankman-Fried to spend 25 years behind bars in March 2024.';
    assert.equal(similar(bars, ftx)?.entryId, 'ftx');
    // A name at a claim's start is one when it names a place.
    const china = createSimilarIndex(parseLedger(['claims:', '  - id: plan', "    claim: China's peace plan was published with 12 points.", '    match: [12-point peace plan]', ''].join('\n')).entries);
    assert.equal(similar("China's blueprint was published with 12 points.", china)?.entryId, 'plan');
    // Another entry gives the name too: it no longer says which.
    const two = createSimilarIndex(
      parseLedger(['claims:', ...sentence('FTX founder Sam Bankman-Fried was sentenced to 25 years in prison in March 2024.'), ...sentence('Sam Bankman-Fried was convicted of fraud in November 2023.', 'fraud'), ''].join('\n')).entries,
    );
    assert.equal(similar(bars, two), undefined);
    // A month is capitalized, and names nothing the claim is of.
    const month = createSimilarIndex(parseLedger(['claims:', ...sentence('A man was sentenced to 25 years in prison in March 2024.'), ''].join('\n')).entries);
    assert.equal(similar('A judge ordered a man to spend 25 years behind bars in March 2024.', month), undefined);
  });

  it('offers an entry whose phrase with a figure the sentence has whole, in any order, however little of its claim it words', () => {
    const found = similar("Of the twelve points in Beijing's plan for peace, only the call for a ceasefire drew praise.");
    assert.equal(found?.entryId, 'peace-plan');
    assert.equal(found.covered, true);
    assert.equal(found.confident, false);
    assert.equal(similar('The sea is rising by about 4.5 millimetres every year, according to satellite data.')?.covered, false);
    // Every word of a phrase, not only its figure and some of them.
    assert.equal(similar('The union has tabled a 12-point proposal on pay.'), undefined);
    assert.equal(similar('The city unveiled a twelve-point plan to cut traffic around schools.'), undefined);
  });

  it('counts a likeness as a match only where the sentence has every word the entry writes in every wording', () => {
    assert.equal(similar('Officials said that postal ballots across the northern districts had been tampered with.')?.confident, true);
    const late = similar('Postal ballots in the northern districts arrived late because of a strike at the sorting office.');
    assert.equal(late?.entryId, 'postal-vote-tampering');
    assert.ok(late.score >= MATCH_SCORE, String(late.score));
    assert.equal(late.confident, false);
  });

  it('offers an entry whose acronym the sentence writes out, or whose name it writes as an acronym', () => {
    const loans = createSimilarIndex(
      parseLedger(`claims:
  - id: imf-egypt
    claim: The IMF approved a $3 billion loan for Egypt in December 2022.
    match: ["$3 billion IMF loan"]
  - id: ftc-noncompete
    claim: A federal judge in Texas blocked the Federal Trade Commission's ban on noncompete clauses.
    match: ["ban on noncompete clauses"]
`).entries,
    );
    assert.equal(similar('The International Monetary Fund approved a $3 billion loan.', loans)?.entryId, 'imf-egypt');
    assert.equal(similar('A Texas judge blocked the FTC ban.', loans)?.entryId, 'ftc-noncompete');
  });

  it('offers an entry whose compound word the sentence writes as its last part', () => {
    const figures = createSimilarIndex(parseLedger(readFixture('ledger/figure-words.yaml')).entries);
    const found = similar('More than 5,500 planets beyond our solar system have now been confirmed.', figures);
    assert.equal(found?.entryId, 'exoplanet-count');
    assert.equal(found.confident, false);
    assert.deepEqual(found.shared.filter((s) => s.related !== undefined).map((s) => [s.text, s.related]), [['planets', 'exoplanets']]);
  });

  it('weighs rare words over common ones, in a large claims file as in a small one', () => {
    // 10,000 entries about the council's budget, and one about potholes: "council" and "budget" are
    // in most entries, so they weigh little, and alone they make no entry similar.
    const lines = ['claims:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  - id: budget-${i}`, `    claim: The council budget line ${i} was approved.`);
    lines.push('  - id: potholes', '    claim: The council has a backlog of 12,000 unrepaired potholes.');
    const large = createSimilarIndex(parseLedger(lines.join('\n') + '\n').entries);
    assert.equal(similar('Council documents show 12,000 potholes are still unrepaired.', large)?.entryId, 'potholes');
    assert.equal(similar('The council approved the budget.', large), undefined);
    // Nor does a figure alone, however rare: "budget-40" says 40 of something else.
    assert.equal(similar('Officials said that 40 people died.', large), undefined);
  });

  describe('related words', () => {
    const nato = parseLedger(
      ['claims:', '  - id: nato-troops', '    claim: NATO deployed 3,000 additional troops to its eastern flank.', '    match: [3,000 additional troops]', ''].join('\n'),
    ).entries;
    const premier = parseLedger(['claims:', '  - id: third-term', '    claim: She is the first prime minister to win a third term.', ''].join('\n')).entries;
    // A table of its own, so that what is tested is how related words count, not what GloVe relates.
    const related = readRelatedWords({ stems: 'soldier troop extra addit premier prime minist', related: '1 90;;1 80;;1 70 1 65;;' });
    const withRelated = createSimilarIndex([...nato, ...premier], related);
    const without = createSimilarIndex([...nato, ...premier], readRelatedWords({ stems: '', related: '' }));
    const sentence = 'The alliance is sending an extra 3,000 soldiers to its eastern flank.';

    it('count a word of the sentence for the entry word it is related to, and say which', () => {
      const found = similar(sentence, withRelated);
      assert.equal(found?.entryId, 'nato-troops');
      assert.deepEqual(
        found.shared.map((s) => [s.text, s.related]),
        [['extra', 'additional'], ['3,000', undefined], ['soldiers', 'troops'], ['eastern', undefined], ['flank', undefined]],
      );
      // Less than the same words would: "extra" counts 0.8 and "soldiers" 0.9 of the entry's words.
      const same = similar('The alliance is sending an additional 3,000 troops to its eastern flank.', withRelated);
      assert.ok(same && found.score < same.score, `${found.score} < ${same?.score}`);
      assert.ok((similar(sentence, without)?.score ?? 0) < found.score);
    });

    it('never count a match on related words: they only offer', () => {
      const found = similar('NATO deployed an extra 3,000 soldiers to its eastern flank.', withRelated);
      assert.ok(found && found.score >= MATCH_SCORE, String(found?.score));
      assert.equal(found.confident, false);
      assert.equal(similar('NATO deployed an additional 3,000 troops to its eastern flank.', withRelated)?.confident, true);
    });

    it('never make an entry similar alone: the sentence must share a word of its own with it', () => {
      const jobs = parseLedger(['claims:', '  - id: jobs', '    claim: Unemployment fell to 3.8 percent in March.', ''].join('\n')).entries;
      const near = createSimilarIndex(jobs, readRelatedWords({ stems: 'fall fell inflat unemploy', related: '1 80;;1 70;' }));
      assert.equal(similar('The central bank expects inflation to fall to 3.8 percent by the end of the year.', near), undefined);
      assert.equal(similar('Inflation fell to 3.8 percent in March.', near)?.entryId, 'jobs');
    });

    it('never count a word of change as the word of its own a sentence shares, nor as one the entry is known by', () => {
      // "fall" is "fell" (an irregular form is its base), but says only how the figure moved.
      const none = readRelatedWords({ stems: '', related: '' });
      const jobs = parseLedger(['claims:', '  - id: jobs', '    claim: Unemployment fell to 3.8 percent in March.', ''].join('\n')).entries;
      assert.equal(similar('The central bank expects inflation to fall to 3.8 percent by the end of the year.', createSimilarIndex(jobs, none)), undefined);
      // "rise" (and "rose") is in every wording of the entry, as "knife" and "crime" are: only those name it.
      const knives = parseLedger(
        ['claims:', '  - id: knives', '    claim: Knife crime rose 9 percent in the year to September.', '    match: [9 percent rise in knife crime, knife crime rose 9 percent]', ''].join('\n'),
      ).entries;
      const index = createSimilarIndex(knives, none);
      assert.equal(similar('A 9 percent rise in shoplifting was recorded in the year to September, police said.', index), undefined);
      assert.equal(similar('Knife offences saw a 9 percent rise in the year to September, police said.', index)?.entryId, 'knives');
    });

    it('count each word of the sentence once, for the nearest of the entry words it is related to', () => {
      // "premier" is related to both "prime" and "minister": it counts for "prime" alone.
      const found = similar('She is the first premier to win a third term, her party said.', withRelated);
      assert.equal(found?.entryId, 'third-term');
      assert.deepEqual(found.shared.filter((s) => s.related !== undefined).map((s) => [s.text, s.related]), [['premier', 'prime']]);
    });
  });
});
