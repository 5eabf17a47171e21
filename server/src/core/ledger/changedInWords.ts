import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { isYearTerm, termsOf, type Stems, type Term } from '../text/terms';
import type { LedgerEntry } from '../types';
import { mayBeChanged } from './figureChange';
import { unitOf } from './figureConflict';
import type { FigureMismatch } from './ledger';
import type { AlikeEntry } from './similar';

// An entry's claim stated in a sentence's own words with another figure: "Unemployment fell to
// 3.6 percent in March" against "Unemployment fell to 3.8 percent in March".

/** A figure an entry's claim or phrase writes: its term (see ../text/terms) and its text. */
export interface CheckedFigure {
  readonly entryId: string;
  readonly term: string;
  readonly text: string;
  /** The term's unit (see ./figureConflict), and whether it is a year: read once, as the entry's figures are. */
  readonly unit: string;
  readonly year: boolean;
}

/** Leaves out of a sentence's changed figures those of another period or group (see ./ledger). */
export type KeepChanges = (text: string, tokens: readonly NormToken[], found: FigureMismatch[]) => FigureMismatch[];

/** Reads entries' figures, each entry's once, when it is first asked for: few entries ever are. */
export class EntryFigures {
  private readonly checked = new Map<LedgerEntry, readonly CheckedFigure[]>();

  constructor(private readonly stems: Stems) {}

  /** The figures the entry's claim and phrases write. */
  checkedOf(entry: LedgerEntry): readonly CheckedFigure[] {
    let checked = this.checked.get(entry);
    if (checked === undefined) {
      checked = [entry.claim ?? '', ...entry.match].flatMap((wording) =>
        termsOf(normalizeTokens(wording), this.stems).flatMap((t) =>
          t.figure ? [{ entryId: entry.id, term: t.term, text: wording.slice(t.start, t.end), unit: unitOf(t.term), year: isYearTerm(t.term) }] : [],
        ),
      );
      this.checked.set(entry, checked);
    }
    return checked;
  }
}

/**
 * The first figure of `text` that none of the `alike` entries (most alike first, their entries
 * `byId`) gives, standing for the one figure of its unit that the most alike of those giving that
 * unit gives and the sentence does not, however the words are ordered: "Avatar remains the
 * highest-grossing film of all time, with about $2.79 billion" changes Avatar's checked takings,
 * not those of Barbie, "the highest-grossing film of 2023". None where entries as alike give
 * several figures of that unit (which one the sentence changes, its words cannot tell).
 */
export function changedInWords(
  text: string,
  tokens: readonly NormToken[],
  alike: readonly AlikeEntry[],
  byId: ReadonlyMap<string, LedgerEntry>,
  figures: EntryFigures,
  stems: Stems,
): FigureMismatch[] {
  if (alike.length === 0 || !tokens.some((t) => isFigureNorm(t.norm))) return [];
  const shares = new Map(alike.map((a) => [a.id, a.share]));
  const asAlike = (a: string, b: string): boolean => Math.abs((shares.get(a) ?? 0) - (shares.get(b) ?? 0)) < SAME_SHARE;
  const checked = alike.flatMap((a) => {
    const entry = byId.get(a.id);
    return entry ? figures.checkedOf(entry) : [];
  });
  return changedOf(text, termsOf(tokens, stems).filter((t) => t.figure), checked, undefined, asAlike);
}

/** Two entries whose shares of the sentence differ by less than this are as alike to it. */
const SAME_SHARE = 1e-9;

/**
 * The first of the sentence's `written` figures that no `checked` figure is, standing for the one of
 * its unit that the sentence does not give (its figures' terms `given`), of the first entry in
 * `checked` that gives that unit and of those `asAlike` it: see `changedInWords`.
 */
export function changedOf(
  text: string,
  written: readonly Term[],
  checked: readonly CheckedFigure[],
  given: ReadonlySet<string> = new Set(written.map((w) => w.term)),
  asAlike: (entryId: string, other: string) => boolean = ALL_ALIKE,
): FigureMismatch[] {
  const unchecked = written.filter((w) => !checked.some((c) => c.term === w.term));
  if (isAnotherThings(written, unchecked, checked)) return [];
  for (const w of unchecked) {
    // "Turnout at the 2023 election was 78.2 percent" against 2024's 59.7: a year changed with
    // another figure too dates another claim; only the claim's own figures beside it make it this one's year changed.
    if (isYearTerm(w.term) && unchecked.some((u) => !isYearTerm(u.term))) continue;
    const unit = unitOf(w.term);
    const ofUnit = checked.filter((c) => c.unit === unit && !given.has(c.term));
    const [first] = ofUnit;
    if (!first || ofUnit.some((c) => c.term !== first.term && asAlike(c.entryId, first.entryId)) || !mayBeChanged(w.term, first.term)) continue;
    // A count is no rank changed, nor a rank a count: "lost 12-11" changes no "fourth world title".
    if (isOrdinal(text.slice(w.start, w.end)) !== isOrdinal(first.text)) continue;
    const span = { start: w.start, end: w.end };
    return [{ entryId: first.entryId, phrase: first.text, span, figures: [{ span, found: text.slice(w.start, w.end), expected: first.text }] }];
  }
  return [];
}

const ALL_ALIKE = (): boolean => true;

/**
 * Whether a sentence whose figures are `written` (those no checked figure is `unchecked`) changes
 * figures of two of the claim's units and keeps none of its figures, years aside: a writer changes
 * a figure, not a claim's every one, so it is another thing's ("Bolt also holds the 200m world
 * record of 19.19 seconds" against the 100m record of 9.58 seconds).
 */
function isAnotherThings(written: readonly Term[], unchecked: readonly Term[], checked: readonly CheckedFigure[]): boolean {
  const units = new Set(unchecked.flatMap((w) => (!isYearTerm(w.term) && checked.some((c) => !c.year && c.unit === unitOf(w.term)) ? [unitOf(w.term)] : [])));
  return units.size >= 2 && !written.some((w) => !isYearTerm(w.term) && checked.some((c) => c.term === w.term));
}

/** Whether a figure, as written, is an ordinal: "fourth", "19th". */
function isOrdinal(written: string): boolean {
  return /\d(?:st|nd|rd|th)$/.test(normalizeTokens(written)[0]?.norm ?? '');
}
