import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core';
import type { LedgerParseResult } from '../core/ledger';
import { reviveBlock, runParseJob, type ParseJob, type ParseOutcome } from '../core/worker';
import { appendEntryEdit, type AppendResult, type NewEntry } from '../core/fixes';
import { parseClaimsText, type ClaimsFileText } from './claimsFile';

// The jobs that may take long run on a worker thread, where a job that does not end in time can
// be stopped (by ending the thread) and one that runs out of memory ends the thread, not the
// host: parse jobs (see ParseJob), readings of claims files, and entries added to long ones.

/** An entry to add to a claims file's text (see `appendEntryEdit`). */
export interface Append {
  readonly text: string | undefined;
  readonly entry: NewEntry;
  readonly format: 'yaml' | 'json';
}

/**
 * What the host sends: a parse job and the options to run it with when they changed, a claims
 * file's text to read, or an entry to add to one.
 */
type Request = { readonly job: ParseJob; readonly options?: CheckOptions } | { readonly claims: ClaimsFileText } | { readonly append: Append };

/**
 * What the worker posts back: a parse job's outcome, or a claims file's reading as JSON. Cloning
 * the objects of 100,000 entries holds the host's thread up about three times longer than
 * parsing their JSON does.
 */
type Reply = ParseOutcome | { readonly claims: string } | { readonly appended: AppendResult };

/** Why a job ended without a reply: it took too long, or its thread ended (out of memory, or otherwise). */
export type JobFailure = 'too-slow' | 'out-of-memory' | 'failed';

const READY = 'ready';
// Enough for one long block (a 2 MB paragraph's syntax tree takes about 600 MB); a job that needs
// more is left unchecked.
const HEAP_MB = 1536;
// How long a fresh worker may take to load its script before it counts as failed.
const START_MS = 30_000;

/**
 * The entry of a script that is also its own parse worker (see `ParseWorker`): runs `main` on the
 * main thread, and serves parse jobs on a worker thread.
 */
export function mainOrParseWorker(main: () => void): void {
  if (isMainThread) main();
  else serveParseJobs();
}

/** The worker's side: runs each job it is sent, in order, and posts its outcome. */
function serveParseJobs(): void {
  const port = parentPort;
  if (isMainThread || !port) throw new Error('serveParseJobs runs on a worker thread only');
  let options: CheckOptions | undefined;
  port.on('message', (request: Request) => {
    if ('claims' in request) {
      port.postMessage({ claims: JSON.stringify(parseClaimsText(request.claims)) } satisfies Reply);
      return;
    }
    if ('append' in request) {
      const { text, entry, format } = request.append;
      port.postMessage({ appended: appendEntryEdit(text, entry, format) } satisfies Reply);
      return;
    }
    options = request.options ?? options;
    if (!options) throw new Error('a parse job came before its options');
    port.postMessage(runParseJob(request.job, options) satisfies Reply);
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
  private settle: ((reply: Reply | JobFailure) => void) | undefined;

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
    this.worker.on('message', (message: Reply | typeof READY) => {
      if (message !== READY) this.finish(message);
    });
    // A job that throws, or exhausts the heap, ends the thread: a parse job's stretch stays
    // unchecked, a claims file unread.
    this.worker.on('error', (error: NodeJS.ErrnoException) => this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'failed'));
    this.worker.on('exit', () => this.end('failed'));
  }

  /** Whether the worker can take more jobs. */
  get usable(): boolean {
    return !this.gone;
  }

  /** Runs one job, giving up (and ending the thread) after `ms` milliseconds of work. */
  async run(job: ParseJob, options: CheckOptions, ms: number): Promise<ParseOutcome> {
    const request = { job, options: this.sent === options ? undefined : options };
    this.sent = options;
    const reply = await this.send(request, ms);
    if (typeof reply === 'string' || 'claims' in reply || 'appended' in reply) return { unchecked: reply === 'too-slow' ? 'too-slow' : 'failed' };
    return 'blocks' in reply ? { blocks: reply.blocks.map(reviveBlock) } : reply;
  }

  /** Reads a claims file's text (as `parseClaimsText` does), giving up (and ending the thread) after `ms` milliseconds. */
  async readClaims(read: ClaimsFileText, ms: number): Promise<LedgerParseResult | JobFailure> {
    const reply = await this.send({ claims: read }, ms);
    if (typeof reply === 'string') return reply;
    return 'claims' in reply ? (JSON.parse(reply.claims) as LedgerParseResult) : 'failed';
  }

  /** Adds an entry to a claims file's text (as `appendEntryEdit` does), giving up (and ending the thread) after `ms` milliseconds. */
  async append(append: Append, ms: number): Promise<AppendResult | JobFailure> {
    const reply = await this.send({ append }, ms);
    if (typeof reply === 'string') return reply;
    return 'appended' in reply ? reply.appended : 'failed';
  }

  /** Ends the thread; the job under way, if any, ends with `failure`. */
  end(failure: JobFailure = 'failed'): void {
    this.gone = true;
    this.finish(failure);
    void this.worker.terminate();
  }

  private async send(request: Request, ms: number): Promise<Reply | JobFailure> {
    if (!(await this.started) || this.gone) {
      this.end('failed');
      return 'failed';
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.end('too-slow'), ms);
      this.settle = (reply) => {
        clearTimeout(timer);
        this.worker.unref();
        resolve(reply);
      };
      this.worker.ref();
      this.worker.postMessage(request);
    });
  }

  private finish(reply: Reply | JobFailure): void {
    const settle = this.settle;
    this.settle = undefined;
    settle?.(reply);
  }
}
