// The engine's internals the detection scripts need, bundled from source on the fly, so that the
// scripts read prose, split sentences and compute features exactly as the shipped engine does.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ENTRY = `
export { check } from './server/src/core/check';
export { openDraft, analyzeDraft } from './server/src/core/incremental/draft';
export { blockVoice, addVoices, voiceFeatures } from './server/src/core/claims/judge/voice';
export { readingFeatures, judgeFeatures } from './server/src/core/claims/judge/features';
export { JUDGED_CODES } from './server/src/core/claims/judge/judge';
export { createCheckOptions } from './server/src/core/options';
export { createLedger, EMPTY_LEDGER } from './server/src/core/ledger/ledger';
export { createSimilarIndex } from './server/src/core/ledger/similar';
export { normalizeTokens } from './server/src/core/text/normalize';
export { isFunctionWord, Stems } from './server/src/core/text/terms';
export { parseLedger } from './server/src/core/ledger/parse';
export { parseMarkdown } from './server/src/core/markdown/parse';
export { extractProse } from './server/src/core/markdown/prose';
export { splitSentences } from './server/src/core/text/sentences';
export { detectAttributions } from './server/src/core/claims/attribution';
export { detectQuotations } from './server/src/core/claims/quotation';
export { detectQuantities } from './server/src/core/claims/quantity';
export { detectClaims } from './server/src/core/claims/detect';
export { sentenceFeatures } from './server/src/core/claims/model/features';
export { createLexicon } from './server/src/core/claims/lexicon';
export { tokenize } from './server/src/core/text/tokens';
`;

/** The bundled engine, loaded into this process. */
export async function loadEngine() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fact-check-engine-'));
  try {
    const outfile = path.join(dir, 'engine.cjs');
    await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
