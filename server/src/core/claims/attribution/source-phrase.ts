import type { Run, Sentence } from './sentence';
import { DETERMINERS, OBJECT_PRONOUNS, QUANTIFIERS, SUBJECT_PRONOUNS, isNameLike } from './words';

// What follows or precedes a source phrase ("according to", "the words of"): whether it names a
// source, and whether it is a source phrase at all.

/** Whether a phrase names someone: a name, or a noun of people who speak. */
export function names(s: Sentence, np: Run): boolean {
  for (let k = np.start; k < np.end; k++) if (isNameLike(s.tokens[k]) || s.lexicon.sourceNouns.has(s.keys[k] ?? '')) return true;
  return false;
}

/** Whether a verb of sorting or fitting stands a few words before `k` in its clause: "grouped … according to", "vary according to", "expand and contract according to". */
export function sorted(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (s.tokens[j]?.type === 'punct') return false;
    if (SORTING.test(s.keys[j] ?? '')) return true;
  }
  return false;
}

const SORTING = /^(?:divide|group|sort|rank|arrange|organi[sz]e|classif(?:y|ie)|categori[sz]e|prioriti[sz]e|tailor|adjust|assign|price|vary|varie|differ|change|expand|contract|scale|adapt|fluctuate)(?:s|d|ed|ing)?$/;

/** Whether a phrase can be a source: it has a name, a determiner, a pronoun or a noun of sources. */
export function isSourceLike(s: Sentence, np: Run): boolean {
  for (let k = np.start; k < np.end; k++) {
    const key = s.keys[k] ?? '';
    if (isNameLike(s.tokens[k]) || DETERMINERS.has(key) || QUANTIFIERS.has(key) || OBJECT_PRONOUNS.has(key) || SUBJECT_PRONOUNS.has(key)) return true;
    if (key.endsWith("'s") || s.lexicon.sourceNouns.has(key) || s.lexicon.documentNouns.has(key)) return true;
  }
  return false;
}
