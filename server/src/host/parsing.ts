import type { Analysis, CheckOptions, Draft, DraftSteps, Ledger, StepRunner } from '../core';
import type { LedgerParseResult } from '../core/ledger';
import { analyzingDraft, parseCost, runParseJob, type ParseJob, type ParseOutcome } from '../core/worker';
import { appendEntryEdit, type AppendResult } from '../core/fixes';
import { claimsNotRead, parseClaimsText, readClaimsInSteps, type ClaimsFileText } from './claimsFile';
import type { Append, ParseWorker } from './parseWorker';

/** Where and how long parse jobs may run. */
export interface ParsingLimits {
  /**
   * Jobs of at most `localLength` characters whose `parseCost` is at most `localCost` run on the
   * calling thread: the worst of them takes the parser about a quarter of a second, short enough
   * to keep answering requests between jobs. The parser reads the slowest Markdown without much
   * punctuation (lists of indented paragraphs, deep indentation) at about 50 KB a second.
   */
  readonly localLength: number;
  readonly localCost: number;
  /** How long a job of `length` characters may take on the worker before its stretch is left unchecked. */
  jobMs(length: number): number;
  /** How long opening or editing a draft of `length` characters may take in all; jobs after that are left unchecked. */
  budgetMs(length: number): number;
  /**
   * Claims files of at most this many characters are read on the calling thread at once: the full
   * reader's slowest input (an unclosed flow list of ",-") takes it about 25 µs a character, a
   * tenth of a second for these. Longer ones are read here a few milliseconds at a time as far as
   * the plain reader can (see `readClaimsInSteps`), and by the full reader on the worker.
   */
  readonly claimsLocalLength: number;
  /** How long reading a long claims file may take, from when it is asked for, before the file is left unread. */
  readonly claimsMs: number;
}

/** A megabyte of characters, the size of draft the first budget is for. */
const MEGABYTE = 1024 * 1024;

export const DEFAULT_LIMITS: ParsingLimits = Object.freeze({
  localLength: 16 * 1024,
  localCost: 3_000_000,
  // Well above the time of the slowest real Markdown, which the parser reads at 50 KB a second or more.
  jobMs: (length: number) => 2_000 + length / 50,
  // A writer sees a draft of up to a megabyte checked within ten seconds, whatever it holds; longer
  // drafts take up to about 9 s a megabyte to check here (a list of 200,000 short items), so each
  // megabyte past the first gets half as long again.
  budgetMs: (length: number) => 8_000 + Math.max(0, length - MEGABYTE) / 80,
  claimsLocalLength: 4 * 1024,
  // A valid 32 MB claims file the plain reader reads whole (JSON) takes it about 5 s on the worker
  // here: ten times that for a slow machine. The full reader takes about a second a megabyte, and
  // runs out of the worker's memory past 20 MB or so.
  claimsMs: 60_000,
});

/**
 * The command line's: no request waits between its jobs, so it parses here every job the parse
 * cost clears up to twice a chunk of a long draft (64 KB, see core/incremental/draft.ts), where the
 * parser is warm, rather than on a worker that starts cold and copies the blocks back. At the
 * parser's slowest for such jobs, 50 KB a second, each ends before the worker's deadline for it
 * (`jobMs`) would have stopped it; the costly ones, which may not end, still go to the worker.
 */
export const COMMAND_LINE_LIMITS: ParsingLimits = Object.freeze({ ...DEFAULT_LIMITS, localLength: 128 * 1024 });

// How long analysing a draft may hold the calling thread before it lets other requests in.
const SLICE_MS = 50;
// How long opening or editing a draft may take before it counts as slow (see `run`).
const SLOW_MS = 100;

/**
 * Runs the parse jobs of opening and editing drafts: cheap ones on this thread, with a pause after
 * each so that other requests are answered in between, and the others on a worker thread, where
 * one that takes too long is stopped and its stretch of the draft left unchecked. Without a worker
 * thread every job runs here. Claims files are read the same way (see `readClaims`), on the same
 * worker, one job at a time.
 */
export class Parsing implements StepRunner {
  private worker: ParseWorker | undefined;
  /** Jobs for the worker run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param newWorker starts a worker thread (see `ParseWorker`); without it every job runs here
   * @param pause lets other work in between jobs
   */
  constructor(
    private readonly newWorker: (() => ParseWorker) | undefined,
    private readonly limits: ParsingLimits = DEFAULT_LIMITS,
    private readonly pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
  ) {}

  /**
   * Runs `steps` (opening or editing a draft of `length` characters) to its end. `slow` is called
   * once the run sends a job to the worker or has taken a tenth of a second: it takes a while.
   */
  async run(steps: DraftSteps, options: CheckOptions, length: number, slow?: () => void): Promise<Draft> {
    const started = Date.now();
    const deadline = started + this.limits.budgetMs(length);
    let step = steps.next();
    while (!step.done) {
      const job = step.value;
      const here = this.newWorker === undefined || (job.source.length <= this.limits.localLength && parseCost(job.source) <= this.limits.localCost);
      if (!here || Date.now() - started >= SLOW_MS) slow?.();
      step = steps.next(await (here ? this.runHere(job, options, deadline) : this.runOnWorker(job, options, deadline)));
    }
    return step.value;
  }

