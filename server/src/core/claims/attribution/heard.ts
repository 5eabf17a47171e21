import type { Cue } from './cue';
import { nounPhraseAfter } from './noun-phrase';
import { isAdverb, type Sentence } from './sentence';
import { speakerOf, type Speaker } from './speaker';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS } from './words';

// What others told the writer: "We've heard from agencies that they would like …", "I've heard many
// times from government reps that …", "we also heard back from the community asking why …". The
// writer hears; the people heard from speak, and the claim is theirs.

/** Words that may stand between "heard" and "from": "heard back from", "heard many times from". */
const BETWEEN = new Set(['back', 'many', 'several', 'times', 'time', 'and', 'again', 'over']);

/**
 * The speaker, the end and where reading resumes of "heard from X that …" at `cue`, a form of
 * "hear"; the speaker is none where a pronoun stands for them ("from you").
 */
export function heardFrom(s: Sentence, cue: Cue): { readonly speaker?: Speaker; readonly end: number; readonly resume: number } | undefined {
  if (cue.base !== 'hear') return undefined;
  let k = cue.end;
  while (k < cue.end + 4 && (isAdverb(s, k) || TIME_WORDS.has(s.keys[k] ?? '') || BETWEEN.has(s.keys[k] ?? ''))) k++;
  if (s.keys[k] !== 'from') return undefined;
  const np = nounPhraseAfter(s, k + 1);
  if (np === undefined) return undefined;
  // What they said follows them: a "that" clause, or what they were doing ("asking why …", "saying …").
  const after = s.keys[np.end] ?? '';
  const doing = after.endsWith('ing') && s.lexicon.verbs.has(after);
  if (after !== 'that' && !doing) return undefined;
  const pronoun = OBJECT_PRONOUNS.has(s.keys[np.start] ?? '') || SUBJECT_PRONOUNS.has(s.keys[np.start] ?? '');
  // The gerund is read with them, not again as a claim of its own.
  return { ...(pronoun ? {} : { speaker: speakerOf(s, np) }), end: np.end, resume: doing ? np.end + 1 : np.end };
}
