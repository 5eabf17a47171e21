/**
 * The claim engine: Markdown draft → prose → sentences → claims → sources → ledger matching →
 * findings. Pure: it reads no files and knows no editor; hosts (the command line, the language
 * server) load drafts and claims files and present the findings.
 */
export { check, sentenceAt, type Analysis } from './check';
export { Checker, type Checked, type StepRunner } from './checker';
export { analyzingDraft, type Draft, type DraftSteps, type TextChange } from './analysis/draft';
export { parseCost, runParseJob, type ParseJob, type ParseOutcome } from './analysis/job';
export { reviveBlock } from './analysis/block';
export { parseLedger, type LedgerParseResult } from './ledger/parse';
export { readPlainLedgerInSlices } from './ledger/plain';
export { isWebUrl } from './ledger/rules';
export { mostSevere } from './ledger/shortlist';
export { createLedger, EMPTY_LEDGER, type Ledger } from './ledger/ledger';
export { ledgerFindings } from './ledger/findings';
export { CLAIMS_FILE_NAMES, createCheckOptions, DEFAULT_LEVELS, DEFAULT_SETTINGS, type CheckOptions, type CheckSettings, type Level } from './options';
export { isLineEnding, lineEnd, LineIndex, lineStart } from './text/lines';
export { Rope } from './text/rope';
export * from './types';
export { citeEdit } from './fixes/cite';
export type { TextEdit } from './fixes/edit';
export { footnoteEdits } from './fixes/footnote';
export { ignoreEdit } from './fixes/ignore';
export { appendEntryEdit, type AppendResult, type NewEntry } from './ledger/append';
export { suggestId } from './ledger/suggest';
export { closestIds } from './ledger/closest';
