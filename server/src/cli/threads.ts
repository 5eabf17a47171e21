import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DraftChecks, type DraftReport, type RunSettings } from './draftChecks';

// Many drafts are checked on worker threads, each with DraftChecks of its own, which reads and
// parses each configuration file, claims file and bibliography once for the drafts it checks: that
// costs less than parsing once and copying the result to every thread (see docs/performance.md).

const ROLE = 'fact-check-drafts';

interface DraftWorkerData {
  readonly role: typeof ROLE;
  readonly run: RunSettings;
}

interface Job {
  readonly index: number;
  readonly draft: string;
}

type Reply = { readonly index: number; readonly report: DraftReport } | { readonly index: number; readonly failure: string };

/**
 * Drafts each worker checks side by side: it starts its next draft as soon as it posts a report,
 * without waiting for this thread to hear of it, and a draft waiting for a slow parse job's thread
 * holds up no other.
 */
const HELD = 2;

/**
 * Parsing makes much short-lived garbage: with a young generation of this size (MB) rather than
 * V8's default, a thread spends half as long collecting it, for some 60 MB more memory a thread.
 */
const YOUNG_GENERATION_MB = 96;

// Below this many bytes of drafts, starting a worker thread (loading this bundle: a fifth of a
// second) costs more than it saves.
const THREADED_BYTES = 256 * 1024;

/**
 * How many worker threads to check drafts of these sizes (bytes) on: none (this thread alone) for
 * a run too small to pay for one, else one per two cores, since V8 keeps a second core busy for
 * each thread, collecting its garbage and compiling (see docs/performance.md), and one per draft
 * at most.
 */
export function threadsFor(sizes: readonly number[], cores: number = availableParallelism()): number {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  return total < THREADED_BYTES ? 0 : Math.min(Math.max(1, Math.floor(cores / 2)), sizes.length);
}

/** Whether this thread is a draft checker that `checkDrafts` started. */
export function isDraftWorker(): boolean {
  return !isMainThread && (workerData as Partial<DraftWorkerData> | null)?.role === ROLE;
}

/** The worker's side: checks each draft it is sent as it comes, and posts its report. */
export function serveDraftChecks(): void {
  const port = parentPort;
  if (!isDraftWorker() || !port) throw new Error('serveDraftChecks runs on a draft worker only');
  const checks = new DraftChecks((workerData as DraftWorkerData).run);
  port.on('message', (job: Job) => {
    checks.check(job.draft).then(
      (report) => port.postMessage({ index: job.index, report } satisfies Reply),
      (error: unknown) => port.postMessage({ index: job.index, failure: (error as Error).stack ?? String(error) } satisfies Reply),
    );
  });
}

/**
 * `count` worker threads to check drafts on (see `serveDraftChecks`), started as soon as a run
 * knows it wants them: each takes about a fifth of a second to load this bundle, which this thread
 * spends meanwhile reading configuration files. `end` each when the run is over.
 */
export function startDraftWorkers(count: number, run: RunSettings): DraftWorker[] {
  return Array.from({ length: count }, () => new DraftWorker(run));
}

/**
 * The reports of `drafts`, in their order: checked by `here` on this thread when there are no
 * `workers`, else on the workers, this thread only handing out drafts and gathering reports, the
 * largest drafts (`sizes`, in bytes) first so that no thread is left with a long one at the end.
 * `done` is told each report as it comes, and how many drafts are checked.
 */
export async function checkDrafts(drafts: readonly string[], sizes: readonly number[], workers: readonly DraftWorker[], here: DraftChecks, done: (count: number, report: DraftReport) => void): Promise<DraftReport[]> {
  const order = drafts.map((_, i) => i);
  if (workers.length > 0) order.sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
  const reports = new Array<DraftReport>(drafts.length);
  let taken = 0;
  let checked = 0;
  // Takes the next draft and checks it with `check`, until none is left.
  const lane = async (check: (index: number, draft: string) => Promise<DraftReport>): Promise<void> => {
    for (let index = order[taken++]; index !== undefined; index = order[taken++]) {
      const report = await check(index, drafts[index] ?? '');
      reports[index] = report;
      done(++checked, report);
    }
  };
  if (workers.length === 0) {
    await lane((_, draft) => here.check(draft));
    return reports;
  }
  try {
    await Promise.all(workers.flatMap((w) => Array.from({ length: HELD }, () => lane((index, draft) => w.check(index, draft)))));
  } catch (error) {
    // No lane takes another draft.
    taken = order.length;
    throw error;
  }
  return reports;
}

/** A worker thread checking the drafts it is sent (see `serveDraftChecks`). */
export class DraftWorker {
  private readonly worker: Worker;
  /** The drafts sent and not yet reported on, by index. */
  private readonly waiting = new Map<number, { resolve: (report: DraftReport) => void; reject: (error: Error) => void }>();

  constructor(run: RunSettings) {
    this.worker = new Worker(run.script, { workerData: { role: ROLE, run } satisfies DraftWorkerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.index);
      this.waiting.delete(reply.index);
      if ('report' in reply) waiting?.resolve(reply.report);
      else waiting?.reject(Object.assign(new Error('a draft check failed'), { stack: reply.failure }));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`a worker thread stopped (exit code ${code})`)));
  }

  check(index: number, draft: string): Promise<DraftReport> {
    return new Promise((resolve, reject) => {
      this.waiting.set(index, { resolve, reject });
      this.worker.postMessage({ index, draft } satisfies Job);
    });
  }

  end(): void {
    void this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
