import assert from 'node:assert/strict';
import { check, createCheckOptions, EMPTY_LEDGER, type Analysis } from '../../../../server/src/core';
import model from '../../../../server/src/core/claims/judge/judge-model.json';
import { judgeFeatures } from '../../../../server/src/core/claims/judge/features';
import { judgeIn } from '../../../../server/src/core/claims/judge/judge';
import { addVoices, blockVoice, voiceFeatures } from '../../../../server/src/core/claims/judge/voice';
import { readFixture } from '../../../helpers/fixtures';
import { openDraft } from '../../../helpers/inProcess';

// The judge of warnings: a warning the rules raise that an editor would not send back, in the
// draft's own voice, is shown as information; nothing is lost, and news keeps its warnings.

const options = createCheckOptions();
const rulesAlone = { ...options, judge: false };
// A real interview post (DigitalGov, public domain) and a wire story written for these tests.
const POST = readFixture('judge/interview-post.md');
const WIRE = readFixture('judge/wire-story.md');
const FIGURE = "People in the private sector work 60-80 hours a week and don't get paid overtime.\n";

/** The severity of the figure of FIGURE, the last sentence of `markdown`. */
function figureSeverity(markdown: string): string | undefined {
  const at = markdown.lastIndexOf('60-80 hours');
  return check(markdown, EMPTY_LEDGER, options).findings.find((f) => f.span.start === at)?.severity;
}

/** Each claim finding as the writer sees it: its code, severity and underlined words. */
function seenIn(markdown: string, opts = options): string[] {
  return check(markdown, EMPTY_LEDGER, opts).findings.map((f) => `${f.code} ${f.severity} ${markdown.slice(f.span.start, f.span.end).replace(/\s+/g, ' ')}`);
}

describe('core/claims/judge', () => {
  it("shows a first-person interview's weak warning as information, and keeps it as a finding", () => {
    const post = `${POST}\n${FIGURE}`;
    assert.ok(seenIn(post, rulesAlone).includes('unsourced-quantity warning 60-80 hours'));
    assert.ok(seenIn(post).includes('unsourced-quantity information 60-80 hours'));
    // Marked as the judge's, so that the writer can be told why.
    const figure = check(post, EMPTY_LEDGER, options).findings.find((f) => f.span.start === post.lastIndexOf('60-80 hours'));
    assert.equal(figure?.judged, true);
    // Only severities change: the same findings, in the same places.
    assert.equal(seenIn(post).length, seenIn(post, rulesAlone).length);
  });

  it("keeps a wire story's attributions and figures as the rules raise them", () => {
    const story = seenIn(WIRE);
    assert.deepEqual(story, seenIn(WIRE, rulesAlone));
    for (const expected of ['unsourced-attribution warning Senator Maria Lopez, who chairs the panel, said', 'unsourced-attribution warning The White House said', 'unsourced-quantity warning 40 percent']) {
      assert.ok(story.includes(expected), expected);
    }
  });

  it("weighs the same sentence by the draft's voice: a warning in news, information in a first-person post", () => {
    assert.equal(figureSeverity(`${WIRE}\n${FIGURE}`), 'warning');
    assert.equal(figureSeverity(`${POST}\n${FIGURE}`), 'information');
  });

  it("re-weighs every warning of an edited draft when an edit far from it changes the draft's voice", async () => {
    const seen = (analysis: Analysis): unknown[] => analysis.findings.map((f) => [f.code, f.severity, f.span.start, f.span.end]);
    const draft = await openDraft(`${WIRE}\n${FIGURE}`, options, seen);
    assert.equal(figureSeverity(draft.text()), 'warning');
    // The story becomes a first-person post: its paragraphs put at the top one at a time, then
    // the story's taken out one at a time; the figure's sentence itself is never touched.
    for (const paragraph of POST.trimEnd().split('\n\n').reverse()) await draft.edit({ start: 0, end: 0, text: `${paragraph}\n\n` });
    for (const paragraph of WIRE.trimEnd().split('\n\n')) {
      const at = draft.text().indexOf(paragraph);
      await draft.edit({ start: at, end: at + paragraph.length + 2, text: '' });
    }
    assert.equal(figureSeverity(draft.text()), 'information');
  });

  it("counts a draft's voice outside quotation marks: a quoted speaker's \"we\" is not the writer's", () => {
    const text = 'We tested it. "We are not going to rush," she said. You can try it too. The bill passed.';
    const sentences = [{ start: 0, end: 13 }, { start: 14, end: 51 }, { start: 52, end: 71 }, { start: 72, end: 88 }].map((span) => ({ span }));
    const voice = blockVoice('paragraph', [{ prose: { text }, sentences }]);
    assert.deepEqual([voice.sentences, voice.firstPerson, voice.secondPerson, voice.quoting, voice.outline], [4, 1, 1, 1, 0]);
    assert.equal(blockVoice('heading', [{ prose: { text: 'Our plan' }, sentences: [{ span: { start: 0, end: 8 } }] }]).outline, 1);
    assert.deepEqual(voiceFeatures(addVoices([voice, voice])), ['first-3', 'second-3', 'quoting-3', 'outline-0', 'length-0']);
  });

  it('scores a warning as the model file weighs its features, crossed ones included', () => {
    const weights = model.weights as Record<string, number>;
    const crossed = Object.keys(weights).find((name) => name.startsWith('speaker:') && name.includes('|'));
    assert.ok(crossed);
    const [reading = '', voice = ''] = crossed.split('|');
    for (const readings of [[reading, 'kind:attribution', 'cue:say'], ['kind:quantity', 'figure:count', 'sentence:first-person']]) {
      const voices = [voice, 'second-0', 'quoting-1', 'outline-0', 'length-2'];
      const z = judgeFeatures(readings, voices).reduce((sum, name) => sum + (weights[name] ?? 0), model.bias);
      const likelihood = judgeIn(voices);
      // Twice: the second time from what the judge kept of the first.
      for (let i = 0; i < 2; i++) assert.ok(Math.abs(likelihood(readings) - 1 / (1 + Math.exp(-z))) < 1e-12, readings.join(' '));
    }
  });

  it('ships a model of the shape the engine reads: a bias, a threshold between 0 and 1, finite weights by feature', () => {
    assert.equal(typeof model.bias, 'number');
    assert.ok(model.threshold > 0 && model.threshold < 1);
    const weights = Object.entries(model.weights as Record<string, number>);
    assert.ok(weights.length > 100);
    for (const [name, weight] of weights) {
      assert.ok(Number.isFinite(weight) && weight !== 0, name);
      // A reading, a voice, or one crossed with the other: never a word or a name of the draft's.
      assert.match(name, /^(?:(?:kind|confidence|cue|speaker|after|figure|sentence|voice):[^|]+)(?:\|[a-z]+-\d)?$/, name);
    }
  });
});
