import type { LedgerEntry } from '../types';
import { RATING_NAMES, RATING_VALUES } from './ratings';

// The claims file as schema.org ClaimReview JSON-LD, to embed in the published story: one review
// per checked entry, with the fields Google's fact-check markup asks for (claimReviewed,
// reviewRating with its alternateName, url) and those it recommends (author, datePublished,
// itemReviewed).

export interface ClaimReviewOptions {
  /** The address of the published story: each review's `url` is it, with the entry's id as anchor. */
  readonly url: string;
  /** Who reviewed the claims: the newsroom. */
  readonly publisher: string;
}

export interface ClaimReviewExport {
  readonly jsonLd: Record<string, unknown>;
  /** Entries left out: unverified ones have no verdict, and entries without a claim state nothing to review. */
  readonly skipped: readonly string[];
}

export function toClaimReview(entries: readonly LedgerEntry[], options: ClaimReviewOptions): ClaimReviewExport {
  const author = { '@type': 'Organization', name: options.publisher };
  const reviews: Array<Record<string, unknown>> = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (entry.rating === 'unverified' || entry.claim === undefined) {
      skipped.push(entry.id);
      continue;
    }
    const appearances = entry.sources.filter((s) => s.url !== undefined).map((s) => ({
      '@type': 'CreativeWork',
      url: s.url,
      ...(s.title === undefined ? {} : { name: s.title }),
      ...(s.publisher === undefined ? {} : { publisher: { '@type': 'Organization', name: s.publisher } }),
      ...(s.date === undefined ? {} : { datePublished: s.date }),
    }));
    reviews.push({
      '@type': 'ClaimReview',
      url: `${options.url.replace(/#.*$/, '')}#${encodeURIComponent(entry.id)}`,
      claimReviewed: entry.claim,
      author,
      ...(entry.reviewed === undefined ? {} : { datePublished: entry.reviewed }),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING_VALUES[entry.rating],
        bestRating: 5,
        worstRating: 1,
        alternateName: RATING_NAMES[entry.rating],
      },
      itemReviewed: { '@type': 'Claim', ...(appearances.length === 0 ? {} : { appearance: appearances }) },
    });
  }
  return { jsonLd: { '@context': 'https://schema.org', '@graph': reviews }, skipped };
}
