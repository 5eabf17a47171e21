import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, createCheckOptions, type Analysis, type Draft, type DraftSteps, type LedgerEntry } from '../../../server/src/core';
import { createLedger } from '../../../server/src/core/ledger';
import { Rope } from '../../../server/src/core/text';
import { reviveBlock, runParseJob, type ParseJob, type ParseOutcome } from '../../../server/src/core/worker';
import { analyzeDraft, editDraft, editingDraft, openDraft, openingDraft } from '../../../server/src/core/incremental/draft';
import { draft as draftArbitrary, edit, placeEdit } from '../../helpers/markdownArbitraries';
import { joinLines } from '../../helpers/fixtures';

const entry = (id: string, match: string[], rating: LedgerEntry['rating']): LedgerEntry => ({ id, match, rating, sources: [], span: { start: 0, end: 0 } });
const ledger = createLedger([entry('claim-1', ['3,200 troops'], 'false'), entry('claim-2', ['the talks would resume'], 'true')]);
const options = createCheckOptions();
// More runs locally with FC_RUNS=2000; a failure prints its seed, which FC_SEED replays.
const runs = Number(process.env['FC_RUNS'] ?? 100);
const seed = process.env['FC_SEED'] === undefined ? undefined : Number(process.env['FC_SEED']);

/** The blocks of a draft in draft offsets, for a sharper comparison than the findings alone. */
function blocksOf(draft: Draft): unknown[] {
  return draft.blocks.all().map(({ shift, analysis: a }) => [a.type, a.start + shift, a.end + shift, a.prose.map((p) => p.prose.text), a.defined]);
}

/** What an analysis tells its users, gathered (an edited draft's analysis keeps blocks shifted, not moved). */
function contents(analysis: Analysis): unknown {
  return { claims: analysis.claims, sources: analysis.sources, citations: analysis.citations, findings: analysis.findings };
}

function assertSameAsFresh(draft: Draft): void {
  const fresh = openDraft(draft.text, options);
  assert.deepEqual(blocksOf(draft), blocksOf(fresh));
  assert.deepEqual(contents(analyzeDraft(draft, ledger)), contents(check(String(draft.text), ledger, options)));
}

function editAll(text: string, ...changes: Array<[string, string]>): void {
  let draft = openDraft(text, options);
  for (const [find, replace] of changes) {
    const start = String(draft.text).indexOf(find);
    assert.ok(start >= 0, `"${find}" in the draft`);
    draft = editDraft(draft, { start, end: start + find.length, text: replace });
    assertSameAsFresh(draft);
  }
}

/** Runs the steps of opening or editing a draft, each parse job by `outcome`. */
function runWith(steps: DraftSteps, outcome: (job: ParseJob) => ParseOutcome): Draft {
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(outcome(step.value));
  }
}

