// Scores how the engine recognises claims the claims file has checked: sentences of news prose
// (scripts/matching/sentences.jsonl), each labelled against the entries of
// scripts/matching/claims.yaml as
//   exact          — an entry's match phrase, its figure written the same or another way;
//   reworded       — the same claim and figure in other words;
//   figure-changed — an entry's wording with another figure;
//   unrelated      — about no entry, however alike it looks.
// A finding "about an entry" is one that names it: a match (ledger-match, or disputed-claim for a
// false entry) asserts that the sentence is the entry's claim; a figure-mismatch says its figure is
// the entry's, changed; an offer (an unsourced finding's similar entry) suggests it, asserting
// nothing. See docs/claims-file.md.
//
//   npm run eval:matching                     the scores
//   npm run eval:matching -- --examples       and every sentence scored wrong
//   npm run eval:matching -- --sweep          and what other thresholds of similar claims would give
//   npm run eval:matching -- --set tune       another set of sentences against the same claims file:
//                                             scripts/matching/tune.jsonl, on which thresholds are chosen
//   npm run eval:matching -- --set tune2      a third, written blind to the engine and to the other
//                                             two sets (see docs/claims-file.md); --set tune3 and
//                                             --set tune4, each blind to the sets before it; --set tune5 to
//                                             tune14, blind to all, each against a claims file of its own
//                                             (<set>.claims.yaml); tune7, tune8, tune13 and tune14 are the
//                                             blind checks; tune15 to tune22, written blind too, learning sets
//   npm run eval:matching -- --set S --others   and how many sentences of the other learning sets, about
//                                             other stories, get a finding about an entry of S's claims
//                                             file (a topic two sets share may make some right)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from './polnear/engine.mjs';

