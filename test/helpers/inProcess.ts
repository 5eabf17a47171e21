import type { StepRunner } from '../../server/src/core';
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
