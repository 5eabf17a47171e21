import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The judge's training (scripts/model/fit.mjs, run by `npm run train:judge`): deterministic, so
// that the shipped model is reproduced from the same data, and it learns what the data says.

interface Example {
  readonly features: readonly string[];
  readonly y: 0 | 1;
  readonly weight: number;
}
interface Fitted {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}
interface Fit {
  fit(examples: readonly Example[], settings?: { epochs?: number; l2?: number; minCount?: number }): Fitted;
  probability(model: Fitted, features: readonly string[]): number;
  modelFile(model: Fitted, threshold: number): { bias: number; threshold: number; weights: Record<string, number> };
}

async function loadFit(): Promise<Fit> {
  return (await import(pathToFileURL(path.resolve('scripts', 'model', 'fit.mjs')).href)) as Fit;
}

/** Warnings whose cue says whether they are right, with a word seen too rarely to learn from. */
function examples(): Example[] {
  const set: Example[] = [];
  for (let i = 0; i < 60; i++) {
    const right = i % 3 !== 0;
    set.push({ features: [right ? 'cue:say' : 'cue:want', `voice:first-${i % 2}`, ...(i === 7 ? ['cue:rare'] : [])], y: right ? 1 : 0, weight: i % 4 === 0 ? 3 : 1 });
  }
  return set;
}

describe('scripts/model/fit (npm run train:judge)', () => {
  it('gives the same weights for the same data', async () => {
    const { fit, modelFile } = await loadFit();
    assert.deepEqual(modelFile(fit(examples()), 0.4), modelFile(fit(examples()), 0.4));
  });

  it('learns which readings are right, and gives no weight to a feature seen too rarely', async () => {
    const { fit, probability } = await loadFit();
    const model = fit(examples());
    assert.ok(probability(model, ['cue:say']) > 0.8);
    assert.ok(probability(model, ['cue:want']) < 0.2);
    assert.equal(model.weights.has('cue:rare'), false);
  });
});
