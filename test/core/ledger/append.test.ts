import assert from 'node:assert/strict';
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { appendEntryEdit, type NewEntry } from '../../../server/src/core/ledger/append';
import { parseLedger } from '../../../server/src/core/ledger/parse';
import { dataProblems } from '../../helpers/claimsFile';
import { applyEdits } from '../../helpers/edits';
import { joinLines, readFixture } from '../../helpers/fixtures';

const ENTRY: NewEntry = {
  id: 'zakharova-china-readiness',
  claim: 'Maria Zakharova noted China’s readiness to establish a negotiation process.',
  match: ['Maria Zakharova noted'],
};

/** The new entry as a block-list item, with the "-" and the keys at the given indentations. */
function yamlItem(dash: string, keys: string, eol = '\n'): string {
  return [
    `${dash}id: zakharova-china-readiness`,
    `${keys}claim: "Maria Zakharova noted China’s readiness to establish a negotiation process."`,
    `${keys}match: ["Maria Zakharova noted"]`,
    `${keys}rating: unverified`,
    `${keys}sources: []`,
  ].join(eol);
}

/** The new entry as a JSON object on its own lines, at `indent`, with keys one `unit` deeper. */
function jsonObject(indent: string, unit: string): string {
  return [
    '{',
    `${indent}${unit}"id": "zakharova-china-readiness",`,
    `${indent}${unit}"claim": "Maria Zakharova noted China’s readiness to establish a negotiation process.",`,
    `${indent}${unit}"match": ["Maria Zakharova noted"],`,
    `${indent}${unit}"rating": "unverified",`,
    `${indent}${unit}"sources": []`,
    `${indent}}`,
  ].join('\n');
}

/**
 * The claims file after appending `entry`, checked to read back as the old entries plus the new
 * one, with no new problem but the note that the new entry gives no sources yet.
 */
function append(text: string, entry: NewEntry = ENTRY, format: 'yaml' | 'json' = 'yaml'): string {
  const result = appendEntryEdit(text, entry, format);
  assert.equal(result.error, undefined);
  assert.equal(result.create, undefined);
  assert.ok(result.edit);
  const edited = applyEdits(text, [result.edit]);
  const before = parseLedger(text);
  const after = parseLedger(edited);
  const note = `Entry "${entry.id}" is unverified and gives no sources yet.`;
  assert.deepEqual(after.problems.filter((p) => p.message !== note), before.problems);
  assert.deepEqual(after.problems.filter((p) => p.message === note).map((p) => p.severity), ['information']);
  assert.deepEqual(
    after.entries.map((e) => e.id),
    [...before.entries.map((e) => e.id), entry.id],
  );
  const added = after.entries.at(-1);
  assert.equal(added?.claim, entry.claim);
  assert.deepEqual(added.match, entry.match);
  assert.equal(added.rating, 'unverified');
  assert.deepEqual(added.sources, []);
  return edited;
}

function appendToFixture(name: string, format: 'yaml' | 'json' = name.endsWith('.json') ? 'json' : 'yaml'): { readonly old: string; readonly edited: string } {
  const old = readFixture(`ledger-edit/${name}`);
  // Valid data: the layouts' entries are kept short, so some give no sources.
  assert.deepEqual(dataProblems(parseLedger(old)), []);
  return { old, edited: append(old, ENTRY, format) };
}

