/**
 * Shared data types of the claim engine. Every offset is a UTF-16 code-unit index into the text
 * it describes (the draft or the claims file), as JavaScript strings and LSP's default encoding
 * count them; `end` is exclusive.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The kinds of claim the engine detects. */
export type DetectedKind = 'attribution' | 'quantity';

/**
 * A claim's kind: one the engine detects, or a `phrase` of a claims-file entry that a sentence with
 * no attribution writes outside any figure ("Gerard Hutch was acquitted of the murder of David
 * Byrne"): the claims file's own word that the sentence states a claim.
 */
export type ClaimKind = DetectedKind | 'phrase';

/** A statement in the draft that an editor would want sourced. */
export interface Claim {
  readonly kind: ClaimKind;
  /** The key phrase: speaker and cue of an attribution, the figure and what it counts for a quantity. */
  readonly span: Span;
  /** The sentence that contains the claim. */
  readonly sentence: Span;
  /** The paragraph (or other prose block: heading, table cell) that contains the sentence. */
  readonly block: Span;
  /** The key phrase as written in the draft (markup removed). */
  readonly text: string;
  /** Who is said to have made the statement, when the draft names them. */
  readonly speaker?: string;
  /** The reporting verb or phrase ("said", "according to") of an attribution. */
  readonly cue?: string;
  /** Whether the engine is unsure of the reading whatever its confidence: shown as information, never as a warning. */
  readonly tentative?: boolean;
  /** How sure the detector is that this is a claim, from 0 to 1. */
  readonly confidence: number;
  /** The links, footnote calls and citations of known entries that source the claim. */
  readonly sources: readonly Source[];
}

/** Where a sentence's evidence comes from. */
export type SourceKind = 'link' | 'footnote' | 'citation';

/** A link, footnote reference or claims-file citation found in the draft. */
export interface Source {
  readonly kind: SourceKind;
  readonly span: Span;
  /** The URL of a link, the label of a footnote, the entry id of a citation. */
  readonly target: string;
}

/** One `@id` of a Pandoc citation such as `[see @id, p. 3]`. */
export interface Citation {
  /** The span of the key, without the `@`. */
  readonly span: Span;
  /** The span of the whole bracketed citation group. */
  readonly group: Span;
  readonly id: string;
}

/** The verdicts a claims-file entry can carry. */
export const RATINGS = ['true', 'mostly-true', 'mixed', 'misleading', 'false', 'unverified'] as const;
export type Rating = (typeof RATINGS)[number];

/** Ratings that make a matching or citing claim a `disputed-claim`. */
export const DISPUTED_RATINGS: ReadonlySet<Rating> = new Set<Rating>(['false', 'misleading']);

export interface LedgerSource {
  readonly url?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly date?: string;
}

/** One checked claim of the claims file. */
export interface LedgerEntry {
  readonly id: string;
  readonly claim?: string;
  readonly match: readonly string[];
  readonly rating: Rating;
  readonly sources: readonly LedgerSource[];
  readonly reviewed?: string;
  readonly reviewer?: string;
  readonly notes?: string;
  /** Where the entry stands in the claims file (the whole sequence item). */
  readonly span: Span;
}

/** A problem found in the claims file itself. */
export interface LedgerProblem {
  readonly message: string;
  readonly severity: Severity;
  readonly span: Span;
  /** 1-based line and column of `span.start` in the claims file. */
  readonly line: number;
  readonly column: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * Every finding code, the one list the settings, `package.json` and the README are checked
 * against. Codes are API: editors link them to documentation and users silence them by name.
 * Never rename one.
 */
export const FINDING_CODES = [
  'unsourced-attribution',
  'unsourced-quantity',
  'unknown-citation',
  'disputed-claim',
  'figure-mismatch',
  'ledger-match',
  'weak-backing',
  'claims-file',
  'bibliography',
  'config-file',
  'draft-truncated',
  'not-checked',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** The codes of claims with no source: what the editor's status bar counts. */
export const UNSOURCED_CODES: readonly FindingCode[] = ['unsourced-attribution', 'unsourced-quantity'];

/** Something the engine reports about a draft. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** The claim the finding is about (absent for `unknown-citation`). */
  readonly claim?: Claim;
  /** Ids of the claims-file entries the claim matches or cites. */
  readonly entryIds: readonly string[];
  /** The entry an unsourced claim words otherwise, offered (not asserted) as what to cite. */
  readonly similarTo?: string;
  /** The citation an `unknown-citation` finding is about. */
  readonly citation?: Citation;
  /** Shown as information because the judge of warnings found an editor unlikely to ask for a source here (see claims/judge). */
  readonly judged?: true;
}