describe('core/incremental/draft', () => {
  it('equals a fresh analysis after every edit of random drafts, kept as a string or as a rope (property)', function () {
    this.timeout(runs * 1000);
    fc.assert(
      // A rope of short pieces, as the language server keeps an edited document (of 16 KB pieces).
      fc.property(draftArbitrary, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.option(fc.integer({ min: 2, max: 40 })), (text, edits, pieceLength) => {
        let draft = openDraft(pieceLength === null ? text : Rope.of(text, pieceLength), options);
        for (const e of edits) {
          draft = editDraft(draft, placeEdit(String(draft.text), e));
          assert.equal(draft.text instanceof Rope, pieceLength !== null);
          assertSameAsFresh(draft);
        }
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    );
  });

  it('parses a long draft chunk by chunk exactly as whole (property)', function () {
    this.timeout(runs * 1000);
    fc.assert(
      fc.property(draftArbitrary, fc.integer({ min: 1, max: 200 }), (text, chunk) => {
        const chunked = openDraft(text, options, undefined, chunk);
        assert.deepEqual(blocksOf(chunked), blocksOf(openDraft(text, options)));
        assert.deepEqual(contents(analyzeDraft(chunked, ledger)), contents(check(text, ledger, options)));
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    );
  });

  it('takes its blocks from parse jobs run elsewhere (structured clones, as a worker thread sends them), and edits like a draft opened here', () => {
    const text = joinLines('> The minister said that [3,200 troops](https://example.com) left.', '', '- Officials said the talks would resume.[^1]', '', '[^1]: Interview.', '');
    const elsewhere = (job: ParseJob): ParseOutcome => {
      const outcome = structuredClone(runParseJob(job, options));
      return 'blocks' in outcome ? { blocks: outcome.blocks.map(reviveBlock) } : outcome;
    };
    const copy = runWith(openingDraft(text, options), elsewhere);
    assert.deepEqual(contents(analyzeDraft(copy, ledger)), contents(check(text, ledger, options)));
    const at = text.indexOf('Officials');
    assertSameAsFresh(runWith(editingDraft(copy, { start: at, end: at + 'Officials'.length, text: 'Diplomats' }), elsewhere));
  });

  describe('a stretch the parser cannot read', () => {
    // A host gives up on the job of any stretch that holds "SLOW" (as on a job that takes too long).
    const slow = (job: ParseJob): ParseOutcome => (job.source.slice(job.offset, job.offset + job.length).includes('SLOW') ? { unchecked: 'too-slow' } : runParseJob(job, options));
    const text = joinLines('Intro.', '', 'The minister said 40 people died.', '', 'SLOW: officials said 12 people died.', '', 'Dr. Chen said 17 people left.', '', 'State media reported 9 arrests.', '');

    /** The stretch a not-checked note says is unchecked. */
    const unchecked = (analysis: Analysis): { start: number; end: number } => {
      const notes = analysis.findings.filter((f) => f.code === 'not-checked');
      assert.equal(notes.length, 1, 'one note');
      const start = notes[0]?.span.start ?? -1;
      return { start, end: start + Number(/^The ([\d,]+) characters/.exec(notes[0]?.message ?? '')?.[1]?.replace(/,/g, '')) };
    };

    it('is left unchecked, with one note where it starts, and the rest of the draft is checked as it would be', () => {
      for (const chunk of [10, 40, 80]) {
        const analysis = analyzeDraft(runWith(openingDraft(text, options, undefined, chunk), slow), ledger);
        const stretch = unchecked(analysis);
        assert.ok(stretch.start <= text.indexOf('SLOW') && stretch.end > text.indexOf('SLOW'), `the unchecked stretch ${JSON.stringify(stretch)} holds SLOW`);
        const outside = (f: { span: { start: number } }): boolean => f.span.start < stretch.start || f.span.start >= stretch.end;
        // Its blocks end at blank lines, so what is outside parses as in the whole draft.
        assert.deepEqual(analysis.findings.filter((f) => f.code !== 'not-checked'), check(text, ledger, options).findings.filter(outside));
        assert.ok(analysis.findings.some((f) => f.span.start >= text.indexOf('State media')), 'the end of the draft is checked');
        const note = analysis.findings.find((f) => f.code === 'not-checked');
        assert.match(note?.message ?? '', /characters from here are not checked: the Markdown parser could not read it in time/);
        assert.equal(note?.severity, 'information');
      }
    });

    it('stays unchecked when an edit elsewhere leaves it alone, and is checked once an edit makes it readable', () => {
      let draft = runWith(openingDraft(text, options, undefined, 40), slow);
      const at = String(draft.text).indexOf('State');
      draft = runWith(editingDraft(draft, { start: at, end: at + 5, text: 'Official' }), slow);
      assert.ok(analyzeDraft(draft, ledger).findings.some((f) => f.code === 'not-checked'));
      assert.ok(analyzeDraft(draft, ledger).findings.some((f) => f.span.start === String(draft.text).indexOf('Official media')));
      const slowAt = String(draft.text).indexOf('SLOW');
      draft = runWith(editingDraft(draft, { start: slowAt, end: slowAt + 4, text: 'Fast' }), slow);
      assertSameAsFresh(draft);
      assert.ok(!analyzeDraft(draft, ledger).findings.some((f) => f.code === 'not-checked'));
    });

    it('is one note for a run of chunks given up one after another', () => {
      const long = joinLines('Intro.', '', ...Array.from({ length: 6 }, (_, i) => `SLOW ${i}: the minister said ${i} people died.\n`), 'End: officials said 5 people died.', '');
      const stretch = unchecked(analyzeDraft(runWith(openingDraft(long, options, undefined, 30), slow), ledger));
      assert.ok(stretch.start <= long.indexOf('SLOW 0') && stretch.end > long.indexOf('SLOW 5'));
    });

    it('is where a draft nests deeper than the parser can follow, rather than an exception', () => {
      // The GFM autolink transform recurses once per level: thousands of nested quotes exhaust the stack.
      const deep = joinLines('The minister said 40 people died.', '', '> '.repeat(7_000) + 'Officials said so.', '', 'Dr. Chen said 17 people left.', '');
      const analysis = check(deep, ledger, options);
      assert.match(analysis.findings.find((f) => f.code === 'not-checked')?.message ?? '', /nests too deeply/);
      assert.ok(analysis.findings.some((f) => f.code === 'unsourced-quantity' && f.span.start === deep.indexOf('17 people')));
    });
  });

  it('parses in chunks a setext heading whose range takes in the definitions it starts with', () => {
    // Found by the property above: the heading starts where the definition does, so a chunk that
    // restarted at it never moved on.
    const text = joinLines('[1]: https://example.org/1', '', '[1]: https://example.org/1', '“The talks would resume,” the minister said.', '---', '', 'The report cites a 14-month conflict.', '');
    for (const chunk of [1, 30, 60]) assert.deepEqual(blocksOf(openDraft(text, options, undefined, chunk)), blocksOf(openDraft(text, options)));
  });

  it('re-parses what follows when an edit opens a code fence, and again when it closes', () => {
    editAll(joinLines('A.', '', 'The minister said so.', '', 'Dr. Chen said 3,200 troops left.', ''), ['A.', '```'], ['```', 'A.']);
  });

  it('re-resolves references elsewhere when a definition appears, changes or goes', () => {
    const text = joinLines('As [AP][ap] said, the talks would resume.[^1]', '', 'Middle.', '', '[ap]: #top', '', '[^1]:', '');
    editAll(text, ['#top', 'https://apnews.com'], ['[^1]:', '[^1]: Interview.'], ['[ap]: https://apnews.com', ''], ['Middle.', '[ap]: /x']);
  });

  it('handles a list or quote that an edit joins to the next block', () => {
    editAll(joinLines('- The minister said so.', '', 'Dr. Chen said 3,200 troops left.', '', '> Officials said so.', '', 'Last.'), ['\n\nDr.', '\n\n  Dr.'], ['\n\nLast', '\nLast']);
  });

  it('re-parses the block after an edited one when the edit makes a list that takes it in', () => {
    // An edit that leaves a paragraph a paragraph re-parses it alone; one that makes it (or a list
    // with another marker) a list whose items take the indented paragraph after the blank line
    // must re-parse that paragraph too.
    const text = joinLines('Intro.', '', 'The minister said so.', '', '  Dr. Chen said 3,200 troops left.', '', '1. Officials said so.', '', '  State media said so.', '', '> Xi said so.', '', '  Putin said so.', '');
    editAll(text, ['minister', 'ambassador'], ['The ambassador', '- The ambassador'], ['1. Officials', '- Officials'], ['> Xi', '> - Xi']);
  });

  it('re-parses a list after an indented code block that an edit removes', () => {
    // After indented code micromark reads "2. x" as a paragraph; without it, as a list that
    // takes the indented paragraph after the blank line.
    editAll(joinLines('1. It rained.', '', '2. The minister said so.', '', '    The report cites 3,200 troops.', '', 'Last.', ''), ['1.', '\t.'], ['\t.', '.']);
  });

  it('restarts after a setext heading that starts where its definitions do, not inside it', () => {
    // Restarting at the heading parsed its definition a second time. The last edit, empty, at the
    // very start, has no block before the one after it.
    const text = joinLines('    code', '', '[a]: https://example.org/a', 'The minister said so.', '===', '', 'Dr. Chen said 3,200 troops left.', '');
    editAll(text, ['troops', 'soldiers'], ['code', 'x'], ['', '']);
  });

  it('parses indented code after an empty list item, which micromark breaks at every line, in chunks and after edits', () => {
    const text = joinLines('Intro.', '', '-', '', '    The report cites 3,200 troops.', '', '    Officials said so.', '', '    Dr. Chen said so.', '', 'End.', '');
    for (const chunk of [1, 20, 50]) assert.deepEqual(blocksOf(openDraft(text, options, undefined, chunk)), blocksOf(openDraft(text, options)));
    editAll(text, ['so.', 'so, too.'], ['End', 'The end'], ['-', '- Item'], ['- Item', '-']);
  });

  it('equals a fresh analysis after edits past the first line of a block, and edits that join or split lists', () => {
    const text = joinLines('1) It rained.', '', '2. The minister said so', 'on Tuesday.', '', '* Dr. Chen said 3,200 troops left.', '- Officials said so.', '');
    editAll(text, ['Tuesday', 'Monday'], ['2. The', '2) The'], ['Officials', 'State media'], ['- State', '* State'], ['on Monday', '    on Monday']);
  });

  it('handles front matter that an edit opens or closes far from it, and CRLF', () => {
    editAll(joinLines('---', 'title: x', '', 'The minister said so.', '', 'Dr. Chen said 3,200 troops left.', ''), ['left.', 'left.\r\n---'], ['title: x', 'title: y']);
  });
});
