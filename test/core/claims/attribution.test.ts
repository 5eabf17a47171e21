import assert from 'node:assert/strict';
import { detectAttributions } from '../../../server/src/core/claims/attribution';
import { createLexicon, type Lexicon } from '../../../server/src/core/claims/lexicon';

interface Seen {
  /** The claim's key phrase, `text.slice(span.start, span.end)`. */
  readonly text: string;
  readonly speaker: string | undefined;
  readonly cue: string | undefined;
  readonly confidence: number;
  readonly tentative: boolean;
}

/** The lexicon with no extra phrases, as a draft with default settings is checked with. */
const DEFAULT_LEXICON = createLexicon();

/** The attributions of `sentence`, a sentence on its own. */
function detect(sentence: string, lexicon: Lexicon = DEFAULT_LEXICON): Seen[] {
  return detectAttributions(sentence, { start: 0, end: sentence.length }, lexicon).map((c) => {
    assert.equal(c.kind, 'attribution');
    return { text: sentence.slice(c.span.start, c.span.end), speaker: c.speaker, cue: c.cue, confidence: c.confidence, tentative: c.tentative === true };
  });
}

/** The one claim of `sentence` whose cue is `cue`. */
function claimOf(sentence: string, cue: string, lexicon?: Lexicon): Seen {
  const found = detect(sentence, lexicon).filter((c) => c.cue === cue);
  assert.equal(found.length, 1, `expected one "${cue}" claim in: ${sentence}\n${JSON.stringify(detect(sentence, lexicon))}`);
  return found[0] as Seen;
}

function assertClaim(sentence: string, expected: { text: string; speaker?: string; cue: string }): Seen {
  const claim = claimOf(sentence, expected.cue);
  assert.equal(claim.text, expected.text, sentence);
  assert.equal(claim.speaker, expected.speaker, sentence);
  return claim;
}

