import assert from 'node:assert/strict';
import { check, Checker, EMPTY_LEDGER, type Analysis, type CheckOptions, type StepRunner, type TextChange } from '../../server/src/core';
import { analyzeDraft } from '../../server/src/core/incremental/draft';
import type { ParseJob } from '../../server/src/core/incremental/job';
import { runParseJob } from '../../server/src/core/worker';

/**
 * A host that runs every parse job and analysis on this thread, at once: `Checker` as a test
 * drives it. `onJob` sees each job before it runs.
 */
export function inProcessRunner(onJob?: (job: ParseJob) => void): StepRunner {
  return {
    async run(steps, options) {
      for (let step = steps.next(); ; ) {
        if (step.done) return step.value;
        onJob?.(step.value);
        step = steps.next(runParseJob(step.value, options));
      }
    },
    async analyze(draft, ledger) {
      return analyzeDraft(draft, ledger);
    },
  };
}

/** A draft open in a `Checker` that runs here, edited one change at a time. */
export interface EditedDraft {
  /** The draft's text after the edits so far. */
  text(): string;
  /** Applies `change`, tells the checker of it, and asserts that its check shows, as `seen` reads it, what a fresh check of the new text shows. */
  edit(change: TextChange): Promise<void>;
}

/** Opens `text` in a new `Checker` (on `runner`, by default one that runs here) for `edit`s checked against fresh checks. */
export async function openDraft(text: string, options: CheckOptions, seen: (analysis: Analysis) => unknown, runner: StepRunner = inProcessRunner()): Promise<EditedDraft> {
  const checker = new Checker(runner);
  let version = 1;
  await checker.check('a.md', text, version, options, EMPTY_LEDGER);
  return {
    text: () => text,
    async edit(change) {
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
      checker.changed('a.md', change, ++version);
      const { analysis } = await checker.check('a.md', text, version, options, EMPTY_LEDGER);
      assert.deepEqual(seen(analysis), seen(check(text, EMPTY_LEDGER, options)), `after ${JSON.stringify(change)}`);
    },
  };
}
