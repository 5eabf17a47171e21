import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER, type Analysis, type CheckSettings, type Ledger } from '../../server/src/core';
import { createLedger, parseLedger } from '../../server/src/core/ledger';
import { LineIndex } from '../../server/src/core/text';
import { parseBibliography } from '../../server/src/core/bibliography/parse';
import { withReferences } from '../../server/src/core/bibliography/library';
import { dataProblems } from '../helpers/claimsFile';
import { joinLines, readFixture } from '../helpers/fixtures';

function ledgerOf(fixture: string): Ledger {
  const read = parseLedger(readFixture(fixture));
  assert.deepEqual(dataProblems(read), []);
  return createLedger(read.entries);
}

/** Each finding as `line:column code «flagged text»` (1-based), the way a writer sees it. */
function summarize(text: string, analysis: Analysis): string[] {
  const lines = new LineIndex(text);
  return analysis.findings.map((f) => {
    const { line, character } = lines.position(f.span.start);
    return `${line + 1}:${character + 1} ${f.severity} ${f.code} «${text.slice(f.span.start, f.span.end)}»`;
  });
}

function run(fixture: string, ledger: Ledger = EMPTY_LEDGER, settings: Partial<CheckSettings> = {}): string[] {
  const text = readFixture(fixture);
  return summarize(text, check(text, ledger, createCheckOptions(settings)));
}

const draftsLedger = (): Ledger => ledgerOf('drafts/claims.yaml');

