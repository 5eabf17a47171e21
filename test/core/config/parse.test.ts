import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyConfig, CONFIG_KEYS, mergeConfigs, parseConfig, RESTRICTED_KEYS, type ConfigParseResult } from '../../../server/src/core/config';
import { DEFAULT_SETTINGS, FINDING_CODES, SETTING_LIMITS } from '../../../server/src/core';
import { joinLines, repoRoot } from '../../helpers/fixtures';

/** Each problem as a writer sees it: where, how bad, what. */
function problems(result: ConfigParseResult): string[] {
  return result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);
}

describe('core/config: the configuration file', () => {
  it('reads every key of a valid YAML file, with no problem', () => {
    const result = parseConfig(
      joinLines(
        '# The standards desk',
        'claimsFile: ledger/checked.yaml',
        'bibliography: refs.bib',
        'sourceScope: paragraph',
        'kinds: {quantity: false}',
        'severity:',
        '  unsourced-quantity: information',
        '  disputed-claim: off',
        'extraPhrases: [went on record, " told reporters "]',
        'ignore: [archive/, "*.draft.md"]',
        'reviewMaxAgeDays: 90',
      ),
    );
    assert.deepEqual(problems(result), []);
    assert.equal(result.readable, true);
    assert.deepEqual(result.values, {
      claimsFile: 'ledger/checked.yaml',
      bibliography: ['refs.bib'],
      sourceScope: 'paragraph',
      kinds: { quantity: false },
      severity: { 'unsourced-quantity': 'information', 'disputed-claim': 'off' },
      extraPhrases: ['went on record', 'told reporters'],
      ignore: ['archive/', '*.draft.md'],
      reviewMaxAgeDays: 90,
    });
  });

  it('reads JSON the same way, and an empty file as no rules', () => {
    const json = parseConfig('{"$schema": "./schemas/fact-check.schema.json", "sourceScope": "paragraph", "severity": {"weak-backing": "hint"}}');
    assert.deepEqual(problems(json), []);
    assert.deepEqual(json.values, { sourceScope: 'paragraph', severity: { 'weak-backing': 'hint' } });
    for (const empty of ['', '# nothing yet\n', '{}']) assert.deepEqual(parseConfig(empty), { values: {}, problems: [], readable: true });
  });

  it('leaves out each wrong key, value or item with its line and column, and keeps the rest', () => {
    const result = parseConfig(
      joinLines(
        'claimsFile: 42',
        'sourceScope: document',
        'kinds: {attribution: yes, quantity: false, opinion: true}',
        'severity:',
        '  unsourced-quantity: loud',
        '  unsourced-claim: error',
        '  weak-backing: hint',
        'extraPhrases: [went on record, 7, ""]',
        'reviewMaxAgeDays: 1.5',
        'ignore: {archive: true}',
        'colour: blue',
        'bibliography:',
      ),
    );
    assert.equal(result.readable, true);
    assert.deepEqual(problems(result), [
      '1:13 error "claimsFile" must be a path, relative to this file\'s folder, not "42". It is ignored.',
      '2:14 error Unknown sourceScope "document": expected sentence or paragraph. It is ignored.',
      '3:22 error "attribution" must be true or false, not "yes". It is ignored.',
      `3:44 warning Unknown kind of claim "opinion" in "kinds": expected attribution, quantity. It is ignored.`,
      '5:23 error Unknown level "loud" for unsourced-quantity: expected error, warning, information, hint or off. It is ignored.',
      `6:3 warning Unknown finding code "unsourced-claim" in "severity": expected ${FINDING_CODES.join(', ')}. It is ignored.`,
      '8:32 error Each phrase of "extraPhrases" must be text, not a number. It is ignored.',
      '8:35 error Each phrase of "extraPhrases" must be text, not empty. It is ignored.',
      '9:19 error "reviewMaxAgeDays" must be a whole number of days, not "1.5". It is ignored.',
      '10:9 error "ignore" must be a pattern or a list of them, not a mapping. It is ignored.',
      `11:1 warning Unknown key "colour" in the configuration file: expected ${CONFIG_KEYS.join(', ')}, $schema. It is ignored.`,
      '12:1 warning "bibliography" has no value, so it is ignored.',
    ]);
    assert.deepEqual(result.values, { kinds: { quantity: false }, severity: { 'weak-backing': 'hint' }, extraPhrases: ['went on record'] });
  });

  it('applies none of a file that cannot be read as a whole, and says where it breaks', () => {
    const broken = parseConfig(joinLines('sourceScope: paragraph', 'severity: {weak-backing: hint', ''));
    assert.equal(broken.readable, false);
    assert.deepEqual(broken.values, {});
    assert.match(problems(broken)[0] ?? '', /^1:1 error The configuration file cannot be read as a whole, so none of it applies until it is fixed\.$/);
    assert.ok(broken.problems.some((p) => p.line > 1 && p.message.startsWith('Syntax error')), problems(broken).join('\n'));

    const list = parseConfig('- sourceScope: paragraph\n');
    assert.equal(list.readable, false);
    assert.deepEqual(problems(list), [`1:1 error The configuration file must be a mapping of keys (${CONFIG_KEYS.join(', ')}), not a list, so none of it applies.`]);
  });

  it('reports a key written twice and keeps the first', () => {
    const result = parseConfig(joinLines('sourceScope: paragraph', 'sourceScope: sentence'));
    assert.deepEqual(problems(result), ['2:1 error Duplicate key "sourceScope": each key may appear only once in a mapping, so this one is ignored.']);
    assert.equal(result.values.sourceScope, 'paragraph');
  });

  it('holds phrases, bibliographies and patterns to the settings’ limits', () => {
    const phrases = Array.from({ length: SETTING_LIMITS.extraPhrases + 5 }, (_, i) => `phrase number ${i}`);
    const result = parseConfig(JSON.stringify({ extraPhrases: [...phrases, 'x'.repeat(SETTING_LIMITS.phraseLength + 1)] }));
    assert.equal(result.values.extraPhrases?.length, SETTING_LIMITS.extraPhrases);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      [`"extraPhrases" may hold at most ${SETTING_LIMITS.extraPhrases} phrases: this one and the rest are ignored.`],
    );
    const long = parseConfig(JSON.stringify({ extraPhrases: ['x'.repeat(SETTING_LIMITS.phraseLength + 1)] }));
    assert.deepEqual(long.problems.map((p) => p.message), [`A phrase of "extraPhrases" may be at most ${SETTING_LIMITS.phraseLength} characters long: this one is ignored.`]);
  });

  it('follows aliases, and refuses an alias bomb rather than expanding it', () => {
    const shared = parseConfig(joinLines('ignore: &old [archive/]', 'extraPhrases: *old'));
    assert.deepEqual(shared.values, { ignore: ['archive/'], extraPhrases: ['archive/'] });
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) levels.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    levels.push('ignore: *i');
    const bomb = parseConfig(joinLines(...levels));
    assert.ok(bomb.problems.some((p) => /Aliases expand the configuration file/.test(p.message)), problems(bomb).join('\n'));
  });

  it('leaves out, in Restricted Mode, the keys that name other files or add phrases, with a note on each', () => {
    const text = joinLines('claimsFile: /etc/claims.yaml', 'bibliography: [refs.bib]', 'extraPhrases: [went on record]', 'sourceScope: paragraph');
    assert.deepEqual(Object.keys(parseConfig(text).values), ['claimsFile', 'bibliography', 'extraPhrases', 'sourceScope']);
    const untrusted = parseConfig(text, false);
    assert.deepEqual(untrusted.values, { sourceScope: 'paragraph' });
    assert.deepEqual(
      untrusted.problems.map((p) => `${p.line}:${p.column} ${p.severity}`),
      ['1:1 information', '2:1 information', '3:1 information'],
    );
    assert.match(untrusted.problems[0]?.message ?? '', /^"claimsFile" is ignored in Restricted Mode/);
    assert.deepEqual([...RESTRICTED_KEYS], ['claimsFile', 'bibliography', 'extraPhrases']);
  });

  it('never throws on hostile input', () => {
    for (const text of ['{', ']]]', '!!binary aGVsbG8=', 'a: !!set {x}', '['.repeat(100_000), 'severity: *nowhere', '\u0000\u0001', '---\na: 1\n---\nb: 2\n']) {
      assert.doesNotThrow(() => parseConfig(text), text.slice(0, 20));
    }
  });

  it('is described by the shipped JSON Schema, key for key and code for code', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'fact-check.schema.json'), 'utf8')) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS, '$schema'].sort());
    assert.deepEqual(Object.keys(schema.properties.severity?.properties ?? {}), [...FINDING_CODES]);
    assert.deepEqual(Object.keys(schema.properties.kinds?.properties ?? {}), Object.keys(DEFAULT_SETTINGS.kinds));
  });
});

