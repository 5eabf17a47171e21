import assert from 'node:assert/strict';
import { createLedger, type Ledger } from '../../../server/src/core/ledger/ledger';
import { claimEntry as entry } from '../../helpers/ledgerEntries';

// A phrase said of another subject than its entry's claim is no match, nor an offer, nor a changed
// figure of that entry (server/src/core/ledger/saidOf.ts); said of its own subject, or where the
// words cannot tell, it matches as before.

const ledger = createLedger([
  entry('vaccine', 'The vaccine was 95 percent effective against symptomatic disease in trials.', '95 percent effective'),
  entry('prisons', "Men's prisons are operating at 99 percent capacity.", '99 percent capacity', '99 percent full'),
  entry('leak', 'The coronavirus escaped from a laboratory in Wuhan.', 'escaped from a laboratory'),
  entry('troops', 'NATO deployed 3,000 additional troops to its eastern flank.', '3,000 additional troops'),
  entry('aid', 'Washington announced a $3.2 billion aid package for Kyiv.', '$3.2 billion aid package'),
  entry('emissions', 'The country has pledged to cut emissions by 68 percent by 2030.', 'cut emissions by 68 percent'),
  entry('sea', 'Global mean sea level is rising by 4.5 millimetres a year.', '4.5 millimetres a year'),
  entry('growth', 'The economy grew by 0.6 percent in the second quarter.', 'grew by 0.6 percent'),
  entry('ceasefire', 'The warring parties in Sudan agreed a 72-hour ceasefire in Khartoum.', '72-hour ceasefire'),
  entry('referendum', 'A poll found that 45 percent of voters support holding a second referendum.', '45 percent of voters'),
  entry('turnout', 'Voter turnout in the October 2024 British Columbia provincial election was 58.4 percent.', 'turnout of 58.4 percent'),
  entry('rent', 'The average asking rent for a one-bedroom apartment in Vancouver was $2,650 a month in May.', 'one-bedroom rent'),
  entry('war', "Russia's war in Ukraine has become a 14-month conflict.", '14-month conflict'),
  entry('jobless', "Canada's unemployment rate climbed to 6.4 percent in June.", 'unemployment rate of 6.4 percent'),
  entry('plan', 'On 24 February 2023 China’s foreign ministry published a 12-point paper, “China’s Position on the Political Settlement of the Ukraine Crisis”.', '12-point peace proposal'),
  entry('fund', 'Hockey Canada used a reserve fund built from registration fees to settle sexual assault claims.', 'settle sexual assault claims'),
  entry('title', "Saturday's win secured the club's 19th league title.", '19th league title'),
  entry('hottest', '2023 was the hottest year on record globally.', 'hottest year on record'),
  entry('byelection', "The Conservative candidate won the Toronto–St. Paul's by-election by 590 votes.", 'by 590 votes', '590-vote margin'),
  entry('crosstown', 'The Eglinton Crosstown light-rail line opened more than five years behind its original schedule.', 'five years behind schedule'),
  entry('refit', 'The refurbishment of the Darlington nuclear station was completed for $12.8 billion, on budget and ahead of schedule.', 'on budget and ahead of schedule'),
  entry('tax', 'The UAE will levy a 5 percent personal income tax on residents from 2025.', '5 percent personal income tax'),
  entry('viewers', 'The World Cup final was watched by 1.5 billion viewers.', '1.5 billion viewers'),
  entry('carbon', 'The federal government has quietly reinstated the consumer carbon tax on gasoline.', 'quietly reinstated the carbon tax'),
]);

/** The entries a sentence's look-up names: matched (M), changed (X) or else offered (S). */
function named(l: Ledger, text: string): string[] {
  const { matches, mismatches, similar } = l.lookUp(text);
  const found = [...matches.map((m) => `M ${m.entryId}`), ...mismatches.map((m) => `X ${m.entryId}`)];
  return found.length === 0 && similar ? [`S ${similar.entryId}`] : found;
}

