import type { ClaimKind, Span } from '../../types';
import { QUOTATION_CUE } from '../quotation';
import { FIRST_PERSON, SECOND_PERSON } from './voice';

/** What the judge reads of a claim: the rules' own reading of it. */
export interface Reading {
  readonly kind: ClaimKind;
  readonly speaker?: string;
  readonly cue?: string;
  readonly confidence: number;
}

/** How a sentence is written, as every warning in it shares: whether it quotes, speaks in the first or second person, or asks. */
export interface SentenceReading {
  readonly quote: boolean;
  readonly firstPerson: boolean;
  readonly secondPerson: boolean;
  readonly question: boolean;
}

/** How `sentence` in `text` is written: read once a sentence, however many warnings it holds (a run-on line may hold thousands). */
export function sentenceReading(text: string, sentence: Span): SentenceReading {
  const words = text.slice(sentence.start, sentence.end);
  return { quote: /["“”]/.test(words), firstPerson: FIRST_PERSON.test(words), secondPerson: SECOND_PERSON.test(words), question: words.trimEnd().endsWith('?') };
}

/**
 * The features of one warning's reading, `span` the claim and `sentence` its sentence in `text`
 * (the prose of its block), written as `written` says: which rule fired and how (cue, kind of
 * speaker, what follows the cue, kind of figure), and how its sentence is written. Names are never
 * features: the judge learns how a claim is read, not who is written about.
 */
export function readingFeatures(reading: Reading, text: string, sentence: Span, span: Span, written: SentenceReading = sentenceReading(text, sentence)): string[] {
  const features = [`kind:${reading.kind}`, `confidence:${reading.kind}-${Math.round(reading.confidence * 20) / 20}`];
  if (reading.kind === 'attribution') {
    features.push(`cue:${cueLemma(reading.cue)}`, `speaker:${speakerKind(reading.speaker)}`, `after:${afterCue(text, span.end, sentence.end)}`);
    if (written.quote) features.push('sentence:quote');
  } else {
    features.push(`figure:${figureKind(text.slice(span.start, span.end))}`);
  }
  if (written.firstPerson) features.push('sentence:first-person');
  if (written.secondPerson) features.push('sentence:second-person');
  if (written.question) features.push('sentence:question');
  return features;
}

/** The cue's first word, lower case, with common inflections taken off ("said", "says" → "sa"): a cue family rather than a form. */
function cueLemma(cue: string | undefined): string {
  if (cue === undefined) return 'none';
  if (cue === QUOTATION_CUE) return 'quotation';
  const first = (cue.toLowerCase().split(/\s+/)[0] ?? '').replace(/[’']/g, '');
  return IRREGULAR.get(first) ?? first.replace(/(?:ing|ed|es|s|d)$/, '');
}

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['says', 'say'], ['saying', 'say'], ['say', 'say'],
  ['told', 'tell'], ['tells', 'tell'], ['telling', 'tell'], ['tell', 'tell'],
  ['thought', 'think'], ['thinks', 'think'], ['thinking', 'think'], ['think', 'think'],
  ['wrote', 'write'], ['written', 'write'], ['writes', 'write'], ['write', 'write'],
  ['found', 'find'], ['finds', 'find'], ['find', 'find'], ['shown', 'show'], ['showed', 'show'], ['shows', 'show'], ['show', 'show'],
]);

/** Who is said to speak: no one named, a pronoun, one of a group, the writer's side, a title or organisation, a named person, or a common noun ("officials"). */
function speakerKind(speaker: string | undefined): string {
  if (speaker === undefined) return 'none';
  const s = speaker.trim();
  const lower = s.toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  // "One Apprentice noted", "another participant said": someone of a group, not named.
  if (/^(?:one|another)\s/.test(lower)) return 'one-of';
  if (/^(?:we|i|our|my|us)\b/.test(lower)) return 'first-person';
  if (/^(?:you|your)\b/.test(lower)) return 'second-person';
  if (ORGANISATION.test(s)) return 'organisation';
  if (/^(?:the\s+|a\s+|an\s+)?\p{Lu}/u.test(s)) return 'name';
  return 'noun';
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'this', 'that', 'these', 'those', 'who', 'which']);
const ORGANISATION = /\b(?:Department|Agency|Administration|Office|Bureau|Commission|Committee|Council|Service|Institute|Center|Centre|Board|Court|Congress|Senate|House|Ministry|University|Association|Foundation|Inc|LLC|Corp|Company|Group|Campaign|Party|government|agency|department|office|team|company|organization|organisation|report|study|survey|data|research|policy|memo|guidance|law)\b/;

/** What follows the claim's underline in its sentence: a "that" clause, a quotation, a colon, a comma, an infinitive, more words, or nothing. */
function afterCue(text: string, from: number, end: number): string {
  const rest = text.slice(from, Math.min(end, from + 40)).trimStart();
  if (rest === '' || /^[.!?]/.test(rest)) return 'end';
  if (/^that\b/i.test(rest)) return 'that';
  if (/^["“]/.test(rest)) return 'quote';
  if (rest.startsWith(':')) return 'colon';
  if (rest.startsWith(',')) return 'comma';
  if (/^to\b/i.test(rest)) return 'to';
  return 'words';
}

/** The kind of figure: a share, money, a multiple, a count in digits or in words. */
function figureKind(figure: string): string {
  if (/%|\bper ?cent\b|percentage/i.test(figure)) return 'share';
  if (/[$€£¥]|\b(?:dollars?|euros?|pounds?|cents?)\b/i.test(figure)) return 'money';
  if (/\b(?:double[ds]?|doubling|triple[ds]?|tripling|times|fold|half)\b/i.test(figure)) return 'multiple';
  if (/\d/.test(figure)) return /\b(?:million|billion|trillion|thousand)\b|\d{1,3},\d{3}/i.test(figure) ? 'large' : 'count';
  return 'words';
}


/**
 * All the judge weighs of a warning: its reading, the draft's voice (see ./voice), and the kind of
 * claim, of speaker and of cue each crossed with the voice, so that a cue can weigh otherwise in a
 * first-person post than in a wire story.
 */
export function judgeFeatures(reading: readonly string[], voice: readonly string[]): string[] {
  const features = [...reading];
  for (const v of voice) features.push(voiceFeature(v));
  for (const r of reading) {
    if (!isCrossed(r)) continue;
    for (const v of voice) features.push(crossedFeature(r, v));
  }
  return features;
}

export const VOICE_PREFIX = 'voice:';

export function voiceFeature(voice: string): string {
  return VOICE_PREFIX + voice;
}

export function crossedFeature(reading: string, voice: string): string {
  return `${reading}|${voice}`;
}

/** Whether a feature of a reading is weighed in each voice apart. */
export function isCrossed(reading: string): boolean {
  return reading.startsWith('kind:') || reading.startsWith('speaker:') || reading.startsWith('cue:');
}
