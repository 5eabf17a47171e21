import assert from 'node:assert/strict';
import { check, Checker, createCheckOptions, EMPTY_LEDGER, type Analysis, type StepRunner, type TextChange } from '../../server/src/core';
import { inProcessRunner } from '../helpers/inProcess';

// The engine's state of open documents, in process: what a host records and asks for, and what it
// gets back, against a fresh check of the same text.

function seen(analysis: Analysis): unknown[] {
  return analysis.findings.map((f) => [f.code, f.span.start, f.span.end, f.message]);
}

/** Runs every step here, counting the characters the parser reads. */
function counting(): { runner: StepRunner; parsed: () => number } {
  let parsed = 0;
  const runner = inProcessRunner((job) => (parsed += job.source.length));
  return { runner, parsed: () => parsed };
}

/** `text` after `change`. */
function apply(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

const options = createCheckOptions();
const paragraphs = Array.from({ length: 50 }, (_, i) => `The minister said on day ${i} that talks would resume.`).join('\n\n') + '\n';

describe('core/checker', () => {
  it('checks a document after the changes it was told of as a fresh check would, re-parsing only what they touch', async () => {
    const { runner, parsed } = counting();
    const checker = new Checker(runner);
    await checker.check('a.md', paragraphs, 1, options, EMPTY_LEDGER);
    const opened = parsed();
    const change = { start: paragraphs.indexOf('day 7'), end: paragraphs.indexOf('day 7') + 5, text: 'Tuesday, when 40 people died,' };
    const edited = apply(paragraphs, change);
    checker.changed('a.md', change, 2);
    const { analysis } = await checker.check('a.md', edited, 2, options, EMPTY_LEDGER);
    assert.deepEqual(seen(analysis), seen(check(edited, EMPTY_LEDGER, options)));
    assert.ok(parsed() - opened < 200, `${parsed() - opened} characters parsed again for a one-paragraph edit`);
  });

  it('follows an edit to who speaks into the quotation that goes on in the next paragraph, wherever the blocks are cut', async () => {
    const severities = (analysis: Analysis): string[] => analysis.findings.map((f) => `${f.severity} ${f.code} ${f.span.start}`);
    const speaker = 'The minister said on Friday that talks would resume.';
    const quote = '“We will not leave the table until there is a deal for everyone.”';
    let text = Array.from({ length: 40 }, (_, i) => `${i % 3 === 0 ? speaker : `Prices rose on day ${i}.`}\n\n${quote}`).join('\n\n') + '\n';
    const checker = new Checker(counting().runner);
    const first = (await checker.check('a.md', text, 1, options, EMPTY_LEDGER)).analysis;
    // A quotation after a speaker's paragraph is a warning; after any other, information.
    assert.deepEqual(first.findings.filter((f) => text.startsWith('“', f.span.start)).map((f) => f.severity).slice(0, 3), ['warning', 'information', 'information']);
    // Silence each speaker in turn, then make each narrator speak: each check as a fresh one.
    let version = 1;
    for (const [from, to] of [[speaker, 'The weather was fine on Friday.'], ['Prices rose on day', 'The minister said on day']]) {
      for (let at = text.indexOf(from as string); at >= 0; at = text.indexOf(from as string, at + 1)) {
        const change = { start: at, end: at + (from as string).length, text: to as string };
        text = apply(text, change);
        checker.changed('a.md', change, ++version);
        const { analysis } = await checker.check('a.md', text, version, options, EMPTY_LEDGER);
        assert.deepEqual(severities(analysis), severities(check(text, EMPTY_LEDGER, options)), `after changing the paragraph at ${at}`);
      }
    }
  });

  it('leaves changes made after the version checked for the next check', async () => {
    const checker = new Checker(counting().runner);
    await checker.check('a.md', paragraphs, 1, options, EMPTY_LEDGER);
    const change = { start: 0, end: 0, text: 'Prices rose 12 percent.\n\n' };
    checker.changed('a.md', change, 2);
    assert.deepEqual(seen((await checker.check('a.md', paragraphs, 1, options, EMPTY_LEDGER)).analysis), seen(check(paragraphs, EMPTY_LEDGER, options)));
    const edited = apply(paragraphs, change);
    assert.deepEqual(seen((await checker.check('a.md', edited, 2, options, EMPTY_LEDGER)).analysis), seen(check(edited, EMPTY_LEDGER, options)));
  });

  it('opens a document afresh when the text is not what the changes it was told of make', async () => {
    const checker = new Checker(counting().runner);
    await checker.check('a.md', paragraphs, 1, options, EMPTY_LEDGER);
    checker.changed('a.md', { start: 0, end: 3, text: 'A' }, 2);
    const actual = paragraphs.replace('day 3', 'day 3, when 40 people died,');
    assert.deepEqual(seen((await checker.check('a.md', actual, 2, options, EMPTY_LEDGER)).analysis), seen(check(actual, EMPTY_LEDGER, options)));
  });

  it('checks a long document up to the length allowed, with a note, and changes past it change nothing', async () => {
    const short = createCheckOptions({ maxDraftLength: 300 });
    const checker = new Checker(counting().runner);
    const first = (await checker.check('a.md', paragraphs, 1, short, EMPTY_LEDGER)).analysis;
    assert.deepEqual(seen(first), seen(check(paragraphs, EMPTY_LEDGER, short)));
    assert.equal(first.findings.filter((f) => f.code === 'draft-truncated').length, 1);
    const change = { start: 1000, end: 1000, text: 'Officials said 40 people died. ' };
    checker.changed('a.md', change, 2);
    assert.deepEqual(seen((await checker.check('a.md', apply(paragraphs, change), 2, short, EMPTY_LEDGER)).analysis), seen(first));
  });

  it('forgets a closed document, and checks a whole text as a fresh check does', async () => {
    const checker = new Checker(counting().runner);
    await checker.check('a.md', paragraphs, 1, options, EMPTY_LEDGER);
    assert.equal(checker.isOpen('a.md'), true);
    checker.close('a.md');
    assert.equal(checker.isOpen('a.md'), false);
    assert.deepEqual(seen(await checker.checkText(paragraphs, EMPTY_LEDGER, options)), seen(check(paragraphs, EMPTY_LEDGER, options)));
  });
});
