// The logistic regression both trained models use (the sentence model of attribution and the judge
// of warnings): weighted stochastic gradient descent with L2 decay, in an order shuffled by a fixed
// generator, so that the same examples always give the same weights.

/**
 * Fits a model to `examples` ({ features: string[], y: 0 | 1, weight?: number }, weight 1 if not
 * given). Features seen in fewer than `minCount` examples get no weight: too rare to learn from.
 * `rate` is the first epoch's learning rate, lowered epoch by epoch.
 */
export function fit(examples, { epochs = 10, l2 = 0.003, minCount = 3, rate: first = 0.05 } = {}) {
  const counts = new Map();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map();
  let bias = 0;
  let state = 1;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = first / (1 + epoch * 0.3);
    for (const i of order) {
      const e = examples[i];
      const used = e.features.filter((f) => (counts.get(f) ?? 0) >= minCount);
      const g = (e.weight ?? 1) * (e.y - probability({ bias, weights }, used));
      bias += rate * g;
      for (const f of used) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (g - l2 * w));
      }
    }
  }
  return { bias, weights };
}

/** The probability a fitted model gives an example with these features. */
export function probability(model, features) {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * A fitted model as the engine reads it (server/src/core/claims/judge/judge-model.json): weights
 * rounded to hundredths (the package holds the model twice, and thousandths changed no warning over
 * the labelled posts or PolNeAR), tiny ones dropped, sorted by name.
 */
export function modelFile(model, threshold) {
  const weights = Object.fromEntries(
    [...model.weights].filter(([, w]) => Math.abs(w) >= 0.01).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, w]) => [name, Math.round(w * 100) / 100]),
  );
  return { bias: Math.round(model.bias * 1000) / 1000, threshold, weights };
}
