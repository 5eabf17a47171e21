import { isCrossed, VOICE_PREFIX } from './features';
import model from './judge-model.json';

// The judge of the rules' warnings: a logistic regression over a warning's reading and the
// draft's voice (./features, ./voice), trained by scripts/train-judge.mjs on real-world posts
// labelled by an editor's guideline and on PolNeAR's news, so that blog and news prose each keep
// their own trade-off. A warning it finds unlikely to be sent back is shown as information: the
// finding stays, the writer can still see it, it no longer asks to be acted on.

interface Model {
  readonly bias: number;
  /** The least probability at which a warning stays a warning. */
  readonly threshold: number;
  /** By feature name (see `judgeFeatures`): a reading, "voice:" and a voice, or a reading "|" a voice. */
  readonly weights: Readonly<Record<string, number>>;
}

/** The codes whose warnings the judge weighs: claims the rules found unsourced. */
export const JUDGED_CODES: ReadonlySet<string> = new Set(['unsourced-attribution', 'unsourced-quantity']);

const MODEL: Model = model as Model;
/** The weights of readings alone, of voices alone, and of each reading by voice: a warning is scored without building feature names. */
const READINGS = new Map<string, number>();
const VOICES = new Map<string, number>();
const BY_VOICE = new Map<string, Map<string, number>>();
for (const [name, weight] of Object.entries(MODEL.weights)) {
  const bar = name.indexOf('|');
  if (bar < 0) {
    if (name.startsWith(VOICE_PREFIX)) VOICES.set(name.slice(VOICE_PREFIX.length), weight);
    else READINGS.set(name, weight);
    continue;
  }
  const reading = name.slice(0, bar);
  const byVoice = BY_VOICE.get(reading) ?? new Map<string, number>();
  BY_VOICE.set(reading, byVoice.set(name.slice(bar + 1), weight));
}

/**
 * The judge of a draft of this voice: how likely an editor is to send back the sentence of a
 * warning with a given reading (the model's probability for `judgeFeatures(reading, voice)`). What
 * each reading feature weighs in this voice is added up once and kept for the draft's other warnings.
 */
export function judgeIn(voice: readonly string[]): (reading: readonly string[]) => number {
  let base = MODEL.bias;
  for (const v of voice) base += VOICES.get(v) ?? 0;
  const inVoice = new Map<string, number>();
  const weigh = (r: string): number => {
    let w = inVoice.get(r);
    if (w === undefined) {
      w = READINGS.get(r) ?? 0;
      const byVoice = isCrossed(r) ? BY_VOICE.get(r) : undefined;
      if (byVoice !== undefined) for (const v of voice) w += byVoice.get(v) ?? 0;
      inVoice.set(r, w);
    }
    return w;
  };
  return (reading) => {
    let z = base;
    for (const r of reading) z += weigh(r);
    return 1 / (1 + Math.exp(-z));
  };
}

/** The least likelihood at which a warning stays a warning, chosen out of fold by the training. */
export const JUDGE_THRESHOLD = MODEL.threshold;
