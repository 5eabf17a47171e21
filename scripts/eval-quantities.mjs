// Scores quantity claims against a hand-judged set: 220 sentences with figures or number words,
// every 22nd such sentence of the 600 tuning articles of PolNeAR's training split, each with the
// figures an editor would want sourced (scripts/polnear/quantities.json). The set holds references
// (article, offsets of the sentence, expected claim texts), not the articles' text, which is read
// from POLNEAR_DIR (default ../shared/data/polnear).
//
//   npm run eval:quantities            precision and recall, and every miss and wrong claim
//
// A claim is right when its text equals an expected one in the same sentence. Judged as not
// claims: dates, times of day, ages, relative times ("six months ago"), labels and titles
// ("No. 14-981", "13 Hours"), and bare tallies whose noun came earlier ("Trump won six.").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openCorpus, readArticles } from './polnear/corpus.mjs';
import { loadEngine } from './polnear/engine.mjs';

const engine = await loadEngine();
const dataDir = process.env.POLNEAR_DIR ?? path.join('..', 'shared', 'data', 'polnear');
const articles = new Map(readArticles(openCorpus(dataDir, 'train')).map((a) => [a.name, a]));
const items = JSON.parse(readFileSync(new URL('./polnear/quantities.json', import.meta.url), 'utf8'));
const options = engine.createCheckOptions();

let expectedCount = 0;
let foundCount = 0;
let right = 0;
const misses = [];
const wrong = [];
for (const item of items) {
  const article = articles.get(item.article);
  if (article === undefined) throw new Error(`article ${item.article} is not in ${dataDir}`);
  const { claims } = engine.check(article.text, engine.EMPTY_LEDGER, options);
  const found = claims.filter((c) => c.kind === 'quantity' && c.span.start >= item.start && c.span.end <= item.end).map((c) => c.text);
  const expected = [...item.expected];
  expectedCount += expected.length;
  foundCount += found.length;
  const sentence = article.text.slice(item.start, item.end);
  for (const text of found) {
    const k = expected.indexOf(text);
    if (k === -1) wrong.push(`${text}  ←  ${sentence}`);
    else {
      right++;
      expected.splice(k, 1);
    }
  }
  for (const text of expected) misses.push(`${text}  ←  ${sentence}`);
}
const f = (x) => x.toFixed(3);
const precision = foundCount ? right / foundCount : 0;
const recall = expectedCount ? right / expectedCount : 0;
console.log(`${items.length} sentences, ${expectedCount} expected figures, ${foundCount} found, ${right} right`);
for (const m of misses) console.log(`missed: ${m}`);
for (const w of wrong) console.log(`wrong:  ${w}`);
console.log(`quantity precision=${f(precision)} recall=${f(recall)} f1=${f(precision + recall ? (2 * precision * recall) / (precision + recall) : 0)}`);
