import assert from 'node:assert/strict';
import { toClaimReview } from '../../../server/src/core/export/claimReview';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import { readFixture } from '../../helpers/fixtures';

const entries = parseLedger(readFixture('drafts/claims.yaml')).entries;
const options = { url: 'https://news.example/ukraine-call#top', publisher: 'Example News' };

/** What Google's fact-check markup requires of a ClaimReview and of its rating. */
const REQUIRED = ['@type', 'claimReviewed', 'reviewRating', 'url'];
const RATING_REQUIRED = ['@type', 'alternateName'];

describe('core/export/claimReview', () => {
  it('writes one ClaimReview per checked entry, with every field Google requires and those it recommends', () => {
    const { jsonLd, skipped } = toClaimReview(entries, options);
    assert.equal(jsonLd['@context'], 'https://schema.org');
    const reviews = jsonLd['@graph'] as Array<Record<string, unknown>>;
    const checked = entries.filter((e) => e.rating !== 'unverified' && e.claim !== undefined);
    assert.equal(reviews.length, checked.length);
    assert.ok(reviews.length > 0);
    for (const [i, review] of reviews.entries()) {
      const entry = checked[i];
      assert.ok(entry);
      for (const key of REQUIRED) assert.ok(review[key] !== undefined, `${entry.id}: ${key}`);
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.claimReviewed, entry.claim);
      assert.equal(review.url, `https://news.example/ukraine-call#${entry.id}`);
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'Example News' });
      assert.equal(review.datePublished, entry.reviewed);
      const rating = review.reviewRating as Record<string, unknown>;
      for (const key of RATING_REQUIRED) assert.ok(rating[key] !== undefined, `${entry.id}: reviewRating.${key}`);
      assert.equal(rating.bestRating, 5);
      assert.equal(rating.worstRating, 1);
      const item = review.itemReviewed as Record<string, unknown>;
      assert.equal(item['@type'], 'Claim');
      const urls = entry.sources.map((s) => s.url).filter((u) => u !== undefined);
      assert.deepEqual(((item.appearance ?? []) as Array<{ url: string }>).map((a) => a.url), urls);
    }
    assert.deepEqual(skipped, entries.filter((e) => !checked.includes(e)).map((e) => e.id));
  });

  it('rates on a scale from 1 (false) to 5 (true), with the rating in words', () => {
    const rated = (rating: string) => {
      const entry = { id: 'x', claim: 'A claim.', match: [], rating, sources: [], span: { start: 0, end: 0 } } as const;
      const review = (toClaimReview([entry as never], options).jsonLd['@graph'] as Array<{ reviewRating: { ratingValue: number; alternateName: string } }>)[0];
      return review && [review.reviewRating.ratingValue, review.reviewRating.alternateName];
    };
    assert.deepEqual(
      ['true', 'mostly-true', 'mixed', 'misleading', 'false', 'unverified'].map(rated),
      [[5, 'True'], [4, 'Mostly true'], [3, 'Mixed'], [2, 'Misleading'], [1, 'False'], undefined],
    );
  });
});