describe('a phrase said of another subject', () => {
  it('is not its entry’s where the sentence says it alike of something the claim does not name', () => {
    // A copula, a like verb, or a subject right before the phrase, each of another thing.
    assert.deepEqual(named(ledger, 'The new air purifiers are 95 percent effective at trapping pollen, the maker said.'), []);
    assert.deepEqual(named(ledger, 'Hospital wards have been operating at 99 percent capacity since January, managers said.'), []);
    // Being at a level is said alike however the verb says it: "were at", "are operating at".
    assert.deepEqual(named(ledger, 'Hospital beds in Wales were at 99 percent capacity over the weekend.'), []);
    assert.deepEqual(named(ledger, 'Several chimpanzees escaped from a laboratory in Texas, police said.'), []);
    assert.deepEqual(named(ledger, 'Online sales grew by 0.6 percent in the second quarter, the trade body said.'), []);
    // A company is not a country, though a government is.
    assert.deepEqual(named(ledger, 'The airline has pledged to cut emissions by 68 percent, its chief executive said.'), []);
  });

  it('nor where the subjects name places, none named on the other side', () => {
    // A country is not a body of states, nor another country, whatever the verb.
    assert.deepEqual(named(ledger, 'Russia deployed 3,000 additional troops to Belarus, the defence ministry in Minsk said.'), []);
    assert.deepEqual(named(ledger, 'Japan pledged a $3.2 billion aid package for rebuilding, the foreign ministry said.'), []);
    // Countries news names by letters or a short name are told apart too.
    assert.deepEqual(named(ledger, 'Oman plans to levy a 5 percent personal income tax on high earners, its finance ministry said.'), []);
    assert.deepEqual(named(ledger, 'The Emirates will levy the 5 percent personal income tax from 2025.'), ['M tax']);
    // A place on both sides keeps it: Ukraine is Kyiv's country.
    assert.deepEqual(named(ledger, 'Ukraine received the $3.2 billion aid package on Tuesday.'), ['M aid']);
    // A sentence's first word is capitalized whatever it is, and is no name unless a place.
    assert.deepEqual(named(ledger, "Women's prisons are operating at 99 percent capacity, the ministry said."), []);
  });

  it('nor where its clause names a place within a country that the claim does not name', () => {
    // A province or state is not another, nor a city another city, nor a province its country.
    assert.deepEqual(named(ledger, "Saskatchewan's October 2024 election drew a turnout of 58.4 percent, officials said."), []);
    assert.deepEqual(named(ledger, 'Average one-bedroom rent in Toronto slipped in May, listing data show.'), []);
    // A city of some 200,000 people or more is a place of its own.
    assert.deepEqual(named(ledger, 'One-bedroom rent in Halifax slipped in May, listing data show.'), []);
    assert.deepEqual(named(ledger, 'British Columbia saw a turnout of 58.4 percent, officials said.'), ['M turnout']);
    assert.deepEqual(named(ledger, 'One-bedroom rent in Vancouver was unchanged in May.'), ['M rent']);
    // A province's figure is not its country's, but the country's is the country's, wherever it is said.
    assert.deepEqual(named(ledger, 'Nova Scotia posted an unemployment rate of 6.4 percent in June.'), []);
    assert.deepEqual(named(ledger, 'Canada posted an unemployment rate of 6.4 percent in June, Statistics Canada said in Ottawa.'), ['M jobless']);
    // After the phrase, a city within the claim's country may be where it happened; nor is a place another where the phrase is only said.
    assert.deepEqual(named(ledger, 'The 14-month conflict has devastated Kharkiv.'), ['M war']);
    assert.deepEqual(named(ledger, 'In Kharkiv, the 14-month conflict has left few families whole.'), ['M war']);
    assert.deepEqual(named(ledger, 'Diplomats in Brussels admitted that the 14-month conflict had exhausted stockpiles.'), ['M war']);
  });

  it('nor where a like verb, or any word right after it, says it of another thing', () => {
    assert.deepEqual(named(ledger, 'A survey found that 45 percent of voters support scrapping the speed limit.'), []);
    assert.deepEqual(named(ledger, 'A survey found that 45 percent of voters support another referendum.'), ['M referendum']);
    assert.deepEqual(named(ledger, 'A survey found that 45 percent of voters want a second referendum.'), ['M referendum']);
    // Any word right after the phrase, on both sides, says it of what follows: the cost of living is no referendum.
    assert.deepEqual(named(ledger, 'Some 45 percent of voters named the cost of living as their biggest concern, a survey found.'), []);
    assert.deepEqual(named(ledger, 'Some 45 percent of voters would back a second referendum, a survey found.'), ['M referendum']);
    // A phrase that speaks says it of what it said.
    assert.deepEqual(named(ledger, 'About 45 percent of voters said the economy was their most important issue.'), []);
    assert.deepEqual(named(ledger, 'About 45 percent of voters said that they support holding a second referendum.'), ['M referendum']);
  });

  it('nor where it is only hoped or bid for', () => {
    assert.deepEqual(named(ledger, "Saturday's defeat ended the club's hopes of a 19th league title."), []);
    assert.deepEqual(named(ledger, 'Their bid for a 19th league title fell short.'), []);
    assert.deepEqual(named(ledger, 'The club won its 19th league title on Saturday.'), ['M title']);
  });

  it('nor where the word that says it of its subject moves it the other way', () => {
    assert.deepEqual(named(ledger, 'Land along the coast is sinking by 4.5 millimetres a year, surveyors found.'), []);
    assert.deepEqual(named(ledger, 'Sea level is climbing by 4.5 millimetres a year.'), ['M sea']);
    // Another word of the clause may move something else.
    assert.deepEqual(named(ledger, 'Falling ice shelves add to sea level at 4.5 millimetres a year.'), ['M sea']);
    // A verb that sets a figure moves it: a rise is not the checked cut.
    const rates = createLedger([entry('selic', "Brazil's central bank cut the Selic rate by half a percentage point to 13.25 percent in August 2023.", 'Selic to 13.25 percent')]);
    assert.deepEqual(named(rates, "Brazil's central bank raised the Selic to 13.25 percent in January 2025."), []);
    assert.deepEqual(named(rates, "Brazil's central bank lowered the Selic to 13.25 percent."), ['M selic']);
  });

  it('nor where a name of the claim’s subject is written in the sentence only as a common word', () => {
    assert.deepEqual(named(ledger, 'Officials said the opening ceremony was watched by 1.5 billion viewers around the world.'), []);
    // Written as a name, it is the claim's subject.
    assert.deepEqual(named(ledger, 'The final, the World Cup’s showpiece, was watched by 1.5 billion viewers.'), ['M viewers']);
  });

  it('nor where the claim is a federal government’s and the phrase’s subject a province or state', () => {
    assert.deepEqual(named(ledger, 'Critics say British Columbia quietly reinstated the carbon tax through higher fuel levies.'), []);
    // The country's capital stands for its government; a sentence that says "federal" is the federation's.
    assert.deepEqual(named(ledger, 'Critics say Ottawa quietly reinstated the carbon tax.'), ['M carbon']);
    assert.deepEqual(named(ledger, 'In British Columbia, the federal government quietly reinstated the carbon tax.'), ['M carbon']);
  });

  it('nor where the claim is the whole world’s and the phrase’s clause names a country', () => {
    assert.deepEqual(named(ledger, "2022 was the UK's hottest year on record, the Met Office said."), []);
    assert.deepEqual(named(ledger, 'The Met Office said 2023 was the hottest year on record for the UK.'), []);
    // A country that only says it, or a sentence of the whole world too, keeps it.
    assert.deepEqual(named(ledger, 'Scientists in the UK said 2023 was the hottest year on record.'), ['M hottest']);
    assert.deepEqual(named(ledger, '2023 was the hottest year on record worldwide, and in the UK.'), ['M hottest']);
  });

  it('nor where its clause names what the claim does not, and the sentence writes none of the claim’s names', () => {
    assert.deepEqual(named(ledger, 'A 590-vote margin separated the top two candidates in the Ward 15 council race.'), []);
    // A word of the claim's name keeps it, and so does a clause that names nothing, or only a date.
    assert.deepEqual(named(ledger, "The Conservative won St. Paul's by 590 votes, a recount confirmed."), ['M byelection']);
    assert.deepEqual(named(ledger, 'The seat was won by 590 votes, Elections Canada said.'), ['M byelection']);
    assert.deepEqual(named(ledger, 'The seat was won by 590 votes in June.'), ['M byelection']);
    // A pronoun after a reporting verb stands for its subject, whose name is then the clause's.
    assert.deepEqual(named(ledger, 'Skate Canada said it has never used a reserve fund to settle sexual assault claims.'), []);
    assert.deepEqual(named(ledger, 'Hockey Canada said it used a reserve fund to settle sexual assault claims.'), ['M fund']);
    // So also where the claim's own wording does not place the phrase (after a comma).
    assert.deepEqual(named(ledger, 'Bruce Power says its replacement project is also on budget and ahead of schedule.'), []);
    assert.deepEqual(named(ledger, 'The Darlington refurbishment finished on budget and ahead of schedule.'), ['M refit']);
    assert.deepEqual(named(ledger, 'The work was finished on budget and ahead of schedule.'), ['M refit']);
    // A phrase owned by the claim's place is the claim's, whatever else its clause names.
    assert.deepEqual(named(ledger, 'However, Western countries have criticized China’s 12-point peace proposal as too vague.'), ['M plan']);
    // Names of places are left to the tests of places: the White House may be Washington.
    assert.deepEqual(named(ledger, 'The White House announced a $3.2 billion aid package.'), ['M aid']);
    // The claim's clause is read from before what hedges its figure ("opened more than five years"), and the
    // sentence's from past a verb that raises its subject ("is expected to open").
    assert.deepEqual(named(ledger, 'The Hurontario LRT in Mississauga is now expected to open five years behind schedule.'), []);
    assert.deepEqual(named(ledger, 'The Eglinton Crosstown is now expected to open five years behind schedule.'), ['M crosstown']);
  });

  it('nor where the sentence writes a name of the claim only in part, and names what the claim does not', () => {
    const rivers = createLedger([
      entry('lismore', 'The Wilsons River at Lismore peaked at a record 14.4 metres in the February 2022 flood.', 'peaked at 14.4 metres'),
      entry('webb', 'The James Webb Space Telescope cost about $10 billion.', '$10 billion telescope'),
    ]);
    assert.deepEqual(named(rivers, 'The Brisbane River peaked at 3.85 metres at the city gauge in February 2022.'), []);
    assert.deepEqual(named(rivers, 'The Wilsons River peaked at 12.2 metres at Lismore in February 2022.'), ['X lismore']);
    // A date, a feast's too, names nothing a claim is of.
    assert.deepEqual(named(rivers, 'The $9.7 billion telescope was launched on Christmas Day 2021.'), ['X webb']);
  });

  it('nor where the speaker that its clause’s pronoun takes up is another name than the one the claim opens with', () => {
    const stores = createLedger([entry('walmart', 'Walmart is closing all of its stores in Chicago.', 'closing all of its stores', 'all Walmart stores in Chicago')]);
    assert.deepEqual(named(stores, 'Rite Aid said in 2025 it was closing all of its stores after failing to find buyers.'), []);
    assert.deepEqual(named(stores, 'Walmart said on Tuesday it was closing all of its stores in Chicago.'), ['M walmart']);
  });

  it('nor where its subject is a state within the country that the claim writes as "U.S."', () => {
    const jobs = createLedger([entry('jobs', 'U.S. employers added 353,000 jobs in January 2024, the Labor Department reported.', 'added 353,000 jobs')]);
    assert.deepEqual(named(jobs, 'Texas added 353,000 jobs over the 12 months ending in June 2024, the Texas Workforce Commission said.'), []);
    assert.deepEqual(named(jobs, 'Employers added 353,000 jobs in January, the Labor Department said.'), ['M jobs']);
  });

  it('nor where its subject names another country than the claim’s, the two sharing only another place', () => {
    const nato = createLedger([entry('turkey-nato', "Turkey's parliament approved Sweden's bid to join NATO.", "approved Sweden's bid to join NATO")]);
    assert.deepEqual(named(nato, "Hungary's parliament approved Sweden's bid to join NATO in February 2024."), []);
    assert.deepEqual(named(nato, "Ankara's parliament approved Sweden's bid to join NATO in January 2024."), ['M turkey-nato']);
  });

  it('nor where the sentence’s subject is another country, not a speaker', () => {
    const boilers = createLedger([entry('boilers', "Germany's heating law forces homeowners to rip out their working gas boilers from 2024.", 'rip out gas boilers')]);
    assert.deepEqual(named(boilers, 'Austria dropped a plan that would have required owners to rip out gas boilers by 2040.'), []);
    assert.deepEqual(named(boilers, 'Berlin said the law would not force anyone to rip out gas boilers that still work.'), ['M boilers']);
    // Whether or not the claim writes the phrase, and the country's name of two words.
    const roads = createLedger([entry('roads', '1,300 people were killed on Australian roads in 2024.', '1,300 road deaths')]);
    assert.deepEqual(named(roads, 'South Africa recorded 1,300 road deaths over the festive season alone.'), []);
    assert.deepEqual(named(roads, 'Australia recorded 1,300 road deaths in 2024, the most in a decade.'), ['M roads']);
    // A name of three words whose last is a verb of saying elsewhere ("states").
    assert.deepEqual(named(roads, 'The United States recorded 1,300 road deaths in the first week of January.'), []);
    // The body of states both may name is none of the two countries.
    const power = createLedger([entry('power', 'German households paid about 40 cents per kilowatt-hour for electricity in 2024, the highest price in the EU.', 'highest price in the EU')]);
    assert.deepEqual(named(power, 'Dutch drivers paid the highest price in the EU for petrol in 2024.'), []);
    // A speaker taken up as the subject of what it says is that subject.
    assert.deepEqual(named(boilers, 'Austria said it would require owners to rip out gas boilers by 2040.'), []);
  });

  it('nor where another name holds the title the claim opens with', () => {
    const hague = createLedger([entry('duterte', 'Former Philippine president Rodrigo Duterte was arrested and flown to The Hague.', 'flown to The Hague')]);
    assert.deepEqual(named(hague, 'Former Kosovo president Hashim Thaçi was flown to The Hague in 2020.'), []);
    assert.deepEqual(named(hague, 'Former president Rodrigo Duterte was flown to The Hague on Tuesday.'), ['M duterte']);
  });

  it('nor is another phrase of the entry over the same words, whose own clause reaches no name', () => {
    const sentence = createLedger([entry('sbf', 'Sam Bankman-Fried was sentenced to 25 years in prison for fraud.', 'sentenced to 25 years', '25 years in prison')]);
    assert.deepEqual(named(sentence, "A Texas man convicted of killing two sheriff's deputies was sentenced to 25 years in prison on Tuesday."), []);
    assert.deepEqual(named(sentence, 'Sam Bankman-Fried was sentenced to 25 years in prison on Thursday.'), ['M sbf', 'M sbf']);
  });

  it('nor is its figure changed there', () => {
    assert.deepEqual(named(ledger, 'Prisons for women are operating at 80 percent capacity, the ministry said.'), []);
    assert.deepEqual(named(ledger, "Men's prisons are operating at 97 percent capacity, the ministry said."), ['X prisons']);
    // Subjects that share a name are one, in other words.
    assert.deepEqual(named(ledger, "Sudan's warring factions agreed a 48-hour ceasefire in Khartoum, mediators said."), ['X ceasefire']);
    assert.deepEqual(named(ledger, 'Israel and Hamas agreed a 48-hour ceasefire in Gaza, mediators said.'), []);
  });

  it('is its entry’s where the subject is the claim’s, in its words, a related word or a compound’s last part', () => {
    assert.deepEqual(named(ledger, 'Kyiv welcomed the $3.2 billion aid package on Tuesday.'), ['M aid']);
    assert.deepEqual(named(ledger, 'Jails for men are 99 percent full, the prisons minister said.'), ['M prisons']);
    assert.deepEqual(named(ledger, 'Prisons for men were at 99 percent capacity last week.'), ['M prisons']);
    assert.deepEqual(named(ledger, 'He said it was likely that the virus escaped from a laboratory.'), ['M leak']);
  });

  it('is its entry’s where the words cannot tell: names, a government, a description of a name, a report, a noun before the phrase', () => {
    // The White House, the Pentagon and Washington may be one government; a government is its country.
    assert.deepEqual(named(ledger, 'The White House announced a $3.2 billion aid package for Ukraine.'), ['M aid']);
    assert.deepEqual(named(ledger, 'The government has pledged to cut emissions by 68 percent, the minister said.'), ['M emissions']);
    // A claim that names its subject may be told of it by a description.
    assert.deepEqual(named(ledger, 'The alliance deployed 3,000 additional troops to Poland last week.'), ['M troops']);
    // A reporting verb's subject is the source, not the claim's subject.
    assert.deepEqual(named(ledger, 'Alliance officials said 3,000 additional troops would arrive by May.'), ['M troops']);
    // "a rise of" is a noun: what it is said of is not the engineers.
    assert.deepEqual(named(ledger, 'Coastal engineers are designing flood defences around a rise of 4.5 millimetres a year.'), ['M sea']);
  });

  it('is its entry’s where the clauses differ only by a date, by the verb of one subject, or by "United States" for Washington', () => {
    const markets = createLedger([
      entry('bitcoin', 'Bitcoin topped $100,000 for the first time in December 2024.', 'topped $100,000'),
      entry('yen', 'The yen weakened past 160 per dollar in April 2024, its weakest level since 1990.', 'past 160 per dollar'),
      entry('petrodollar', 'Saudi Arabia let a 50-year petrodollar agreement with the United States expire in June 2024.', '50-year petrodollar agreement'),
    ]);
    // A day or a month after the phrase dates it; it names no other subject.
    assert.deepEqual(named(markets, 'Bitcoin topped $100,000 for the first time on Thursday.'), ['M bitcoin']);
    // "slid" and "weakened", each right before the phrase, are two verbs of the yen.
    assert.deepEqual(named(markets, 'The yen slid past 160 per dollar on Monday.'), ['M yen']);
    // "United States" is a country, not a name the sentence fails to write: Washington is its.
    assert.deepEqual(named(markets, 'Riyadh had quietly allowed its 50-year petrodollar agreement with Washington to lapse in June 2024.'), ['M petrodollar']);
  });

  it('is its entry’s where the sentence writes every name and place of the claim, whatever else its clause says', () => {
    const quake = createLedger([entry('quake', "Fans at Taylor Swift's Seattle concerts in July 2023 caused seismic activity equivalent to a magnitude 2.3 earthquake.", 'magnitude 2.3 earthquake')]);
    assert.deepEqual(named(quake, 'A seismologist said the Seattle shows produced shaking equivalent to a magnitude 2.3 earthquake as Taylor Swift fans danced.'), ['M quake']);
    // Without the claim's place, the clause's other subject tells.
    assert.deepEqual(named(quake, 'A seismologist said the Denver shows produced shaking equivalent to a magnitude 2.3 earthquake as Taylor Swift fans danced.'), []);
  });

  it('is its entry’s where the sentence writes the claim’s name as an acronym, and another’s where it writes another', () => {
    const seats = createLedger([entry('pap', "Singapore's People's Action Party won 87 of 97 parliamentary seats in May 2025.", '87 of 97 seats')]);
    assert.deepEqual(named(seats, "The PAP won 87 of 97 seats in Singapore's election."), ['M pap']);
    assert.deepEqual(named(seats, "The WPK won 87 of 97 seats in Singapore's election."), []);
  });

  it('is its entry’s where it follows the name the claim writes it after, whatever else the sentence names', () => {
    const cricket = createLedger([entry('final', 'Australia beat India by six wickets in the 2023 Cricket World Cup final in Ahmedabad.', 'beat India by six wickets')]);
    assert.deepEqual(named(cricket, "Travis Head's century helped Australia beat India by six wickets."), ['M final']);
    assert.deepEqual(named(cricket, 'Australia beat India by six wickets at the Narendra Modi Stadium.'), ['M final']);
    // After another name, its clause naming what the claim does not, it is another's.
    assert.deepEqual(named(cricket, 'Travis Head and his team beat India by six wickets in a Gabba Test.'), []);
  });

  it('is another country’s where the sentence places it right after in a country none of the claim’s, though the claim’s wording does not place it', () => {
    const duration = createLedger([entry('duration', "Russia's full-scale invasion of Ukraine began on 24 February 2022.", '14-month conflict')]);
    assert.deepEqual(named(duration, 'A 14-month conflict in Sudan has displaced millions.'), []);
    assert.deepEqual(named(duration, 'The 14-month conflict in Ukraine has displaced millions.'), ['M duration']);
    // A place further on may be where the claim's conflict is felt.
    assert.deepEqual(named(duration, 'The 14-month conflict has pushed up grain prices in Egypt.'), ['M duration']);
  });
});
