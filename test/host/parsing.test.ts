import assert from 'node:assert/strict';
import { join } from 'node:path';
import { check, Checker, createCheckOptions, type Analysis, type Finding } from '../../server/src/core';
import { createLedger } from '../../server/src/core/ledger';
import { openingDraft } from '../../server/src/core/incremental/draft';
import { DEFAULT_LIMITS, Parsing, type ParsingLimits } from '../../server/src/host/parsing';
import { ParseWorker } from '../../server/src/host/parseWorker';
import { fixturePath, joinLines, repoRoot } from '../helpers/fixtures';

// The server's bundle runs parse jobs when it is started as a worker thread.
const WORKER = join(repoRoot, 'dist', 'server.js');
const options = createCheckOptions();
const ledger = createLedger([{ id: 'forty', match: ['40 people'], rating: 'false', sources: [], span: { start: 0, end: 0 } }]);

function seen(analysis: Analysis): unknown[] {
  return analysis.findings.map((f) => [f.code, f.span.start, f.span.end, f.message]);
}

function notes(analysis: Analysis): Finding[] {
  return analysis.findings.filter((f) => f.code === 'not-checked');
}

/** A table of `rows` rows: one block whose punctuation makes it a job for the worker. */
function table(rows: number): string {
  return joinLines('| who | said |', '|---|---|', ...Array.from({ length: rows }, (_, i) => `| Official ${i} | said ${i} people died |`));
}

describe('host/parsing', function () {
  this.timeout(60_000);
  const running: Parsing[] = [];
  const parsing = (script: string | undefined = WORKER, limits: ParsingLimits = DEFAULT_LIMITS): Parsing => {
    const p = new Parsing(script === undefined ? undefined : () => new ParseWorker(script), limits);
    running.push(p);
    return p;
  };
  afterEach(() => {
    for (const p of running.splice(0)) p.dispose();
  });

  it('gives a draft of up to a megabyte 8 s in all, and the characters past it 12.5 s a million', () => {
    const MB = 1024 * 1024;
    assert.equal(DEFAULT_LIMITS.budgetMs(1_000), 8_000);
    assert.equal(DEFAULT_LIMITS.budgetMs(MB), 8_000);
    assert.equal(DEFAULT_LIMITS.budgetMs(3 * MB), 8_000 + (2 * MB) / 80);
  });

  it('checks a draft whose jobs run here and on the worker as if every job ran here', async () => {
    // Long prose (chunks of it go to the worker), a table (costly), and short paragraphs around.
    const text = joinLines('The minister said 40 people died.', '', table(1_000), '', 'Officials said so.[^1]', '', '[^1]: Interview.', '', 'Dr. Chen said 3,200 troops left. '.repeat(2_000), '');
    let slow = false;
    await parsing().run(openingDraft(text, options), options, text.length, () => (slow = true));
    assert.ok(slow, 'some jobs went to the worker');
    assert.deepEqual(seen(await new Checker(parsing()).checkText(text, ledger, options)), seen(check(text, ledger, options)));
  });

  it('leaves a stretch the worker takes too long on unchecked, says so once, and checks what follows on a new worker', async () => {
    // 24 KB of setext headings: the parser's time grows with the square of their number (a minute
    // for this many); each fine chunk of them takes a fraction of a second.
    const p = parsing(WORKER, { ...DEFAULT_LIMITS, jobMs: () => 1_500 });
    const slow = joinLines('The minister said 40 people died.', '', 'a\n=\n'.repeat(6_000));
    const analysis = await new Checker(p).checkText(slow, ledger, options);
    assert.equal(notes(analysis).length, 1);
    assert.match(notes(analysis)[0]?.message ?? '', /characters from here are not checked: the Markdown parser could not read it in time/);
    assert.deepEqual(analysis.findings.map((f) => f.code).filter((c) => c !== 'not-checked'), ['unsourced-attribution', 'disputed-claim']);
    // The worker that was stopped is replaced: the next draft's costly job is read in full.
    const fine = joinLines('Intro.', '', table(1_000), '');
    assert.deepEqual(seen(await new Checker(p).checkText(fine, ledger, options)), seen(check(fine, ledger, options)));
  });

  it('leaves every job after the time a draft may take unchecked, as one note at its start', async () => {
    const p = parsing(WORKER, { ...DEFAULT_LIMITS, budgetMs: () => 0 });
    const text = 'The minister said 40 people died.\n\n'.repeat(5_000);
    const analysis = await new Checker(p).checkText(text, ledger, options);
    assert.deepEqual(analysis.findings.map((f) => [f.code, f.span.start]), [['not-checked', 0]]);
  });

  it('leaves the stretch of a job whose worker dies unchecked, and keeps going', async () => {
    const p = parsing(fixturePath('workers/dies.mjs'));
    const text = joinLines('The minister said 40 people died.', '', table(1_000), '', 'Dr. Chen said 17 people left.', '');
    const analysis = await new Checker(p).checkText(text, ledger, options);
    assert.match(notes(analysis)[0]?.message ?? '', /the Markdown parser failed on it/);
    // Each job of the fine chunks after it starts a new worker, which dies too: the cheap ones run here.
    assert.ok(analysis.findings.some((f) => f.code === 'disputed-claim' && f.span.start === text.indexOf('40 people')));
  });

  it('runs every job here without a worker script', async () => {
    const text = joinLines('Intro said 40 people died.', '', table(1_000), '');
    assert.deepEqual(seen(await new Checker(parsing(undefined)).checkText(text, ledger, options)), seen(check(text, ledger, options)));
  });
});
