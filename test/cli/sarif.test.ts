import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { sarifLog } from '../../server/src/cli/sarif';
import { FINDING_CODES } from '../../server/src/core';
import { factCheck, type JsonFinding } from '../helpers/cli';
import { repoRoot } from '../helpers/fixtures';
import { makeWorkspace } from '../helpers/workspace';

// The official SARIF 2.1.0 schema (the final rtm.5 revision), as Microsoft's SARIF SDK ships it.
// It is written in JSON Schema draft-04, which ajv 6 reads.
const readJson = (...path: string[]): object => JSON.parse(readFileSync(join(repoRoot, 'node_modules', ...path), 'utf8')) as object;
const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
ajv.addMetaSchema(readJson('ajv', 'lib', 'refs', 'json-schema-draft-04.json'));
const validateSarif = ajv.compile(readJson('@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'));

function assertValid(log: unknown): asserts log is Log {
  assert.ok(validateSarif(log), ajv.errorsText(validateSarif.errors, { separator: '\n' }));
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; homepage: string };
const CLAIMS = [
  'claims:',
  '  - id: troops',
  '    claim: 3,000 troops crossed.',
  '    match: ["3,000 troops"]',
  '    rating: false',
  '    sources: [https://example.org/troops]',
  '  - id: war',
  '    match: 14-month conflict',
  '    rating: true',
  '    sources: [https://example.org/war]',
  '  - id: war',
  '    rating: maybe',
  '',
].join('\n');

/** The single run of a log, its rules and results. */
function theRun(log: Log): { rules: ReportingDescriptor[]; results: Result[] } {
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  return { rules: run.tool.driver.rules ?? [], results: run.results ?? [] };
}

describe('cli --format sarif', () => {
  it('writes a valid SARIF 2.1.0 log: a rule with its README link for every code, a result for every finding', () => {
    const dir = makeWorkspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'claims.yaml': CLAIMS,
      'desk/story.md': ['Officials said 3,000 troops crossed.', '', 'It was a 14-month conflict.', '', 'The minister said that 40% of voters left [@nokey].', ''].join('\n'),
    });
    const run = factCheck(['--format', 'sarif'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const log: unknown = JSON.parse(run.stdout);
    assertValid(log);
    const { rules, results } = theRun(log);
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, 'fact-check');
    assert.equal(driver.version, manifest.version);
    const docs = manifest.homepage.replace(/#.*$/, '');
    assert.equal(driver.informationUri, docs);
    assert.deepEqual(rules.map((r) => r.id), [...FINDING_CODES]);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const rule of rules) {
      assert.equal(rule.helpUri, `${docs}#${rule.id}`);
      assert.ok(readme.includes(`<a id="${rule.id}"></a>`), `the README documents ${rule.id}`);
      assert.ok((rule.shortDescription?.text ?? '').length > 0);
    }

    // The same findings as the JSON output, in the same order, placed the same way.
    const json = JSON.parse(factCheck(['--format', 'json'], dir).stdout) as JsonFinding[];
    assert.equal(results.length, json.length);
    const level: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    results.forEach((result, i) => {
      const finding = json[i]!;
      assert.equal(result.ruleId, finding.code);
      assert.equal(rules[result.ruleIndex!]!.id, result.ruleId);
      assert.equal(result.level, level[finding.severity]);
      assert.equal(result.message.text, finding.message);
      const location = result.locations?.[0]?.physicalLocation;
      assert.deepEqual(location?.artifactLocation, { uri: finding.file.split('\\').join('/'), uriBaseId: '%SRCROOT%' });
      assert.deepEqual(location?.region, { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
    });
    assert.deepEqual(new Set(results.map((r) => r.ruleId)), new Set(['claims-file', 'unsourced-attribution', 'disputed-claim', 'ledger-match', 'unsourced-quantity', 'unknown-citation']));
    assert.deepEqual(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)[0], 'claims.yaml');
  });

  it('writes a valid log with no results when there is nothing to report', () => {
    const dir = makeWorkspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'calm.md': 'The river is wide and slow.\n' });
    const run = factCheck(['--format', 'sarif'], dir);
    assert.equal(run.status, 0, run.stderr);
    const log: unknown = JSON.parse(run.stdout);
    assertValid(log);
    const { rules, results } = theRun(log);
    assert.deepEqual(results, []);
    assert.equal(rules.length, FINDING_CODES.length);
  });

  it('counts columns in UTF-16 code units and encodes non-ASCII file names as URIs', () => {
    const dir = makeWorkspace({ '.git/HEAD': 'ref: refs/heads/main\n' });
    mkdirSync(join(dir, 'Désk'));
    const line = 'Über 🌍: Zürich’s mayor said that 12 bridges closed.';
    writeFileSync(join(dir, 'Désk', 'été 🌍.md'), `${line}\n`);
    const run = factCheck(['--format', 'sarif'], dir);
    const log: unknown = JSON.parse(run.stdout);
    assertValid(log);
    assert.equal(log.runs[0]!.columnKind, 'utf16CodeUnits');
    const { results } = theRun(log);
    const attribution = results.find((r) => r.ruleId === 'unsourced-attribution');
    const location = attribution?.locations?.[0]?.physicalLocation;
    assert.equal(location?.artifactLocation?.uri, 'D%C3%A9sk/%C3%A9t%C3%A9%20%F0%9F%8C%8D.md');
    const region = location?.region;
    assert.ok(region?.startColumn !== undefined && region.endColumn !== undefined);
    assert.match(line.slice(region.startColumn - 1, region.endColumn - 1), /^Zürich’s mayor said/);
    assert.match(attribution?.message.text ?? '', /"Zürich’s mayor said"/);
  });

  it('names a file outside the folder it ran in by its absolute file URI, and the schema check is not vacuous', () => {
    const at = { line: 2, column: 3, endLine: 2, endColumn: 9, severity: 'error', message: 'Bad entry.' } as const;
    const log = sarifLog([{ ...at, file: join('..', 'claims.yaml'), code: 'claims-file' }], { version: '1.2.3', docsUrl: 'https://example.org/docs' }, join('/', 'news', 'desk'));
    assertValid(log);
    const artifact = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation;
    assert.deepEqual(artifact, { uri: 'file:///news/claims.yaml' });
    assert.equal(log.runs[0]!.originalUriBaseIds?.['%SRCROOT%']?.uri, 'file:///news/desk/');
    // "information" is our word, not SARIF's: the schema refuses it.
    assert.equal(validateSarif({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0]!.results![0], level: 'information' }] }] }), false);
  });
});
