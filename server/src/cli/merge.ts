import type { DraftReport, Outcome } from './draftChecks';
import type { Located } from './report';

/** A whole run's report. */
export interface RunReport {
  /** Every finding, in the order of the drafts, each file's before those of the first draft that uses it. */
  readonly located: readonly Located[];
  /** Why files could not be read, in the same order. */
  readonly errors: readonly string[];
  /** The outcomes the findings are from, in the same order. */
  readonly outcomes: readonly Outcome[];
}

/**
 * Joins the drafts' reports, given in the order of the drafts, into the run's: a file the drafts
 * share (a configuration file, a claims file, a bibliography) is reported once, at the first draft
 * that uses it, as a check of the drafts one after another does, whichever thread checked which.
 */
export function mergeReports(reports: readonly DraftReport[]): RunReport {
  // Each use's outcome is in the report of the first draft its thread checked with it, which need
  // not be the first draft to use it.
  const outcomes = new Map<string, Outcome>();
  for (const report of reports) for (const [key, outcome] of report.files) if (!outcomes.has(key)) outcomes.set(key, outcome);
  const located: Located[] = [];
  const errors: string[] = [];
  const ordered: Outcome[] = [];
  const add = (outcome: Outcome): void => {
    ordered.push(outcome);
    if ('error' in outcome) errors.push(outcome.error);
    // One at a time: spreading them into push() puts every one on the stack, which a draft with a
    // hundred thousand findings overflows.
    else for (const l of outcome.located) located.push(l);
  };
  const reported = new Set<string>();
  for (const report of reports) {
    for (const { id, key } of report.uses) {
      const outcome = outcomes.get(key);
      if (!reported.has(id) && outcome) add(outcome);
      reported.add(id);
    }
    if (report.draft) add(report.draft);
  }
  return { located, errors, outcomes: ordered };
}
