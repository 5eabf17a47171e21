import { isAbsolute, resolve, sep } from 'node:path';
import type { ArtifactLocation, Log, Result } from 'sarif';
import { URI } from 'vscode-uri';
import { FINDING_CODES, type FindingCode, type Severity } from '../core';
import { DEFAULT_LEVELS } from '../core/options';
import type { Located } from './report';

// SARIF 2.1.0 (OASIS), the format code-scanning services read: GitHub's upload-sarif action shows
// each result on the pull request's lines and each rule with its help link.

/** What the log says of the tool that wrote it. */
export interface SarifTool {
  readonly version: string;
  /** The README's address, without a fragment: each code is documented at `#code`. */
  readonly docsUrl: string;
}

/** One short sentence a code, shown as the rule's title. */
const RULE_DESCRIPTIONS: Readonly<Record<FindingCode, string>> = {
  'unsourced-attribution': 'An attributed statement with no source.',
  'unsourced-quantity': 'A figure with no source.',
  'unknown-citation': 'A citation that neither the claims file nor a bibliography defines.',
  'disputed-claim': 'A claim that matches or cites a claims-file entry rated false or misleading.',
  'figure-mismatch': 'A claim that gives another figure than the claims-file entry it words.',
  'ledger-match': 'A claim that matches a claims-file entry but does not cite it.',
  'weak-backing': 'A claim backed by an unverified or stale claims-file entry.',
  'claims-file': 'A problem in the claims file.',
  'config-file': 'A problem in a configuration file.',
  bibliography: 'A problem in a bibliography.',
  'draft-truncated': 'A draft too long to be checked to its end.',
  'not-checked': 'A stretch of the draft the Markdown parser could not read.',
};

const LEVEL: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Where relative artifact URIs start: the folder the command ran in (the repository's root in CI). */
const SRCROOT = '%SRCROOT%';

/**
 * The findings as a SARIF log: one run, a rule for every finding code (in the order of
 * FINDING_CODES, which ruleIndex refers to), and a result for every finding, in the given order.
 * `cwd` is the folder the findings' file names are relative to.
 */
export function sarifLog(located: readonly Located[], tool: SarifTool, cwd: string): Log {
  const ruleIndex = new Map(FINDING_CODES.map((code, i) => [code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fact-check',
            version: tool.version,
            informationUri: tool.docsUrl,
            rules: FINDING_CODES.map((code) => ({
              id: code,
              shortDescription: { text: RULE_DESCRIPTIONS[code] },
              helpUri: `${tool.docsUrl}#${code}`,
              defaultConfiguration: { level: LEVEL[DEFAULT_LEVELS[code]] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } },
        // Our columns count UTF-16 code units, as editors do; said outright rather than left to the default.
        columnKind: 'utf16CodeUnits',
        results: located.map((l) => ({
          ruleId: l.code,
          ruleIndex: ruleIndex.get(l.code),
          level: LEVEL[l.severity],
          message: { text: l.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(l.file, cwd),
                // Both formats count from 1, and both end columns are exclusive.
                region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

/**
 * A file under `cwd` is a relative URI against %SRCROOT%, as code scanning wants it; one outside
 * (a claims file above the folder) is an absolute file URI, which needs no base.
 */
function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (isAbsolute(file) || file.split(sep)[0] === '..') return { uri: URI.file(resolve(cwd, file)).toString() };
  return { uri: file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const uri = URI.file(folder).toString();
  return uri.endsWith('/') ? uri : `${uri}/`;
}
