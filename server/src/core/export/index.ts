/** The claims file for publishing: CSL JSON for Pandoc, schema.org ClaimReview JSON-LD for the web. */
export { toClaimReview, type ClaimReviewExport, type ClaimReviewOptions } from './claimReview';
export { toCslJson } from './csl';
