import porter2 from 'wink-porter2-stemmer';
import { normalizeTokens, type NormToken } from '../text/normalize';
import type { Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import type { FigureMismatch } from './ledger';
import { acronymsIn, namesSpelled } from './acronyms';
import { claimNames, contentStems, DATE_NAMES, isCapitalizedAt, isContent, namesIn } from './wording';

// A writer who gives a checked claim another figure keeps its subject: "Alphabet cut 11,000 jobs"
// changes Alphabet's 12,000, but "Goldman Sachs began cutting about 3,200 jobs" is another
// company's cut, and "The Eras Tour concert film grossed about $261 million worldwide" another
// film's takings than Barbie's $1.44 billion. Where the claim names its subject, and the sentence
// writes no word of any of the claim's names (nor an acronym of one) but, before the figure, names
// something the claim's wording does not, the figure is that other's. A claim's first word written
// capitalized counts as a name here ("Barbie was …"): a sentence that changes the figure of
// "Unemployment fell to …" still writes "unemployment"; a sentence's, only before a verb in the past
// ("Oppenheimer grossed …": see `opensWithName`).

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
      const known = new Set([tokens, ...entry.match.map((w) => normalizeTokens(w))].flatMap((t) => contentStems(t, stems)));
      names = { names: claimNames(claim, tokens, entry.match, stems, true), spelled: namesSpelled(claim, tokens), known };
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
    const before = tokens.filter((t) => t.start < figureAt);
    const opening = before[0] !== undefined && opensWithName(text, before, stems) ? new Set([stems.of(before[0].norm)]) : NO_NAMES;
    return namesIn(text, before, stems, opening).some((name) => !name.some((w) => claim.known.has(w)));
  };
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Whether a sentence's first word, written capitalized, is a name: no plural nor a date, right
 * before a verb in the past or "said" ("Oppenheimer grossed", "Microsoft said"; not "Fans
 * celebrated", "Since inflation peaked"). Elsewhere only an acronym or a run of capitalized words
 * opening a sentence reads as a name (./wording).
 */
function opensWithName(text: string, tokens: readonly NormToken[], stems: Stems): boolean {
  const first = tokens[0]?.norm ?? '';
  const next = tokens[1]?.norm ?? '';
  // An irregular past is stemmed as its base ("took" as "take"), which its own stem is not.
  const past = next.endsWith('ed') || next === 'said' || next === 'says' || (next.length > 2 && stems.of(next) !== porter2(next));
  return past && isCapitalizedAt(text, tokens, 0) && isContent(first) && !DATE_NAMES.has(first) && !first.endsWith('s');
}
