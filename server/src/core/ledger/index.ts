/**
 * The core's door for claims files: reading one into entries and problems, building the ledger
 * the engine matches against, and what hosts show of an entry (its findings, its age, its links).
 */
export { parseLedger, type LedgerParseResult } from './parse';
export { createLedger } from './ledger';
export { ledgerFindings } from './findings';
export { isStale, type ReviewClock } from './backing';
export { isWebUrl } from './rules';
export { mostSevere } from './shortlist';
