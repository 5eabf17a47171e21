import { DEFAULT_SETTINGS, type CheckSettings, type FindingCode, type Level } from '../core';

/** The `factCheck` settings section, validated. */
export interface ServerSettings {
  readonly check: CheckSettings;
  /** The claims file, relative to the workspace folder (or absolute); empty means the default names. */
  readonly claimsFile: string;
  /** How long to wait after the last keystroke before checking a draft, in milliseconds. */
  readonly debounceMs: number;
  /** The most diagnostics to publish for one draft or claims file; 0 publishes all. */
  readonly maxNumberOfProblems: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;

// VS Code shows at most 1,000 diagnostics of a file (by severity, then in order) and drops the
// rest: publishing more only slows every keystroke of a long draft down.
export const DEFAULT_MAX_PROBLEMS = 1000;

export const DEFAULT_SERVER_SETTINGS: ServerSettings = Object.freeze({
  check: DEFAULT_SETTINGS,
  claimsFile: '',
  debounceMs: DEFAULT_DEBOUNCE_MS,
  maxNumberOfProblems: DEFAULT_MAX_PROBLEMS,
});

const LEVELS: ReadonlySet<string> = new Set<Level>(['error', 'warning', 'information', 'hint', 'off']);
const CODES: ReadonlySet<string> = new Set<FindingCode>(['unsourced-attribution', 'unsourced-quantity', 'unknown-citation', 'disputed-claim', 'ledger-match', 'claims-file', 'draft-truncated', 'not-checked']);

/**
 * Reads the `factCheck` section a client sent. Clients send anything: nothing at all, `null`
 * (Emacs Eglot), partial objects, wrong types. Every field falls back to its default on its own.
 */
export function readSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? raw : {};
  const kinds = isRecord(section.kinds) ? section.kinds : {};
  return {
    claimsFile: typeof section.claimsFile === 'string' ? section.claimsFile.trim() : DEFAULT_SERVER_SETTINGS.claimsFile,
    debounceMs: isCount(section.debounceMs) ? section.debounceMs : DEFAULT_DEBOUNCE_MS,
    maxNumberOfProblems: isWholeNumber(section.maxNumberOfProblems, 0) ? section.maxNumberOfProblems : DEFAULT_MAX_PROBLEMS,
    check: {
      sourceScope: section.sourceScope === 'paragraph' ? 'paragraph' : 'sentence',
      kinds: {
        attribution: typeof kinds.attribution === 'boolean' ? kinds.attribution : true,
        quantity: typeof kinds.quantity === 'boolean' ? kinds.quantity : true,
      },
      extraPhrases: Array.isArray(section.extraPhrases) ? section.extraPhrases.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
      levels: readLevels(section.severity),
      lowConfidence: typeof section.lowConfidence === 'number' && section.lowConfidence >= 0 && section.lowConfidence <= 1 ? section.lowConfidence : DEFAULT_SETTINGS.lowConfidence,
      maxDraftLength: isWholeNumber(section.maxDraftLength, 1000) ? section.maxDraftLength : DEFAULT_SETTINGS.maxDraftLength,
    },
  };
}

function readLevels(raw: unknown): Partial<Record<FindingCode, Level>> {
  if (!isRecord(raw)) return {};
  const levels: Partial<Record<FindingCode, Level>> = {};
  for (const [code, level] of Object.entries(raw)) {
    if (CODES.has(code) && typeof level === 'string' && LEVELS.has(level)) levels[code as FindingCode] = level as Level;
  }
  return levels;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumber(value: unknown, least: number): value is number {
  return Number.isInteger(value) && (value as number) >= least;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 60_000;
}