describe('core/ledger/append', () => {
  describe('appendEntryEdit', () => {
    it('appends after the last entry of a commented file, keeping its comments, layout and blank lines', () => {
      const { old, edited } = appendToFixture('commented.yaml');
      // The comment indented under the last entry stays with it; the list's trailing comments follow the new entry.
      const last = '    # TODO: add the English translation as a second source\n';
      assert.equal(edited, old.replace(last, `${last}\n${yamlItem('  - ', '    ')}\n`));
    });

    it('follows the indentation of the existing entries, however deep', () => {
      const { old, edited } = appendToFixture('compact.yaml');
      assert.equal(edited, old.replace('  rating: mostly-true\n', `  rating: mostly-true\n${yamlItem('- ', '  ')}\n`));
      const wide = appendToFixture('no-newline.yaml');
      assert.equal(wide.edited, `${wide.old}\n${yamlItem('    -   ', '        ')}`);
    });

    it('writes CRLF line endings into a CRLF file', () => {
      const { old, edited } = appendToFixture('crlf.yaml');
      assert.equal(edited, `${old}${yamlItem('  - ', '    ', '\r\n')}\r\n`);
    });

    it('turns an empty flow list into a block list, keeping the comment of its line', () => {
      const { edited } = appendToFixture('flow-empty.yaml');
      assert.equal(edited, joinLines('# yaml-language-server: $schema=../../../schemas/claims.schema.json', 'claims: # nothing checked yet', yamlItem('  - ', '    '), ''));
      assert.equal(append('claims: ~\n'), joinLines('claims:', yamlItem('  - ', '    '), ''));
    });

    it('starts the list of a "claims:" without a value on the next line', () => {
      const { old, edited } = appendToFixture('no-value.yaml');
      assert.equal(edited, `${old.trimEnd()}\n${yamlItem('  - ', '    ')}\n`);
    });

    it('adds "claims:" to a file that is empty or holds only comments', () => {
      assert.equal(appendToFixture('empty.yaml').edited, joinLines('claims:', yamlItem('  - ', '    '), ''));
      const { old, edited } = appendToFixture('comments-only.yaml');
      assert.equal(edited, joinLines(old.trimEnd(), 'claims:', yamlItem('  - ', '    '), ''));
      assert.equal(append('# no newline'), joinLines('# no newline', 'claims:', yamlItem('  - ', '    '), ''));
    });

    it('adds a JSON object to a JSON file, one object per line as the file has them', () => {
      const { old, edited } = appendToFixture('claims.json');
      assert.equal(edited, old.replace('    { "id": "doi:10.1000/182" }', `    { "id": "doi:10.1000/182" },\n    ${jsonObject('    ', '  ')}`));
      assert.doesNotThrow(() => JSON.parse(edited));
    });

    it('fills an empty JSON array, indented one level deeper than its key', () => {
      const { edited } = appendToFixture('empty-array.json');
      assert.equal(edited, joinLines('{', '    "claims": [', `        ${jsonObject('        ', '    ')}`, '    ]', '}', ''));
      assert.doesNotThrow(() => JSON.parse(edited));
      assert.equal(append('{"claims": []}', ENTRY, 'json'), joinLines('{"claims": [', `  ${jsonObject('  ', '  ')}`, ']}'));
    });

    it('keeps a one-line JSON file on one line', () => {
      const { old, edited } = appendToFixture('one-line.json');
      const object = '{"id": "zakharova-china-readiness", "claim": "Maria Zakharova noted China’s readiness to establish a negotiation process.", "match": ["Maria Zakharova noted"], "rating": "unverified", "sources": []}';
      assert.equal(edited, old.replace('}]}', `}, ${object}]}`));
      assert.doesNotThrow(() => JSON.parse(edited));
    });

    it('adds to a flow list in a YAML file', () => {
      assert.equal(
        append('claims: [{ id: xi-call }]  # short form\n'),
        `claims: [{ id: xi-call }, { "id": "zakharova-china-readiness", "claim": "Maria Zakharova noted China’s readiness to establish a negotiation process.", "match": ["Maria Zakharova noted"], "rating": "unverified", "sources": [] }]  # short form\n`,
      );
    });

    it('quotes whatever YAML would misread: numbers and booleans as ids, quotes, colons, hashes, line breaks, controls', () => {
      const entry: NewEntry = {
        id: '2023',
        claim: 'He said: "No comment" # really\nthen left\u0085 \\ done',
        match: ['[brackets], {braces}', 'true'],
      };
      assert.equal(
        append('claims:\n  - id: xi-call\n', entry),
        joinLines(
          'claims:',
          '  - id: xi-call',
          '  - id: "2023"',
          '    claim: "He said: \\"No comment\\" # really\\nthen left\\u0085 \\\\ done"',
          '    match: ["[brackets], {braces}", "true"]',
          '    rating: unverified',
          '    sources: []',
          '',
        ),
      );
      assert.match(append('claims:\n', { ...ENTRY, id: 'doi:10.1000/182' }), /- id: doi:10\.1000\/182\n/);
      assert.match(append('claims:\n', { ...ENTRY, id: 'true' }), /- id: "true"\n/);
    });

    it('quotes every id that a YAML 1.1 or 1.2 reader would read as anything but its text, and writes the rest plain', () => {
      // YAML 1.1 (PyYAML, many CI tools) reads these as booleans, sexagesimals, dates and numbers.
      const misread = ['yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'null', 'Null', '1:30', '190:20:30', '2024-01-01', '0b101', '0o7', '0x1f', '1_000', '1e3', '12', '2024-report'];
      for (const id of misread) {
        const edited = append('claims:\n  - id: xi-call\n', { ...ENTRY, id });
        assert.ok(edited.includes(`  - id: "${id}"\n`), edited);
        // js-yaml reads YAML 1.2, as the project's reader does (append checked that one).
        const [, added] = (load(edited) as { claims: Array<{ id: unknown }> }).claims;
        assert.equal(added?.id, id);
      }
      for (const id of ['xi-call-2', 'doi:10.1000/182', '_draft', 'yesterday', 'only1', 'Zakharova']) {
        assert.ok(append('claims:\n  - id: xi-call\n', { ...ENTRY, id }).includes(`  - id: ${id}\n`), id);
      }
    });

    it('escapes noncharacters, lone surrogates and other characters YAML readers refuse, so that every reader gets the claim back', () => {
      const claim = 'a\ufffe b\uffff c\ufdd0 d\u{1fffe} e\u{10ffff} f\ud800 g\udc00 h\u007f i\u0085 j\u2028 k\ufeff l\u0001 m\tn \u{1f600}';
      const entry: NewEntry = { ...ENTRY, claim, match: ['x\uffff y'] };
      const yaml = append('claims:\n  - id: xi-call\n', entry);
      const json = append('{"claims": [{"id": "xi-call"}]}\n', entry, 'json');
      for (const text of [yaml, json]) {
        // Nothing YAML may refuse is left raw; characters past U+FFFF that are not noncharacters are.
        assert.doesNotMatch(text, /[\u007f-\u009f\u2028\u2029\ufeff\p{Noncharacter_Code_Point}]|\p{Surrogate}/u);
        assert.ok(text.includes('\u{1f600}'), text);
        const fromJsYaml = (load(text) as { claims: Array<{ claim: string; match: string[] }> }).claims[1];
        assert.equal(fromJsYaml?.claim, claim);
        assert.deepEqual(fromJsYaml.match, ['x\uffff y']);
        const document = parseDocument(text);
        assert.deepEqual(document.errors, []);
        assert.equal((document.toJS() as { claims: Array<{ claim: string }> }).claims[1]?.claim, claim);
      }
      // Past U+FFFF, YAML's own escape, which every YAML reader reads as one character; JSON has only surrogate pairs.
      assert.ok(yaml.includes('d\\U0001fffe e\\U0010ffff'), yaml);
      assert.ok(json.includes('d\\ud83f\\udffe e\\udbff\\udfff'), json);
      assert.equal((JSON.parse(json) as { claims: Array<{ claim: string }> }).claims[1]?.claim, claim);
    });

    it('creates a new claims file in either format', () => {
      const yaml = appendEntryEdit(undefined, ENTRY, 'yaml');
      assert.deepEqual(yaml, { create: joinLines('claims:', yamlItem('  - ', '    '), '') });
      const json = appendEntryEdit(undefined, ENTRY, 'json');
      assert.deepEqual(json, { create: joinLines('{', '  "claims": [', `    ${jsonObject('    ', '  ')}`, '  ]', '}', '') });
      assert.deepEqual(parseLedger(json.create ?? '').entries.map((e) => e.id), [ENTRY.id]);
    });

    it('refuses a file it cannot read, with a message for the writer and no edit', () => {
      const broken = appendEntryEdit(readFixture('ledger-edit/broken.yaml'), ENTRY, 'yaml');
      assert.equal(broken.edit, undefined);
      assert.match(broken.error ?? '', /^Fix the claims file first: Syntax error: .*\(line \d+, column \d+\)$/);
      const shape = appendEntryEdit(readFixture('ledger-edit/wrong-shape.yaml'), ENTRY, 'yaml');
      assert.deepEqual(shape, { error: 'Fix the claims file first: The claims file must be a mapping with a "claims:" list of entries, not a list. (line 1, column 1)' });
      assert.match(appendEntryEdit('{"claims": null}', ENTRY, 'json').error ?? '', /^Fix the claims file first: /);
      assert.match(appendEntryEdit('$schema: &all [{ id: a }]\nclaims: *all\n', ENTRY, 'yaml').error ?? '', /alias/);
    });

    it('refuses an id that is taken or cannot be cited, and an entry that would not read back cleanly', () => {
      const text = readFixture('ledger-edit/commented.yaml');
      assert.deepEqual(appendEntryEdit(text, { ...ENTRY, id: 'china-12-point-plan' }, 'yaml'), { error: 'The claims file already has an entry "china-12-point-plan".' });
      assert.match(appendEntryEdit(text, { ...ENTRY, id: 'has space' }, 'yaml').error ?? '', /cannot be an id/);
      const unreadable = appendEntryEdit(text, { ...ENTRY, match: [''] }, 'yaml');
      assert.equal(unreadable.edit, undefined);
      assert.match(unreadable.error ?? '', /could not be added safely.*Empty "match" phrase/);
    });
  });
});
