import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { draftFromBlocks, openDraft, type CheckOptions, type Draft, type PlacedBlock, type Text } from '../core';

// Opening a long draft on a worker thread. Chunked parsing lets a host answer between chunks, but
// one top-level block that cannot be cut (a quote of 100,000 lines, a 2 MB paragraph) is one parse
// of many seconds; on a worker the language server answers hovers and code actions meanwhile, and
// a parse that runs out of memory ends the worker, not the server.

interface Job {
  readonly text: string;
  /** A copy: options are plain data (the lexicon's maps and sets included). */
  readonly options: CheckOptions;
}

/**
 * Opens `text` on a worker running `script` (a bundle whose entry calls `serveDraftWorker` off the
 * main thread), which sends the blocks back.
 */
export function openOnWorker(script: string, text: Text, options: CheckOptions): Promise<Draft> {
  const job: Job = { text: text.toString(), options };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (blocks: PlacedBlock[]) => {
      resolve(draftFromBlocks(text, options, blocks));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the draft worker stopped (exit code ${code}) before it was done`)));
  });
}

/** The worker's side: opens the draft it was given and posts its blocks. */
export function serveDraftWorker(): void {
  if (isMainThread || !parentPort) throw new Error('serveDraftWorker runs on a worker thread only');
  const { text, options } = workerData as Job;
  parentPort.postMessage(openDraft(text, options).blocks.all());
}
