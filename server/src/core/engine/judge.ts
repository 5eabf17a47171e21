import { weakBacking } from '../ledger/backing';
import type { Ledger } from '../ledger/ledger';
import type { SimilarEntry } from '../ledger/similar';
import type { CheckOptions } from '../options';
import { oneByte } from '../text/oneByte';
import { DISPUTED_RATINGS, type Claim, type Finding, type LedgerEntry, type Rating } from '../types';
import type { ChangedFigure } from './matches';

/** Ratings that make a claim denying the entry a `disputed-claim`: the checked record says otherwise. */
const CONFIRMED_RATINGS: ReadonlySet<Rating> = new Set<Rating>(['true', 'mostly-true']);

/** A finding before its level is applied. */
export type Judgement = Omit<Finding, 'severity'>;

/**
 * The findings for one claim, given the entries it cites or matches, and the entry whose wording it
 * uses with another figure, if any: what the claim lacks or contradicts, then whether the entries
 * it leans on are weak backing.
 */
export function judge(claim: Claim, entryIds: readonly string[], cited: readonly string[], ledger: Ledger, options: CheckOptions, changed?: ChangedFigure, offer?: SimilarEntry, denied: readonly string[] = []): Judgement[] {
  const entries = entryIds.map((id) => ledger.get(id)).filter((e): e is LedgerEntry => e !== undefined);
  const found = judgeSources(claim, entries, cited, changed && { ...changed, rating: ledger.get(changed.entryId)?.rating }, denied);
  const main = found && offer && isUnsourced(found) ? offered(found, offer) : found;
  if (main && main.code !== 'ledger-match') return [main];
  // The entries the claim leans on: those it cites, or, with no source at all, those it matches.
  const backing = cited.length > 0 ? entries.filter((e) => cited.includes(e.id)) : claim.sources.length === 0 ? entries : [];
  const weak = weakOf(claim, backing, options);
  return main ? (weak ? [main, weak] : [main]) : weak ? [weak] : [];
}

function judgeSources(claim: Claim, entries: readonly LedgerEntry[], cited: readonly string[], changed: (ChangedFigure & { rating?: Rating }) | undefined, denied: readonly string[]): Judgement | undefined {
  const base = { span: claim.span, claim, entryIds: entries.map((e) => e.id) };
  // A false or misleading entry outweighs any source: the writer is repeating a debunked claim. So
  // does a true one the sentence denies; a false one denied ("there are no microchips in
  // vaccines") is what the entry backs.
  const disputed = entries.find((e) => (denied.includes(e.id) ? CONFIRMED_RATINGS.has(e.rating) : DISPUTED_RATINGS.has(e.rating)));
  if (disputed) {
    const how = denied.includes(disputed.id) ? 'denies' : cited.includes(disputed.id) ? 'cites' : 'matches';
    const what = disputed.claim ? `: ${disputed.claim}` : '.';
    return { ...base, code: 'disputed-claim', message: oneByte(`This claim ${how} claims-file entry "${disputed.id}", rated ${disputed.rating}${what}`) };
  }
  // A figure the newsroom's own record gives otherwise is wrong whatever else sources it; one that
  // a debunked entry gives otherwise is the debunked claim told with another figure.
  if (changed) {
    const debunked = changed.rating !== undefined && DISPUTED_RATINGS.has(changed.rating);
    const message = debunked
      ? `The claims file's entry "${changed.entryId}", rated ${changed.rating}, says "${changed.phrase}"; this says "${changed.wording}": the same claim with another figure.`
      : `The claims file's entry "${changed.entryId}" says "${changed.phrase}"; this says "${changed.wording}".`;
    return { ...base, entryIds: [changed.entryId], code: 'figure-mismatch', message: oneByte(oneLine(message)) };
  }
  if (claim.sources.length > 0) return undefined;
  const first = entries[0];
  if (first) {
    const how = denied.includes(first.id) ? `Denies what claims-file entry "${first.id}" claims` : `Matches claims-file entry "${first.id}"`;
    return { ...base, code: 'ledger-match', message: oneByte(`${how} (rated ${first.rating}): cite it as [@${first.id}].`) };
  }
  // A claims file's phrase is a claim for the entries it words: with none left, there is nothing to say.
  if (claim.kind === 'phrase') return undefined;
  if (claim.kind === 'attribution' && claim.cue === undefined) {
    // The sentence model's guess: it knows that the sentence reads like reporting, not where.
    const message = 'This sentence may report what someone said or found, though no speaker or reporting words were recognised: if it does, add a link, a footnote or a citation of the claims file.';
    return { ...base, code: 'unsourced-attribution', message };
  }
  const what = claim.kind === 'attribution' ? 'attributed statement' : 'figure';
  // "…, saying it was flawed": the underline is the cue, and its speaker stands further back.
  const by = claim.speaker !== undefined && !oneLine(claim.text).includes(oneLine(claim.speaker)) ? `, by ${claim.speaker}` : '';
  return {
    ...base,
    code: claim.kind === 'attribution' ? 'unsourced-attribution' : 'unsourced-quantity',
    // On one line whatever the draft's line breaks: a message is read in lists and logs.
    message: oneByte(oneLine(`No source for this ${what} ("${claim.text}"${by}): add a link, a footnote or a citation of the claims file.`)),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function isUnsourced(judgement: Judgement): boolean {
  return judgement.code === 'unsourced-attribution' || judgement.code === 'unsourced-quantity';
}

/**
 * An unsourced claim's finding with the similar entry offered: said why (the words and figures the
 * sentence shares with it), never clearing the finding, since a rewording may be another claim.
 */
function offered(judgement: Judgement, offer: SimilarEntry): Judgement {
  const words = offer.shared.filter((s) => !s.figure).map((s) => (s.related === undefined ? s.text : `${s.text} ≈ ${s.related}`));
  const figures = offer.shared.filter((s) => s.figure).map((s) => s.text);
  const why = [words.length > 0 && `shared words ${words.join(', ')}`, figures.length > 0 && `${figures.length === 1 ? 'figure' : 'figures'} ${figures.join(', ')}`].filter(Boolean).join('; ');
  const message = `${judgement.message} Similar to claims-file entry "${offer.entryId}" (${why}): if it is the same claim, cite it as [@${offer.entryId}].`;
  return { ...judgement, message: oneByte(oneLine(message)), similarTo: offer.entryId };
}

/** The note that the first weak entry among those a claim leans on is unverified or stale. */
function weakOf(claim: Claim, backing: readonly LedgerEntry[], options: CheckOptions): Judgement | undefined {
  for (const entry of backing) {
    const why = weakBacking(entry, options);
    if (why) return { code: 'weak-backing', span: claim.span, claim, entryIds: [entry.id], message: oneByte(why) };
  }
  return undefined;
}
