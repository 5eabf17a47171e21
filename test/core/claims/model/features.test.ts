import assert from 'node:assert/strict';
import { sentenceFeatures } from '../../../../server/src/core/claims/model/features';

function names(text: string, start = 0): string[] {
  return sentenceFeatures(text, { start, end: text.length }).map((f) => f.name);
}

describe('sentenceFeatures', () => {
  it('keeps the words of a sentence but not the names in it', () => {
    const features = names('The senator from Ohio supported the idea.');
    assert.ok(features.includes('w:the') && features.includes('w:supported') && features.includes('w:senator'));
    assert.ok(!features.includes('w:ohio'));
  });

  it('folds every figure into one feature', () => {
    const features = names('It takes 1,237 delegates and 50 votes.');
    assert.equal(features.filter((f) => f === 'w:#').length, 1);
    assert.ok(!features.some((f) => f.includes('1,237') || f.includes('50')));
  });

  it('knows a sentence that continues a quotation, and one that opens its block', () => {
    const text = '“We will win. They are too facile.”';
    const second = text.indexOf('They');
    assert.ok(names(text, second).includes('s:inside-quotation'));
    assert.ok(!names(text, second).includes('s:first-in-block'));
    assert.ok(names(text.slice(0, second - 1)).includes('s:first-in-block'));
  });

  it('gives each feature the span of the first word that shows it', () => {
    const text = 'She declined to comment.';
    const declined = sentenceFeatures(text, { start: 0, end: text.length }).find((f) => f.name === 'w:declined');
    assert.deepEqual(declined?.span && text.slice(declined.span.start, declined.span.end), 'declined');
  });
});
