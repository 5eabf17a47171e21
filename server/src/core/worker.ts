/**
 * The engine's door for a thread that runs its slow work: parse jobs, the judging of a draft's
 * findings in steps, and long claims files read in slices. The Node hosts run these here or
 * on a worker thread (server/src/host/parsing.ts, parseWorker.ts).
 */
export { analyzingDraft } from './analysis/draft';
export { parseCost, runParseJob, type ParseJob, type ParseOutcome } from './analysis/job';
export { reviveBlock } from './analysis/block';
export { readPlainLedgerInSlices } from './ledger/plain';
export { plainLedger } from './ledger/parse';