const { values } = parseArgs({
  options: { examples: { type: 'boolean', default: false }, sweep: { type: 'boolean', default: false }, others: { type: 'boolean', default: false }, set: { type: 'string', default: 'sentences' } },
});
const dir = path.join(import.meta.dirname, 'matching');
const engine = await loadEngine();
// A set written against a claims file of its own carries it beside it, as <set>.claims.yaml.
const set = path.basename(values.set, '.jsonl');
const claimsFile = existsSync(path.join(dir, `${set}.claims.yaml`)) ? `${set}.claims.yaml` : 'claims.yaml';
const parsed = engine.parseLedger(readFileSync(path.join(dir, claimsFile), 'utf8'));
if (parsed.problems.length > 0) throw new Error(`scripts/matching/${claimsFile}: ${parsed.problems.map((p) => p.message).join('; ')}`);
const ledger = engine.createLedger(parsed.entries);
const options = engine.createCheckOptions();
const sentences = readFileSync(path.join(dir, `${set}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

const MATCHES = new Set(['ledger-match', 'disputed-claim']);
const counts = {};
// By label: how often the sentence's entry was asserted (matched) or offered, and how often another entry was.
const byLabel = {};
const wrong = [];
let asserted = 0;
let assertedRight = 0;
for (const s of sentences) {
  const findings = engine.check(s.text, ledger, options).findings;
  const matched = [...new Set(findings.filter((f) => MATCHES.has(f.code)).flatMap((f) => f.entryIds))];
  const changed = findings.filter((f) => f.code === 'figure-mismatch').flatMap((f) => f.entryIds);
  const offered = [...new Set(findings.flatMap((f) => (f.similarTo ? [f.similarTo] : [])))];
  const named = [...findings.flatMap((f) => f.entryIds), ...offered];
  asserted += matched.length;
  assertedRight += matched.filter((id) => id === s.entry && (s.label === 'exact' || s.label === 'reworded')).length;
  const right = {
    exact: matched.includes(s.entry),
    reworded: named.includes(s.entry),
    'figure-changed': changed.includes(s.entry),
    unrelated: named.length === 0,
  }[s.label];
  const c = (counts[s.label] ??= { total: 0, right: 0 });
  c.total++;
  if (right) c.right++;
  else wrong.push({ ...s, got: findings.filter((f) => f.entryIds.length > 0 || f.similarTo).map((f) => `${f.code}:${f.entryIds.join(',')}${f.similarTo ? `~${f.similarTo}` : ''}`).join(' ') || 'nothing' });
  const l = (byLabel[s.label] ??= { total: 0, assertedRight: 0, assertedWrong: 0, offeredRight: 0, offeredWrong: 0 });
  l.total++;
  if (matched.includes(s.entry)) l.assertedRight++;
  if (matched.some((id) => id !== s.entry)) l.assertedWrong++;
  if (offered.includes(s.entry)) l.offeredRight++;
  if (offered.some((id) => id !== s.entry)) l.offeredWrong++;
}

const share = (c) => (c ? `${c.right}/${c.total} = ${(c.right / c.total).toFixed(3)}` : 'none');
const unrelated = counts.unrelated;
console.log(`${parsed.entries.length} entries, ${sentences.length} sentences of ${values.set}`);
console.log(`exact: matched to their entry                 ${share(counts.exact)}`);
console.log(`reworded: their entry named (offered or matched) ${share(counts.reworded)}   (goal 0.90)`);
console.log(`figure changed: figure-mismatch naming it     ${share(counts['figure-changed'])}   (goal 0.90)`);
console.log(`unrelated: no finding about any entry         ${share(unrelated)}   (goal: at most 0.02 with one)`);
console.log(`asserted matches right                        ${assertedRight}/${asserted} = ${asserted ? (assertedRight / asserted).toFixed(3) : '-'}   (goal 0.97)`);
console.log('\nBy label, sentences whose own entry (right) or another (wrong) was asserted as a match or offered as similar:');
console.log('| label | sentences | asserted right | asserted wrong | offered right | offered wrong |');
console.log('|---|---|---|---|---|---|');
for (const [label, l] of Object.entries(byLabel)) console.log(`| ${label} | ${l.total} | ${l.assertedRight} | ${l.assertedWrong} | ${l.offeredRight} | ${l.offeredWrong} |`);
if (values.examples) for (const w of wrong) console.log(`\n[${w.label} ${w.entry || '-'}] ${w.text}\n  got: ${w.got}`);

if (values.sweep) {
  // Each sentence's most similar entry and its score, whatever the score and before the claims it
  // would be attached to: which sentences would be offered an entry at other thresholds.
  const index = engine.createSimilarIndex(parsed.entries);
  const found = sentences.map((s) => ({ ...s, similar: index.mostSimilar(s.text, engine.normalizeTokens(s.text), 0) }));
  const at = (t, label, right) => found.filter((s) => s.label === label && s.similar && s.similar.score >= t && (s.similar.entryId === s.entry) === right).length;
  const total = (label) => found.filter((s) => s.label === label).length;
  console.log('\nSimilar claims by threshold (each sentence\'s most similar entry, if its score is at least the threshold):');
  console.log('| threshold | reworded: their entry | reworded: another | unrelated: any |');
  console.log('|---|---|---|---|');
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]) {
    console.log(`| ${t.toFixed(2)} | ${at(t, 'reworded', true)}/${total('reworded')} | ${at(t, 'reworded', false)} | ${at(t, 'unrelated', false)}/${total('unrelated')} |`);
  }
}

if (values.others) {
  // The learning sets' sentences written against another claims file than this set's: stories about
  // other things, which a finding about one of this file's entries mostly gets wrong.
  const LEARNING = ['sentences', 'tune', 'tune2', 'tune3', 'tune4', 'tune6', 'tune9', 'tune10', 'tune11', 'tune12', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune20', 'tune21', 'tune22'];
  const fileOf = (name) => (existsSync(path.join(dir, `${name}.claims.yaml`)) ? `${name}.claims.yaml` : 'claims.yaml');
  const kinds = { 'figure-mismatch': 0, match: 0, offer: 0 };
  let others = 0;
  for (const name of LEARNING.filter((n) => fileOf(n) !== claimsFile)) {
    for (const line of readFileSync(path.join(dir, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
      others++;
      const findings = engine.check(JSON.parse(line).text, ledger, options).findings;
      const kind = findings.some((f) => f.code === 'figure-mismatch') ? 'figure-mismatch' : findings.some((f) => MATCHES.has(f.code)) ? 'match' : findings.some((f) => f.similarTo) ? 'offer' : undefined;
      if (kind) kinds[kind]++;
    }
  }
  console.log(`\nSentences of the other learning sets with a finding about an entry: ${kinds['figure-mismatch'] + kinds.match + kinds.offer}/${others} (figure-mismatch ${kinds['figure-mismatch']}, match ${kinds.match}, offer ${kinds.offer})`);
}
