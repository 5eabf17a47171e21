import { detectAttributions } from '../../server/src/core/claims/attribution';
import { createLexicon } from '../../server/src/core/claims/lexicon';

const lexicon = createLexicon();

/** An attribution as a test compares it: its key phrase, its speaker and whether it is tentative. */
export interface Reading {
  readonly text: string;
  readonly speaker?: string;
  readonly tentative: boolean;
}

/** The attributions of `sentence`, a sentence on its own, with the default lexicon. */
export function readings(sentence: string): Reading[] {
  return detectAttributions(sentence, { start: 0, end: sentence.length }, lexicon).map((c) => ({
    text: sentence.slice(c.span.start, c.span.end),
    ...(c.speaker !== undefined && { speaker: c.speaker }),
    tentative: c.tentative === true,
  }));
}
