import { tokenize, type Token } from '../../text/tokens';
import type { Span } from '../../types';
import type { DetectedClaim } from '../detected';
import { keysOf } from '../lexicon';
import { visitFeatures, type Family } from './features';
import model from './attribution-model.json';

// The sentence model catches what the rules have no pattern for: attributions written through
// verbs and nouns of stance, support, intention or appearance ("Mitchell supported the idea",
// "the campaign declined to comment", "she seemed ready to"). It is a logistic regression over
// the words of a sentence (see ./features), trained by scripts/train-attribution.mjs on the
// PolNeAR training articles for the sentences the rules leave unflagged, and asked only about
// those. Its weights are data, so the model adds no work beyond one pass over the tokens.

interface Model {
  readonly bias: number;
  /** The least probability reported. */
  readonly threshold: number;
  /** By ascending `least` probability: the share of such sentences that held an attribution. */
  readonly calibration: readonly { readonly least: number; readonly share: number }[];
  readonly weights: Readonly<Record<string, number>>;
}

const MODEL: Model = model as Model;

/**
 * Each weight's index by family, then value: a sentence is scored without building feature names.
 * The weights themselves, and the last sentence that counted each, lie in two flat arrays, which
 * the scoring of every token reads more cheaply than an object per weight.
 */
const INDEX: Readonly<Record<Family, ReadonlyMap<string, number>>> = (() => {
  const families: Record<string, Map<string, number>> = { w: new Map(), p: new Map(), s: new Map() };
  Object.keys(MODEL.weights).forEach((name, i) => {
    const colon = name.indexOf(':');
    families[name.slice(0, colon)]?.set(name.slice(colon + 1), i);
  });
  return families as Record<Family, Map<string, number>>;
})();
const VALUES = Float64Array.from(Object.values(MODEL.weights));

// The sentence being scored, the last sentence that counted each weight, and the score so far,
// kept here rather than in a closure and sets made for each sentence: scoring is synchronous, and
// runs on most sentences.
const COUNTED = new Float64Array(VALUES.length).fill(-1);
let sentenceNumber = 0;
let score = 0;

/** Adds a feature's weight, if the model weighs it and the sentence has not shown it before. */
function count(family: Family, value: string): void {
  const i = INDEX[family].get(value);
  if (i === undefined || COUNTED[i] === sentenceNumber) return;
  COUNTED[i] = sentenceNumber;
  score += VALUES[i] as number;
}

/**
 * A claim on `text[sentence]` when the model judges it likely to hold an attribution; its
 * confidence is the share of such sentences found right. The model weighs words, and no word it
 * weighs says who spoke or which words report, so the claim is the whole sentence, with no cue:
 * a guess the writer sees as such, never as a warning.
 */
export function detectLikelyAttribution(text: string, sentence: Span, tokens: readonly Token[] = tokenize(text, sentence), keys: readonly string[] = keysOf(tokens)): DetectedClaim | undefined {
  // Each feature counts once, however often it shows (a word once among words, a mark or a trait of
  // the sentence once among those of its family); one the model does not weigh adds nothing.
  sentenceNumber++;
  score = MODEL.bias;
  visitFeatures(text, sentence, tokens, keys, count);
  const z = score;
  const p = 1 / (1 + Math.exp(-z));
  if (p < MODEL.threshold) return undefined;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return undefined;
  let confidence = MODEL.calibration[0]?.share ?? p;
  for (const step of MODEL.calibration) if (p >= step.least) confidence = step.share;
  return { kind: 'attribution', span: { start: first.start, end: last.end }, confidence, tentative: true };
}
