import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLAIMS_FILE_NAMES, FINDING_CODES, SETTING_LIMITS } from '../server/src/core';
import { CONFIG_FILE_NAMES } from '../server/src/core/config';
import { DEFAULT_LEVELS } from '../server/src/core/options';
import { TOO_MANY_PROBLEMS } from '../server/src/lsp/diagnostics';
import { DEFAULT_SERVER_SETTINGS, readSettings } from '../server/src/lsp/settings';
import { repoRoot } from './helpers/fixtures';

interface Manifest {
  main: string;
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] } };
  icon: string;
  contributes: {
    configuration: { properties: Record<string, { default: unknown; enum?: string[] }> };
    commands: Array<{ command: string }>;
    jsonValidation: Array<{ fileMatch: string | string[]; url: string }>;
    yamlValidation: Array<{ fileMatch: string | string[]; url: string }>;
  };
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;

describe('package.json (the extension manifest)', () => {
  const properties = manifest.contributes.configuration.properties;

  it('declares every setting the server reads, with the server’s defaults', () => {
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key.replace(/^factCheck\./, ''), p.default]));
    const read = readSettings(defaults);
    assert.deepEqual(read, DEFAULT_SERVER_SETTINGS);
    assert.deepEqual(Object.keys(defaults).sort(), ['bibliography', 'claimsFile', 'debounceMs', 'extraPhrases', 'kinds', 'lowConfidence', 'maxDraftLength', 'maxNumberOfProblems', 'reviewMaxAgeDays', 'severity', 'sourceScope']);
  });

  it('lets every finding code the engine reports, and only those, be given a level', () => {
    const severity = properties['factCheck.severity'] as { properties?: Record<string, unknown> } | undefined;
    assert.deepEqual(Object.keys(severity?.properties ?? {}), [...FINDING_CODES]);
    assert.deepEqual(Object.keys(DEFAULT_LEVELS).sort(), [...FINDING_CODES].sort());
    for (const code of Object.keys(DEFAULT_LEVELS)) assert.deepEqual(readSettings({ severity: { [code]: 'off' } }).check.levels, { [code]: 'off' });
  });

  it('offers exactly the source scopes the server knows', () => {
    assert.deepEqual(properties['factCheck.sourceScope']?.enum, ['sentence', 'paragraph']);
    assert.equal(readSettings({ sourceScope: 'paragraph' }).check.sourceScope, 'paragraph');
  });

  it('validates claims files and configuration files against the shipped schemas, under every name the tools read', () => {
    const schemaOf = new Map<string, string>();
    for (const v of [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation]) {
      for (const name of [v.fileMatch].flat()) schemaOf.set(name, v.url);
    }
    assert.deepEqual(Object.fromEntries(schemaOf), {
      ...Object.fromEntries(CLAIMS_FILE_NAMES.map((name) => [name, './schemas/claims.schema.json'])),
      ...Object.fromEntries(CONFIG_FILE_NAMES.map((name) => [name, './schemas/fact-check.schema.json'])),
    });
    const shipped = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    for (const url of new Set(schemaOf.values())) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(repoRoot, url), 'utf8')));
      assert.ok(shipped.includes(`!${url.slice(2)}`), `.vscodeignore leaves out ${url}`);
    }
  });

  it('lets only the user, not an untrusted workspace, point the claims file or bibliographies elsewhere, add phrases or raise the limits', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, {
      ...manifest.capabilities.untrustedWorkspaces,
      supported: 'limited',
      restrictedConfigurations: ['factCheck.claimsFile', 'factCheck.bibliography', 'factCheck.extraPhrases', 'factCheck.maxDraftLength', 'factCheck.maxNumberOfProblems'],
    });
  });

  it('bounds every setting that could slow the server as the server does', () => {
    const limits = properties as Record<string, { maximum?: number; maxItems?: number; items?: { maxLength?: number } }>;
    assert.equal(limits['factCheck.maxDraftLength']?.maximum, SETTING_LIMITS.maxDraftLength);
    assert.equal(limits['factCheck.maxNumberOfProblems']?.maximum, SETTING_LIMITS.maxNumberOfProblems);
    assert.equal(limits['factCheck.extraPhrases']?.maxItems, SETTING_LIMITS.extraPhrases);
    assert.equal(limits['factCheck.extraPhrases']?.items?.maxLength, SETTING_LIMITS.phraseLength);
    assert.equal(limits['factCheck.debounceMs']?.maximum, 60_000);
    assert.equal(limits['factCheck.bibliography']?.maxItems, SETTING_LIMITS.bibliographies);
  });

  it('offers a pre-commit hook that runs the command line on Markdown files', () => {
    const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; types: string[] }>;
    const bin = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    assert.deepEqual(hooks.map((h) => [h.id, h.language, h.types]), [['fact-check', 'node', ['markdown']]]);
    assert.equal(bin[hooks[0]?.entry ?? ''], 'dist/cli.js');
  });

  it('points main at the extension bundle the build writes', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(readFileSync(join(repoRoot, 'dist', 'extension.js'), 'utf8').length > 0);
  });

  it('ships every bundle the extension loads', () => {
    const shipped = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8');
    for (const bundle of ['extension.js', 'client.js', 'server.js']) {
      assert.ok(shipped.includes(`!dist/${bundle}\n`), `.vscodeignore leaves out dist/${bundle}`);
      assert.ok(readFileSync(join(repoRoot, 'dist', bundle), 'utf8').length > 0, `dist/${bundle} is missing`);
    }
  });

  it('ships a 128×128 PNG icon', () => {
    const png = readFileSync(join(repoRoot, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // The IHDR chunk starts at byte 16: width, then height, as 32-bit big-endian integers.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    const shipped = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(shipped.includes(`!${manifest.icon}`), '.vscodeignore must let the icon into the package');
  });

  it('is documented: the README explains every code a diagnostic links to, and no other', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Finding codes'), readme.indexOf('### Silencing findings'));
    const documented = [...table.matchAll(/^\| <a id="([a-z-]+)"><\/a>`\1`/gm)].map((m) => m[1]);
    assert.deepEqual(documented, [...FINDING_CODES, TOO_MANY_PROBLEMS]);
  });
});
