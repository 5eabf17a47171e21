import { CURRENCIES } from '../text/figures';

// A phrase with no figure ("no regular family doctor", "cap on study permits") names a topic more
// than a claim: a sentence on the topic that gives another figure of a kind the entry's claim
// gives ("About 2.5 million Ontarians have no regular family doctor" against 6.5 million adults;
// "€28 billion in military assistance" against "$4 billion") does not state the entry's claim.
// Years aside: a sentence dates what it reports, which need not be when the claim happened.

const YEAR = /^#(1[89]|20)\d\d$/;

/**
 * Whether a sentence's figure terms (see ../text/terms) contradict an entry's `checked` ones: some
 * figure of a kind the entry gives (a unit; all money one kind; a count) and none the entry gives.
 */
export function figuresContradict(sentence: readonly string[], checked: ReadonlyArray<{ readonly term: string }>): boolean {
  let other = false;
  for (const figure of sentence) {
    if (YEAR.test(figure)) continue;
    const kind = kindOf(figure);
    if (!checked.some((c) => !YEAR.test(c.term) && kindOf(c.term) === kind)) continue;
    if (checked.some((c) => c.term === figure)) return false;
    other = true;
  }
  return other;
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
