import assert from 'node:assert/strict';
import { parseLedger, readLedger } from '../../../server/src/core/ledger/parse';
import { readPlainLedger, readPlainLedgerInSlices } from '../../../server/src/core/ledger/plain';
import type { LedgerEntry } from '../../../server/src/core';
import { dataProblems } from '../../helpers/claimsFile';
import { joinLines, readFixture } from '../../helpers/fixtures';

const BLOCK_SCALARS = joinLines('claims:', '  - id: a', '    claim: |', '      x', '      y', '', '', '  - id: b', '    notes: >-', '      folded', '      text', '    rating: true', '  - id: c', '    claim: >', '      kept', '', '');
const PLAIN = ['seed/claims.yaml', 'ledger/valid.yaml', 'ledger/valid.json', 'drafts/claims.yaml', 'ledger-edit/claims.json', 'ledger-edit/crlf.yaml', 'ledger-edit/compact.yaml', 'ledger-edit/commented.yaml', 'ledger-edit/no-newline.yaml', 'ledger-edit/flow-empty.yaml'];
const NOT_PLAIN = ['ledger/alias-bomb.yaml', 'ledger/broken.yaml', 'ledger/syntax-error.yaml', 'ledger/syntax-error.json', 'ledger/custom-tags.yaml', 'ledger-edit/wrong-shape.yaml', 'ledger-edit/broken.yaml'];

describe('core/ledger/plain', () => {
  for (const fixture of PLAIN) {
    it(`reads ${fixture} exactly as the full reader does, spans included`, () => {
      const text = readFixture(fixture);
      const full = readLedger(text);
      assert.deepEqual(dataProblems(full), [], 'a plain file');
      assert.deepEqual(readPlainLedger(text), full.entries);
      // Entries without sources are noted whichever reader reads the file.
      assert.deepEqual(parseLedger(text).problems, full.problems);
    });
  }

  it('places block scalars as the full reader does', () => {
    assert.deepEqual(readPlainLedger(BLOCK_SCALARS), readLedger(BLOCK_SCALARS).entries);
  });

  for (const fixture of NOT_PLAIN) {
    it(`leaves ${fixture}, which has problems to report, to the full reader`, () => {
      assert.notDeepEqual(dataProblems(readLedger(readFixture(fixture))), []);
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
      assert.notDeepEqual(dataProblems(readLedger(text)), [], text);
      assert.equal(readPlainLedger(text), undefined, text);
    }
  });

  it('leaves empty values, kept trailing lines, aliases and tags to the full reader', () => {
    const cases = [joinLines('claims:', '  - id: a', '    reviewer:', ''), joinLines('claims:', '  - id: a', '    notes: |+', '      x', '', ''), joinLines('claims:', '  - id: a', '    claim: &a x', '    notes: *a', ''), joinLines('claims:', '  - id: a', '    claim: !!str x', '')];
    for (const text of cases) {
      assert.deepEqual(dataProblems(readLedger(text)), []);
      assert.equal(readPlainLedger(text), undefined);
    }
  });
});

