/**
 * The claim engine: Markdown draft → prose → sentences → claims → sources → ledger matching →
 * findings. Pure: it reads no files and knows no editor; hosts (the command line, the language
 * server) load drafts and claims files and present the findings. Five more doors: ./worker for the
 * thread that runs slow work, ./fixes for quick fixes, ./bibliography for the works a draft cites
 * besides the claims file, ./export for publishing the claims file, ./config for the configuration
 * file.
 */
export { check, sentenceAt, type Analysis } from './check';
export { Checker, type Checked, type StepRunner } from './checker';
export type { Draft, DraftSteps, TextChange } from './incremental/draft';
export { parseLedger, type LedgerParseResult } from './ledger/parse';
export { isWebUrl } from './ledger/rules';
export { mostSevere } from './ledger/shortlist';
export { createLedger, EMPTY_LEDGER, type Ledger } from './ledger/ledger';
export { ledgerFindings } from './ledger/findings';
export { isStale, type ReviewClock } from './ledger/backing';
export { CLAIMS_FILE_NAMES, createCheckOptions, DEFAULT_LEVELS, DEFAULT_SETTINGS, SETTING_LIMITS, type CheckOptions, type CheckSettings, type Level } from './options';
export { isLineEnding, lineEnd, LineIndex, lineStart } from './text/lines';
export { Rope, type Text } from './text/rope';
export * from './types';
