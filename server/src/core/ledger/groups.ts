import type { Stems } from '../text/terms';

// Groups of people a claim may be about, of which none is another: a figure about children is no
// claim about adults ("one in four children is overweight" against "one in four adults is obese"),
// nor one about women one about men. Each list is one dimension; each string in it, one group.

const DIMENSIONS: readonly (readonly string[])[] = [
  [
    'child children kid kids infant infants baby babies toddler toddlers pupil pupils',
    'teen teens teenager teenagers adolescent adolescents',
    'adult adults',
    'senior seniors pensioner pensioners retiree retirees elderly',
  ],
  ['man men male males', 'woman women female females'],
];

/** For the stems of a sentence's words, the stems of the groups it is not about, in the dimensions it names a group of. */
export type OtherGroups = (stems: ReadonlySet<string>) => readonly string[];

/** The groups' stems as `stems` makes them, and which other groups each sentence's rules out. */
export function otherGroupsOf(stems: Stems): OtherGroups {
  const dimensions = DIMENSIONS.map((groups) => groups.map((group) => new Set(group.split(' ').map((word) => stems.of(word)))));
  return (present) => {
    const others: string[] = [];
    for (const groups of dimensions) {
      const named = groups.filter((group) => [...group].some((stem) => present.has(stem)));
      if (named.length === 0) continue;
      for (const group of groups) if (!named.includes(group)) others.push(...group);
    }
    return others;
  };
}