describe('detectAttributions', () => {
  describe('the sentences of a wire story an editor would source', () => {
    it('"according to" and the verb it supports', () => {
      const sentence =
        'According to Chinese state media reports, Xi assured Zelenskiy that China, as a responsible major country and a permanent member of the UN Security Council, would not remain passive or exacerbate the conflict.';
      const source = assertClaim(sentence, { text: 'According to Chinese state media reports', speaker: 'Chinese state media reports', cue: 'According to' });
      const verb = assertClaim(sentence, { text: 'Xi assured', speaker: 'Xi', cue: 'assured' });
      assert.ok(source.confidence >= 0.85 && verb.confidence >= 0.85);
    });

    it('a passive with its agent, past a parenthesis that names it', () => {
      const sentence = 'Federal employees are required by law (Section 508 of the Rehabilitation Act of 1973) to make the materials they create usable.';
      assertClaim(sentence, { text: 'required by law', speaker: 'law', cue: 'required' });
    });

    it('a second verb coordinated with the subject of the first', () => {
      const sentence =
        'The White House welcomed the call between the two leaders, but emphasized that it was too soon to tell whether the conversation would lead to a peace deal.';
      assertClaim(sentence, { text: 'emphasized', speaker: 'The White House', cue: 'emphasized' });
      assertClaim(sentence, { text: 'The White House welcomed', speaker: 'The White House', cue: 'welcomed' });
    });

    it('a second verb coordinated with a subject before an appositive, but not before a phrase between commas', () => {
      const sentence = 'Stephanie Thum, Vice President of Customer Experience at Export-Import Bank, looked at the great strides made in 2014 and called it the year of “planting seeds.”';
      assertClaim(sentence, { text: 'called', speaker: 'Stephanie Thum', cue: 'called' });
      const aside = 'Government, in general, is still prescribing the work rather than describing what we need.';
      assert.ok(detect(aside).every((c) => c.speaker !== 'Government'), JSON.stringify(detect(aside)));
    });

    it('but not a participle that describes the last of the things joined, nor a pronoun that follows a verb', () => {
      const joined = 'As a group, they brainstorm and discuss blog posts and tweets to coincide with upcoming events and projected progress.';
      assert.ok(detect(joined).every((c) => c.cue !== 'projected'), JSON.stringify(detect(joined)));
      const pronoun = 'ProPublica obtained a video of the speech and said she "steered a middle ground" in addressing the executives.';
      assertClaim(pronoun, { text: 'said', speaker: 'ProPublica', cue: 'said' });
    });

    it('a possessive relative: "whose office disclosed"', () => {
      const sentence =
        'The call was also welcomed by French President Emmanuel Macron, whose office disclosed that he had urged Xi to make the phone call during his visit to Beijing earlier this month.';
      const claim = assertClaim(sentence, { text: 'whose office disclosed', speaker: "French President Emmanuel Macron's office", cue: 'disclosed' });
      assert.ok(claim.confidence >= 0.9);
      assertClaim(sentence, { text: 'welcomed by French President Emmanuel Macron', speaker: 'French President Emmanuel Macron', cue: 'welcomed' });
    });

    it('a speaker with title and affiliation', () => {
      assertClaim('Following the Xi-Zelenskiy talks, Russia’s foreign ministry spokeswoman Maria Zakharova noted China’s readiness to establish a negotiation process.', {
        text: 'Russia’s foreign ministry spokeswoman Maria Zakharova noted',
        speaker: 'Russia’s foreign ministry spokeswoman Maria Zakharova',
        cue: 'noted',
      });
    });

    it('auxiliaries and adverbs between speaker and verb', () => {
      assertClaim('However, Western countries have criticized China’s 12-point peace proposal as too vague and lacking a concrete path out of the conflict.', {
        text: 'Western countries have criticized',
        speaker: 'Western countries',
        cue: 'criticized',
      });
      assertClaim('China has since affirmed that its position on the independence of ex-Soviet states remains unchanged.', {
        text: 'China has since affirmed',
        speaker: 'China',
        cue: 'affirmed',
      });
      assertClaim('Ukrainian officials have long called on China to leverage its influence with Russia to help bring about an end to the war.', {
        text: 'Ukrainian officials have long called on',
        speaker: 'Ukrainian officials',
        cue: 'called on',
      });
      assertClaim('The country’s foreign ministry has also emphasized that its efforts to resolve the crisis have been above board.', {
        text: 'The country’s foreign ministry has also emphasized',
        speaker: 'The country’s foreign ministry',
        cue: 'emphasized',
      });
      assertClaim('China has maintained that it is positioned to mediate the conflict because it has not taken sides.', {
        text: 'China has maintained',
        speaker: 'China',
        cue: 'maintained',
      });
    });

    it('a subordinate clause and a speaker with an inner "to"', () => {
      const sentence =
        'Earlier this week, European countries expressed alarm after China’s ambassador to France stated that ex-Soviet states such as Ukraine did not have an actual status in international law.';
      const claim = assertClaim(sentence, { text: 'China’s ambassador to France stated', speaker: 'China’s ambassador to France', cue: 'stated' });
      assert.ok(claim.confidence >= 0.9);
      assertClaim(sentence, { text: 'European countries expressed alarm', speaker: 'European countries', cue: 'expressed alarm' });
      // "states" is a noun here, not the verb "to state".
      assert.ok(!detect(sentence).some((c) => c.cue === 'states'));
    });

    it('an absolute clause: "with … Moscow insisting that"', () => {
      assertClaim(
        'However, there are currently no peace talks in sight, with Kyiv demanding the withdrawal of Russian troops and Moscow insisting that Ukraine recognize its claims to annexed territory.',
        { text: 'Moscow insisting', speaker: 'Moscow', cue: 'insisting' },
      );
    });

    it('an unnamed group that fears', () => {
      assertClaim('Some also fear that the proposal could be used by Russian President Vladimir Putin to promote a truce that would leave Russian forces in control of occupied territory.', {
        text: 'Some also fear',
        speaker: 'Some',
        cue: 'fear',
      });
    });

    it('not the narration around them', () => {
      assert.deepEqual(detect('Chinese President Xi Jinping made the pledge during a phone call with his Ukrainian counterpart, Volodymyr Zelenskiy, on Monday.'), []);
    });
  });

  describe('news style', () => {
    it('inverted speakers after a quotation or a comma', () => {
      assertClaim('“We will not back down,” said Defense Minister Oleksii Reznikov.', {
        text: 'said Defense Minister Oleksii Reznikov',
        speaker: 'Defense Minister Oleksii Reznikov',
        cue: 'said',
      });
      assertClaim('The talks will resume in Geneva next month, says the United Nations envoy.', {
        text: 'says the United Nations envoy',
        speaker: 'the United Nations envoy',
        cue: 'says',
      });
      assertClaim('Part of the problem in detecting tunnels, say experts, is the ground itself.', { text: 'say experts', speaker: 'experts', cue: 'say' });
      assertClaim('Races are close, a Quinnipiac University poll shows.', { text: 'a Quinnipiac University poll shows', speaker: 'a Quinnipiac University poll', cue: 'shows' });
      // Any tensed verb tags the quoted words it follows, but not a term in quotation marks before its noun.
      assertClaim('“We will win,” Smith boasts.', { text: 'Smith boasts', speaker: 'Smith', cue: 'boasts' });
      assert.deepEqual(detect('Some agencies build a native app and a “mobile Web” version for other platforms.'), []);
      // A verb before a colon and quoted words needs a subject that names or determines: a label does not speak.
      assert.deepEqual(detect('Surface suggestion above results: “Did you mean jefferson memorial?”'), []);
      assertClaim('The crowd chanted: “Lock her up.”', { text: 'The crowd chanted', speaker: 'The crowd', cue: 'chanted' });
      // After a count, an "-s" form is a noun: the tabs name nothing said.
      assert.deepEqual(detect('You will see a gray box with two tabs: “Data Reference” and “Select Drug.”'), []);
      assert.ok(detect('As a federal colleague recently volunteered, “many folks avoid paid training.”').some((c) => c.speaker === 'a federal colleague'));
    });

    it('a speaker after the quotation', () => {
      const claim = assertClaim('“The economy is slowing,” the central bank governor said on Tuesday.', {
        text: 'the central bank governor said',
        speaker: 'the central bank governor',
        cue: 'said',
      });
      assert.ok(claim.confidence >= 0.9);
      assertClaim('“This is a historic day,” she told the BBC.', { text: 'she told', speaker: 'she', cue: 'told' });
      assertClaim('“It’s too early to tell,” he added.', { text: 'he added', speaker: 'he', cue: 'added' });
    });

    it('a parenthetical reporting clause', () => {
      assert.deepEqual(detect('The pact, the minister insisted, would hold.').map((c) => c.text), ['the minister insisted']);
      assertClaim('This, she argued, was a mistake.', { text: 'she argued', speaker: 'she', cue: 'argued' });
    });

    it('a possessive speaker', () => {
      assertClaim("Macron's office disclosed that he had urged Xi to call.", { text: "Macron's office disclosed", speaker: "Macron's office", cue: 'disclosed' });
    });

    it('"Y, X said."', () => {
      assertClaim('Inflation will ease next year, the minister said.', { text: 'the minister said', speaker: 'the minister', cue: 'said' });
      assertClaim('He had no known political affiliations, the airline added, and had passed all background checks.', {
        text: 'the airline added',
        speaker: 'the airline',
        cue: 'added',
      });
    });

    it('"according to" a document', () => {
      assertClaim('The company will cut 1,200 jobs, according to a memo seen by Reuters.', { text: 'according to a memo', speaker: 'a memo', cue: 'according to' });
      const vague = claimOf('The project is on schedule, according to plan.', 'according to');
      assert.equal(vague.speaker, undefined);
      assert.ok(vague.confidence < 0.5);
    });

    it('agentless reports', () => {
      const reported = assertClaim('It was reported that the talks had stalled.', { text: 'It was reported', cue: 'It was reported' });
      assert.ok(reported.confidence < 0.9);
      assertClaim('The minister is said to have opposed the plan.', { text: 'is said to', cue: 'is said to' });
      assertClaim('The central bank is expected to raise rates again in June.', { text: 'is expected to', cue: 'is expected to' });
      assertClaim('The agency is also expected to cut its workforce by a third.', { text: 'is also expected', cue: 'expected' });
      // A belief held by someone unnamed, behind an expletive "it".
      assert.equal(assertClaim('It is also hoped innovators can create startups around the data.', { text: 'is also hoped', cue: 'hoped' }).tentative, false);
      assertClaim('Both attacks were claimed by the Islamic State group.', { text: 'claimed by the Islamic State group', speaker: 'the Islamic State group', cue: 'claimed' });
    });

    it('a verdict no one is named for: "are considered more trustworthy", ", regarded as the strongest"', () => {
      const sure = (c: Seen): boolean => c.confidence >= 0.7 && !c.tentative;
      assert.ok(sure(assertClaim('Government sites are considered more trustworthy than others.', { text: 'are considered', cue: 'considered' })));
      assert.ok(sure(assertClaim('RPA is seen as a game changer for productivity.', { text: 'is seen', cue: 'seen' })));
      assert.ok(sure(assertClaim('It is widely regarded as one of the best tools.', { text: 'is widely regarded', cue: 'regarded' })));
      assert.ok(sure(assertClaim('Jefferson, regarded as the strongest writer, wrote most of it.', { text: 'regarded', cue: 'regarded' })));
      // What a thing is called or counted as, a possibility, and the reader passes no verdict to source.
      for (const sentence of [
        'Note that the four metrics below are considered “beta.”',
        'Before a focus on life events is considered part of service delivery, there are challenges.',
        'Creating a kids’ page could be considered a best practice.',
        'You’ll be considered compliant once the alt text is there.',
        'We listened to what the public cares about regarding the agency.',
      ]) assert.ok(detect(sentence).every((c) => !sure(c)), sentence);
    });

    it('common wisdom is no one’s to source: "as the ancient proverb says"', () => {
      const proverb = assertClaim('As the ancient proverb says, “the garden is never finished,” and we will keep building.', {
        text: 'the ancient proverb says',
        speaker: 'the ancient proverb',
        cue: 'says',
      });
      assert.equal(proverb.tentative, true);
      assert.equal(assertClaim('The annual report says the garden is never finished.', { text: 'The annual report says', speaker: 'The annual report', cue: 'says' }).tentative, false);
    });

    it('advice of a thing is no statement: "the dimensions that Twitter recommends for cards"', () => {
      for (const sentence of ['We matched the dimensions that Twitter recommends for Twitter Cards.', 'Here are 5 tips that Peace Corps Response recommends to federal recruiters:', 'It is designed using the same inclusive principles that it champions.']) {
        assert.ok(detect(sentence).every((c) => c.tentative), `${sentence}\n${JSON.stringify(detect(sentence))}`);
      }
      assert.equal(assertClaim('The author recommends several social media policies.', { text: 'The author recommends', speaker: 'The author', cue: 'recommends' }).tentative, false);
    });

    it('an agent ends before an infinitive: "revealed by analytics to continue honing"', () => {
      assertClaim('Use the stories revealed by analytics to continue honing your website.', { text: 'revealed by analytics', speaker: 'analytics', cue: 'revealed' });
      assertClaim('The plan was criticised by China’s ambassador to France on Monday.', { text: 'criticised by China’s ambassador to France', speaker: 'China’s ambassador to France', cue: 'criticised' });
    });

    it('"The WHO" is the World Health Organization, not the pronoun', () => {
      assertClaim('The WHO said the outbreak was over.', { text: 'The WHO said', speaker: 'The WHO', cue: 'said' });
      assertClaim('Smith, who said the outbreak was over, left.', { text: 'Smith, who said', speaker: 'Smith', cue: 'said' });
    });

    it('an "-s" form that is a plural noun reports nothing', () => {
      for (const sentence of [
        'There were also health literacy challenges we needed to address.',
        'There are some additional challenges that you may encounter.',
        'Always respond to questions or comments you receive from the public.',
      ]) assert.ok(detect(sentence).every((c) => c.tentative || c.confidence < 0.7), `${sentence}\n${JSON.stringify(detect(sentence))}`);
      assertClaim('The agency challenges the ruling, officials said.', { text: 'officials said', speaker: 'officials', cue: 'said' });
    });

    it('research that supports a notion reports it', () => {
      assertClaim('A lot of design research supports the notion that people benefit from consistency.', {
        text: 'A lot of design research supports the notion',
        speaker: 'A lot of design research',
        cue: 'supports the notion',
      });
    });

    it('a strategy or its recommendations that highlight or outline something report it', () => {
      assertClaim('The recommendations highlight opportunity areas for agencies to deliver better services.', {
        text: 'The recommendations highlight',
        speaker: 'The recommendations',
        cue: 'highlight',
      });
      assertClaim('Issued last October, the strategy outlined ways the government can improve services.', {
        text: 'the strategy outlined',
        speaker: 'the strategy',
        cue: 'outlined',
      });
    });

    it('anonymous sources', () => {
      assertClaim('Officials say the bridge will reopen next month.', { text: 'Officials say', speaker: 'Officials', cue: 'say' });
      assertClaim('Sources said the president had been briefed.', { text: 'Sources said', speaker: 'Sources', cue: 'said' });
      assertClaim('Reports suggest the ceasefire is holding.', { text: 'Reports suggest', speaker: 'Reports', cue: 'suggest' });
      assertClaim('Senior U.S. officials said the strike had been approved.', { text: 'Senior U.S. officials said', speaker: 'Senior U.S. officials', cue: 'said' });
      // A participle with "on" inside the speaker's phrase: the source is the whole phrase.
      assertClaim('People briefed on the move said that it reflected a crisis.', { text: 'People briefed on the move said', speaker: 'People briefed on the move', cue: 'said' });
      assertClaim('A statement posted on the website said the sale was legal.', { text: 'A statement posted on the website said', speaker: 'A statement posted on the website', cue: 'said' });
      // So is "on" after a body or a person: "the Committee on Benghazi", "Democrats on the committee".
      assertClaim('Staff for the House Select Committee on Benghazi said the report was late.', { text: 'Staff for the House Select Committee on Benghazi said', speaker: 'Staff for the House Select Committee on Benghazi', cue: 'said' });
      assertClaim('Several GOP leaders on the ground told reporters the vote was close.', { text: 'Several GOP leaders on the ground told reporters', speaker: 'Several GOP leaders on the ground', cue: 'told reporters' });
      // Told by someone unnamed, with a "that" or without (contracted auxiliaries: ./attribution/auxiliaries).
      assertClaim('Staff were told the office will close in May.', { text: 'were told', cue: 'told' });
      // Told an answer, not a statement.
      assert.deepEqual(detect('Readers are told which time of day is best.'), []);
    });

    it('telling reporters', () => {
      assertClaim('Smith told reporters that the deal was dead.', { text: 'Smith told reporters', speaker: 'Smith', cue: 'told reporters' });
      assertClaim('Police said in a statement that two people were arrested.', { text: 'Police said', speaker: 'Police', cue: 'said' });
      assertClaim('The ministry in a statement said the strikes hit military targets.', {
        text: 'The ministry in a statement said',
        speaker: 'The ministry',
        cue: 'said',
      });
    });

    it('appositives and relative clauses between speaker and verb', () => {
      assertClaim('The senator, a Democrat from Ohio, said the bill would pass.', { text: 'The senator, a Democrat from Ohio, said', speaker: 'The senator', cue: 'said' });
      assertClaim('Trump, who spoke at a rally in Ohio, said the election was rigged.', { text: 'Trump, who spoke at a rally in Ohio, said', speaker: 'Trump', cue: 'said' });
      assertClaim('Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.', {
        text: 'Jason Sims — a teacher from Mount Pleasant — says',
        speaker: 'Jason Sims',
        cue: 'says',
      });
      assertClaim('The report, released on Monday, shows that emissions rose 3 percent.', { text: 'The report, released on Monday, shows', speaker: 'The report', cue: 'shows' });
      // An acronym's parenthesis inside the appositive, and a relative clause with no pronoun of its own.
      assertClaim('Di Frances, director of the Presidential Innovation Fellows (PIF) program, says it works.', {
        text: 'Di Frances, director of the Presidential Innovation Fellows (PIF) program, says',
        speaker: 'Di Frances',
        cue: 'says',
      });
      assertClaim('Everyone I interviewed said metrics are key.', { text: 'Everyone I interviewed said', speaker: 'Everyone I interviewed', cue: 'said' });
      // A relative clause's object is not the subject: who did it speaks.
      assertClaim('Democrats in Iowa who watched the debate said they were unfazed.', {
        text: 'Democrats in Iowa who watched the debate said',
        speaker: 'Democrats in Iowa who watched the debate',
        cue: 'said',
      });
      assert.equal(claimOf('People who voted for Trump say the economy is rigged.', 'say').speaker, 'People who voted for Trump');
      assert.equal(claimOf('Officials who have seen the report said it was damning.', 'said').speaker, 'Officials who have seen the report');
      // "IT" after a name is information technology, part of the name.
      assert.equal(claimOf('This month, FedHealth IT announced that the department will move its records.', 'announced').speaker, 'FedHealth IT');
      assert.equal(claimOf('When Smith called, it said the line was busy.', 'said').speaker, 'it');
      // "in the past" and "at the time" stand between a subject and its verb.
      assert.equal(claimOf('Trump at the time said the wall would be paid for by Mexico.', 'said').speaker, 'Trump');
      assert.equal(claimOf('His allies have in the past said that he is honest.', 'said').speaker, 'His allies');
      // Not a name given after the clause: "a column called “…”" still names.
      const named = 'Ty Manuel, who will be writing on content trends in a regular column called “The Content Corner.”';
      assert.ok(!detect(named).some((c) => c.cue === 'called' && c.speaker?.includes('who')));
    });

    it('documents and studies that find or show', () => {
      assertClaim('A study by researchers at Oxford found that the vaccine cut hospitalizations by half.', {
        text: 'A study by researchers at Oxford found',
        speaker: 'A study by researchers at Oxford',
        cue: 'found',
      });
      assertClaim('Federal Election Commission records show he backed both candidates.', {
        text: 'Federal Election Commission records show',
        speaker: 'Federal Election Commission records',
        cue: 'show',
      });
      assertClaim('A poll released this week found 66 percent of voters have an unfavorable view of him.', {
        text: 'A poll released this week found',
        speaker: 'A poll',
        cue: 'found',
      });
      // Tests and trials report findings as studies do: surely, not as a group in general.
      assert.equal(assertClaim('Though not an overwhelming number, recent heat mapping tests show that users are clicking on this link.', { text: 'tests show', speaker: 'tests', cue: 'show' }).tentative, false);
      assertClaim('This report outlines steps by which the agency could further these objectives.', { text: 'This report outlines', speaker: 'This report', cue: 'outlines' });
      assertClaim('The report details current and emerging threats to mobile devices.', { text: 'The report details', speaker: 'The report', cue: 'details' });
      assertClaim('The Congressional Budget Office projects that the deficit will grow.', { text: 'The Congressional Budget Office projects', speaker: 'The Congressional Budget Office', cue: 'projects' });
      // What someone noticed is what they observed, a finding of theirs; the writer's or the reader's is not.
      assertClaim('The web manager noticed that the bounce rate increased as more people used phones.', { text: 'The web manager noticed', speaker: 'The web manager', cue: 'noticed' });
      assert.deepEqual(detect('You will notice that the page loads faster.'), []);
    });

    it('verbs of belief and intention when they take a clause', () => {
      assertClaim('Analysts believe that the merger will face scrutiny.', { text: 'Analysts believe', speaker: 'Analysts', cue: 'believe' });
      assertClaim('The governor expects the budget to balance by 2026.', { text: 'The governor expects', speaker: 'The governor', cue: 'expects' });
      assertClaim('Most economists expect inflation to fall below 3 percent by the end of the year.', { text: 'Most economists expect', speaker: 'Most economists', cue: 'expect' });
      assertClaim('Most said they were very worried about the economy.', { text: 'Most said', speaker: 'Most', cue: 'said' });
      assertClaim('Sanders wants voters to recall that he opposed the war.', { text: 'Sanders wants', speaker: 'Sanders', cue: 'wants' });
      // A belief in what will be holds its prospect as its object: "expects a deal" expects one to be made.
      assert.equal(claimOf('Even Mr. Peck of SunTrust does not expect a deal before 2017.', 'expect').speaker, 'Mr. Peck of SunTrust');
      assert.equal(claimOf('Britain and France feared a backlash from their voters.', 'feared').speaker, 'Britain and France');
      assert.ok(!detect('Immigration continues to rise, with over 30,000 immigrants expected this year.').some((c) => c.cue === 'expected'));
      // The "I" of words tagged as someone's is theirs: the sentence is Smith's claim.
      assert.deepEqual(detect('I think the plan will work, Smith said.').map((c) => c.speaker), ['Smith']);
    });

    it('stances taken in public', () => {
      assertClaim('The White House has repeatedly denied the allegations.', { text: 'The White House has repeatedly denied', speaker: 'The White House', cue: 'denied' });
      assertClaim('Critics have accused the government of covering up the scandal.', { text: 'Critics have accused', speaker: 'Critics', cue: 'accused' });
      assertClaim('The Kremlin has dismissed the report as “absurd.”', { text: 'The Kremlin has dismissed', speaker: 'The Kremlin', cue: 'dismissed' });
      assertClaim('Speaking on state television, the foreign minister called for calm.', { text: 'the foreign minister called for', speaker: 'the foreign minister', cue: 'called for' });
      // Agreeing is taking a side in public, not a private thought: it reports whoever agrees.
      assert.equal(assertClaim('While the prize purse matters, both agreed it is not all that counts.', { text: 'both agreed', speaker: 'both', cue: 'agreed' }).tentative, false);
    });

    it('participles that report for the sentence’s subject', () => {
      assertClaim('The mayor defended the budget on Monday, saying that the cuts were unavoidable.', { text: 'saying', speaker: 'The mayor', cue: 'saying' });
      assertClaim('Sanders delivered his standard speech, decrying the influence of big money in politics.', { text: 'decrying', speaker: 'Sanders', cue: 'decrying' });
    });

    it('nouns of saying with their clause', () => {
      assertClaim('The president’s claim that the election was stolen has been debunked.', { text: 'The president’s claim', speaker: 'The president', cue: 'claim' });
      const rumor = assertClaim('Amid reports that the ceasefire had collapsed, markets fell.', { text: 'reports', cue: 'reports' });
      assert.ok(rumor.confidence <= 0.5);
    });

    it('a "Name:" headline, a transcript’s turn, a quotation', () => {
      assertClaim('Bernie Sanders: I’m Not Much Of A Socialist Compared To Eisenhower.', { text: 'Bernie Sanders:', speaker: 'Bernie Sanders', cue: ':' });
      assertClaim('FALLIN: I think we need to look at the whole picture.', { text: 'FALLIN:', speaker: 'FALLIN', cue: ':' });
      assertClaim('Zelenskiy: “We will not give up our land.”', { text: 'Zelenskiy:', speaker: 'Zelenskiy', cue: ':' });
      assert.deepEqual(detect('Editor’s Note: The following is an excerpt from a new book.'), []);
    });

    it('where it was said, when nothing else is found', () => {
      assertClaim('Clinton held a 24-point lead among black voters in a CNN national poll.', { text: 'in a CNN national poll', cue: 'in a CNN national poll' });
      assert.deepEqual(
        detect('In an interview with CNN, the general warned of a long war.').map((c) => c.cue),
        ['warned'],
      );
    });

    it('quotation marks written as doubled apostrophes', () => {
      assertClaim("''Revenues are up a little bit, and so are rounds,'' said Mr. Smith.", { text: 'said Mr. Smith', speaker: 'Mr. Smith', cue: 'said' });
    });
  });

  describe('names in any script', () => {
    it('a speaker in a script without case', () => {
      assertClaim('中国外交部 said the talks were useful.', { text: '中国外交部 said', speaker: '中国外交部', cue: 'said' });
      assertClaim('The talks were useful, said 中国外交部.', { text: 'said 中国外交部', speaker: '中国外交部', cue: 'said' });
    });

    it('a capitalized speaker in another cased script', () => {
      assertClaim('Владимир Путин said that the talks were useful.', { text: 'Владимир Путин said', speaker: 'Владимир Путин', cue: 'said' });
    });

    it('a source in a script without case is a name, as a capitalized one is', () => {
      const sources = ['中国外交部', 'وزارة الخارجية', 'משרד החוץ', '외교부', 'トヨタ', 'กระทรวงการต่างประเทศ'];
      for (const source of sources) {
        const sentence = `According to ${source}, the talks were useful.`;
        assertClaim(sentence, { text: `According to ${source}`, speaker: source, cue: 'According to' });
      }
    });

    it('a story whose content follows it', () => {
      assertClaim('His sister told stories of how both girls were crowned.', { text: 'His sister told', speaker: 'His sister', cue: 'told' });
    });

    it('a pronoun with a quantifier floated after it', () => {
      assertClaim('They all agreed that the plan would fail.', { text: 'They all agreed', speaker: 'They all', cue: 'agreed' });
    });

    it('names in a script without case joined by "and", after "in", before a colon', () => {
      assertClaim('汪文斌 and 华春莹 said the talks were useful.', { text: '汪文斌 and 华春莹 said', speaker: '汪文斌 and 华春莹', cue: 'said' });
      assertClaim('Officials in 北京 said the talks were useful.', { text: 'Officials in 北京 said', speaker: 'Officials in 北京', cue: 'said' });
      assertClaim('中国外交部: “The talks were useful.”', { text: '中国外交部:', speaker: '中国外交部', cue: ':' });
    });
  });

  describe('the writer’s own voice', () => {
    const own = [
      'We want people to find answers quickly.',
      'I think the redesign worked.',
      'You will see changes to the results you get.',
      'Our team found that most visitors use search.',
      // A quantifier floated after the writer's pronoun.
      'We all agree that both experience and past performance are critical factors.',
      'Many of you may already know the program.',
      'I’ll note that a zombie epidemic is not one of the outbreaks.',
      'We hope these changes will make it easier to find information.',
      'Please note that the agency does not have the data.',
      '[Please note that the agency does not have the data.]',
      'New tasks will be posted next week (please note: supervisor approval is required).',
      'Make sure participants know that you are paying by check.',
      // Evidence no one owns, where the writer speaks as "we" or "I", is the writer's own.
      'Though we believed that we had a good mix of topics, the data told us a different story.',
      'Last month the data showed a drop in total engagements, so I dug deeper.',
      'The data shows that our customers use external search engines.',
      // An infinitive whose subject is the writer; "cannot" is a modal.
      'I’m glad to report that the goal resonates with a wide audience.',
      'We are pleased to announce that the new site is live.',
      'I cannot claim I fully understand the accounting behind this.',
      // Advice to the reader in the passive.
      'You are often recommended to seek additional approval.',
    ];
    for (const sentence of own) {
      it(sentence, () => assert.deepEqual(detect(sentence), []));
    }

    it('but a "we" inside a quotation is the quoted speaker’s, and what others said is theirs', () => {
      assert.ok(detect('He told reporters: “We know the ceasefire will not hold.”').some((c) => c.speaker === 'He'));
      assert.ok(detect('“We believe the talks will fail,” the minister said.').some((c) => c.speaker === 'the minister'));
      assertClaim('We contacted the ministry, which said the figures were wrong.', { text: 'the ministry, which said', speaker: 'the ministry', cue: 'said' });
      // Evidence in a report of others' work is theirs: "us" is no owner when no one speaks as the writer.
      // The writer's customers and users speak for themselves.
      assertClaim('Our users told us that the search was broken.', { text: 'Our users told', speaker: 'Our users', cue: 'told' });
      assertClaim('The court held that the law was void.', { text: 'The court held', speaker: 'The court', cue: 'held' });
      // In a question a subject may follow its modal.
      assertClaim('Will officials say more?', { text: 'officials say', speaker: 'officials', cue: 'say' });
      assertClaim('The data shows that unemployment fell in every state.', { text: 'The data shows', speaker: 'The data', cue: 'shows' });
      assertClaim('The survey found that “we are tired of waiting,” as one farmer put it.', { text: 'The survey found', speaker: 'The survey', cue: 'found' });
      // A name may start with a verb.
      assertClaim('Hope Hicks said the plan had failed.', { text: 'Hope Hicks said', speaker: 'Hope Hicks', cue: 'said' });
    });
  });

  it('documents of government as speakers: policies, laws, guidance, memoranda', () => {
    assertClaim('As the policy states, the benefits will include new communities.', { text: 'the policy states', speaker: 'the policy', cue: 'states' });
  });

  describe('labels are no speakers', () => {
    // An interview's turns: initials, or a name in running text before the interviewee's own words.
    for (const sentence of ['Better: “Company X seeks a method for greater juice output.”', 'Feedback: Your comment policy protects your contributors.', 'Photo: Smith speaks at the summit.', 'MK: So tell me about the project.', 'LK: Our team was very excited about the branding.', 'Summary: The White House is hosting its first datathon.', 'Rebekah Perillo: My advice is a resounding yes.', 'Rebekah Perillo: I serve as a team lead on the communications side.']) {
      it(sentence, () => assert.deepEqual(detect(sentence), []));
    }
  });

  describe('thin readings are tentative: shown, never as warnings', () => {
    const tentative = (sentence: string): boolean[] => detectAttributions(sentence, { start: 0, end: sentence.length }, DEFAULT_LEXICON).map((c) => c.tentative === true);
    it('a thought or wish of no one in particular', () => {
      assert.deepEqual(tentative('When your site is interactive, kids don’t even realize that they’re learning.'), [true]);
      assert.deepEqual(tentative('Everyone wants to buy your products.'), [true]);
      // A document finds and shows, but does not want or aim.
      assert.deepEqual(tentative('This website aims to lower the barrier for employees.'), [true]);
      // A noun of sources names someone as the head of its phrase, not as a modifier.
      assert.deepEqual(tentative('It is the federal government program that aims to provide training.'), [true]);
      // What was not said, found or thought is no report.
      assert.deepEqual(tentative('The description on the homepage does not explain its activity.'), [true]);
      assert.deepEqual(tentative('The brands named here do not imply endorsement by the agency.'), [true]);
      // Where something was said, with no one to say it; a named channel names its source.
      assert.deepEqual(tentative('We share quotes from the discussion in this post.'), [true]);
      assert.deepEqual(tentative('In a CNN poll, voters backed the plan by a wide margin.'), [false]);
      // A made-up example's stand-in names no one.
      assert.deepEqual(tentative('Company X finds that sales are good nationwide.'), [true]);
      assert.deepEqual(tentative('They wanted to take advantage of the GPS functions.'), [true]);
      assert.deepEqual(tentative('Many people think that content is the file it is saved in.'), [true]);
      // So after a label's colon; a label that names a source speaks for what follows.
      assert.deepEqual(tentative('**Vetted resources:** Developers know that a challenge without data is not compelling.'), [true]);
      assert.deepEqual(tentative('AP-GfK Poll: Voters increasingly see Sanders as electable.'), [false]);
    });
    it('talk of no one in particular in a free relative', () => {
      assert.deepEqual(tentative('Agencies are not preoccupied enough with what the public is saying about them.'), [true]);
      assert.deepEqual(tentative('What Melania Trump told NBC News differs.'), [false]);
    });
    it('a noun of saying that is no one’s, but hearsay', () => {
      assert.deepEqual(tentative('Boxes are stored away with the promise that we will get around to the data.'), [true]);
      assert.deepEqual(tentative('Amid reports that the ceasefire had collapsed, markets fell.'), [false]);
      assert.deepEqual(tentative('The minister’s promise that taxes would fall was broken.'), [false]);
    });
    it('a request of someone by a pronoun', () => {
      assert.deepEqual(tentative('They really encourage us to grow and attend training.'), [true]);
      assert.deepEqual(tentative('It asks her to install the free PDF reader.'), [true]);
      assert.deepEqual(tentative('The ministry asked them to leave.'), [false]);
    });
    it('a possibility, or a prospect', () => {
      assert.deepEqual(tentative('In that case, research may show that you need no challenge.'), [true]);
      assert.deepEqual(tentative('I have managers who will defend us in any dispute.'), [true]);
    });
    it('but not what someone in particular believes, found or said', () => {
      assert.deepEqual(tentative('Smith believes the plan will fail.'), [false]);
      assert.deepEqual(tentative('A survey by Harris Interactive found usability matters more than brand.'), [false]);
      assert.deepEqual(tentative('He found that the most effective times are in the morning.'), [false]);
      assert.deepEqual(tentative('They said the plan would fail.'), [false]);
      // A passive of evidence hides its source: the question an editor asks.
      assert.deepEqual(tentative('It has been shown to reduce stress.'), [false]);
      assert.deepEqual(tentative('We are a visual generation, and it’s been proven that a craving for visual information is innate.'), [false]);
      assert.deepEqual(tentative('This claim has been proven to be false.'), [false]);
      assert.deepEqual(tentative('It is also believed to stunt career growth.'), [false]);
      assert.deepEqual(tentative('Some of the messages were later determined to be classified.'), [false]);
    });
  });

  describe('what is not an attribution', () => {
    const negatives = [
      'The meeting lasted two hours.',
      'We used a proven approach to testing.',
      'The new design has proven popular with users.',
      'Markets rose on Monday.',
      'The report card arrived late.',
      'He signed the statement in front of the judge.',
      'The said agreement was never ratified.',
      // Between a preposition and its noun, a participle is an adjective.
      'Her lead in pledged delegates in all likelihood will be insurmountable.',
      // Graded after a determiner, a verb form is an adjective.
      'It may be, at its core, the most elaborate and expensive hiring process that mankind has ever created.',
      'The bridge was built in 1932.',
      'She wrote a novel about her childhood.',
      'The police found the car abandoned near the border.',
      'Talks between the two sides continued late into the night.',
      'Thousands of people attended the concert in Kyiv.',
      'The so-called peace plan has twelve points.',
      'The show opens on Broadway next week.',
      'He called the office twice.',
      'The team added two new players in January.',
      'The ruling party holds a majority in parliament.',
      'Find the nearest exit.',
      'Police have not released the name of the suspect.',
      'The minister’s spokesperson declined to comment.',
      'Prices of wheat climbed to a record high in the United States.',
      'His claims were never tested in court.',
      'Clinton leads in the polls.',
      // Nothing said: a placeholder for it, a wish for it, or the reader assured.
      'The government says something, people react, and the public makes up its mind.',
      'Or they tell somebody else about it.',
      'I hope they share the lessons they are learning.',
      'Rest assured that the form is safe, and job seekers can be assured that the accounts are official.',
      'All told, this added up to our biggest traffic day.',
      'Dumping him is easier said than done.',
      'Enough said.',
      // "projects" is a noun far more often than a forecast.
      'Sarsam was interested in JavaScript projects because they were different from her work.',
      'All project ideas are welcome.',
      'It’s worth noting that by the time development started, we could have begun the next story.',
      'It’s worth pointing out that the product backlog showed its power in this case.',
      // A reporter's place in a contributor line.
      'Costa reported from Washington.',
      // What is known is no rumour; a circumstance is no statement; advice has no speaker.
      'The word is definitely out: agencies need to move.',
      'The examples show several platforms, with no endorsement implied.',
      'Seek challenges that stretch you.',
      // A weak verb's agent with nothing reported, and a task set.
      'This entry is a story shared by the Department of Labor.',
      'Agencies are challenged to expand their mobile products.',
      'The questions read as though someone on the street had asked them.',
      // Tools speak to their users, not for a source.
      'Developers can create apps that tell us the best places to live.',
      'The code runs only when a client web page calls for it.',
      'Apps that tell us the weather are handy.',
      'Click on the blue box that says “Select a drug”.',
      // However far back the tool stands.
      'This app not only shows you the vital signs of the planet, but also explains why each one matters.',
    ];
    for (const sentence of negatives) {
      it(sentence, () => assert.deepEqual(detect(sentence), []));
    }
    it('nor a participle between a preposition and its noun, whatever else the sentence reports', () => {
      const sentence = 'He relied on articles from noted constitutional scholars to defend the view that he is a natural-born citizen.';
      assert.deepEqual(detect(sentence).map((c) => c.cue), ['view']);
    });
    it('but something said about something named, and a wish reported, still report', () => {
      assertClaim('He said something about the war.', { text: 'He said', speaker: 'He', cue: 'said' });
      // A capitalized tool word is a name.
      assertClaim('Three Wire Systems said the contract was signed.', { text: 'Three Wire Systems said', speaker: 'Three Wire Systems', cue: 'said' });
      assertClaim('The Health System says its wards are full.', { text: 'The Health System says', speaker: 'The Health System', cue: 'says' });
      assertClaim('Officials were assured that the money would arrive.', { text: 'were assured', cue: 'assured' });
      assertClaim('Word is the deal is off.', { text: 'Word is', cue: 'Word is' });
      claimOf('He met with officials who said.', 'said');
      assertClaim('Hope says the plan works.', { text: 'Hope says', speaker: 'Hope', cue: 'says' });
    });
  });

  describe('a form of saying used as a noun, a modifier or another verb', () => {
    const negatives = [
      // A plural determiner, or an infinitive, before an "-s" form makes it a noun.
      'What are some challenges they face?',
      'We reserve the right to restrict comments that are off topic.',
      // A singular determiner before a base form makes it a noun.
      'An easily-referenced comment policy lets contributors know the rules.',
      // A gerund before a bare singular noun modifies it; one after an adverb of degree is an adjective.
      'The original reporting form was on a webpage.',
      // A participle after an object's noun and before a phrase of where or how describes the thing.
      'The app includes more than 290 trivia questions stated in plain language, dealing with health.',
      'In video posted on social media, he smiles.',
      // A form that is also a noun, right after an adjective, heads its phrase.
      'Two current challenges also take this approach.',
      'We will write communications translating the current IT challenges and providing solutions.',
      'Agencies must overcome the technical, managerial, and operational challenges that are common.',
      // An indefinite thing after a verb of more than saying is its object; a way found is a means.
      'After grad school, I taught for a few years, wrote a book on HTML5, and then returned home.',
      'GSA finds ways to help the government, and Congress found a way around the rule.',
      // A phrase whose preposition is left with nothing after it says where.
      'The size of the code grows with the length of the URL it points to.',
      // What a conjunction opens after a dash is no speaker of a verb before it.
      'Enhancements – Alerts and Saved Searches',
      // An adjective of how often makes the cue after it a noun.
      'Quarterly report writing is a perfect opportunity to look at the impact of your website.',
      // An identity put to the test.
      'Citizens should not have to guess if the person is who they say they are.',
      'Balancing sprint work and day jobs is very demanding, one of the more challenging parts of the job.',
      // A past form opening a sentence before a bare noun modifies it; a modal after an "-s" form makes it a subject.
      'Confirmed speakers include:',
      'Project champions should be aware that the costs may rise, and the results from data projects have been slow.',
      // To add to something is to increase it; to aim at something is to direct something at it.
      'These are the insights each of them would add to your metrics reports:',
      'The new center is the latest initiative aimed at bringing customers closer.',
      // A gerund stands for a report only with what was reported.
      'The sites use open data feeds along with self reporting from the agencies to provide timely information.',
      // "get" makes a passive, whose agent is not named.
      'Those organizations will get mentioned in posts each day.',
      // A verb with "up" is another verb.
      'The tweets now show up as customizable previews.',
      // Alternatives offered, not something anyone said.
      'Comments that suggest or encourage illegal activity are removed.',
      // A count, a region or a relative clause on an "-s" form makes it a plural noun.
      'Rubio lost in the four states that cast votes last Saturday.',
      'He did better in the Midwest and other Western states.',
      'Primary voters went to the polls in Rust Belt states that have suffered from the loss of jobs.',
      // A counted participle before a plural modifies it; a past form before a colon labels what follows.
      'Clinton won a majority of the state’s 20 pledged delegates.',
      'Pledged: 781.',
      // "state" and "states" are nouns but with someone stating something.
      'Kasich campaigned in Massachusetts and Vermont, states that vote on March 1.',
      'The margin of error for all three state polls was 3 points.',
      // "It's telling that": an adjective; so is a thing's gerund with nothing after it.
      'It’s telling that he left early.',
      'Though it was challenging, I saw how technology changes every industry.',
      'One thing that was great about the team is that they were welcoming and a pleasure to work with.',
      // A noun form before a verb in the past and its object heads the subject.
      'The MCC’s first open data challenge taught MCC some very valuable lessons.',
      'Those stats combined with information acquired from the data call helped GSA narrow down their focus.',
      // What experience taught.
      'I will be sure to write a post with any lessons learned once the materials are launched.',
      // "say" setting off an example; sure to happen.
      'After some amount of time, say six weeks, the relevancy of a photo stops decaying.',
      'This strategy is practically guaranteed to both under-classify photos that should be together and over-classify others.',
      // "supposed to": meant to, a modal, as "guaranteed to" is sure to.
      'They are taking on a larger combat role in Afghanistan, where the war was supposed to be over.',
      'All releasable emails are supposed to be made public by Jan. 29.',
      'But we are supposed to serve all the taxpayers.',
      // Resolved to, not found to.
      'In an age of topic-changing sound bites, he is oddly determined to respond to every inquiry.',
      // A noun form before a modal heads the subject; "the only" picks out one thing, a singular noun.
      'The final report will cover how the service is used today.',
      // To hold something is to have or host it; a court holds that something is so.
      'During the pandemic, USPTO held a “Mugs and Pugs” video conference.',
      'Facebook holds the top two spaces with Facebook and Messenger.',
      // A past form alone opening a sentence, right before a gerund, is a verb.
      'Started requiring the requester provide the necessary information to launch the agreement process before starting work',
      // To demonstrate how is to show by example.
      'Three recent stories demonstrate how opening up federal data can spur innovation.',
      // What someone is kept from saying is not said; a word after a hyphen is part of its word.
      'By alternating its statements, the survey prevents them from just saying “Yeah, it was great” the whole way down.',
      'Other methods include attaching Post-It notes directly to their smartphone.',
      // After a modal comes a verb and its object, not a subject: "questions" is a noun.
      'Volunteer participants may formulate research questions and conduct experiments.',
      'I’d say the only real technical challenge I’ve faced is the scale of the projects.',
      // To tell if is to tell apart; "mentioned above" points back at the text.
      'Captions also tell if there is music or laughter.',
      'The nature shows told the story of the place.',
      'Now that we have years of data, the changes tell an interesting story.',
      'Spotlight tells a longer, more detailed story about a topic through a series of visualizations.',
      'However, internal, operational data tells only part of the story.',
      'In an era where opinions about government are low, telling these positive stories will only become more important.',
      'Agencies are eager to visualize data in dynamic ways that tell stories and inspire employees.',
      // A state someone is kept in; a heading over a list.
      'Use channels such as listservs or social media to keep people informed.',
      'Related posts:',
      // A thing's grade before its infinitive; "informed" before a noun; an "-s" form joined to a plural noun.
      'It is also challenging to use search terms that are universal.',
      'Applying data to make informed decisions is what it is about.',
      'Open Opportunities are tasks and projects that help you develop skills.',
      'These are familiar challenges to many organizations dealing with big data.',
      // "in order to" is a purpose: what a tool needs is no mandate.
      'Angular has great features, but it requires more JavaScript than most sites in order to start.',
      'Enhancements – Committee Reports:',
      // Software and systems tell and respond to their users.
      'How does the API respond when flawed queries are submitted?',
      'The site was built in response to the memo mentioned above.',
      // "so that" is a purpose; a present verb after a speaker alone describes, where a past one tags a quotation.
      'This pipeline enables cross-agency learning so that people can be effective at both levels.',
      'DOL provides sample projects.',
      // A supposition; a belief in what is asked; a gerund that opens a clause's subject; an adjective.
      'If Fullerton sees that their audience is not engaging, he will use metrics to switch things up.',
      'Since Fullerton knows what he wants from each platform, he is able to set the metrics.',
      'Patients rely on these studies to determine whether promising new therapies might extend their lives.',
      'The analysis provided a rich and detailed picture of user sentiment.',
      // A title in quotation marks is not what was said.
      'When DOI began posting “This Week at Interior,” they uploaded the video to YouTube.',
      // A base form after "be" is an adjective; a criterion is no source; an instruction to the reader names no speaker after its verb.
      'But, third parties are welcome to build tooling for this.',
      'Students were divided into nine groups according to their historical interest.',
      'Agencies benefit from services that expand and contract according to usage and need.',
      'Failing that, suggest some hypotheses on their behalf.',
      'For each edit made, note the actions you took that apply to the principles.',
      'In other words, demand accountability.',
      // An item of a list, not a reporting clause after what it reports.
      'It will cover product updates, recent release notes, and site launches.',
      '* **Give Them a Game Plan:** Before you begin an actual interview, tell them exactly how the process will unfold.',
      // A disclaimer's own words.
      'The views expressed herein are those of the author.',
      // A possessive's apostrophe closes no quotation; a name is no belief; a modifier; a label; a count.
      'We join forces to help both D.C.’s neighborhoods, but—potentially—struggling neighborhoods elsewhere.',
      'Benefits Data Trust.',
      'A key challenge is ensuring these digital report cards are user-friendly.',
      'Equally promising: Team e-Genius won the prize for the quietest aircraft.',
      '[Side note: Join us June 4 for the National Day of Civic Hacking!',
      // An emphasised label before its colon, though its last word is a verb's form.
      '- **Efficiency challenges**: Despite the high satisfaction ratings, the service was slow.',
      '**Key findings:** Most of the pages loaded in under a second.',
      // A noun's "-s" form before a participle and the verb it is the subject of.
      'Key questions posed included whether users found the forms.',
      'There’s not one answer to how much it costs to buy a car.',
      // The writer's own piece, and the writer telling; a graded gerund is an adjective.
      'This section describes stylistic choices our team is committed to.',
      'This case study highlights the department’s use of an online crowdfunding platform.',
      'Well, to answer the question, let me tell you my own story.',
      'I feel pretty safe in saying that local websites would be much less populated without it.',
      // A noun after "any", and before a verb.
      'Any plans to update the USAJOBS mobile app?',
      'Help your audience understand why certain initiatives are challenging.',
      // A noun of sources frames no quotation; a name given is not words said.
      'Students become “citizen diplomats,” build relationships with government officials, and gain experience.',
      'The system revolves around credit cards, called “purchase cards,” paid by the government.',
      'An Apprenticeship Experience is the next generation of learning and development: hands-on learning and mentorship.',
      // A state one stays in; a participle before its noun; the writer's own metrics.
      'Stay informed with industry research and expert reviews.',
      'This is the break-down of recommended dimensions and the insights each would add.',
      '(Metrics show that these are always the top search terms on our site.)',
    ];
    for (const sentence of negatives) {
      it(sentence, () => assert.deepEqual(detect(sentence), []));
    }

    it('but the same forms still report', () => {
      assertClaim('Some say that the plan failed.', { text: 'Some say', speaker: 'Some', cue: 'say' });
      assertClaim('Both said that the plan failed.', { text: 'Both said', speaker: 'Both', cue: 'said' });
      assertClaim('An average of polls shows that the race is close.', { text: 'An average of polls shows', speaker: 'An average of polls', cue: 'shows' });
      assertClaim('They both said that the plan failed.', { text: 'They both said', speaker: 'They', cue: 'said' });
      assertClaim('A wide array of economists say the recovery was limited.', { text: 'A wide array of economists say', speaker: 'A wide array of economists', cue: 'say' });
      // A name after "to" may be a subject.
      assert.ok(detect('A newly released email relating to Benghazi finds that the guards were few.').some((c) => c.cue === 'finds'));
      assert.ok(detect('The ministry issued a statement saying that prices rose.').some((c) => c.cue === 'saying'));
      assert.ok(detect('The annual report found that the program grew.').some((c) => c.cue === 'found'));
      assert.ok(detect('He pursued the infractions that regulators revealed in subsequent filings.').some((c) => c.cue === 'revealed'));
      assert.ok(detect('The agency reported in a statement that sales fell.').some((c) => c.cue === 'reported'));
      assert.ok(detect('The historical society warns that the building is at risk.').some((c) => c.cue === 'warns'));
      assert.ok(detect('The federal government plans to ban gas stoves.').some((c) => c.cue === 'plans'));
      assert.ok(detect('“We will win,” said a local resident.').some((c) => c.speaker === 'a local resident'));
      assert.ok(detect('The study found ways of measuring trust were flawed.').some((c) => c.cue === 'found'));
      assert.ok(detect('She points to the budget as proof.').some((c) => c.cue === 'points to'));
      assert.ok(detect('They say they are ready to negotiate.').some((c) => c.cue === 'say'));
      assert.ok(detect('A state-owned company seeking to manage the ports was criticized.').some((c) => c.cue === 'seeking'));
      assert.ok(detect('He was criticized by the press.').some((c) => c.speaker === 'the press'));
      assertClaim('The economy will grow, say experts at the bank.', { text: 'say experts', speaker: 'experts', cue: 'say' });
      assertClaim('Sales rose in May, according to the company.', { text: 'according to the company', speaker: 'the company', cue: 'according to' });
      assertClaim('Those are the words of Rene Coty, inscribed in the cemetery.', { text: 'the words of Rene Coty', speaker: 'Rene Coty', cue: 'the words of' });
      assert.deepEqual(detect('She chose the words of the song carefully.'), []);
      assertClaim('Remember these words from Gary Vaynerchuk, renowned entrepreneur:', { text: 'words from Gary Vaynerchuk', speaker: 'Gary Vaynerchuk', cue: 'words from' });
      assert.deepEqual(detect('We got a few words from the team about the launch.'), []);
      assertClaim('The panel recommended changes to the law.', { text: 'The panel recommended', speaker: 'The panel', cue: 'recommended' });
      assertClaim('Data show that unemployment fell.', { text: 'Data show', speaker: 'Data', cue: 'show' });
      assertClaim('In June 2012, the testing group at NIH provided guidance on mobile testing.', { text: 'the testing group at NIH provided guidance', speaker: 'the testing group at NIH', cue: 'provided guidance' });
      assertClaim('Organizations have been submitting feedback and offering praise.', { text: 'Organizations have been submitting feedback', speaker: 'Organizations', cue: 'submitting feedback' });
      assertClaim('Blackwell also took a shot at Hillary Clinton.', { text: 'Blackwell also took a shot at', speaker: 'Blackwell', cue: 'took a shot at' });
      assertClaim('Hillary Clinton took to Twitter to say thanks.', { text: 'Hillary Clinton took to Twitter', speaker: 'Hillary Clinton', cue: 'took to Twitter' });
      assertClaim('OMB Memo M-23-22 encourages agencies to default to HTML.', { text: 'OMB Memo M-23-22 encourages', speaker: 'OMB Memo M-23-22', cue: 'encourages' });
      assertClaim('The memo, a short document, encourages us to default to HTML.', { text: 'The memo, a short document, encourages', speaker: 'The memo', cue: 'encourages' });
      assertClaim('As the policy states, the benefits will include more.', { text: 'the policy states', speaker: 'the policy', cue: 'states' });
      assertClaim('The 2016 report states that courts should not rule.', { text: 'The 2016 report states', speaker: 'The 2016 report', cue: 'states' });
      assertClaim('Trump pledged 20 delegates to the cause.', { text: 'Trump pledged', speaker: 'Trump', cue: 'pledged' });
      assertClaim('He’s predicting he will do well in Nevada.', { text: 'He’s predicting', speaker: 'He’s', cue: 'predicting' });
      assertClaim('The Chamber, which is planning to provide air cover, spoke.', { text: 'The Chamber, which is planning', speaker: 'The Chamber', cue: 'planning' });
      assert.ok(detect('He posts and tweets that the vote was rigged.').some((c) => c.cue === 'tweets'));
      assertClaim('The problem is Smith says it works.', { text: 'Smith says', speaker: 'Smith', cue: 'says' });
      assertClaim('The report states:', { text: 'The report states', speaker: 'The report', cue: 'states' });
      assertClaim('He told reporters the story was false.', { text: 'He told reporters', speaker: 'He', cue: 'told reporters' });
      assertClaim('The deal, which analysts say will cost more, passed.', { text: 'analysts say', speaker: 'analysts', cue: 'say' });
      assertClaim('“We will win,” he was saying, “whatever it takes.”', { text: 'he was saying', speaker: 'he', cue: 'saying' });
      assertClaim('He was glad to report that sales rose.', { text: 'report', speaker: undefined, cue: 'report' });
      assertClaim('Cruz wrote.', { text: 'Cruz wrote', speaker: 'Cruz', cue: 'wrote' });
      assertClaim('Residents were advised to stay indoors.', { text: 'were advised', speaker: undefined, cue: 'advised' });
    });
  });

  it('a stance after a linking verb: "were critical of", "remained adamant that"', () => {
    assertClaim('The senators were sharply critical of the trade deal.', { text: 'The senators were sharply critical of', speaker: 'The senators', cue: 'critical of' });
    assertClaim('The governor remained adamant that taxes would not rise.', { text: 'The governor remained adamant that', speaker: 'The governor', cue: 'adamant that' });
    assertClaim('They’re supportive of the new zoning rules.', { text: 'They’re supportive of', speaker: 'They’re', cue: 'supportive of' });
    // A stance of no one in particular is tentative; the writer's own is none.
    assert.deepEqual(detect('Many drivers are skeptical of the new tolls.').map((c) => c.tentative), [true]);
    assert.deepEqual(detect('We are confident that the new layout works.'), []);
    // Without a linking verb and a subject, the adjective describes a thing or a mood.
    assert.deepEqual(detect('A report critical of the agency came out in May.'), []);
    assert.deepEqual(detect('The fee is high, as opposed to last year.'), []);
  });

  it('a sentence pointing back at the words before it: "This is how X describes…"', () => {
    assertClaim('This is how Labor’s Jared Benoff describes the key benefit of Medium.', { text: 'Labor’s Jared Benoff describes', speaker: 'Labor’s Jared Benoff', cue: 'describes' });
    assert.deepEqual(detect('Jared Benoff describes the key benefit of Medium.'), []);
  });

  it('someone the writer heard say something: "I heard a USDA CIO say they have…"', () => {
    assertClaim('At a recent event, I heard a USDA CIO say they have an Innovation Pool.', { text: 'a USDA CIO say', speaker: 'a USDA CIO', cue: 'say' });
  });

  it('a question of what someone could do asks, and reports nothing: tentative', () => {
    assert.deepEqual(detect('If people need a form, how easily can they find it?').map((c) => c.tentative), [true]);
    assert.deepEqual(detect('Did the Secretary really say that to this person at a bar?').map((c) => c.tentative), [true]);
    // A wh-question asks what someone says, and reports nothing.
    assert.deepEqual(detect('What do the experts say?').map((c) => c.tentative), [true]);
    assert.deepEqual(detect('More experts—What do Government Contact Center Managers say?').map((c) => c.tentative), [true]);
    assert.deepEqual(detect('Why did the ministry say that?').map((c) => c.tentative), [true]);
    assert.deepEqual(detect('The Secretary really said that to this person at a bar.').map((c) => c.tentative), [false]);
  });

  it('a document that requires or encourages: the law says so', () => {
    assertClaim('The law requires agencies to publish their data.', { text: 'The law requires', speaker: 'The law', cue: 'requires' });
    assert.deepEqual(detect('This app requires iOS 9 or later.'), []);
    assert.deepEqual(detect('Commercial products generally require a significant up-front investment.'), []);
    assertClaim('The memo directed federal agencies to develop online resources.', { text: 'The memo directed', speaker: 'The memo', cue: 'directed' });
    assert.deepEqual(detect('He directed traffic to the site.'), []);
  });

  it('a finding demonstrated or stated: "they demonstrate that …", "Joseph Turow states there are", not "demonstrated the app"', () => {
    assertClaim('In their work, they demonstrate that small nudges can improve outcomes.', { text: 'they demonstrate', speaker: 'they', cue: 'demonstrate' });
    assertClaim('The Pew survey demonstrates that government apps have come a long way.', { text: 'The Pew survey demonstrates', speaker: 'The Pew survey', cue: 'demonstrates' });
    assert.deepEqual(detect('She demonstrated the new app to visitors.'), []);
    assertClaim('He went from saying “no” to a firm “yes”.', { text: 'saying', speaker: 'He', cue: 'saying' });
    // "states" with a clause after a full name; "won Southern states he …" is no name.
    assertClaim('In the article, researcher Joseph Turow states there are several issues.', { text: 'researcher Joseph Turow states', speaker: 'researcher Joseph Turow', cue: 'states' });
    assert.deepEqual(detect('Trump won Southern states he was expected to win.').filter((c) => c.cue === 'states'), []);
  });

  it('a statement, a warning or recommendations given as a verb and its noun: "issued a statement", "gave assurances"', () => {
    assertClaim('The ministry issued a statement denying the report.', { text: 'The ministry issued a statement', speaker: 'The ministry', cue: 'issued a statement' });
    assertClaim('The agency gave assurances that the program would continue.', { text: 'The agency gave assurances', speaker: 'The agency', cue: 'gave assurances' });
    assertClaim('The representative provided recommendations for NASA.', { text: 'The representative provided recommendations', speaker: 'The representative', cue: 'provided recommendations' });
  });

  it('a document by its head, also when it says what it is on: "the study of apps", "data on apps"', () => {
    assertClaim('The study of apps showed that Facebook leads.', { text: 'The study of apps showed', speaker: 'The study of apps', cue: 'showed' });
    assertClaim('Comscore’s data on the most popular apps showed that Facebook leads.', {
      text: 'Comscore’s data on the most popular apps showed',
      speaker: 'Comscore’s data on the most popular apps',
      cue: 'showed',
    });
    // An app shows its users things: no one to source.
    assert.deepEqual(detect('The most popular apps showed errors.'), []);
  });

  it('a definition, a phrase coined, what someone points to; but not what goes on', () => {
    assertClaim('Wikipedia defines it as follows:', { text: 'Wikipedia defines', speaker: 'Wikipedia', cue: 'defines' });
    assertClaim('She points to the platform’s clean interface.', { text: 'She points to', speaker: 'She', cue: 'points to' });
    assert.equal(claimOf('Chase Jarvis coined the phrase, “The best camera is the one that’s with you.”', 'coined').speaker, 'Chase Jarvis');
    assert.deepEqual(detect('Define your goals as clearly as you can.'), []);
    assert.deepEqual(detect('Facebook continues to dominate usage.'), []);
    assert.deepEqual(detect('The FBI, meanwhile, is continuing its investigation of whether the set-up put classified information at risk.'), []);
    assert.equal(claimOf('“It is so sad,” continued Sanders.', 'continued').speaker, 'Sanders');
  });

  describe('claims', () => {
    it('one per cue, in text order, inside the sentence span', () => {
      const text = 'Intro. “Go,” he said, adding that she agreed. Outro.';
      const sentence = { start: 7, end: 45 };
      const claims = detectAttributions(text, sentence, DEFAULT_LEXICON);
      assert.deepEqual(
        claims.map((c) => text.slice(c.span.start, c.span.end)),
        ['he said', 'adding', 'she agreed'],
      );
      for (const c of claims) assert.ok(c.span.start >= sentence.start && c.span.end <= sentence.end);
      assert.equal(new Set(claims.map((c) => c.cue)).size, claims.length);
    });

    it('drop an adverb cue inside a verb claim', () => {
      assert.deepEqual(
        detect('The agency reportedly told staff that cuts were coming.').map((c) => c.text),
        ['The agency reportedly told'],
      );
      assertClaim('The agency reportedly plans layoffs.', { text: 'reportedly', cue: 'reportedly' });
    });

    it('rank "said that" above an ambiguous verb without a clause', () => {
      const said = claimOf('Smith said that the plan failed.', 'said').confidence;
      const added = claimOf('“That is all,” Smith added.', 'added').confidence;
      const believes = claimOf('Smith believes the plan will fail.', 'believes').confidence;
      assert.ok(said >= 0.9, `said: ${said}`);
      assert.ok(believes < said && added < said);
      for (const c of detect('Smith said that the plan failed, and Jones believes it will.')) assert.ok(c.confidence > 0 && c.confidence <= 1);
    });

    it('trust a negated verb less: it reports no statement', () => {
      const negated = claimOf('The ministry did not say how many soldiers had died.', 'say');
      assert.equal(negated.speaker, 'The ministry');
      assert.ok(negated.confidence < claimOf('The ministry said many soldiers had died.', 'said').confidence);
    });

    it('recognise extra phrases from settings', () => {
      const lexicon = createLexicon(['per the memo']);
      assert.deepEqual(detect('Layoffs will begin in March, per the memo.'), []);
      assert.equal(claimOf('Layoffs will begin in March, per the memo.', 'per the memo', lexicon).text, 'per the memo');
    });

    it('return nothing for an empty sentence', () => {
      assert.deepEqual(detectAttributions('', { start: 0, end: 0 }, DEFAULT_LEXICON), []);
    });
  });
});
