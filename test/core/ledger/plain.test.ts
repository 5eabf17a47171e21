import assert from 'node:assert/strict';
import { readLedger } from '../../../server/src/core/ledger/parse';
import { readPlainLedger } from '../../../server/src/core/ledger/plain';
import { joinLines, readFixture } from '../../helpers/fixtures';

const BLOCK_SCALARS = joinLines('claims:', '  - id: a', '    claim: |', '      x', '      y', '', '', '  - id: b', '    notes: >-', '      folded', '      text', '    rating: true', '  - id: c', '    claim: >', '      kept', '', '');
const PLAIN = ['seed/claims.yaml', 'ledger/valid.yaml', 'ledger/valid.json', 'drafts/claims.yaml', 'ledger-edit/claims.json', 'ledger-edit/crlf.yaml', 'ledger-edit/compact.yaml', 'ledger-edit/commented.yaml', 'ledger-edit/no-newline.yaml', 'ledger-edit/flow-empty.yaml'];
const NOT_PLAIN = ['ledger/alias-bomb.yaml', 'ledger/broken.yaml', 'ledger/syntax-error.yaml', 'ledger/syntax-error.json', 'ledger/custom-tags.yaml', 'ledger-edit/wrong-shape.yaml', 'ledger-edit/broken.yaml'];

describe('core/ledger/plain', () => {
  for (const fixture of PLAIN) {
    it(`reads ${fixture} exactly as the full reader does, spans included`, () => {
      const text = readFixture(fixture);
      const full = readLedger(text);
      assert.deepEqual(full.problems, [], 'a plain file');
      assert.deepEqual(readPlainLedger(text), full.entries);
    });
  }

  it('places block scalars as the full reader does', () => {
    assert.deepEqual(readPlainLedger(BLOCK_SCALARS), readLedger(BLOCK_SCALARS).entries);
  });

  for (const fixture of NOT_PLAIN) {
    it(`leaves ${fixture}, which has problems to report, to the full reader`, () => {
      assert.notDeepEqual(readLedger(readFixture(fixture)).problems, []);
      assert.equal(readPlainLedger(readFixture(fixture)), undefined);
    });
  }

  it('leaves every value the full reader would warn about to it', () => {
    const entry = (...lines: string[]): string => joinLines('claims:', '  - id: a', ...lines.map((l) => `    ${l}`), '');
    const cases = [
      entry('rating: maybe'),
      entry('claim: 12'),
      entry('claim: -.5'),
      entry('match: [""]'),
      entry('match: "--"'),
      entry('reviewed: 2023-02-30'),
      entry('sources: [ftp://x.org]'),
      entry('sources: [{title: t}]'),
      entry('extra: 1'),
      entry('claim: a', 'claim: b'),
      joinLines('claims:', '  - id: a', '  - id: a', ''),
      joinLines('claims:', '  - id: a b', ''),
      joinLines('claims: []', '---', 'claims: []', ''),
      joinLines('entries: []', ''),
    ];
    for (const text of cases) {
      assert.notDeepEqual(readLedger(text).problems, [], text);
      assert.equal(readPlainLedger(text), undefined, text);
    }
  });

  it('leaves empty values, kept trailing lines, aliases and tags to the full reader', () => {
    const cases = [joinLines('claims:', '  - id: a', '    reviewer:', ''), joinLines('claims:', '  - id: a', '    notes: |+', '      x', '', ''), joinLines('claims:', '  - id: a', '    claim: &a x', '    notes: *a', ''), joinLines('claims:', '  - id: a', '    claim: !!str x', '')];
    for (const text of cases) {
      assert.deepEqual(readLedger(text).problems, []);
      assert.equal(readPlainLedger(text), undefined);
    }
  });
});
