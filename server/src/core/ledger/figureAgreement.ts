import { normalizeTokens } from '../text/normalize';
import type { RelatedWords } from '../text/related';
import type { Stems } from '../text/terms';
import type { LedgerEntry } from '../types';
import type { FigureMismatch } from './ledger';
import { figuresOf, figureWordsOf, type FigureWords } from './figureWords';

// Whether a sentence's figure is of the same thing as an entry's same figure (see ./figureWords):
// "Gun crime rose 9 percent" is not "Knife crime rose 9 percent", nor "One in four adults says they
// have skipped meals" one in four adults who are obese, though each pair shares a figure and words.

/** What a sentence's figure words say of an entry's: the same thing, another, or nothing to tell. */
export type Agreement = 'agree' | 'against' | 'unknown';

/** An entry's figure words, by figure term (see `figuresOf`). */
type EntryFigures = ReadonlyMap<string, readonly FigureWords[]>;

/** A figure of a sentence: its term (see ../text/terms) and where the sentence writes it. */
export interface SentenceFigure {
  readonly term: string;
  readonly start: number;
}

/**
 * What a sentence's `figures` that entry `e` of `entries` states too say of the entry's (`wordsAt`
 * reads the sentence's figure at an offset): agree if any figure's words agree with the entry's,
 * against if none does and some is against, else nothing to tell. An entry's figure words are read
 * when it is first tested, and kept: few entries are ever tested.
 */
export function sameThingTest(
  entries: readonly LedgerEntry[],
  stems: Stems,
  related: RelatedWords,
): (e: number, figures: readonly SentenceFigure[], wordsAt: (start: number) => FigureWords | undefined) => Agreement {
  const read = new Map<number, EntryFigures>();
  const entryFigures = (e: number): EntryFigures => {
    let found = read.get(e);
    if (!found) {
      const byTerm = new Map<string, FigureWords[]>();
      const entry = entries[e];
      for (const wording of entry ? [entry.claim ?? '', ...entry.match] : []) {
        for (const [term, words] of figuresOf(wording, normalizeTokens(wording), stems)) byTerm.set(term, [...(byTerm.get(term) ?? []), ...words]);
      }
      read.set(e, (found = byTerm));
    }
    return found;
  };
  return (e, figures, wordsAt) => {
    if (figures.length === 0) return 'unknown';
    const entry = entryFigures(e);
    let verdict: Agreement = 'unknown';
    for (const { term, start } of figures) {
      const theirs = entry.get(term);
      const ours = theirs && wordsAt(start);
      const found = ours ? figuresAgree(ours, theirs ?? [], related) : 'unknown';
      if (found === 'agree') return found;
      if (found === 'against') verdict = found;
    }
    return verdict;
  };
}

/**
 * Whether a sentence's changed `figures` (see ./ledger) are said of another thing than the entry's
 * figures they would stand for (`wordsAt` reads the sentence's figure at an offset): "Turnout in
 * the 2024 local and European elections was just under 50 percent" changes no figure of turnout at
 * the general election. Only a changed figure reaches this, so each entry wording is read afresh.
 */
export function ofAnotherThing(
  entry: LedgerEntry,
  figures: FigureMismatch['figures'],
  wordsAt: (start: number) => FigureWords | undefined,
  stems: Stems,
  related: RelatedWords,
): boolean {
  const wordings = [entry.claim ?? '', ...entry.match];
  return figures.some(({ span, expected }) => {
    const ours = wordsAt(span.start);
    const theirs = wordings.flatMap((w) => {
      const at = w.indexOf(expected);
      return (at < 0 ? undefined : figureWordsOf(w, normalizeTokens(w), stems)(at)) ?? [];
    });
    return ours !== undefined && theirs.length > 0 && figuresAgree(ours, theirs, related) === 'against';
  });
}

/**
 * The sentence's figure words against those of each of an entry's wordings with that figure: they
 * agree if any wording's do, and are against only if some wording's are and none agrees.
 */
export function figuresAgree(sentence: FigureWords, wordings: readonly FigureWords[], related: RelatedWords): Agreement {
  const same = (a: string, b: string): boolean => a === b || related.of(a).some((r) => r.stem === b);
  let verdict: Agreement = 'unknown';
  for (const entry of wordings) {
    const found = agreement(sentence, entry, same);
    if (found === 'agree') return found;
    if (found === 'against') verdict = found;
  }
  return verdict;
}

/** One wording's figure words against the sentence's: the phrases the figures are of, then for a share what it is or does. */
function agreement(sentence: FigureWords, entry: FigureWords, same: (a: string, b: string) => boolean): Agreement {
  const ours = ownPhrase(sentence);
  const theirs = ownPhrase(entry);
  if (ours.length === 0 || theirs.length === 0) return 'unknown';
  const phrases = phrasesAgree(ours, theirs, same);
  if (phrases !== 'agree' || sentence.predicate.length === 0 || entry.predicate.length === 0) return phrases;
  return sentence.predicate.some((a) => entry.predicate.some((b) => same(a, b))) ? 'agree' : 'against';
}

/** Whether a figure's words say what it is of: what it counts or measures. */
export function saysWhatOf(words: FigureWords): boolean {
  return ownPhrase(words).length > 0;
}

/** The phrase a figure is of: what it counts, or else the subject it measures. */
function ownPhrase(words: FigureWords): readonly string[] {
  return words.counted.length > 0 ? words.counted : words.subject;
}

/**
 * Two noun phrases are of one thing when the head (the last word) of either is a word of the
 * other, unless the words before two like heads differ ("gun crime", "knife crime") and neither is
 * a word of the other phrase. Phrases whose heads are in neither may be one thing in other words
 * ("youngsters", "children"; "bus services", "bus routes"): nothing to tell.
 */
function phrasesAgree(a: readonly string[], b: readonly string[], same: (x: string, y: string) => boolean): Agreement {
  const headA = a.at(-1) ?? '';
  const headB = b.at(-1) ?? '';
  const has = (phrase: readonly string[], word: string): boolean => phrase.some((w) => same(word, w));
  if (!has(b, headA) && !has(a, headB)) return 'unknown';
  if (!same(headA, headB) || a.length < 2 || b.length < 2) return 'agree';
  const before = a.at(-2) ?? '';
  const other = b.at(-2) ?? '';
  return same(before, other) || has(b, before) || has(a, other) ? 'agree' : 'against';
}
