// Trains the sentence model of attribution (server/src/core/claims/model/attribution-model.json):
// a logistic regression over sentence features, fitted to the PolNeAR training sentences that the
// rules leave unflagged, labelled by whether an annotated cue or content touches them.
//
//   npm run train:attribution                 train on all 840 training articles and write the model
//   node scripts/train-attribution.mjs --part tune   train on the 600 tuning articles only, so that
//                                                    `node scripts/eval.mjs --part check` is a fair test
//
// Out-of-fold predictions (7 folds by article) choose nothing by hand: they give the calibration
// table, which maps a probability to the share of such sentences that truly held an attribution,
// and the reported threshold is the least probability whose sentences are right often enough
// (--least-precision, default 0.6). Deterministic: same data, same weights.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chooseArticles, openCorpus, readArticles } from './polnear/corpus.mjs';
import { fit, probability } from './model/fit.mjs';
import { loadEngine } from './polnear/engine.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    part: { type: 'string', default: 'all' },
    epochs: { type: 'string', default: '8' },
    l2: { type: 'string', default: '0.001' },
    'min-count': { type: 'string', default: '5' },
    'least-precision': { type: 'string', default: '0.6' },
    out: { type: 'string', default: 'server/src/core/claims/model/attribution-model.json' },
  },
});
const EPOCHS = Number(values.epochs);
const L2 = Number(values.l2);
const MIN_COUNT = Number(values['min-count']);
const FOLDS = 7;

const engine = await loadEngine();
const lexicon = engine.createLexicon();
const dataDir = values.data ?? process.env.POLNEAR_DIR ?? path.join('..', 'shared', 'data', 'polnear');
const articles = chooseArticles(readArticles(openCorpus(dataDir, 'train')), { part: values.part });

// One example per engine sentence the rules leave unflagged: its features and its gold label.
const examples = [];
articles.forEach((article, index) => {
  for (const block of engine.extractProse(engine.parseMarkdown(article.text), article.text)) {
    for (const sentence of engine.splitSentences(block.text)) {
      const ruled = engine.detectAttributions(block.text, sentence, lexicon).length + engine.detectQuotations(block.text, sentence).length;
      if (ruled > 0) continue;
      const span = block.map.toSourceSpan(sentence);
      const gold = article.gold.some(([a, b]) => a < span.end && b > span.start);
      examples.push({ fold: index % FOLDS, features: engine.sentenceFeatures(block.text, sentence).map((f) => f.name), y: gold ? 1 : 0 });
    }
  }
});

/** Fits weights to `set` (see ../model/fit.mjs) with this script's settings. */
function train(set) {
  return fit(set, { epochs: EPOCHS, l2: L2, minCount: MIN_COUNT, rate: 0.1 });
}

// Out-of-fold probabilities: each example scored by a model that never saw its article.
const outOfFold = new Array(examples.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(examples.filter((e) => e.fold !== fold));
  examples.forEach((e, i) => {
    if (e.fold === fold) outOfFold[i] = probability(model, e.features);
  });
}

// Calibration: the share of true attributions among sentences at or above each probability step
// (and below the next), merged upward until every bin holds enough sentences to trust.
const STEPS = [0.5, 0.6, 0.7, 0.8, 0.9];
const calibration = [];
for (let k = 0; k < STEPS.length; k++) {
  const low = STEPS[k];
  const high = STEPS[k + 1] ?? Infinity;
  let n = 0;
  let right = 0;
  examples.forEach((e, i) => {
    if (outOfFold[i] >= low && outOfFold[i] < high) {
      n++;
      right += e.y;
    }
  });
  if (n >= 30) calibration.push({ least: low, share: Math.round((right / n) * 100) / 100 });
}
const least = Number(values['least-precision']);
const threshold = calibration.find((step) => step.share >= least)?.least ?? 1.01;

const final = train(examples);
// Weights in hundredths, as the judge's: the package holds the model twice (docs/detection.md).
const weights = Object.fromEntries(
  [...final.weights].filter(([, w]) => Math.abs(w) >= 0.05).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => [f, Math.round(w * 100) / 100]),
);
const model = { bias: Math.round(final.bias * 1000) / 1000, threshold, calibration, weights };
writeFileSync(values.out, JSON.stringify(model, null, 1) + '\n');

const positives = examples.reduce((n, e) => n + e.y, 0);
console.log(`${articles.length} articles (${values.part}), ${examples.length} sentences the rules leave unflagged, ${positives} of them attributions`);
console.log(`out-of-fold calibration: ${calibration.map((step) => `p>=${step.least}: ${step.share}`).join(', ')}`);
console.log(`threshold ${threshold}; ${Object.keys(weights).length} weights written to ${values.out}`);
