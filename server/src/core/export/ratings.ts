import type { Rating } from '../types';

/** How a rating is written for readers. */
export const RATING_NAMES: Readonly<Record<Rating, string>> = {
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unverified: 'Unverified',
};

/** A rating on ClaimReview's numeric scale, 1 (false) to 5 (true); an unverified entry has no place on it. */
export const RATING_VALUES: Readonly<Record<Exclude<Rating, 'unverified'>, number>> = {
  true: 5,
  'mostly-true': 4,
  mixed: 3,
  misleading: 2,
  false: 1,
};

/** CSL's date parts of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date. */
export function dateParts(date: string | undefined): number[] | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}