describe('core/ledger/plain on long claims files', () => {
  /** Entry `i` of a long file, written in one of several ways, its lines indented by `indent`. */
  function entryLines(i: number, indent: string): string[] {
    const at = (...lines: string[]): string[] => lines.map((l, k) => (k === 0 ? `${indent}- ${l}` : `${indent}  ${l}`));
    switch (i % 6) {
      case 0:
        return at(`id: claim-${i}`, `claim: Claim number ${i}.`, `match: [phrase ${i}, "other: ${i}"]`, 'rating: true', 'sources:', `  - https://example.org/${i}`);
      case 1:
        return [...at(`id: claim-${i}   # a comment after a value`, 'claim: |', `  First line ${i}`, '  second line', '', 'rating: misleading'), '', `# a comment between entries ${i}`, ''];
      case 2:
        return at(`id: claim-${i}`, 'claim: >-', `  Folded ${i}`, '  text', 'match:', `  - 'quoted ${i}'`, `  - plain words ${i}`, 'sources:', `  - url: https://example.org/s/${i}`, '    title: A source', '    date: 2023-04-26');
      case 3:
        return [...at(`id: claim-${i}`, `notes: "a quoted value ${i}`, '  over two lines"', 'reviewed: 2023-04-27'), '\t', `${indent}  # an indented comment`];
      case 4:
        return at(`id: claim-${i}`, `claim: a plain value ${i}`, '  continued on the next line', `sources: [{url: "https://example.org/f/${i}", title: Flow}]`);
      default:
        return at(`id: claim-${i}`, `match: phrase ${i}`);
    }
  }

  function longFile(count: number, indent = '  ', head = ['# The claims of the desk.', 'claims:'], tail: string[] = []): string {
    const lines = [...head];
    for (let i = 0; i < count; i++) lines.push(...entryLines(i, indent));
    return joinLines(...lines, ...tail, '');
  }

  /** Asserts that the fast path reads `text`, as the full reader does (every span included). */
  function readsAsFull(text: string): void {
    const full = readLedger(text);
    assert.deepEqual(dataProblems(full), [], 'a plain file');
    const plain = readPlainLedger(text);
    assert.deepEqual(plain, full.entries);
    assert.deepEqual(parseLedger(text).problems, full.problems);
  }

  it('reads a long file with comments, blank lines and every kind of value as the full reader does', () => {
    const text = longFile(800);
    assert.ok(text.length > 100_000, 'long enough to be read in several slices');
    readsAsFull(text);
  });

  it('reads it the same with CRLF line ends, a BOM, a list at the key\'s indentation or a deeper one', () => {
    readsAsFull(longFile(600).replaceAll('\n', '\r\n'));
    readsAsFull('\uFEFF' + longFile(300));
    readsAsFull(longFile(600, ''));
    readsAsFull(longFile(300, '      ', ['claims:   # the list']));
  });

  it('reads the keys around a long list', () => {
    readsAsFull(longFile(300, '  ', ['$schema: ../schemas/claims.schema.json', 'claims:'], ['# The end.']));
    readsAsFull(longFile(300, '', ['claims:'], ['$schema: ../schemas/claims.schema.json', '...']));
  });

  it('leaves a long file with a problem anywhere to the full reader', () => {
    const cases = [
      longFile(300, '  ', ['claims:'], ['$schema: x', '$schema: y']),
      longFile(300, '  ', ['claims:'], ['---', 'claims: []']),
      longFile(300, '  ', ['claims:'], [' - id: misplaced']),
      longFile(300, '  ', ['claims:'], ['extra: 1']),
      longFile(300).replace('claim-250\n', 'claim-1\n'),
      longFile(300).replace('  - id: claim-200', '  - id: claim-200\n    rating: maybe'),
      longFile(300).replace('over two lines"', 'over two lines'),
      longFile(300).replace('  - id: claim-150', '- id: claim-150'),
    ];
    for (const text of cases) {
      assert.notDeepEqual(dataProblems(readLedger(text)), [], text.slice(0, 40));
      assert.equal(readPlainLedger(text), undefined);
    }
  });

  it('reads a long list the lines do not lay out plainly as the full reader does', () => {
    // A JSON file, a flow list, a list in a flow mapping, an anchor on the list: no slices.
    const entries = Array.from({ length: 2000 }, (_, i) => `{"id": "claim-${i}", "match": ["phrase ${i}"], "rating": "true", "sources": ["https://example.org/${i}"]}`);
    const json = `{"claims": [\n${entries.join(',\n')}\n]}\n`;
    readsAsFull(json);
    const flow = joinLines('claims: [', entries.map((e) => `  ${e}`).join(',\n'), ']', '');
    assert.deepEqual(parseLedger(flow), readLedger(flow));
    assert.equal(parseLedger(flow).entries.length, 2000);
    const inFlow = longFile(300, '  ', ['{$schema: x,', 'claims:'], ['}']);
    assert.notDeepEqual(dataProblems(readLedger(inFlow)), []);
    assert.equal(readPlainLedger(inFlow), undefined);
    const anchored = longFile(300, '  ', ['claims: &all']);
    assert.deepEqual(dataProblems(readLedger(anchored)), []);
    assert.equal(readPlainLedger(anchored), undefined);
  });

  describe('a slice at a time', () => {
    /** What `readPlainLedgerInSlices` gives for `text`, and how many times it stopped on the way. */
    function inSlices(text: string): { readonly entries: LedgerEntry[] | undefined; readonly steps: number } {
      const steps = readPlainLedgerInSlices(text);
      for (let n = 0; ; n++) {
        const step = steps.next();
        if (step.done) return { entries: step.value, steps: n };
      }
    }

    it('reads a long file with the entries the fast path gives, stopping before each slice', () => {
      for (const text of [longFile(800), longFile(600).replaceAll('\n', '\r\n'), longFile(300, '', ['claims:'], ['$schema: ../schemas/claims.schema.json'])]) {
        const { entries, steps } = inSlices(text);
        assert.deepEqual(entries, readPlainLedger(text));
        assert.ok(entries && entries.length >= 300);
        assert.ok(steps >= Math.floor(text.length / 40_000), `${steps} steps for ${text.length} characters`);
      }
      assert.deepEqual(inSlices(readFixture('seed/claims.yaml')), { entries: readPlainLedger(readFixture('seed/claims.yaml')), steps: 1 });
    });

    it('gives up on a file with a problem, one read whole, and one with a slice too long for a step', () => {
      const json = `{"claims": [\n${Array.from({ length: 2000 }, (_, i) => `{"id": "claim-${i}", "rating": "true"}`).join(',\n')}\n]}\n`;
      const longEntry = longFile(300).replace('  - id: claim-200', `  - id: claim-200\n    notes: ${'word '.repeat(60_000)}`);
      const longFrame = joinLines(`$schema: ${'x'.repeat(300_000)}`, longFile(300));
      for (const text of [longEntry, longFrame, json]) {
        assert.ok(readPlainLedger(text), 'the fast path reads it whole');
        assert.equal(inSlices(text).entries, undefined);
      }
      for (const text of [longFile(300).replace('claim-250\n', 'claim-1\n'), longFile(300, '  ', ['claims:'], ['extra: 1']), longFile(300).replace('  - id: claim-150', '- id: claim-150')]) {
        assert.equal(inSlices(text).entries, undefined);
      }
    });
  });
});
