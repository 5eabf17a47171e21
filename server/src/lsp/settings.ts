import { DEFAULT_SETTINGS, FINDING_CODES, SETTING_LIMITS, type CheckSettings, type FindingCode, type Level } from '../core';

/** The `factCheck` settings section, validated. */
export interface ServerSettings {
  readonly check: CheckSettings;
  /** The claims file, relative to the workspace folder (or absolute); empty means the default names. */
  readonly claimsFile: string;
  /** Bibliographies every draft of the folder may cite, relative to the workspace folder (or absolute). */
  readonly bibliographies: readonly string[];
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
  bibliographies: [],
  debounceMs: DEFAULT_DEBOUNCE_MS,
  maxNumberOfProblems: DEFAULT_MAX_PROBLEMS,
});

const LEVELS: ReadonlySet<string> = new Set<Level>(['error', 'warning', 'information', 'hint', 'off']);
const CODES: ReadonlySet<string> = new Set<FindingCode>(FINDING_CODES);

/**
 * Reads the `factCheck` section a client sent. Clients send anything: nothing at all, `null`
 * (Emacs Eglot), partial objects, wrong types. Every field falls back to its default on its own.
 */
export function readSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? raw : {};
  const kinds = isRecord(section.kinds) ? section.kinds : {};
  return {
    claimsFile: typeof section.claimsFile === 'string' ? section.claimsFile.trim() : DEFAULT_SERVER_SETTINGS.claimsFile,
    bibliographies: readPaths(section.bibliography),
    debounceMs: isCount(section.debounceMs) ? section.debounceMs : DEFAULT_DEBOUNCE_MS,
    maxNumberOfProblems: readMaxProblems(section.maxNumberOfProblems),
    check: {
      sourceScope: section.sourceScope === 'paragraph' ? 'paragraph' : 'sentence',
      kinds: {
        attribution: typeof kinds.attribution === 'boolean' ? kinds.attribution : true,
        quantity: typeof kinds.quantity === 'boolean' ? kinds.quantity : true,
      },
      extraPhrases: readPhrases(section.extraPhrases),
      levels: readLevels(section.severity),
      lowConfidence: typeof section.lowConfidence === 'number' && section.lowConfidence >= 0 && section.lowConfidence <= 1 ? section.lowConfidence : DEFAULT_SETTINGS.lowConfidence,
      maxDraftLength: isWholeNumber(section.maxDraftLength, 1000, SETTING_LIMITS.maxDraftLength) ? section.maxDraftLength : DEFAULT_SETTINGS.maxDraftLength,
      // 0 or less: reviews never go stale.
      reviewMaxAgeDays: Number.isSafeInteger(section.reviewMaxAgeDays) ? (section.reviewMaxAgeDays as number) : DEFAULT_SETTINGS.reviewMaxAgeDays,
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

/** At most the first `SETTING_LIMITS.extraPhrases` phrases, each of text and not too long. */
function readPhrases(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const phrases = raw.filter((p): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= SETTING_LIMITS.phraseLength);
  return phrases.slice(0, SETTING_LIMITS.extraPhrases);
}

/** One path or a list of them, at most `SETTING_LIMITS.bibliographies`. */
function readPaths(raw: unknown): string[] {
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  return list.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim()).slice(0, SETTING_LIMITS.bibliographies);
}

/** 0 asks for every problem: as many as the limit allows. */
function readMaxProblems(raw: unknown): number {
  if (!isWholeNumber(raw, 0, SETTING_LIMITS.maxNumberOfProblems)) return DEFAULT_MAX_PROBLEMS;
  return raw === 0 ? SETTING_LIMITS.maxNumberOfProblems : raw;
}

function isWholeNumber(value: unknown, least: number, most = Number.MAX_SAFE_INTEGER): value is number {
  return Number.isInteger(value) && (value as number) >= least && (value as number) <= most;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 60_000;
}
