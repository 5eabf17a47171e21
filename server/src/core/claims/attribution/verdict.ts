import type { Cue } from './cue';
import { beforeAdverbs, isAdverb, type Run, type Sentence } from './sentence';
import { agent } from './speaker';
import { auxiliaryStart, contractedBe, passiveSubject } from './auxiliaries';
import { BE, HEDGES } from './words';

// A judgement passed by no one named: "government sites are considered more trustworthy",
// "RPA is seen as a game changer", "Jefferson, regarded as the strongest writer, …". Who holds
// that view is the question an editor asks, as with "is said to".

/** Verbs of judging whose passive states a verdict. */
const JUDGING: ReadonlySet<string> = new Set(['consider', 'regard', 'see', 'view', 'perceive', 'deem']);

/** Words that open a ranking or a comparison: "the most …", "one of the best", "more trustworthy". */
const GRADING: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'best', 'worst', 'better', 'worse', 'leading', 'top']);

/**
 * The span of an unowned verdict at `cue` ("are considered", ", regarded as"), if the verb is a
 * passive of judging with no agent, not after a modal, "you" or "to", and what it grants is graded or a
 * kind: a comparative, a superlative, or "a"/"an" and a noun. "Are considered “beta”" and "is
 * considered part of" name what a thing is called or counted as, and pass no verdict.
 */
export function unownedVerdict(s: Sentence, cue: Cue): Run | undefined {
  if (!JUDGING.has(cue.base) || cue.end - cue.start !== 1 || !cue.inflections.includes('participle')) return undefined;
  const start = auxiliaryStart(s, cue.start);
  // The passive after its auxiliary ("are widely considered"), or a participle set off after what it judges.
  const reduced = s.tokens[cue.start - 1]?.text === ',';
  const be = s.keys[beforeAdverbs(s, cue.start)] ?? '';
  if (!reduced && !BE.has(be) && contractedBe(be) === undefined) return undefined;
  const before = passiveSubject(s, cue.start);
  // "could be considered a best practice" offers a view, and "It's important to be seen as a trusted source" is an aim: neither reports one.
  if (HEDGES.has(before) || s.keys.slice(start, cue.start).some((k) => HEDGES.has(k)) || before === 'you' || before === 'to') return undefined;
  let k = cue.end;
  while (isAdverb(s, k)) k++;
  if (s.keys[k] === 'as' || (s.keys[k] === 'to' && s.keys[k + 1] === 'be')) k += s.keys[k] === 'as' ? 1 : 2;
  else if (cue.base !== 'consider' && cue.base !== 'deem') return undefined;
  if (!graded(s, k) || agent(s, cue.end) !== undefined) return undefined;
  return { start: reduced ? cue.start : start, end: cue.end };
}

/** Whether the words from `k` grade or classify: "more trustworthy", "the strongest", "one of the best", "a game changer". */
function graded(s: Sentence, k: number): boolean {
  let j = k;
  if (s.keys[j] === 'one' && s.keys[j + 1] === 'of') j += 2;
  if (s.keys[j] === 'the') j++;
  const key = s.keys[j] ?? '';
  if (GRADING.has(key) || (j > k && /^[a-z]{3,}est$/.test(key)) || (/^[a-z]{3,}er$/.test(key) && s.keys[j + 1] === 'than')) return true;
  // "a game changer": an article and a word, when nothing before it was a "the".
  return j === k && (key === 'a' || key === 'an') && s.tokens[j + 1]?.type === 'word';
}
