import assert from 'node:assert/strict';
import { detectBlockClaims, detectClaims } from '../../../server/src/core/claims/detect';
import { createCheckOptions } from '../../../server/src/core/options';

const OPTIONS = createCheckOptions();

/** The underlined text and cue of each attribution claim of `sentence`, a sentence on its own. */
function attributions(sentence: string): { text: string; cue: string | undefined }[] {
  return detectClaims(sentence, { start: 0, end: sentence.length }, OPTIONS)
    .filter((c) => c.kind === 'attribution')
    .map((c) => ({ text: sentence.slice(c.span.start, c.span.end), cue: c.cue }));
}

describe('detectClaims', () => {
  it('underlines the quoted words with the speaker and cue that attribute them', () => {
    // The quotation is the surer reading; the underline still reaches the one who asked.
    assert.deepEqual(attributions('“Is this really the best the party can offer?” she asked.'), [{ text: '“Is this really the best the party can offer?” she asked', cue: 'quotation' }]);
    // The rules are the surer reading; the underline still covers what was said.
    assert.deepEqual(attributions('“We will not back down from this fight,” the governor said on Tuesday.'), [
      { text: '“We will not back down from this fight,” the governor said', cue: 'said' },
    ]);
    assert.deepEqual(attributions('The mayor said the plan was “a reckless waste of public money” and left.'), [
      { text: 'The mayor said the plan was “a reckless waste of public money”', cue: 'said' },
    ]);
  });

  it('holds words that common wisdom speaks tentative: "as the saying goes, “…”"', () => {
    const tentative = (sentence: string): boolean[] => detectClaims(sentence, { start: 0, end: sentence.length }, OPTIONS).map((c) => c.tentative === true);
    assert.deepEqual(tentative('So, as the saying goes, “usability depends on accessibility.”'), [true]);
    assert.deepEqual(tentative('It all goes back to my favorite saying: Access for all, or as many as possible.'), []);
    assert.deepEqual(tentative('As the spokesman said, “usability depends on accessibility.”'), [false]);
    assert.deepEqual(tentative('At the time, she released a statement saying, “G-III has distinguished itself.”'), [false]);
  });

  it('takes a short quotation its speaker and cue tag for what they said', () => {
    assert.deepEqual(attributions('“Seriously?” the senator asked her aide.'), [{ text: '“Seriously?” the senator asked', cue: 'asked' }]);
    assert.deepEqual(attributions('The crowd roared and she shouted, “Not again!” before leaving.'), [{ text: 'she shouted, “Not again!”', cue: 'shouted' }]);
    // Untagged, a short quotation is a scare quote and stays out of the underline.
    assert.deepEqual(attributions('The mayor called the plan “sad” on Monday.'), [{ text: 'The mayor called', cue: 'called' }]);
  });

  it('gives the quoted words to the speaker whose verb introduces them after a phrase of where', () => {
    const sentence = 'Jerry Dischler from Google wrote in the announcement, “consumers now have higher expectations than ever before.”';
    const [claim] = detectClaims(sentence, { start: 0, end: sentence.length }, OPTIONS);
    assert.deepEqual([claim?.speaker, sentence.slice(claim?.span.start, claim?.span.end)], ['Jerry Dischler from Google', sentence]);
  });

  it('gives a quoted phrase to the one who coined it', () => {
    const sentence = 'Photographer Chase Jarvis coined the phrase, “The best camera is the one that’s with you.”';
    const [claim] = detectClaims(sentence, { start: 0, end: sentence.length }, OPTIONS);
    assert.equal(claim?.speaker, 'Photographer Chase Jarvis');
  });

  it('names who says something inside quoted words no one in the sentence speaks', () => {
    const text = '“Teens share a lot. When it comes to privacy, the survey showed that teens are far less guarded than millennials.”';
    const sentence = { start: text.indexOf('When'), end: text.length };
    const [claim] = detectClaims(text, sentence, OPTIONS);
    assert.deepEqual([claim?.speaker, claim?.tentative === true], ['the survey', false]);
  });

  it('holds an instruction’s reading that names no one tentative: it is the writer’s advice', () => {
    const tentative = (sentence: string): (boolean | undefined)[] =>
      detectClaims(sentence, { start: 0, end: sentence.length }, OPTIONS).filter((c) => c.kind === 'attribution').map((c) => c.tentative === true);
    assert.deepEqual(tentative('Include guidance on forms, communicating application status, explaining processes and other ways to open the “black box” of government.'), [true]);
    assert.deepEqual(tentative('Pull down your API key holders and send them all emails asking what they are building.'), [true]);
    // A named speaker's advice is still theirs to source.
    assert.deepEqual(tentative('Do not underestimate the importance of hard and soft incentives, Frangione advised.'), [false]);
    assert.deepEqual(tentative('Read the report, in which the EPA found that emissions fell.'), [false]);
    assert.deepEqual(tentative('“For blog posts, keep headlines short and relevant,” she says.'), [false]);
  });

  it('underlines only the speaker and cue when nothing is quoted', () => {
    assert.deepEqual(attributions('The mayor said the plan would cost too much.'), [{ text: 'The mayor said', cue: 'said' }]);
  });

  it('holds every claim of an interview’s labelled question or answer tentative: the interview sources it', () => {
    const answer = 'A: Officials said that 40 percent of the videos were fake.';
    const [found] = detectBlockClaims(answer, [{ start: 0, end: answer.length }], OPTIONS);
    assert.deepEqual(found?.map((c) => [c.kind, c.tentative === true]), [['attribution', true], ['quantity', true]]);
    const plain = answer.slice(3);
    const [said] = detectBlockClaims(plain, [{ start: 0, end: plain.length }], OPTIONS);
    assert.deepEqual(said?.map((c) => c.tentative === true), [false, false]);
  });

  it('takes a pull quote’s byline for its speaker, so that it is no tentative quotation', () => {
    const [pulled] = detectBlockClaims('"Get work done quicker and learn from each other." — USDA Apprentice', [{ start: 0, end: 68 }], OPTIONS);
    assert.deepEqual(pulled?.map((c) => [c.speaker, c.tentative === true, c.span.end]), [['USDA Apprentice', false, 68]]);
    // A dash that goes on with more of the sentence is no byline.
    const [aside] = detectBlockClaims('He wrote "this is a long quoted sentence of his" — and then he left.', [{ start: 0, end: 68 }], OPTIONS);
    assert.ok(aside?.every((c) => c.speaker !== 'and then he left'));
  });

  it('gives quoted words to the law or study their sentence names, but not a title', () => {
    /** The speaker and tentativeness of each attribution of a block of one sentence. */
    const spoken = (sentence: string) =>
      detectBlockClaims(sentence, [{ start: 0, end: sentence.length }], OPTIONS)[0]?.filter((c) => c.kind === 'attribution').map((c) => [c.speaker, c.tentative === true]);
    assert.deepEqual(spoken('In a nutshell, the Act is intended “to improve executive agency digital services.”'), [['the Act', false]]);
    assert.deepEqual(spoken('The study will review the “current classification and qualification standards for public affairs work” and allow OPM to make revisions.'), [['The study', false]]);
    assert.deepEqual(spoken('To use an old phrase, “at the end of the day,” this is our mission.'), [[undefined, true]]);
    assert.deepEqual(spoken('As a result of their research, the team published the case study “Lessons Learned: Implementation of a Federal Prize Competition.”'), [[undefined, true]]);
  });
});
