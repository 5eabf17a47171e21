import type { Cue } from './cue';
import { nounPhraseBefore } from './noun-phrase';
import { isCloseQuote, quotesBefore, type Sentence } from './sentence';
import { APPOSITIVE_MARKS, SUBJECT_PRONOUNS } from './words';

// "survey questions", "data reports", "blog posts", "release notes": after a noun of documents or
// sources, an "-s" form is a verb ("the study finds that …", "the survey shows 40 percent …") only
// when something it reports follows. Followed by a preposition of place or purpose, "and", "or" or
// the sentence's end, the two nouns make one.

/** The fewest words of a quotation a tag after it reports. */
const MIN_TAGGED = 3;

/** Words that follow a plural noun's phrase, not a verb of reporting: "reports for agencies", "posts on Twitter", "questions like". */
const AFTER_NOUNS = new Set(['for', 'with', 'on', 'in', 'from', 'like', 'at', 'across', 'and', 'or']);

/** Whether the "-s" form of `cue`, after a noun of documents or sources, ends a compound noun rather than reporting. */
export function endsCompound(s: Sentence, cue: Cue): boolean {
  // "“…,” the report notes.": a quotation's tag; a quoted label ("the “Other Apps” tab") is none.
  if (!cue.inflections.includes('third') || quotesBefore(s, cue.start, MIN_TAGGED) || isCloseQuote(s, cue.start - 2)) return false;
  // "Races are close, a Quinnipiac University poll shows.": a reporting clause after what it reports.
  // But ", recent release notes, and site launches": an item of a list goes on to the next.
  const next = s.tokens[cue.end];
  const listed = next?.text === ',' && LIST_LINKS.has(s.keys[cue.end + 1] ?? '');
  const phrase = nounPhraseBefore(s, cue.start - 1);
  if (phrase !== undefined && APPOSITIVE_MARKS.has(s.tokens[phrase.start - 1]?.text ?? '')) return listed;
  if (next === undefined || next.text === '.' || next.text === '!') return true;
  // "… open source projects, so you can …": a comma before another clause's subject or conjunction ("The survey shows, however, that …" reports).
  if (next.text === ',') return SUBJECT_PRONOUNS.has(s.keys[cue.end + 1] ?? '') || CLAUSE_LINKS.has(s.keys[cue.end + 1] ?? '');
  return next.type === 'word' && AFTER_NOUNS.has(s.keys[cue.end] ?? '');
}

/** Words that go on to a list's last item after a comma. */
const LIST_LINKS = new Set(['and', 'or']);

/** Words that open a clause of their own after a comma, besides a subject pronoun. */
const CLAUSE_LINKS = new Set(['so', 'but', 'and', 'or', 'which', 'while']);
