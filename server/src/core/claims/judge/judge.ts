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
  readonly weights: Readonly<Record<string, number>>;
}

const MODEL: Model = model as Model;
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(MODEL.weights));

/** How likely an editor is to send back the sentence of a warning with these features (see `judgeFeatures`). */
export function sendBackLikelihood(features: readonly string[]): number {
  let z = MODEL.bias;
  for (const f of features) z += WEIGHTS.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether a warning with these features stays a warning. */
export function keepsWarning(features: readonly string[]): boolean {
  return sendBackLikelihood(features) >= MODEL.threshold;
}
