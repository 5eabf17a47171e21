import { isAdverb, type Sentence } from './sentence';
import { AUXILIARIES, NEGATED, isPronounContraction } from './words';

// The auxiliaries before a verb ("has been", "was", "I'm"): which one stands nearest, where they
// start, and the subject before them.

/** The auxiliary nearest before the verb, between `from` and `to`, without its "n't". */
export function nearestAuxiliary(s: Sentence, from: number, to: number): string | undefined {
  for (let k = to - 1; k > from; k--) {
    const key = s.keys[k] ?? '';
    const bare = key.endsWith("n't") ? (NEGATED[key] ?? key.slice(0, -3)) : key;
    if (AUXILIARIES.has(bare)) return bare;
  }
  return undefined;
}

/** The "be" a pronoun's contraction holds: "I'm told that …", "we're assured that …" ("he's" may be "has"). */
export function contractedBe(key: string): string | undefined {
  if (!isPronounContraction(key)) return undefined;
  return key.endsWith("'m") ? 'am' : key.endsWith("'re") ? 'are' : undefined;
}

/** Where the auxiliaries before a passive participle start: "was reported", "I'm told". */
export function auxiliaryStart(s: Sentence, k: number): number {
  let j = k;
  while (j > 0 && (AUXILIARIES.has(s.keys[j - 1] ?? '') || isAdverb(s, j - 1))) j--;
  return contractedBe(s.keys[j - 1] ?? '') === undefined ? j : j - 1;
}

/** The word before a passive's auxiliaries, its subject if a pronoun: "it is said", "you're told" ("you"). */
export function passiveSubject(s: Sentence, k: number): string {
  const start = auxiliaryStart(s, k);
  const key = s.keys[start] ?? '';
  return contractedBe(key) === undefined ? (s.keys[start - 1] ?? '') : key.slice(0, key.indexOf("'"));
}
