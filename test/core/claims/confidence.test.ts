import assert from 'node:assert/strict';
import { calibrated } from '../../../server/src/core/claims/confidence';
import type { DetectedClaim } from '../../../server/src/core/claims/detected';

const claim = (confidence: number): DetectedClaim => ({ kind: 'attribution', span: { start: 0, end: 4 }, cue: 'said', confidence });

describe('calibrated', () => {
  it('keeps the order of the rules’ scores', () => {
    const scores = [0.05, 0.2, 0.3, 0.45, 0.5, 0.65, 0.7, 0.85, 0.9, 0.98];
    const shares = scores.map((s) => calibrated(claim(s)).confidence);
    for (let i = 1; i < shares.length; i++) assert.ok((shares[i] ?? 0) >= (shares[i - 1] ?? 1), `${scores[i]}`);
  });

  it('turns scores into the shares measured on news, and changes nothing else', () => {
    assert.equal(calibrated(claim(0.95)).confidence, 0.98);
    assert.equal(calibrated(claim(0.1)).confidence, 0.75);
    assert.deepEqual({ ...calibrated(claim(0.6)), confidence: 0 }, { ...claim(0.6), confidence: 0 });
  });
});
