import type { Cue } from './cue';
import type { Sentence } from './sentence';
import { WH_WORDS } from './words';

/** The reader and the writer, as the object of "tell". */
const READER_OR_WRITER = new Set(['you', 'us']);

/**
 * "Web performance metrics tell you how well your website is doing", "Keywords tell us what people
 * are searching for", "sentiment analysis tells us whether …": telling the reader or the writer
 * how, what or whether, in the present, explains what something shows; "told us that …" and "told
 * us how he “hacks” the process" report.
 */
export function explainsToReader(s: Sentence, cue: Cue): boolean {
  if (cue.base !== 'tell' || cue.inflections.includes('past') || !READER_OR_WRITER.has(s.keys[cue.end] ?? '')) return false;
  // "tell you what's working": the wh-word with its verb contracted.
  return WH_WORDS.has((s.keys[cue.end + 1] ?? '').replace(CONTRACTED, ''));
}

const CONTRACTED = /['’](?:s|re|ll|d)$/;
