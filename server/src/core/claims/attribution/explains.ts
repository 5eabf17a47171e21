import type { Cue } from './cue';
import type { Sentence } from './sentence';
import { WH_WORDS } from './words';

/** The reader and the writer, as the object of "tell". */
const READER_OR_WRITER = new Set(['you', 'us']);

/**
 * "Web performance metrics tell you how well your website is doing", "Keywords tell us what people
 * are searching for", "sentiment analysis tells us whether …": telling the reader or the writer
 * how, what or whether, in the present, explains what something shows; so does explaining what the
 * reader is to do ("The checklist explains what your agency needs to do"). "told us that …", "told
 * us how he “hacks” the process" and "The report explains how the agency failed" report.
 */
export function explainsToReader(s: Sentence, cue: Cue): boolean {
  if (cue.inflections.includes('past')) return false;
  // "The checklist explains what your agency needs to do": how or what the reader is to do.
  if (EXPLAINING.has(cue.base) && WH_WORDS.has(wh(s, cue.end))) return addressesReader(s, cue.end + 1);
  if (cue.base !== 'tell' || !READER_OR_WRITER.has(s.keys[cue.end] ?? '')) return false;
  return WH_WORDS.has(wh(s, cue.end + 1));
}

/** Verbs that explain a how or a what. */
const EXPLAINING = new Set(['explain', 'describe', 'show', 'outline', 'detail']);

/** The word at `k`, a wh-word with its verb contracted read as the wh-word: "what's working". */
function wh(s: Sentence, k: number): string {
  return (s.keys[k] ?? '').replace(CONTRACTED, '');
}

/** Whether the clause from token `k` to its first break speaks to the reader: "you", "your". */
function addressesReader(s: Sentence, k: number): boolean {
  for (; k < s.tokens.length && s.tokens[k]?.type === 'word'; k++) if (READER.has(s.keys[k] ?? '')) return true;
  return false;
}

const READER = new Set(['you', 'your', 'yours', 'yourself']);

const CONTRACTED = /['’](?:s|re|ll|d)$/;
