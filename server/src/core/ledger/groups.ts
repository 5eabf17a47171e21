import type { NormToken } from '../text/normalize';
import type { Stems, Term } from '../text/terms';
import type { Span } from '../types';

// Groups of people a claim may be about, of which none is another: a figure about children is no
// claim about adults ("one in four children is overweight" against "one in four adults is obese"),
// nor one about women one about men. Each list is one dimension; each string in it, one group.

const DIMENSIONS: readonly (readonly string[])[] = [
  [
    'child children kid kids infant infants baby babies toddler toddlers pupil pupils',
    'teen teens teenager teenagers adolescent adolescents youth youths',
    'adult adults',
    'senior seniors pensioner pensioners retiree retirees elderly',
  ],
  ['man men male males', 'woman women female females'],
];

/** For a sentence's terms, the stems of the groups it is not about, in the dimensions it names a group of. */
export type OtherGroups = (terms: readonly Term[]) => readonly string[];

const NO_OTHERS: readonly string[] = [];

/** The groups' stems as `stems` makes them, by dimension and group. */
function groupStems(stems: Stems): string[][][] {
  return DIMENSIONS.map((dimension) => dimension.map((group) => [...new Set(group.split(' ').map((word) => stems.of(word)))]));
}

/** The groups terms name, each as "dimension:group", read through each stem's group (most terms name none). */
function namedBy(groups: readonly (readonly (readonly string[])[])[]): (terms: readonly Term[]) => Set<string> | undefined {
  const groupOf = new Map<string, string>();
  groups.forEach((dimension, d) => dimension.forEach((group, g) => group.forEach((stem) => groupOf.set(stem, `${d}:${g}`))));
  return (terms) => {
    let named: Set<string> | undefined;
    for (const { term } of terms) {
      const at = groupOf.get(term);
      if (at !== undefined) (named ??= new Set()).add(at);
    }
    return named;
  };
}

/** The groups' stems as `stems` makes them, and which other groups each sentence's rules out. */
export function otherGroupsOf(stems: Stems): OtherGroups {
  const groups = groupStems(stems);
  const namedIn = namedBy(groups);
  return (terms) => {
    const named = namedIn(terms);
    if (named === undefined) return NO_OTHERS;
    const others: string[] = [];
    groups.forEach((dimension, d) => {
      const isNamed = (g: number): boolean => named.has(`${d}:${g}`);
      if (!dimension.some((_, g) => isNamed(g))) return;
      dimension.forEach((group, g) => isNamed(g) || others.push(...group));
    });
    return others;
  };
}

/**
 * Whether a text's terms name a group that `entryTerms` (an entry's wordings' terms, read only when
 * the text names one) do not: "The women's team won its third league title" names women, where "the
 * club's 19th league title" names no one. A figure said of a group its entry does not name is that
 * group's, not the entry's.
 */
export function foreignGroupsOf(stems: Stems): (terms: readonly Term[], entryTerms: () => readonly Term[]) => boolean {
  const namedIn = namedBy(groupStems(stems));
  return (terms, entryTerms) => {
    const ours = namedIn(terms);
    if (ours === undefined) return false;
    const theirs = namedIn(entryTerms());
    for (const group of ours) if (!theirs?.has(group)) return true;
    return false;
  };
}

/** Marks that end a clause: what follows ", sparking youth-led protests" is not whose the figure before it is. */
const CLAUSE_END = /[,;:—–()]/;

/**
 * Where the words that may say whose a sentence's `figures` are (a group, a place) end: at "than",
 * after which is what a figure is compared with ("more than many retirees get"), or at the end of
 * the clause of its last figure, whichever is first.
 */
export function whoseEnd(text: string, tokens: readonly NormToken[], figures: readonly { readonly span: Span }[]): number {
  const than = tokens.find((t) => t.norm === 'than')?.start ?? Infinity;
  const last = figures.reduce((end, f) => Math.max(end, f.span.end), 0);
  const mark = figures.length > 0 ? text.slice(last).search(CLAUSE_END) : -1;
  return Math.min(than, mark < 0 ? Infinity : last + mark);
}
