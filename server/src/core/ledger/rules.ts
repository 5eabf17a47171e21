// The rules of a claims file's values, shared by the full reader and the fast path for plain files:
// which values are valid, and what an entry keeps of them (fields.ts says which field holds what).

import { hasTokens, normalizeTokens } from '../text/normalize';
import { RATINGS, type Rating } from '../types';

// The core compiles without DOM or Node typings, but every host it runs in has the WHATWG URL.
declare const URL: new (url: string) => { readonly protocol: string };

// Pandoc's citation key: a letter, digit or "_", then those or single inner punctuation marks. The
// draft's citation finder (sources/citations.ts) reads keys with the same rule.
const CITATION_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*$/u;
// A calendar date, optionally with a time and zone (ISO 8601 / RFC 3339).
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]([01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d+)?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A match phrase of more words than this is not looked for: a phrase identifies a claim in a few
 * words, and each word of a draft is tried against the phrases that start with it for at most
 * this many words.
 */
export const MAX_PHRASE_WORDS = 32;

/** What makes a (trimmed) match phrase useless, if anything: nothing, no words, or too many to be looked for. */
export function phraseFault(phrase: string): 'empty' | 'no words' | 'too long' | undefined {
  if (phrase === '') return 'empty';
  if (!hasTokens(phrase)) return 'no words';
  // A word takes a character and a separator: most phrases are too short to count.
  return phrase.length >= 2 * MAX_PHRASE_WORDS && normalizeTokens(phrase).length > MAX_PHRASE_WORDS ? 'too long' : undefined;
}

/** Whether `id` can be cited in a draft as `[@id]`. */
export function isCitationKey(id: string): boolean {
  return CITATION_KEY.test(id);
}

/** Whether a source URL is a full web address. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whether a value is a calendar date (and maybe time) that exists. */
function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/** A text field's value: trimmed, and none when that leaves nothing. */
export function textOf(written: string): string | undefined {
  return written.trim() || undefined;
}

/** A date field's value (trimmed), or undefined when it is no calendar date. */
export function dateOf(written: string): string | undefined {
  const date = written.trim();
  return isDate(date) ? date : undefined;
}

/** A source's URL (trimmed), or undefined when it is no full web address. */
export function urlOf(written: string): string | undefined {
  const url = written.trim();
  return isWebUrl(url) ? url : undefined;
}

/** The rating written, or undefined when it is none of RATINGS. */
export function ratingOf(written: string | boolean): Rating | undefined {
  // With the core schema, "rating: true" and "rating: false" are booleans.
  const rating = String(written).trim();
  return RATINGS.find((r) => r === rating);
}
