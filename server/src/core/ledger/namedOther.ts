import { normalizeTokens, type NormToken } from '../text/normalize';
import type { Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import type { FigureMismatch } from './ledger';
import { acronymsIn, namesSpelled } from './acronyms';
import { capitalizedPastFirst, contentStems, DATE_NAMES, isCapitalizedAt, isContent, namesIn } from './wording';

// A writer who gives a checked claim another figure keeps its subject: "Alphabet cut 11,000 jobs"
// changes Alphabet's 12,000, but "Goldman Sachs began cutting about 3,200 jobs" is another
// company's cut, and "The Eras Tour concert film grossed about $261 million worldwide" another
// film's takings than Barbie's $1.44 billion. Where the claim names its subject, and the sentence
// writes no word of any of the claim's names (nor an acronym of one) but, before the figure, names
// something the claim's wording does not, the figure is that other's. A claim's first word written
// capitalized counts as a name here ("Barbie was …"): a sentence that changes the figure of
// "Unemployment fell to …" still writes "unemployment".

/** What the test reads of a claim: its names, as their words' stems, the acronyms they would have, and every word of its wording. */
interface ClaimNames {
  readonly names: readonly (readonly string[])[];
  readonly spelled: ReadonlySet<string>;
  readonly known: ReadonlySet<string>;
}

/** Whether a sentence (`text`, its `tokens`) names another subject than `entry`'s claim before the first of its `figures` changed. */
export type NamedOtherTest = (text: string, tokens: readonly NormToken[], entry: LedgerEntry | undefined, figures: FigureMismatch['figures']) => boolean;

/** The test, each entry's claim read when first asked about, and kept. */
export function namedOtherTest(stems: Stems): NamedOtherTest {
  const read = new Map<LedgerEntry, ClaimNames>();
  const namesOf = (entry: LedgerEntry): ClaimNames => {
    let names = read.get(entry);
    if (names === undefined) {
      const claim = entry.claim ?? '';
      const tokens = normalizeTokens(claim);
      const named = new Set(entry.match.flatMap((w) => capitalizedPastFirst(w, normalizeTokens(w), stems)));
      const first = tokens[0];
      if (first !== undefined && isCapitalizedAt(claim, tokens, 0) && isContent(first.norm) && !DATE_NAMES.has(first.norm)) named.add(stems.of(first.norm));
      const known = new Set([tokens, ...entry.match.map((w) => normalizeTokens(w))].flatMap((t) => contentStems(t, stems)));
      names = { names: namesIn(claim, tokens, stems, named), spelled: namesSpelled(claim, tokens), known };
      read.set(entry, names);
    }
    return names;
  };
  return (text, tokens, entry, figures) => {
    if (entry === undefined) return false;
    const claim = namesOf(entry);
    if (claim.names.length === 0) return false;
    const words = new Set(contentStems(tokens, stems));
    if (claim.names.some((name) => name.some((w) => words.has(w))) || acronymsIn(text, tokens).some((a) => claim.spelled.has(a))) return false;
    // Its subject comes before the figure; a name after it may be its source ("…, FIFA said").
    const figureAt = Math.min(...figures.map((f) => f.span.start));
    return namesIn(text, tokens.filter((t) => t.start < figureAt), stems).some((name) => !name.some((w) => claim.known.has(w)));
  };
}
