// The examples the judge of warnings learns from: every warning the rules raise on a document,
// with the judge's features (the rules' reading of the claim, its sentence, the document's voice)
// as the shipped engine computes them, and the document's other warnings, which the judge never
// touches but which flag sentences too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HELD_OUT, labelledParts, wordCount } from '../realworld/parts.mjs';

/**
 * The warnings of `text`, before the judge: `judged` with their features, `others` as spans.
 * `options` must have the judge off, so that every warning the rules raise is seen.
 */
export function warningsOf(engine, text, options) {
  const draft = engine.openDraft(text, options);
  const analysis = engine.analyzeDraft(draft, engine.EMPTY_LEDGER);
  const blocks = draft.blocks.all();
  const voice = engine.voiceFeatures(engine.addVoices(blocks.map(({ analysis: a }) => engine.blockVoice(a.type, a.prose))));
  // Each detected claim by kind and place in the draft, with its sentence in its prose text.
  const readings = new Map();
  for (const { shift, analysis: a } of blocks) {
    for (const { prose, sentences } of a.prose) {
      for (const sentence of sentences) {
        for (const claim of sentence.claims) {
          const span = prose.map.toSourceSpan(claim.span);
          readings.set(`${claim.kind}:${span.start + shift}:${span.end + shift}`, { text: prose.text, sentence: sentence.span, span: claim.span });
        }
      }
    }
  }
  const judged = [];
  const others = [];
  for (const f of analysis.findings) {
    if (f.severity !== 'warning' && f.severity !== 'error') continue;
    const r = f.claim && engine.JUDGED_CODES.has(f.code) ? readings.get(`${f.claim.kind}:${f.claim.span.start}:${f.claim.span.end}`) : undefined;
    if (r === undefined) {
      others.push(f.span);
      continue;
    }
    judged.push({ span: f.span, code: f.code, features: engine.readingFeatures(f.claim, r.text, r.sentence, r.span) });
  }
  return { voice, judged, others, words: wordCount(text) };
}

/**
 * The labelled real-world posts, by part. The held-out parts (`fresh`, `fresh2`) judge the work: never
 * read here, so nothing is learned or chosen on them.
 */
export function realWorldPosts(dataDir) {
  const posts = [];
  for (const part of labelledParts(dataDir).filter((p) => !HELD_OUT.has(p.name))) {
    const byDoc = new Map();
    for (const l of part.labels) byDoc.set(l.doc, [...(byDoc.get(l.doc) ?? []), l]);
    for (const [doc, sentences] of [...byDoc].sort(([a], [b]) => (a < b ? -1 : 1))) {
      posts.push({ part: part.name, doc, text: readFileSync(path.join(part.folder, doc), 'utf8'), sentences: sentences.map((s) => ({ start: s.start, end: s.end, gold: s.label === 'needs' })) });
    }
  }
  return posts;
}
