/**
 * The claim engine: Markdown draft → prose → sentences → claims → sources → ledger matching →
 * findings. Pure: it reads no files and knows no editor; hosts (the command line, the language
 * server) load drafts and claims files and present the findings. More doors, one job each: ./ledger
 * for claims files, ./text for positions in a draft, ./worker for the thread that runs slow work,
 * ./fixes for quick fixes, ./bibliography for the works a draft cites besides the claims file,
 * ./export for publishing the claims file, ./config for the configuration file.
 */
export { check, sentenceAt, type Analysis } from './check';
export { Checker, type Checked, type StepRunner } from './checker';
export type { Draft, DraftSteps, TextChange } from './incremental/draft';
export { EMPTY_LEDGER, type Ledger } from './ledger/ledger';
export { CLAIMS_FILE_NAMES, createCheckOptions, DEFAULT_SETTINGS, SETTING_LIMITS, type CheckOptions, type CheckSettings, type Level } from './options';
export * from './types';
