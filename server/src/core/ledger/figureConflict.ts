import { CURRENCIES } from '../text/figures';
import { isYearTerm } from '../text/terms';

// A phrase with no figure ("no regular family doctor", "cap on study permits") names a topic more
// than a claim: a sentence on the topic that gives another figure of a kind the entry's claim
// gives ("About 2.5 million Ontarians have no regular family doctor" against 6.5 million adults;
// "€28 billion in military assistance" against "$4 billion") does not state the entry's claim.
// Years aside: a sentence dates what it reports, which need not be when the claim happened. But a
// changed figure dated to another year than the entry's is another period's (see `otherPeriod`).

/**
 * Whether a sentence's figure terms (see ../text/terms) contradict an entry's `checked` ones: some
 * figure of a kind the entry gives (a unit; all money one kind; a count) and none the entry gives.
 */
export function figuresContradict(sentence: readonly string[], checked: ReadonlyArray<{ readonly term: string }>): boolean {
  let other = false;
  for (const figure of sentence) {
    if (isYearTerm(figure)) continue;
    const kind = kindOf(figure);
    if (!checked.some((c) => !isYearTerm(c.term) && kindOf(c.term) === kind)) continue;
    if (checked.some((c) => c.term === figure)) return false;
    other = true;
  }
  return other;
}

/**
 * Whether a sentence's figure terms change one of an entry's `checked` ones, though it may share
 * others: of some kind the entry gives, the sentence gives figures and none of the entry's.
 * "Ottawa capped study permits at about 485,000, down 35 percent" changes the cap of 360,000 that
 * the entry checked, whatever its 35 percent shares. Of a kind with a unit, it also changes one
 * where it gives one of the entry's and another that leaves one of the entry's out: "reduced
 * Najib Razak's 12-year prison sentence to eight years" changes the six years the entry checked.
 * A bare number need not be a figure of the claim's (a date's day, "on October 25").
 */
export function changesAFigure(sentence: readonly string[], checked: ReadonlyArray<{ readonly term: string }>): boolean {
  // By kind the entry gives and the sentence too: whether the sentence gives one of the entry's figures of it.
  const kept = new Map<string, boolean>();
  const isChecked = (figure: string): boolean => checked.some((c) => c.term === figure);
  for (const figure of sentence) {
    if (isYearTerm(figure)) continue;
    const kind = kindOf(figure);
    const ofKind = checked.filter((c) => !isYearTerm(c.term) && kindOf(c.term) === kind);
    if (ofKind.length === 0) continue;
    if (kind !== '' && !isChecked(figure) && ofKind.some((c) => !sentence.includes(c.term))) return true;
    kept.set(kind, kept.get(kind) === true || isChecked(figure));
  }
  for (const same of kept.values()) if (!same) return true;
  return false;
}

/**
 * Whether a sentence dates its figure in another year than an entry's checked figures: both name
 * years, and the sentence's latest is none of the entry's. Such a figure is another period's,
 * which the claims file has not checked, not the entry's changed ("The 2025 wildfire season has
 * burned 8.4 million hectares" against 2023's 18.4 million; "Shopify cut 10 percent of its staff in
 * July 2022" against its 2023 cut; a 2035 goal below 2005 levels against the 2030 one). The year
 * may be the figure that changed (`yearChanged`: "since 1954" against "since 1945").
 */
export function otherPeriod(sentence: readonly string[], checked: ReadonlyArray<{ readonly term: string }>, yearChanged: boolean): boolean {
  if (yearChanged) return false;
  const latest = latestYear(sentence.filter((term) => isYearTerm(term)));
  const theirs = checked.flatMap(({ term }) => (isYearTerm(term) ? [term] : []));
  return latest !== undefined && theirs.length > 0 && !theirs.includes(`#${latest}`);
}

/** The latest of year terms ("#2023"), as a number. */
function latestYear(years: readonly string[]): number | undefined {
  return years.length === 0 ? undefined : Math.max(...years.map((y) => Number(y.slice(1))));
}

/** Whether a figure as written is a year. */
export function isYearWritten(text: string): boolean {
  return isYearTerm(`#${text.trim()}`);
}

/** What a figure term counts: its unit, money of any currency, or nothing for a count. */
function kindOf(term: string): string {
  const unit = unitOf(term);
  return CURRENCIES.has(unit) ? 'money' : unit;
}

/** A figure term's unit ("#3.8 percent" → "percent"), or nothing for a bare number. */
export function unitOf(term: string): string {
  const space = term.indexOf(' ');
  return space < 0 ? '' : term.slice(space + 1);
}
