import assert from 'node:assert/strict';
import { detectQuantities } from '../../../server/src/core/claims/quantity';
import { readFixture } from '../../helpers/fixtures';

/** The claim span texts found in `sentence`, taken as one whole sentence. */
function spans(sentence: string): string[] {
  return detectQuantities(sentence, { start: 0, end: sentence.length }).map((c) =>
    sentence.slice(c.span.start, c.span.end),
  );
}

describe('detectQuantities', () => {
  describe('finds figures tied to what they count or measure', () => {
    const cases: [string, string[]][] = [
      // The seed story.
      [
        'The 14-month conflict in Ukraine is at a critical juncture, with the country planning to launch a counteroffensive in the coming weeks or months.',
        ['14-month conflict'],
      ],
      [
        'However, Western countries have criticized China’s 12-point peace proposal as too vague and lacking a concrete path out of the conflict.',
        ['12-point peace proposal'],
      ],
      // Counts.
      ['Nearly 3,000 troops were deployed to the border.', ['Nearly 3,000 troops']],
      ['The agency said 3,000 Russian troops and 300 police officers were involved.', ['3,000 Russian troops', '300 police officers']],
      ['About 2.5 million people have fled their homes since the fighting began.', ['About 2.5 million people']],
      ['At least 1,200 patients were evacuated overnight.', ['At least 1,200 patients']],
      ['More than 17 million people have signed up for coverage.', ['More than 17 million people']],
      ['The city has a population of 10 million.', ['10 million']],
      // Compound modifiers parted by a comma.
      ['There are also more than 100 new career-specific, day-in-the-life videos.', ['more than 100 new career-specific, day-in-the-life videos']],
      // A duration ends at its unit: the plural after it is the verb or the next phrase.
      ['The conflict that has lasted 15 months shows no sign of ending.', ['15 months']],
      ['After 40 years talks resumed, and 3,000 workers remains a guess.', ['40 years', '3,000 workers']],
      // A rate takes in its base: one figure, not two.
      ['There were 12 deaths per 100,000 people.', ['12 deaths per 100,000 people']],
      ['The death rate was 5.2 per 100,000 people.', ['5.2 per 100,000 people']],
      ['The murder rate was 2.4 per hundred thousand people.', ['2.4 per hundred thousand people']],
      // A time abbreviated solid after its digits is a measure.
      ['Bolt ran 9.58sec in Berlin.', ['9.58sec']],
      // A count in a clause of its own before a list's lead-in.
      ['We published 394 articles in 2016 — here are the Top 10 most viewed:', ['394 articles']],
      ['The audit found 12 violations:', ['12 violations']],
      // An acronym's plural is a plural.
      ['The app searches 13 APIs that provide commuting statistics.', ['13 APIs']],
      // A whole number of releases counts them; "the 2.0 release" names one.
      ['NOAA has the most mobile apps, with 31 releases.', ['31 releases']],
      // Pages and responses after a status's number count them.
      ['The report runs to 400 pages and drew 200 responses.', ['400 pages', '200 responses']],
      // A multiple that compares is a figure, however round.
      ['Fentanyl is a hundred times more potent than morphine.', ['a hundred times more potent']],
      // A plus after digits is "more than"; between digits, a sum.
      ['The work is spread over 100+ departments.', ['over 100+ departments']],
      ['We serve 1,000+ users every day.', ['1,000+ users']],
      // A measure named before its value.
      ['OCSIT programs ranked Good, with an overall GCXi score of 78.', ['score of 78']],
      // Percentages.
      ['Turnout reached 45 percent in the capital.', ['45 percent']],
      ['Support for the plan fell to 45% in the latest poll.', ['45%']],
      ['Fuel prices rose by as much as 30 per cent.', ['as much as 30 per cent']],
      ['Her lead shrank by 12 percentage points in a month.', ['12 percentage points']],
      // A duration is a figure where it measures how long something took, not where it marks a time.
      ['The review took 8 days, and the talks ran for 36 hours.', ['8 days', '36 hours']],
      ['Fourteen months into the war, the front has barely moved.', ['Fourteen months']],
      // A level a verb says something stands at, approximated.
      ['The total active visitors have hovered around 50,000 all morning.', ['around 50,000']],
      // A time unit before a quoted noun measures it.
      ['Fellows serve 6-12 month “tours of duty” in federal agencies.', ['6-12 month']],
      // Counted ideas are ideas anywhere but at a title's head.
      ['We received 300 ideas from the public.', ['300 ideas']],
      ['3,000 Troops Deployed to Border', ['3,000 Troops']],
      // Words in capitals after a verb or a quantifier are what is counted, not a name.
      ['The network already includes 22 VA Medical Centers across the country.', ['22 VA Medical Centers']],
      // A superlative ranked within a history.
      ['The largest traffic surge in DAP’s history came in 2022.', ['largest traffic surge in DAP’s history']],
      ['Clinton leads Sanders 50% to 40% among registered Democrats.', ['50%', '40%']],
      // Money.
      ['The government pledged $3.2 billion in new aid.', ['$3.2 billion']],
      ['The European Union added €40m for reconstruction.', ['€40m']],
      ['Petrol rose to ₦617 a litre after the subsidy ended.', ['₦617']],
      ['The central bank raised rates by 600 bps in March.', ['600 bps']],
      ['London has committed £1.5bn to the fund.', ['£1.5bn']],
      ['The campaign raised more than US$5 million in a week.', ['more than US$5 million']],
      ['The company won a $10-million contract.', ['$10-million']],
      // Ranges.
      ['Between 40 and 50 soldiers were wounded in the attack.', ['Between 40 and 50 soldiers']],
      ['Officials said 40-50 soldiers were missing.', ['40-50 soldiers']],
      ['Around 30 to 70 people attended each event.', ['Around 30 to 70 people']],
      // An em dash opens a clause, not a range from the year before it.
      ['Crashes involving a drunk driver killed people every day in 2013—10,076 deaths in total.', ['10,076 deaths']],
      // Nor is a year before "to" and a figure that is no year: a date, then the figure the change reached.
      ['Use of the browser dropped from 40% of sessions in 2013 to 24% in 2015.', ['40%', '24%']],
      ['He has to knock out seven or eight rivals first.', ['seven or eight rivals']],
      ['Almost 650 18-hole golf courses have closed.', ['Almost 650 18-hole golf courses']],
      // Durations.
      ['The siege has lasted for 14 months.', ['14 months']],
      ['The party has governed for two decades.', ['two decades']],
      ['The talks are expected to last three days.', ['three days']],
      // Number words and hyphenated units.
      ['Three people were killed when the bridge collapsed.', ['Three people']],
      ['The fourteen-month war has displaced entire towns.', ['fourteen-month war']],
      ['Obama ended a three-day trip to Vietnam.', ['three-day trip']],
      ['Only half a dozen senators agreed to meet him.', ['Only half a dozen senators']],
      ['Tens of thousands of protesters filled the square.', ['Tens of thousands of protesters']],
      // Fractions and ratios.
      ['A third of voters remain undecided.', ['A third of voters']],
      ['Roughly two-thirds of the country’s population were born after the war.', ['Roughly two-thirds of the country’s population']],
      ['One in five adults said they had considered emigrating.', ['One in five adults']],
      ['More than nine of 10 Republicans were worried about the economy.', ['More than nine of 10 Republicans']],
      // A share of every so many, and of a numbered set.
      ['Small businesses created 2 out of every 3 net new jobs.', ['2 out of every 3 net new jobs']],
      ['NASA pages were 11 of the top 20 pages, in 46 of the 50 US states.', ['11 of the top 20 pages', '46 of the 50 US states']],
      // A function word's letters in capitals are an acronym.
      ['They piloted it with the 4,000 IT specialists within USDA.', ['4,000 IT specialists']],
      // Ordinals stated as facts.
      ['Japan is the world’s third-largest economy.', ['third-largest economy']],
      ['Profits rose for the fifth consecutive year.', ['fifth consecutive year']],
      ['The harbour closed for the first time since 1990.', ['first time since 1990']],
      ['It is the second-most populous state in the country.', ['second-most populous state']],
      // Superlatives that say among what they rank, and firsts that say at what.
      ['It is the world’s largest charge card program and the busiest airport in the country.', ['world’s largest charge card program', 'busiest airport in the country']],
      ['Its Facebook page boasts the largest following of all government Spanish-language accounts.', ['largest following of all']],
      ['PatentsView became one of Commerce’s most viewed apps.', ['Commerce’s most viewed apps']],
      ['DOL was the first federal department to publish an API, and one of the first agencies to move to the cloud.', ['the first federal department to publish', 'one of the first agencies to move']],
      // As the subject of a past "was", and with more words before its "to".
      ['The first agency to implement DAP was the Department of Interior.', ['The first agency to implement']],
      ['It was the first federal public education campaign designed to prevent tobacco use.', ['the first federal public education campaign designed to prevent']],
      // Changes and comparisons by a multiple.
      ['Mobile traffic doubled last year.', ['doubled']],
      ['Visits have tripled since May 2011, halving the backlog.', ['tripled', 'halving the backlog']],
      ['We were able to almost double the number of our post engagements.', ['almost double the number']],
      ['Twice as many people came, and the site loads four times faster.', ['Twice as many people', 'four times faster']],
      ['There was a double-digit rise in customer satisfaction.', ['double-digit rise']],
      ['Its share doubled to 27% from 13%.', ['27%', '13%']],
      ['Europe saw a fortyfold increase in measles, and cases rose tenfold here.', ['fortyfold increase', 'tenfold']],
      // Units.
      ['The target is to keep warming below 1.5C this century.', ['1.5C']],
      ['Overnight lows fell to 18F in the valley.', ['18F']],
      ['One platform limits app downloads to 20 MB, and the dataset measures a hefty 321MB.', ['20 MB', '321MB']],
      // Multiples written with a sign, tallies of a set named before, and shares.
      ['We process images 60,000x quicker than text, and the new site is 10x faster.', ['60,000x quicker', '10x faster']],
      ['Of 6,000 people, 1,942 of those were email subscribers.', ['6,000 people', '1,942 of those']],
      ['The authority has scrapped 23 of its bus services, and 12 of the states agree.', ['23 of its bus services', '12 of the states']],
      ['Only about 1/4 of customer agencies use them, yet half of our search traffic comes through them.', ['about 1/4 of customer agencies', 'half of our search traffic']],
      ['A majority of Americans take supplements, and the vast majority of users never scroll.', ['A majority of Americans', 'the vast majority of users']],
      // "half" before a determiner, and a share standing for what the sentence named before it.
      ['About half the agencies use it, and nearly half the budget is spent on salaries.', ['About half the agencies', 'nearly half the budget']],
      ['Of all the services, more than half are carried out by contractors.', ['more than half']],
      // A span of time measured, however loosely.
      ['Phones have had cameras for more than a decade, and the fix took about a month.', ['more than a decade', 'about a month']],
      ['It takes less than a minute to download.', ['less than a minute']],
      // "and a half" is part of the number.
      ['The teams were able to do it in only four and a half months; the old system took 3 and a half years.', ['only four and a half months', '3 and a half years']],
      // A bare count a verb sets as the level of what its clause named: "permits … to roughly 360,000".
      ['Ottawa limited new student permits for 2024 to roughly 360,000, and the death toll rose to 267.', ['roughly 360,000', '267']],
      ['Attendance reached 4,500 this spring, and the number of injured stands at 387.', ['4,500', '387']],
      ['Each portal (there are over 800) sets its own limits.', ['over 800']],
      // A change or a difference by a share.
      ['Since slashing fees by a tenth, the board cut the bonus by nearly half, and permits are a third fewer.', ['a tenth', 'nearly half', 'a third']],
      // Initials between a count and its noun, and money after a word that labels numbers ("channel 4").
      ['The Pentagon sent 3,000 U.S. troops, and the DAP reads more than 4,000 U.S. federal websites.', ['3,000 U.S. troops', 'more than 4,000 U.S. federal websites']],
      ['The fund will channel $3.1 billion into IT.', ['$3.1 billion']],
      // A list pointed at in a relative clause is of what the counted things do, not of them.
      ['There are nearly 300 federal mobile apps that provide at least one of the following:', ['nearly 300 federal mobile apps']],
      // "The following" opens a list only for a count right after it.
      ['The following findings were based on a November 2014 survey of 3,212 adults.', ['3,212 adults']],
      // Milliseconds, spaced or solid.
      ['Queries return in under 100ms, and pages in 300 ms.', ['under 100ms', '300 ms']],
      // A word that sums the count before its noun.
      ['The team is small, with only 106 of 1,200 total employees.', ['only 106 of 1,200 total employees']],
      // A dash written solid before a percentage or an amount sets off a clause: no label is measured.
      ['The use of mobile devices–96 percent of young adults own a cell phone–is a clear signal.', ['96 percent']],
      ['He trails among women (34%-54%).', ['34%', '54%']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(spans(sentence), expected));
    }
  });

  describe('ignores numbers that locate, name or refer', () => {
    const sentences = [
      'The war began in 2022.',
      'The invasion began on 24 February 2022.',
      'The summit was held on Feb. 24 in Brussels.',
      'The deadline is March 3rd.',
      'Turnout in the 2016 election was high.',
      'The city changed a great deal in the 1990s.',
      'The meeting ended at 3 p.m. and resumed at 10:30.',
      'The vote is scheduled for 9 am at noon on Friday.',
      'The quote appears on p. 3 of the report.',
      'The film is rated 18+ in Britain.',
      'The figures are on page 12 of the annex.',
      'Section 230 shields platforms from liability.',
      'Article 5 of the treaty was invoked.',
      'The app was updated to v1.2.3 and then to version 2.0.',
      'A 1.0 version simply means that the standards are stable.',
      'Windows 11 laptops were handed out.',
      'The G7 discussed COVID-19 vaccines.',
      'The F-16 jets were delivered by Boeing 737 freighters.',
      'Flight 370 vanished over the Indian Ocean.',
      'The diner on Route 66 was a stop for Apollo 11 fans.',
      'Call the hotline on 555-0123 or (202) 456-1111.',
      'The center offers an improved 1-800 number experience.',
      'The prime minister returned to No. 10 on Monday.',
      'The 45-year-old senator declined to comment.',
      'The White House welcomed the call between the two leaders.',
      'Both countries agreed on one thing at one point.',
      'One of them said one day they would help one another.',
      'On the one hand, the talks continue.',
      'The team is number one in the rankings.',
      'Two officials said the talks would resume.',
      'The law was passed two years ago, when he was 45 years old.',
      'Over the past 10 years the region has changed.',
      'Trials are now in phase 3 and the storm is a category 4.',
      'The 9/11 attacks changed the country.',
      'Over the past two or three weeks the mood has shifted.',
      'I am 100% convinced that he will win.',
      'The other three candidates dropped out.',
      'Here are 5 things to watch in the debate.',
      '3 Steps to Start',
      'Here are 7 actions you can take:',
      'Here are 7 tips that you can use:',
      // A count of kinds or parts before a colon counts the list after it.
      'Volunteers are needed in 3 key areas:',
      'The following are 5 categories of tests that are better run on physical devices.',
      'The following 12 agencies joined the program.',
      // Worded, a set pointed back to.
      'Two of the three leaders met on Monday.',
      // A span pointing at a time ahead.
      'The summit is less than a month away, and the vote is 10 days away.',
      // A rate's base alone is a unit; a number after a times sign, a size.
      'The map shows the number of visits per 100,000 people.',
      'They are longer than legal or 11×17 standard paper sizes.',
      'The tools give a 360-degree view of the website, and the policy made a 180-degree turn.',
      'Zuckoff’s 13 Hours book is now a movie, and he was on 60 Minutes.',
      'Last year GSA’s 18F built the site with the agency.',
      // A time abbreviated apart from its number describes a format, as "a 30-second vine" does.
      'Try a 30 sec vine for the launch.',
      'The agency doubled down on its commitment, and the lobby doubles as a gallery.',
      'Double-click the icon twice, then double-check the form.',
      'Download the full report (735 KB, PDF) from the archive.',
      'The 2.0 releases fixed the bug.',
      // An HTTP status names a kind of response; "a million times" is a figure of speech.
      'Search engines treat short URLs with 301 redirects like any other link, and 404 errors as dead ends.',
      'We’ve heard the phrase a million times: nobody does it alone.',
      'This release is the culmination of a year and a half of design.',
      'Half the time it fails, and half the battle is showing up; half are blue.',
      'The biggest challenge is time, the most important thing is trust, and the first step is to plan.',
      'The first step to take is to plan, and the first thing to do was call.',
      'It is the most effective way in the world to reach them, and the largest room we have.',
      'The largest room in the history museum is closed.',
      '“60 Government Sites in 60 Minutes” gave an overview of the work.',
      // A count opening a listicle's title, and a label quoted.
      '10 ideas for everyone',
      'Top 5 Webinars',
      'Then, I chose the scatter chart from the “2 Indicators” option.',
      "Portman's biggest liability is his name, and it was the biggest fairy tale I've ever seen.",
      'The service runs 24/7, and 1 of those servers is a spare.',
      'About a year ago the team met once a month, and a week later it shipped.',
      'For the desktop view, we chose 980 pixels, and icons are 24px wide.',
      // A bare count with no verb making it a level is a tally whose noun came before; a word after it is a reading of its own.
      'Trump won six, and Clinton took 12 in the end.',
      'Text size was increased to at least 10 point font.',
      'The contract went to a third party, chosen by a third party too.',
      // A duration that marks a time: a point within a recording, or a label's whole value.
      'Richard explains all the options starting 7 minutes into the webinar.',
      'Phase II: 8 days',
      'Now 18 months in, I have found more similarities than differences.',
      'DGU video course: Migrating to HTTPS (duration: 68 minutes)',
      // A range or a bound alone in parentheses after a name defines the class it names.
      'The campaign partnered with nano influencers (1,000–10,000 followers) in key cities.',
      'Mega (over 1 million followers)',
    ];
    for (const sentence of sentences) {
      it(sentence, () => assert.deepEqual(spans(sentence), []));
    }
  });

  it('reports spans in the offsets of the whole block', () => {
    const text = 'Talks stalled on Monday. Nearly 3,000 troops were moved east.';
    const sentence = { start: 25, end: text.length };
    const [claim, ...rest] = detectQuantities(text, sentence);
    assert.equal(rest.length, 0);
    assert.ok(claim);
    assert.equal(text.slice(claim.span.start, claim.span.end), 'Nearly 3,000 troops');
    assert.equal(claim.kind, 'quantity');
    assert.equal(claim.cue, 'troops');
    assert.equal(claim.speaker, undefined);
  });

  it('looks only inside the sentence span', () => {
    const text = 'Officials counted 3,000 troops. The talks resumed.';
    assert.deepEqual(detectQuantities(text, { start: 32, end: text.length }), []);
  });

  it('counts a plural past modifiers joined by "and" or "or"', () => {
    assert.deepEqual(spans('About 20 state and local officials attended.'), ['About 20 state and local officials']);
    assert.deepEqual(spans('More than 100 digital engagement and open data managers met.'), ['More than 100 digital engagement and open data managers']);
    // A second figure is a claim of its own, and a year no count.
    assert.deepEqual(spans('He sold 3 red and 4 blue cars.'), ['4 blue cars']);
    assert.deepEqual(spans('In 2019 and 2020 prices rose.'), []);
  });

  it('names the counted noun phrase or unit as the cue', () => {
    const cues = (sentence: string): (string | undefined)[] =>
      detectQuantities(sentence, { start: 0, end: sentence.length }).map((c) => c.cue);
    assert.deepEqual(cues('China’s 12-point peace proposal was rejected.'), ['peace proposal']);
    assert.deepEqual(cues('Support fell to 45 percent, costing $3.2 billion.'), ['percent', '$']);
  });

  it('is surest of digits with units, less sure of rough counts and least of a few in words', () => {
    const confidence = (sentence: string): number[] =>
      detectQuantities(sentence, { start: 0, end: sentence.length }).map((c) => c.confidence);
    const [percent, money, digits, words, vague] = confidence(
      'Turnout hit 45 percent, $3 billion was spent, 3,000 troops left, three people died and thousands of people fled.',
    );
    assert.ok(percent !== undefined && percent >= 0.8 && percent <= 0.95);
    assert.ok(money !== undefined && money >= 0.8 && money <= 0.95);
    assert.ok(digits !== undefined && digits >= 0.8 && digits <= 0.95);
    assert.ok(vague !== undefined && vague < digits);
    assert.ok(words !== undefined && words < vague);
  });

  it('warns of a rough count stated, not of one only supposed, an example or advice: "may lack", "to help millions", "is ideal"', () => {
    const warns = (sentence: string): boolean =>
      detectQuantities(sentence, { start: 0, end: sentence.length }).some((c) => c.confidence >= 0.75);
    assert.ok(warns('We received hundreds of letters from readers.'));
    assert.ok(warns('Dozens of agencies across the federal government joined.'));
    assert.ok(warns('The stations grew to thousands of sites.'));
    assert.ok(!warns('We showed that data can help millions of Americans.'));
    assert.ok(!warns('The data has the potential to help millions of Americans.'));
    assert.ok(!warns('Teams may lack the time to convert hundreds or thousands of legacy files.'));
    assert.ok(!warns('I wrote a model to handle hundreds of inputs.'));
    // A figure set off by "say" is an example.
    assert.ok(!warns('Often, some group of, say, 100 photos would be alike.'));
    assert.ok(!warns('After some time, say six weeks, we stopped.'));
    assert.ok(!warns('A tweet that has 10 retweets for example, shows evidence for what is working.'));
    assert.ok(warns('The survey found that 40 percent of users, for example, never scroll.'));
    // A figure judged as advice is the writer's.
    assert.ok(!warns('Keep it short: 130 characters is ideal.'));
    assert.ok(!warns('Two posts a day is best, and 5 hashtags are plenty.'));
    assert.ok(warns('About 130 characters is the average length of a headline.'));
  });

  it('is as sure of a streak in words as of digits: "three years running", "four times in a row"', () => {
    const confidence = (sentence: string): number[] => detectQuantities(sentence, { start: 0, end: sentence.length }).map((c) => c.confidence);
    const [running] = confidence('The programs kept their ratings three years running.');
    const [row] = confidence('The team won four times in a row.');
    const [plain] = confidence('The programs kept their ratings for three years.');
    assert.ok(running !== undefined && plain !== undefined && running > plain);
    assert.ok(row !== undefined && row >= 0.75);
  });

  it('is as sure of a larger count in words as of digits: a few in words are often the text’s own list', () => {
    const confidence = (sentence: string): number[] => detectQuantities(sentence, { start: 0, end: sentence.length }).map((c) => c.confidence);
    const [nine, three] = confidence('There are now nine outbreaks to solve, and we created three sets of tasks.');
    const [digits] = confidence('There are now 9 outbreaks to solve.');
    assert.equal(nine, digits);
    assert.ok(three !== undefined && digits !== undefined && three < digits);
    // A few measured ("from two minutes", "less than six months", "up to five services") are as sure as digits.
    const [from, than] = confidence('Tests ranged from two minutes to about 10, and the site was up for less than six months.');
    assert.equal(from, digits);
    assert.equal(than, digits);
    // A range is as few as its end.
    const [thousands, people] = confidence('Each costs between two and five thousand dollars, and between two and five people sign it.');
    assert.equal(thousands, digits);
    assert.ok(people !== undefined && digits !== undefined && people < digits);
    const [upTo] = confidence('Some of our websites support up to five different services.');
    assert.equal(upTo, digits);
  });

  it('is as sure of a few in words as of digits where they did something: a tally of what happened', () => {
    const confidence = (sentence: string): number[] => detectQuantities(sentence, { start: 0, end: sentence.length }).map((c) => c.confidence);
    const [digits] = confidence('There are now 9 outbreaks to solve.');
    assert.deepEqual(confidence('Three contractors submitted responses.'), [digits]);
    assert.deepEqual(confidence('We shared what we learned — four teams developed tools for the prevention of disease.'), [digits]);
    // Not a list the text gives, a passive, or a participle before its agent.
    for (const sentence of ['Three options come to mind: hiring, training or contracting.', 'Three immediate needs were identified.', 'Three agencies selected by the panel will pilot it.']) {
      const [few] = confidence(sentence);
      assert.ok(few !== undefined && digits !== undefined && few < digits, sentence);
    }
  });

  it('finds exactly the labelled claims of a news story', () => {
    const text = readFixture('quantities/news.md');
    const expected: unknown = JSON.parse(readFixture('quantities/news.expected.json'));
    const found: string[] = [];
    let offset = 0;
    for (const part of text.split(/(?<=[.!?])\s+/)) {
      const start = text.indexOf(part, offset);
      offset = start + part.length;
      for (const claim of detectQuantities(text, { start, end: offset })) {
        found.push(text.slice(claim.span.start, claim.span.end));
      }
    }
    assert.deepEqual(found, expected);
  });
});