describe('core/config: merging', () => {
  const layer = (dir: string, text: string): { dir: string; values: ConfigParseResult['values'] } => ({ dir, values: parseConfig(text).values });

  it('lets a nearer file win key by key, kind by kind and code by code, and adds up ignore patterns', () => {
    const merged = mergeConfigs([
      layer('/repo', joinLines('claimsFile: ledger.yaml', 'sourceScope: paragraph', 'kinds: {quantity: false}', 'severity: {disputed-claim: warning, weak-backing: off}', 'ignore: archive/', 'reviewMaxAgeDays: 30')),
      layer('/repo/desk', joinLines('claimsFile: desk.yaml', 'kinds: {attribution: false}', 'severity: {weak-backing: hint}', 'ignore: "*.draft.md"')),
    ]);
    assert.deepEqual(merged, {
      claimsFile: { value: 'desk.yaml', dir: '/repo/desk' },
      sourceScope: 'paragraph',
      kinds: { quantity: false, attribution: false },
      severity: { 'disputed-claim': 'warning', 'weak-backing': 'hint' },
      ignore: [
        { value: ['archive/'], dir: '/repo' },
        { value: ['*.draft.md'], dir: '/repo/desk' },
      ],
      reviewMaxAgeDays: 30,
    });
  });

  it('puts the files’ rules in the place of the settings they set, and leaves the others', () => {
    const editor = { ...DEFAULT_SETTINGS, levels: { 'ledger-match': 'hint' as const, 'weak-backing': 'warning' as const }, lowConfidence: 0.5 };
    const applied = applyConfig(editor, mergeConfigs([layer('/repo', joinLines('severity: {weak-backing: off}', 'kinds: {quantity: false}', 'extraPhrases: [went on record]'))]));
    assert.deepEqual(applied, {
      ...editor,
      kinds: { attribution: true, quantity: false },
      levels: { 'ledger-match': 'hint', 'weak-backing': 'off' },
      extraPhrases: ['went on record'],
    });
    assert.deepEqual(applyConfig(editor, mergeConfigs([])), editor);
  });
});
