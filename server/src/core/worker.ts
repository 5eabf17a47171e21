/**
 * The engine's door for a thread that runs its slow work: parse jobs, the judging of a draft's
 * findings in steps, and long claims files read in slices. The Node hosts run these here or
 * on a worker thread (server/src/host/parsing.ts, parseWorker.ts).
 */
export { analyzingDraft } from './incremental/draft';
export { parseCost, runParseJob, type ParseJob, type ParseOutcome } from './incremental/job';
export { reviveBlock } from './engine/block';
export { readPlainLedgerInSlices } from './ledger/plain';
export { plainLedger } from './ledger/parse';
