import { createLexicon, type Lexicon } from './claims/lexicon';
import type { DetectedKind, FindingCode, Severity } from './types';

/** The claims-file names looked for in a workspace folder, in order of preference. */
export const CLAIMS_FILE_NAMES: readonly string[] = Object.freeze(['claims.yaml', 'claims.yml', 'claims.json']);

/** A finding's level as a user sets it: a severity, or "off" to drop the finding. */
export type Level = Severity | 'off';

/**
 * The most each setting may ask for. A workspace's own settings file is as untrusted as its drafts
 * (VS Code's Restricted Mode ignores the costly ones, other editors do not), and so is a committed
 * configuration file: no value may make the server slow or publish without end. Values out of
 * range fall back to the default.
 */
export const SETTING_LIMITS = Object.freeze({
  extraPhrases: 100,
  phraseLength: 100,
  maxDraftLength: 20_000_000,
  maxNumberOfProblems: 100_000,
  bibliographies: 20,
});

/** What a user can set, as plain data (settings files, command-line flags). */
export interface CheckSettings {
  /** Where a source counts for a claim: its own sentence, or anywhere in its paragraph. */
  readonly sourceScope: 'sentence' | 'paragraph';
  /** Which kinds of claim to look for. */
  readonly kinds: Readonly<Record<DetectedKind, boolean>>;
  /** Reporting phrases to recognise beside the built-in lexicon, matched as literal words. */
  readonly extraPhrases: readonly string[];
  /** Overrides of each finding code's default level. */
  readonly levels: Readonly<Partial<Record<FindingCode, Level>>>;
  /** Claims detected with less confidence than this are reported as information, not warnings. */
  readonly lowConfidence: number;
  /** Drafts longer than this many characters (UTF-16 units) are checked up to this length. */
  readonly maxDraftLength: number;
  /** A claims-file entry last reviewed more days ago than this is stale backing; 0 or less: never. */
  readonly reviewMaxAgeDays: number;
}

/** Settings resolved for the engine: built once per settings change (and day), shared by every check. */
export interface CheckOptions extends CheckSettings {
  readonly lexicon: Lexicon;
  /**
   * Today's date (YYYY-MM-DD), which the host reads from its clock: the engine keeps to what it is
   * given. Without it, no review counts as stale.
   */
  readonly today?: string;
  /**
   * Whether the judge of warnings (claims/judge) may show a warning it finds unlikely as
   * information; on unless false. Its training reads every warning of the rules with it off.
   */
  readonly judge?: boolean;
}

export const DEFAULT_SETTINGS: CheckSettings = Object.freeze({
  sourceScope: 'sentence',
  kinds: Object.freeze({ attribution: true, quantity: true }),
  extraPhrases: Object.freeze([]),
  levels: Object.freeze({}),
  lowConfidence: 0.75,
  maxDraftLength: 5_000_000,
  reviewMaxAgeDays: 365,
});

/** The default level of each finding code. */
export const DEFAULT_LEVELS: Readonly<Record<FindingCode, Severity>> = Object.freeze({
  'unsourced-attribution': 'warning',
  'unsourced-quantity': 'warning',
  'unknown-citation': 'warning',
  'disputed-claim': 'error',
  'figure-mismatch': 'warning',
  'ledger-match': 'information',
  'weak-backing': 'information',
  'claims-file': 'error',
  bibliography: 'error',
  'config-file': 'error',
  'draft-truncated': 'information',
  'not-checked': 'information',
});

export function createCheckOptions(settings: Partial<CheckSettings> = {}, today?: string): CheckOptions {
  const resolved = { ...DEFAULT_SETTINGS, ...settings };
  return Object.freeze({ ...resolved, lexicon: createLexicon(resolved.extraPhrases), ...(today !== undefined && { today }) });
}

/** The level of a finding of `code`, after the user's overrides. */
export function levelOf(options: CheckSettings, code: FindingCode): Level {
  return options.levels[code] ?? DEFAULT_LEVELS[code];
}