describe('core/check', () => {
  describe('the seed story', () => {
    const text = readFixture('seed/bare.md');
    const analysis = check(text, EMPTY_LEDGER, createCheckOptions());

    // What a careful editor asks "source?" about, by the words that carry the claim.
    const expected: Array<[string, string]> = [
      ['Xi assured Zelenskiy', 'unsourced-attribution'],
      ['but emphasized that it was too soon', 'unsourced-attribution'],
      ['whose office disclosed', 'unsourced-attribution'],
      ['14-month conflict', 'unsourced-quantity'],
      ['Maria Zakharova noted', 'unsourced-attribution'],
      ['12-point peace proposal', 'unsourced-quantity'],
      ['Western countries have criticized', 'unsourced-attribution'],
      ['ambassador to France stated', 'unsourced-attribution'],
      ['China has since affirmed', 'unsourced-attribution'],
    ];
    for (const [phrase, code] of expected) {
      it(`flags "${phrase}" as ${code}`, () => {
        const at = text.indexOf(phrase);
        assert.notEqual(at, -1);
        const hit = analysis.findings.find((f) => f.code === code && f.claim && f.claim.sentence.start <= at && at < f.claim.sentence.end);
        assert.ok(hit, `no ${code} in the sentence of "${phrase}":\n${summarize(text, analysis).join('\n')}`);
        assert.equal(hit.severity, 'warning');
      });
    }

    it('flags each of them once per sentence and kind, with speaker and cue', () => {
      const zakharova = analysis.claims.find((c) => c.text.endsWith('Maria Zakharova noted'));
      assert.ok(zakharova);
      assert.equal(zakharova.kind, 'attribution');
      assert.match(zakharova.speaker ?? '', /Maria Zakharova$/);
      assert.equal(zakharova.cue, 'noted');
      const figure = analysis.claims.find((c) => c.kind === 'quantity' && c.text === '14-month conflict');
      assert.ok(figure);
      const keys = analysis.findings.map((f) => `${f.code}@${f.claim?.sentence.start}`);
      const attributions = keys.filter((k) => k.startsWith('unsourced-attribution'));
      assert.equal(new Set(attributions).size, attributions.length);
    });

    it('flags nothing once every claim has a link, footnote, citation or ledger entry', () => {
      const sourced = run('seed/sourced.md', ledgerOf('seed/claims.yaml'));
      assert.deepEqual(sourced, []);
    });
  });

  it('footnote calls with a definition source their sentence; orphan calls do not', () => {
    assert.deepEqual(run('drafts/footnotes.md'), [
      '5:58 warning unsourced-attribution «Analysts noted»',
      '7:1 warning unsourced-attribution «The opposition claimed»',
    ]);
  });

  it('reference links source their sentence only when defined', () => {
    assert.deepEqual(run('drafts/reference-links.md'), [
      '7:1 warning unsourced-attribution «The mayor stated»',
      '7:23 warning unsourced-quantity «300 homes»',
    ]);
  });

  it('citations of known entries source; unknown ones are reported; false entries are errors', () => {
    assert.deepEqual(run('drafts/citations.md', draftsLedger()), [
      '9:1 warning unsourced-attribution «The spokesman said»',
      '9:25 warning unsourced-quantity «5,000 soldiers»',
      '9:65 warning unknown-citation «troops-crossed»',
      '11:1 error disputed-claim «The senator claimed»',
      '13:3 information ledger-match «14-month conflict»',
    ]);
  });

  it('citations of a bibliography’s works source their claims as claims-file entries do; keys in neither are reported', () => {
    const bib = parseBibliography(readFixture('bibliographies/refs.bib'), 'bibtex').references;
    const { ledger } = withReferences(draftsLedger(), bib);
    const text = joinLines(
      'The 14-month conflict [@ukraine-war-duration] is at a critical juncture, the Institute for the Study of War said [@isw2023; @kofman2023].',
      '',
      'Officials said 3,000 troops crossed [@isw2024].',
    );
    assert.deepEqual(summarize(text, check(text, ledger, createCheckOptions())), [
      '3:1 warning unsourced-attribution «Officials said»',
      '3:16 warning unsourced-quantity «3,000 troops»',
      '3:39 warning unknown-citation «isw2024»',
    ]);
    // Without the bibliography, its keys are unknown and its claims unsourced.
    assert.ok(check(text, draftsLedger(), createCheckOptions()).findings.some((f) => f.code === 'unknown-citation' && text.slice(f.span.start, f.span.end) === 'isw2023'));
  });

  it('a disputed entry names its rating and claim, even when the sentence has a link', () => {
    const text = 'The senator claimed that the election was stolen ([video](https://example.org/v)).';
    const [finding] = check(text, draftsLedger(), createCheckOptions()).findings;
    assert.ok(finding);
    assert.equal(finding.code, 'disputed-claim');
    assert.equal(finding.message, 'This claim matches claims-file entry "stolen-election", rated false: The 2020 US presidential election was stolen.');
    assert.deepEqual(finding.entryIds, ['stolen-election']);
  });

  it('a sentence denying a false entry is what the entry backs; denying a true one disputes it', () => {
    const ledger = createLedger([
      { id: 'chips', claim: 'Covid vaccines contain tracking microchips.', match: ['microchips in vaccines'], rating: 'false', sources: [], span: { start: 0, end: 0 } },
      { id: 'war', claim: 'The war has lasted 14 months.', match: ['14-month conflict'], rating: 'true', sources: [], span: { start: 0, end: 0 } },
    ]);
    const seen = (text: string): string[] => check(text, ledger, createCheckOptions()).findings.map((f) => `${f.severity} ${f.code} ${f.message}`);
    assert.deepEqual(seen('Officials said there are no microchips in vaccines.'), ['information ledger-match Denies what claims-file entry "chips" claims (rated false): cite it as [@chips].']);
    assert.deepEqual(seen('Officials said there are microchips in vaccines.'), ['error disputed-claim This claim matches claims-file entry "chips", rated false: Covid vaccines contain tracking microchips.']);
    assert.ok(seen('The minister said it was not a 14-month conflict.').includes('error disputed-claim This claim denies claims-file entry "war", rated true: The war has lasted 14 months.'));
  });

  it('a claims-file phrase with no figure is a claim where nothing else in its sentence is: a false entry stated flatly is disputed', () => {
    const ledger = createLedger(parseLedger([
      'claims:',
      '  - id: lab-leak',
      '    claim: The coronavirus escaped from a laboratory in Wuhan.',
      '    match: ["escaped from a laboratory"]',
      '    rating: false',
      '  - id: acquittal',
      '    claim: The Special Criminal Court acquitted Gerard Hutch of the murder of David Byrne in April 2023.',
      '    match: ["acquitted of the murder of David Byrne"]',
      '    rating: true',
      '',
    ].join('\n')).entries);
    const seen = (text: string): string[] => check(text, ledger, createCheckOptions()).findings.map((f) => `${f.severity} ${f.code} «${text.slice(f.span.start, f.span.end)}»`);
    assert.deepEqual(seen('The coronavirus escaped from a laboratory in Wuhan.'), ['error disputed-claim «escaped from a laboratory»']);
    assert.deepEqual(seen('Gerard Hutch was acquitted of the murder of David Byrne.'), ['information ledger-match «acquitted of the murder of David Byrne»']);
    // Cited or linked, a true entry's phrase says nothing more; dated to another year than the entry's, it is another event.
    assert.deepEqual(seen('Gerard Hutch was acquitted of the murder of David Byrne [@acquittal].'), []);
    assert.deepEqual(seen('In 2019, a man was acquitted of the murder of David Byrne in a retrial.'), []);
  });

  it('a figure that the claims file gives otherwise is a warning, even cited or linked, naming the entry and both wordings', () => {
    const ledger = ledgerOf('seed/claims.yaml');
    for (const text of ['The 15-month conflict goes on.', 'The fifteen-month conflict goes on [@ukraine-war-duration].', 'The 15-month conflict goes on ([map](https://example.org/m)).']) {
      const [finding] = check(text, ledger, createCheckOptions()).findings;
      assert.deepEqual([finding?.code, finding?.severity, finding?.entryIds], ['figure-mismatch', 'warning', ['ukraine-war-duration']], text);
      assert.match(finding?.message ?? '', /^The claims file's entry "ukraine-war-duration" says "14-month conflict"; this says "(15|fifteen)-month conflict"\.$/);
    }
    // A wording the claims file checked is a figure claim even where the detector counts none (an ordinal).
    const title = createLedger(parseLedger('claims:\n  - id: league-title\n    match: ["19th league title"]\n    rating: true\n').entries);
    const [ordinal] = check('Fans celebrated the eighteenth league title late into the night.', title, createCheckOptions()).findings;
    assert.deepEqual([ordinal?.code, ordinal?.entryIds], ['figure-mismatch', ['league-title']]);
    // And where it writes the wording with its own figure, a match; but a figure it shares with an
    // entry it only rewords is no claim the detector missed ("19th league goal").
    const same = check('Fans celebrated the nineteenth league title late into the night.', title, createCheckOptions()).findings;
    assert.deepEqual(same.map((f) => [f.code, f.entryIds]), [['ledger-match', ['league-title']]]);
    const titled = createLedger(parseLedger('claims:\n  - id: league-title\n    claim: Saturday\'s win secured the club\'s 19th league title.\n    rating: true\n').entries);
    assert.deepEqual(check('The striker scored his 19th league goal of the season in Saturday\'s victory.', titled, createCheckOptions()).findings, []);
    // A sentence that words nearly all of the claim is that claim, though the detector counts no figure in it.
    const reworded = check('Saturday\'s victory sealed a 19th championship for the club, who last finished top of the table five years ago.', titled, createCheckOptions()).findings;
    assert.deepEqual(reworded.map((f) => [f.code, f.similarTo]), [['unsourced-quantity', 'league-title']]);
    // The same figure is a match, as before.
    assert.deepEqual(check('The 14-month conflict goes on.', ledger, createCheckOptions()).findings.map((f) => f.code), ['ledger-match']);
  });

  it('a sentence giving one of an entry’s figures otherwise matches that entry nowhere: the figure-mismatch speaks for its claim', () => {
    const ledger = createLedger(parseLedger('claims:\n  - id: hottest-year\n    claim: 2023 was the hottest year on record globally.\n    match: ["hottest year on record"]\n    rating: true\n').entries);
    const seen = (text: string): string[] => check(text, ledger, createCheckOptions()).findings.map((f) => `${f.code} «${text.slice(f.span.start, f.span.end)}»`);
    // Neither "cite it" for the phrase nor a source asked for it: the year is what is wrong.
    assert.deepEqual(seen('2022 was the hottest year on record globally.'), ['figure-mismatch «2022»']);
    // A statement that reports the changed claim still needs its source.
    assert.deepEqual(seen('Scientists said 2022 was the hottest year on record globally.'), ['unsourced-attribution «Scientists said»', 'figure-mismatch «2022»']);
    assert.deepEqual(seen('2023 was the hottest year on record globally.'), ['ledger-match «hottest year on record»']);
  });

  it('a citation after a closing quote sources its own sentence, not the next one', () => {
    const ledger = createLedger(parseLedger('claims:\n  - id: xi-call\n    rating: true\n').entries);
    const text = 'The envoy said: “It is over.” [@xi-call] Officials said that 40 people died.';
    const findings = check(text, ledger, createCheckOptions()).findings;
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.span.start >= text.indexOf('Officials')), JSON.stringify(findings.map((f) => f.code)));
  });

  it('ignores code blocks, inline code, comments, scripts and front matter, and reads the text of HTML', () => {
    assert.deepEqual(run('drafts/code.md'), ['12:1 warning unsourced-attribution «The ambassador stated»', '12:28 warning unsourced-quantity «50 percent»']);
    assert.deepEqual(run('drafts/front-matter.md'), [
      '6:1 warning unsourced-attribution «The governor said»',
      '6:24 warning unsourced-quantity «12 bridges»',
    ]);
  });

  it('warns in a blog post only of what others said and of figures: not the writer’s voice, labels, templates or guesses', () => {
    assert.deepEqual(run('drafts/blog-post.md'), [
      '15:31 information unsourced-attribution «Many people think»',
      '17:1 information unsourced-attribution «“The customer is always right.”»',
      '22:3 warning unsourced-attribution «A survey by Harris Interactive found»',
      '26:1 warning unsourced-quantity «More than 1,800 agencies»',
      '28:7 information unsourced-quantity «16-character password»',
      '30:57 information unsourced-quantity «24 business hours»',
    ]);
  });

  it('reads an interview’s turns as the interviewee’s own words, and quoted questions and titles as no one’s', () => {
    // The title's "Five questions" counts the post's own list.
    assert.deepEqual(run('drafts/interview.md'), [
      '13:1 warning unsourced-attribution «The program director said»',
      '15:1 warning unsourced-attribution «“We will not leave anyone behind while we move,” she added»',
      '17:31 information unsourced-attribution «“what is a charge card program?”»',
    ]);
  });

  it('flags every sentence of a quotation whose speaker is named, before it, in it or introducing it with a colon', () => {
    assert.deepEqual(run('drafts/quotations.md'), [
      '7:1 warning unsourced-attribution «“Any small thing that we can do to help people have a better life, we thought it was important enough to do,” Ledbetter said»',
      // A quotation that is its whole sentence is said, however short.
      '7:127 warning unsourced-attribution «“So, we did.”»',
      // A clause before a colon, whatever its verb, introduces its subject's words.
      '9:33 warning unsourced-attribution «he decided: “anytime we put a video up, we are going to be using Facebook’s video player.»',
      '9:123 warning unsourced-attribution «Which, at the end of the day, is the goal of our program.”»',
      // A closing mark typed where an opening one belongs opens the quotation.
      '11:1 warning unsourced-attribution «Lisa says ”There is no greater need now than a more holistic approach.»',
      '11:72 warning unsourced-attribution «We’ve set a good foundation and have a great plan moving forward.”»',
      // A paragraph that ends by introducing someone gives them the quotation under it; the sentence model's guess is no more than information.
      '13:48 information unsourced-attribution «talked»',
      '15:3 warning unsourced-attribution «“The incentives of the social Web make it a threat to the conversational Web.»',
      '15:81 warning unsourced-attribution «The need to create content that travels is at war with the fact that great work is rooted in a place.”»',
      '17:4 warning unsourced-attribution «one Apprentice put it, "I understand how everything works together — I have an overview of everything."»',
      // The writer's own policy, and a list that a clause with no one speaking introduces, are no one's statement.
      '21:2 information unsourced-attribution «“In order to foster an engaging digital environment, we reserve the right to restrict comments.”»',
      '23:1 information unsourced-attribution «Two important things to understand about downloads:»',
      '25:33 information unsourced-attribution «“things other than web pages”»',
      // Words from someone named, introduced with a colon: the quotation under them is theirs, every sentence of it.
      '27:42 warning unsourced-attribution «words from Gary Vaynerchuk»',
      '29:3 warning unsourced-attribution «“Every post you make becomes part of your brand.»',
      '29:52 warning unsourced-attribution «Period.”»',
      // A quotation is backed, every sentence of it, by a link in its tag or its credit, after its
      // close (lines 31, 35) or before it opens (line 37); with no link, it is not (line 33); a link
      // inside the quoted words is the speaker's, and backs only its own sentence (line 39).
      '33:2 warning unsourced-attribution «“Driving change in a large organization has always been one of the hardest tasks in business.»',
      '33:96 warning unsourced-attribution «Digital change is especially hard because digital itself is so intangible.” — Dion Hinchcliffe, On Digital Strategy»',
      '39:1 warning unsourced-attribution «Rivera told us: “Videos make content more accessible.»',
      '39:130 warning unsourced-attribution «They start conversations.”»',
      // Common wisdom quoted is no one's to source, though a quotation ends the paragraph before.
      '41:58 warning unsourced-attribution «“people with disabilities can perceive, understand, navigate, and interact with the Web.”»',
      '43:8 information unsourced-attribution «the saying goes, “usability depends on accessibility.”»',
    ]);
  });

  it('underlines a named speaker with the words they found or said, as a warning', () => {
    const text = 'Participant Bridget Roddy found that “by lending a hand to others you get a sense of purpose.”\n\n“Lending a hand gives purpose,” Roddy found.';
    const analysis = check(text, EMPTY_LEDGER, createCheckOptions());
    assert.deepEqual(summarize(text, analysis), [
      '1:1 warning unsourced-attribution «Participant Bridget Roddy found that “by lending a hand to others you get a sense of purpose.”»',
      '3:1 warning unsourced-attribution «“Lending a hand gives purpose,” Roddy found»',
    ]);
    assert.deepEqual(analysis.findings.map((f) => f.claim?.speaker), ['Participant Bridget Roddy', 'Roddy']);
  });

  it('does not count the items of a list a sentence introduces to the reader', () => {
    const text = '**7 concrete actions you can take:**\n\n- Write plainly.\n\nThe audit found 12 violations:\n\n- Late filings.';
    // The rules' reading, before the judge weighs it.
    assert.deepEqual(summarize(text, check(text, EMPTY_LEDGER, { ...createCheckOptions(), judge: false })), [
      '5:1 warning unsourced-attribution «The audit found»',
      '5:17 warning unsourced-quantity «12 violations»',
    ]);
  });

  it('gives one finding for a figure that is the speaker, over both', () => {
    const text = 'More than 1,800 women pledged to run for office.';
    assert.deepEqual(summarize(text, check(text, EMPTY_LEDGER, createCheckOptions())), ['1:11 warning unsourced-attribution «1,800 women pledged»']);
  });

  it('writes every message on one line, whatever the line breaks in the claim', () => {
    const text = 'The foreign\nminister said\nthat 3,000\ntroops crossed.';
    const messages = check(text, EMPTY_LEDGER, createCheckOptions()).findings.map((f) => f.message);
    assert.equal(messages.length, 2);
    for (const message of messages) assert.doesNotMatch(message, /[\r\n]/);
  });

  it('counts a sentence that only gives a source as the source of the one before', () => {
    const text = 'We have created 203 public repositories on GitHub. (Source: [Govcode](https://govcode.org))';
    assert.deepEqual(check(text, EMPTY_LEDGER, createCheckOptions()).findings, []);
    // A short credit all in parentheses, a Markdown or an HTML link.
    for (const credit of ['([KPCB/Meeker, 2017](https://kpcb.com/trends))', '(<a class="external-link" href="https://kpcb.com/trends">KPCB/Meeker, 2017</a> )']) {
      assert.deepEqual(check(`By 2017, video will be 74% of all internet traffic. ${credit}`, EMPTY_LEDGER, createCheckOptions()).findings, [], credit);
    }
    // A parenthesis that says more than a credit does not source the sentence before it.
    const aside = 'Video will be 74% of all internet traffic. (We will come back to what this means for agencies and their budgets in a [later post](https://example.org/later).)';
    assert.deepEqual(check(aside, EMPTY_LEDGER, createCheckOptions()).findings.map((f) => f.code), ['unsourced-quantity']);
    // Nor does one never closed, however long its first word (its check once took minutes).
    const unclosed = `Video will be 74% of all internet traffic. (${'a'.repeat(200)} b`;
    assert.deepEqual(check(unclosed, EMPTY_LEDGER, createCheckOptions()).findings.map((f) => f.code), ['unsourced-quantity']);
  });

  it('checks headings, lists, blockquotes and table cells', () => {
    assert.deepEqual(run('drafts/structure.md'), [
      '1:3 warning unsourced-attribution «The minister said»',
      '3:3 warning unsourced-attribution «The army said»',
      '3:22 warning unsourced-quantity «3,000 troops»',
      '4:15 warning unsourced-quantity «7 percent»',
      '6:3 warning unsourced-attribution «"We will not give up," the president said»',
      '10:11 warning unsourced-attribution «Officials reported»',
      '10:30 warning unsourced-quantity «40 casualties»',
      '13:11 warning unsourced-attribution «the mayor warned»',
    ]);
  });

  it('keeps exact positions in text with accents, CJK and emoji', () => {
    assert.deepEqual(run('drafts/unicode.md'), [
      '3:1 warning unsourced-attribution «Le ministre Jean-Évariste Dupré said»',
      '3:43 warning unsourced-quantity «1,200 migrants»',
      '3:104 warning unsourced-attribution «The envoy noted»',
      '3:125 warning unsourced-quantity «45 percent»',
    ]);
  });

  it('keeps exact positions with CRLF line endings', () => {
    assert.deepEqual(run('drafts/crlf.md'), [
      '3:1 warning unsourced-attribution «The minister said»',
      '4:10 warning unsourced-quantity «14-month conflict»',
      '6:16 warning unsourced-quantity «7 percent»',
    ]);
  });

  it('honours ignore-next (of a paragraph, of a whole list), disable/enable and code-specific directives', () => {
    assert.deepEqual(run('drafts/ignore.md'), [
      '6:1 warning unsourced-attribution «The spokesman said»',
      '17:1 warning unsourced-attribution «The army said»',
      '24:1 warning unsourced-attribution «The embassy said»',
    ]);
  });

  it('keeps the valid entries of a broken claims file in use', () => {
    const { entries, problems } = parseLedger(readFixture('ledger/broken.yaml'));
    assert.ok(problems.length > 0);
    const ledger = createLedger(entries);
    const [id] = [...ledger.ids()];
    assert.ok(id);
    const text = `The minister said that talks would resume [@${id}].`;
    assert.deepEqual(check(text, ledger, createCheckOptions()).findings.filter((f) => f.severity !== 'information'), []);
  });

  describe('settings', () => {
    const text = joinLines('The minister said that 40 people died. See [the report](https://example.org).');

    it('paragraph scope lets a source anywhere in the paragraph count', () => {
      assert.equal(check(text, EMPTY_LEDGER, createCheckOptions()).findings.length, 2);
      assert.deepEqual(check(text, EMPTY_LEDGER, createCheckOptions({ sourceScope: 'paragraph' })).findings, []);
    });

    it('kinds can be turned off, and levels changed or turned off per code', () => {
      const options = createCheckOptions({ kinds: { attribution: false, quantity: true }, levels: { 'unsourced-quantity': 'error' } });
      assert.deepEqual(
        check(text, EMPTY_LEDGER, options).findings.map((f) => [f.code, f.severity]),
        [['unsourced-quantity', 'error']],
      );
      const off = createCheckOptions({ levels: { 'unsourced-quantity': 'off', 'unsourced-attribution': 'off' } });
      assert.deepEqual(check(text, EMPTY_LEDGER, off).findings, []);
    });

    it('extra reporting phrases are recognised as cues', () => {
      const draft = 'The council went on record that the bridge was unsafe.';
      assert.deepEqual(check(draft, EMPTY_LEDGER, createCheckOptions()).findings, []);
      const options = createCheckOptions({ extraPhrases: ['went on record'] });
      assert.deepEqual(check(draft, EMPTY_LEDGER, options).findings.map((f) => f.code), ['unsourced-attribution']);
    });

    it('user phrases and match phrases are literal words, never patterns', () => {
      // Regular-expression syntax in a setting or a claims file is punctuation, which matching ignores.
      const options = createCheckOptions({ extraPhrases: ['vouched+'] });
      assert.deepEqual(check('The clerk vouchedddd that the vote was fair.', EMPTY_LEDGER, options).findings, []);
      assert.deepEqual(check('The clerk vouched that the vote was fair.', EMPTY_LEDGER, options).findings.map((f) => f.code), ['unsourced-attribution']);
      const ledger = createLedger(parseLedger('claims:\n  - id: x\n    match: "4.* percent"\n    rating: true\n').entries);
      assert.deepEqual(check('Prices rose 45 percent.', ledger, createCheckOptions()).findings.map((f) => f.code), ['unsourced-quantity']);
      assert.deepEqual(check('Prices rose 4 percent.', ledger, createCheckOptions()).findings.map((f) => f.code), ['ledger-match']);
    });
  });

  describe('a run-on block of thousands of sentences, figures and sources', () => {
    it('gives each sentence its own source and each figure its own entry', function () {
      this.timeout(20_000);
      // Sources are placed sentence by sentence, and matches figure by figure, by position: each
      // sentence tested against every source of its block took minutes on such a block.
      const ledger = createLedger([{ id: 'forty', match: ['40 people'], rating: 'false', sources: [], span: { start: 0, end: 0 } }]);
      const sentence = (i: number): string => (i % 2 === 0 ? `The minister said, citing [a report](https://example.com/${i}), that the talks failed.` : `Officials said 40 people died in district ${i}.`);
      const text = Array.from({ length: 4_000 }, (_, i) => sentence(i)).join(' ') + '\n';
      const findings = check(text, ledger, createCheckOptions()).findings;
      // Odd sentences: their attribution unsourced, their figure disputed; even ones are sourced.
      assert.equal(findings.filter((f) => f.code === 'unsourced-attribution').length, 2_000);
      assert.equal(findings.filter((f) => f.code === 'disputed-claim').length, 2_000);
      assert.equal(findings.length, 4_000);
    });

    it('matches every figure of one sentence thousands of figures long', function () {
      this.timeout(20_000);
      const ledger = createLedger([{ id: 'forty', match: ['40 people'], rating: 'false', sources: [], span: { start: 0, end: 0 } }]);
      const text = 'The minister said 40 people died, '.repeat(500) + 'officials said.\n';
      const findings = check(text, ledger, createCheckOptions()).findings;
      assert.equal(findings.filter((f) => f.code === 'disputed-claim').length, 500);
    });
  });
});
