import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { reviveBlock, runParseJob, type CheckOptions, type ParseJob, type ParseOutcome } from '../core';

// The parse jobs that may take long (see ParseJob) run on a worker thread, where a job that does
// not end in time can be stopped (by ending the thread) and one that runs out of memory ends the
// thread, not the host.

/** What the host sends: a job, and the options to run it with when they changed. */
interface Request {
  readonly job: ParseJob;
  readonly options?: CheckOptions;
}

const READY = 'ready';
// Enough for one long block (a 2 MB paragraph's syntax tree takes about 600 MB); a job that needs
// more is left unchecked.
const HEAP_MB = 1536;
// How long a fresh worker may take to load its script before it counts as failed.
const START_MS = 30_000;

/** The worker's side: runs each job it is sent, in order, and posts its outcome. */
export function serveParseJobs(): void {
  const port = parentPort;
  if (isMainThread || !port) throw new Error('serveParseJobs runs on a worker thread only');
  let options: CheckOptions | undefined;
  port.on('message', (request: Request) => {
    options = request.options ?? options;
    if (!options) throw new Error('a parse job came before its options');
    port.postMessage(runParseJob(request.job, options));
  });
  port.postMessage(READY);
}

/**
 * One worker thread running `script` (a bundle whose entry calls `serveParseJobs` off the main
 * thread), one job at a time. Once a job times out or the thread dies, it is not used again.
 */
export class ParseWorker {
  private readonly worker: Worker;
  private readonly started: Promise<boolean>;
  private sent: CheckOptions | undefined;
  private gone = false;
  /** The job under way: how to end it. */
  private settle: ((outcome: ParseOutcome) => void) | undefined;

  constructor(script: string) {
    this.worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    this.worker.unref();
    this.started = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), START_MS);
      timer.unref();
      this.worker.once('message', (message) => {
        clearTimeout(timer);
        resolve(message === READY);
      });
      this.worker.once('exit', () => resolve(false));
    });
    this.worker.on('message', (message: ParseOutcome | typeof READY) => {
      if (message !== READY) this.finish(message);
    });
    // A job that throws, or exhausts the heap, ends the thread: its stretch stays unchecked.
    this.worker.on('error', () => this.end({ unchecked: 'failed' }));
    this.worker.on('exit', () => this.end({ unchecked: 'failed' }));
  }

  /** Whether the worker can take more jobs. */
  get usable(): boolean {
    return !this.gone;
  }

  /** Runs one job, giving up (and ending the thread) after `ms` milliseconds of work. */
  async run(job: ParseJob, options: CheckOptions, ms: number): Promise<ParseOutcome> {
    if (!(await this.started) || this.gone) {
      this.end({ unchecked: 'failed' });
      return { unchecked: 'failed' };
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.end({ unchecked: 'too-slow' }), ms);
      this.settle = (outcome) => {
        clearTimeout(timer);
        this.worker.unref();
        resolve(outcome);
      };
      this.worker.ref();
      this.worker.postMessage({ job, options: this.sent === options ? undefined : options } satisfies Request);
      this.sent = options;
    });
  }

  /** Ends the thread; the job under way, if any, ends with `outcome`. */
  end(outcome: ParseOutcome = { unchecked: 'failed' }): void {
    this.gone = true;
    this.finish(outcome);
    void this.worker.terminate();
  }

  private finish(outcome: ParseOutcome): void {
    const settle = this.settle;
    this.settle = undefined;
    settle?.('blocks' in outcome ? { blocks: outcome.blocks.map(reviveBlock) } : outcome);
  }
}
