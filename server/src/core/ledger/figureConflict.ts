import { CURRENCIES } from '../text/figures';
import type { NormToken } from '../text/normalize';
import type { Term } from '../text/terms';
import type { Span } from '../types';

// A phrase names a claim; the sentence's other figures say whether it states it.
// - Beside a phrase with no figure ("no regular family doctor", "cap on study permits"), which names
//   a topic more than a claim, a figure of a kind the entry's claim gives, where the sentence gives
//   none the claim gives of that kind, is another claim on the topic: "About 2.5 million Ontarians
//   have no regular family doctor" is not the entry's 6.5 million adults, nor "€28 billion in
//   military assistance" its "$4 billion". Years aside: a sentence dates what it reports.
// - Beside any phrase, a year in the place of the claim's (after the same word, "since 1954" for
//   "since 1945", "by 2035" for "by 2030", or heading both) is the claim's year changed: "She is the
//   first prime minister since 1954 to win a third consecutive term". A year after another word
//   ("up from 2020") is a comparison.

/** A figure an entry's claim or phrase writes: its term (see ../text/terms), its text, and the word before it, normalized. */
export interface CheckedFigure {
  readonly entryId: string;
  readonly term: string;
  readonly text: string;
  readonly lead?: string;
}

/** What a sentence's figures beside a phrase say of its entry's: another figure, and the one changed where it can tell. */
export interface Conflict {
  readonly changed?: { readonly found: Term; readonly expected: CheckedFigure };
}

const YEAR = /^#(1[89]|20)\d\d$/;

/** Whether a sentence's `figures` may contradict an entry beside a phrase (`bare`: with no figure): only years may beside one with a figure. */
export function mayConflict(figures: readonly Term[], bare: boolean): boolean {
  return bare ? figures.length > 0 : figures.some((f) => YEAR.test(f.term));
}

/**
 * Whether the sentence's `figures` outside the phrase at `phrase` contradict its entry's `checked`
 * figures, as above (`bare` for a phrase with no figure); `leadOf` gives the word before a
 * sentence's figure, normalized, by where it starts.
 */
export function conflictOf(
  figures: readonly Term[],
  leadOf: (start: number) => string | undefined,
  phrase: Span,
  checked: readonly CheckedFigure[],
  bare: boolean,
): Conflict | undefined {
  const beside = figures.filter((f) => f.end <= phrase.start || phrase.end <= f.start);
  // The first year in the place of one of the claim's, unless the sentence gives one of the claim's years.
  let changed: Conflict['changed'];
  for (const found of beside) {
    if (!YEAR.test(found.term)) continue;
    if (checked.some((c) => c.term === found.term)) {
      changed = undefined;
      break;
    }
    const lead = changed ? undefined : leadOf(found.start);
    const expected = lead === undefined ? undefined : checked.find((c) => YEAR.test(c.term) && c.lead === lead);
    if (expected) changed = { found, expected };
  }
  if (changed) return { changed };
  return bare && contradicts(beside, checked) ? {} : undefined;
}

/** Whether `figures` give some figure of a kind `checked` gives, years aside, and none `checked` gives. */
function contradicts(figures: readonly Term[], checked: readonly CheckedFigure[]): boolean {
  let other = false;
  for (const { term } of figures) {
    if (YEAR.test(term)) continue;
    const kind = kindOf(term);
    if (!checked.some((c) => !YEAR.test(c.term) && kindOf(c.term) === kind)) continue;
    if (checked.some((c) => c.term === term)) return false;
    other = true;
  }
  return other;
}

/** What a figure term counts: money of any currency, its unit, or nothing for a count. */
function kindOf(term: string): string {
  const unit = unitOf(term);
  return CURRENCIES.has(unit) ? 'money' : unit;
}

/** A figure term's unit ("#3.8 percent" → "percent"), or nothing for a bare number. */
export function unitOf(term: string): string {
  const space = term.indexOf(' ');
  return space < 0 ? '' : term.slice(space + 1);
}

/** The normalized word before the one that starts at `start` among `tokens`; none at the start. */
export function leadOf(tokens: readonly NormToken[], start: number): string {
  let lead = '';
  for (const t of tokens) {
    if (t.end > start) break;
    lead = t.norm;
  }
  return lead;
}
