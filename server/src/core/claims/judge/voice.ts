import type { Span } from '../../types';

/**
 * How a draft is written, counted block by block so that an edit recounts only the blocks it
 * touches: how many of its sentences speak in the first or second person outside quotation
 * marks, how many quote, how many are headings or list items, and how long they run. A blog post
 * ("we tested…", "you can…") and a wire story ("…, he said.") differ here; the judge reads the
 * draft's own voice, never where it came from.
 */
export interface Voice {
  readonly sentences: number;
  readonly words: number;
  readonly firstPerson: number;
  readonly secondPerson: number;
  readonly quoting: number;
  /** Sentences in headings and list items: how much of the draft is outline rather than prose. */
  readonly outline: number;
}

export const SILENT: Voice = { sentences: 0, words: 0, firstPerson: 0, secondPerson: 0, quoting: 0, outline: 0 };

/** One prose text of a block and its sentences, as a block's analysis holds them. */
export interface VoicedProse {
  readonly prose: { readonly text: string };
  readonly sentences: readonly { readonly span: Span }[];
}

/** The voice of one block's prose: its prose texts with their sentences. */
export function blockVoice(type: string, prose: readonly VoicedProse[]): Voice {
  let sentences = 0;
  let words = 0;
  let firstPerson = 0;
  let secondPerson = 0;
  let quoting = 0;
  for (const { prose: { text }, sentences: spans } of prose) {
    for (const { span } of spans) {
      const sentence = text.slice(span.start, span.end);
      sentences++;
      words += wordCount(sentence);
      const hasQuote = QUOTE_MARK.test(sentence);
      if (hasQuote) quoting++;
      // "we" inside a quotation is the quoted speaker's, not the writer's.
      const own = hasQuote ? sentence.replace(QUOTED, ' ') : sentence;
      if (FIRST_PERSON.test(own)) firstPerson++;
      if (SECOND_PERSON.test(own)) secondPerson++;
    }
  }
  const outline = type === 'heading' || type === 'list' || type === 'listItem' ? sentences : 0;
  return { sentences, words, firstPerson, secondPerson, quoting, outline };
}

export function addVoices(voices: readonly Voice[]): Voice {
  let sentences = 0, words = 0, firstPerson = 0, secondPerson = 0, quoting = 0, outline = 0;
  for (const v of voices) {
    sentences += v.sentences;
    words += v.words;
    firstPerson += v.firstPerson;
    secondPerson += v.secondPerson;
    quoting += v.quoting;
    outline += v.outline;
  }
  return { sentences, words, firstPerson, secondPerson, quoting, outline };
}

/**
 * The voice as a few coarse features ("first-2": between a tenth and a fifth of the sentences in
 * the first person). Coarse on purpose: a draft's features, and so its findings' severities, change
 * only when an edit moves a share across a step, not at every keystroke.
 */
export function voiceFeatures(voice: Voice): string[] {
  const n = Math.max(1, voice.sentences);
  return [
    `first-${step(voice.firstPerson / n, SHARES)}`,
    `second-${step(voice.secondPerson / n, SHARES)}`,
    `quoting-${step(voice.quoting / n, SHARES)}`,
    `outline-${step(voice.outline / n, SHARES)}`,
    `length-${step(voice.words / n, LENGTHS)}`,
  ];
}

const SHARES = [0.02, 0.1, 0.2, 0.35];
const LENGTHS = [12, 18, 24];

/** How many of `steps` (ascending) `value` reaches. */
function step(value: number, steps: readonly number[]): number {
  let k = 0;
  while (k < steps.length && value >= (steps[k] ?? Infinity)) k++;
  return k;
}

function wordCount(sentence: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const QUOTE_MARK = /["“”]/;
/** A stretch between quotation marks, curly or straight. */
const QUOTED = /“[^”]*”?|"[^"]*"?/g;
/** The writer's and the reader's words: a draft's sentences, and a warning's, in the first or second person. */
export const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|we|We|we're|we’re|we've|we’ve|us|our|Our|ours)\b/;
export const SECOND_PERSON = /\b(?:you|You|your|Your|yours|you're|you’re|you'll|you’ll|you've|you’ve)\b/;
