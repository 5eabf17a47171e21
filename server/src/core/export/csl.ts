import type { LedgerEntry } from '../types';
import { dateParts, RATING_NAMES } from './ratings';

// The claims file as CSL JSON, so that Pandoc's citeproc renders a draft's "[@id]" citations of
// claims-file entries: `pandoc --citeproc --bibliography claims.csl.json`.

/** One CSL item per entry: the checked claim as the title, its first source as where to read it. */
export function toCslJson(entries: readonly LedgerEntry[]): Array<Record<string, unknown>> {
  return entries.map((entry) => {
    const source = entry.sources[0];
    const issued = dateParts(source?.date ?? entry.reviewed);
    const review = [`Rated ${RATING_NAMES[entry.rating].toLowerCase()}`, entry.reviewer && `by ${entry.reviewer}`, entry.reviewed && `on ${entry.reviewed}`];
    return {
      id: entry.id,
      type: 'document',
      title: entry.claim ?? entry.id,
      ...(source?.title === undefined ? {} : { 'container-title': source.title }),
      ...(source?.publisher === undefined ? {} : { publisher: source.publisher }),
      ...(issued === undefined ? {} : { issued: { 'date-parts': [issued] } }),
      ...(source?.url === undefined ? {} : { URL: source.url }),
      note: `${review.filter(Boolean).join(' ')}.`,
    };
  });
}