  /**
   * Reads a claims file's text as `parseClaimsText` does: at once here when it is short; else here
   * in steps, with a pause after each, as far as they go, and on the worker (after the jobs before
   * it) when it takes the full reader, where a reading that takes too long or runs out of memory
   * leaves the file unreadable, saying why. Resolves to undefined once `signal` aborts (a newer
   * version is to be read): a reading under way is stopped rather than hold up the jobs after it.
   */
  readClaims(read: ClaimsFileText): Promise<LedgerParseResult>;
  readClaims(read: ClaimsFileText, signal: AbortSignal): Promise<LedgerParseResult | undefined>;
  async readClaims(read: ClaimsFileText, signal?: AbortSignal): Promise<LedgerParseResult | undefined> {
    if (this.newWorker === undefined || read.text.length <= this.limits.claimsLocalLength) return parseClaimsText(read);
    const deadline = Date.now() + this.limits.claimsMs;
    const steps = readClaimsInSteps(read);
    let step = steps.next();
    while (!step.done) {
      await this.pause();
      if (signal?.aborted) return undefined;
      step = steps.next();
    }
    return step.value ?? this.readClaimsOnWorker(read, deadline, signal);
  }

  private readClaimsOnWorker(read: ClaimsFileText, deadline: number, signal?: AbortSignal): Promise<LedgerParseResult | undefined> {
    return this.enqueue(async () => {
      if (signal?.aborted) return undefined;
      const left = deadline - Date.now();
      const worker = this.usableWorker();
      const stop = (): void => worker.end();
      signal?.addEventListener('abort', stop);
      const outcome = left <= 0 ? 'too-slow' : await worker.readClaims(read, left);
      signal?.removeEventListener('abort', stop);
      if (signal?.aborted) return undefined;
      return typeof outcome === 'string' ? claimsNotRead(outcome, read.text, this.limits.claimsMs) : outcome;
    });
  }

  /**
   * The edit that adds an entry to a claims file's text (see `appendEntryEdit`): here when the
   * text is short, else on the worker (after the jobs before it), since checking that a long file
   * reads back right takes the full reader; one that takes too long leaves the file as it is.
   */
  appendEntry(append: Append): Promise<AppendResult> {
    const { text, entry, format } = append;
    if (this.newWorker === undefined || (text?.length ?? 0) <= this.limits.claimsLocalLength) return Promise.resolve(appendEntryEdit(text, entry, format));
    const deadline = Date.now() + this.limits.claimsMs;
    return this.enqueue(async (): Promise<AppendResult> => {
      const left = deadline - Date.now();
      const outcome = left <= 0 ? 'too-slow' : await this.usableWorker().append(append, left);
      if (typeof outcome !== 'string') return outcome;
      const why = outcome === 'too-slow' ? 'took too long' : outcome === 'out-of-memory' ? 'ran out of memory' : 'failed';
      return { error: `Adding the entry to the claims file ${why}, so the claims file is left as it is.` };
    });
  }

  /**
   * The draft's analysis against `ledger` (see `analyzeDraft`), with a pause whenever judging its
   * blocks has held this thread for a while: the first analysis of a draft of megabytes takes a
   * second or more.
   */
  async analyze(draft: Draft, ledger: Ledger): Promise<Analysis> {
    const steps = analyzingDraft(draft, ledger);
    let since = Date.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (Date.now() - since < SLICE_MS) continue;
      await this.pause();
      since = Date.now();
    }
  }

  /** Ends the worker thread, if one runs (a process with one cannot otherwise exit while it works). */
  dispose(): void {
    this.worker?.end();
    this.worker = undefined;
  }

  private async runHere(job: ParseJob, options: CheckOptions, deadline: number): Promise<ParseOutcome> {
    if (Date.now() >= deadline) return { unchecked: 'too-slow' };
    const outcome = runParseJob(job, options);
    await this.pause();
    return outcome;
  }

  private runOnWorker(job: ParseJob, options: CheckOptions, deadline: number): Promise<ParseOutcome> {
    return this.enqueue(() => {
      const left = deadline - Date.now();
      if (left <= 0) return { unchecked: 'too-slow' } as const;
      return this.usableWorker().run(job, options, Math.min(this.limits.jobMs(job.source.length), left));
    });
  }

  /** Runs `task` once the worker's jobs before it are done (or have failed). */
  private enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The worker thread, a new one when there is none or the last one cannot take more jobs. */
  private usableWorker(): ParseWorker {
    if (!this.worker?.usable) this.worker = this.newWorker?.();
    if (!this.worker) throw new Error('no worker thread to run the job on');
    return this.worker;
  }
}
