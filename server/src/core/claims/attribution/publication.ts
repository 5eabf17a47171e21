import type { Cue } from './cue';
import { isAdverb, isNominal, type Sentence } from './sentence';
import { PREPOSITIONS } from './words';

// Putting out a report: "Comscore released new data", "W3C has published specifications", "the
// Census Bureau compiled the following statistics". What the report says is the speaker's, as in
// "a report found"; to put out an app, a video or a website reports nothing.

/** Verbs of putting a document out. */
const PUBLISHING = new Set(['publish', 'release', 'compile', 'unveil']);

/** Whether `cue` is a verb of putting a document out. */
export function isPublishing(cue: Cue): boolean {
  return PUBLISHING.has(cue.base);
}

/** Documents whose content is a finding, a figure or a rule, which a reader would look up. */
const REPORTS = new Set(
  `report reports study studies survey surveys poll polls data dataset datasets statistics figures
  numbers estimate estimates forecast forecasts projections analysis analyses findings results
  research rankings specification specifications standard standards guidance guidelines
  recommendations memo memos memorandum paper papers index`.split(/\s+/),
);

/**
 * Whether `cue` put out a report its subject wrote: a past form whose object, past adverbs and an
 * article or possessive, is headed by a document of findings ("released its annual report",
 * "published new guidance"). "released this data" points back at what the post already gave.
 */
export function publishesReport(s: Sentence, cue: Cue): boolean {
  // "Agencies now publish open data" is what they do; "Comscore released new data", a report out.
  if (!isPublishing(cue) || !cue.inflections.includes('past')) return false;
  let k = cue.end;
  while (k < s.tokens.length && isAdverb(s, k)) k++;
  if (POINTING.has(s.keys[k] ?? '')) return false;
  if (OPENERS.has(s.keys[k] ?? '')) k++;
  // "compiled the following statistics": "following" is an adjective here, not a preposition.
  if (s.keys[k] === 'following') k++;
  let head = -1;
  for (let j = k; j < Math.min(s.tokens.length, k + 6); j++) {
    const token = s.tokens[j];
    const joined = token?.text === '-' && !token.spaceBefore;
    if (joined) continue;
    if (token?.type !== 'word' || !isNominal(s, j) || PREPOSITIONS.has(s.keys[j] ?? '')) break;
    head = j;
  }
  return head !== -1 && REPORTS.has(s.keys[head] ?? '');
}

const POINTING = new Set(['this', 'these', 'that', 'those', 'it', 'them']);
const OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
