import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, createCheckOptions, DEFAULT_SETTINGS, type CheckSettings } from '../../server/src/core';
import { claimsDiagnostics, draftDiagnostics, SOURCE, TOO_MANY_PROBLEMS } from '../../server/src/lsp/diagnostics';
import { claimsFileOf } from '../helpers/claimsFile';
import { readFixture } from '../helpers/fixtures';

// What the writer sees of the engine's findings, in process: the server's tests over JSON-RPC show
// that these diagnostics are published; these show what each one says and where it points.

/** The diagnostics of `text` checked against the seed's claims file, at most `max` (0: all). */
function diagnosticsOf(text: string, max = 0, levels = {}): Diagnostic[] {
  const claims = claimsFileOf(readFixture('seed/claims.yaml'));
  const draft = TextDocument.create('file:///workspace/draft.md', 'markdown', 1, text);
  return draftDiagnostics(check(text, claims.ledger, createCheckOptions({ levels })), draft, claims, max);
}

describe('lsp/diagnostics (in process)', () => {
  it('shows each finding where its claim is, at its level, with its code, its documentation and its message', () => {
    const [attribution, figure] = diagnosticsOf('The talks stalled.\nThe minister said that 40 people died.\n');
    assert.deepEqual(attribution?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 17 } });
    assert.equal(attribution?.severity, DiagnosticSeverity.Warning);
    assert.equal(attribution?.source, SOURCE);
    assert.equal(attribution?.code, 'unsourced-attribution');
    assert.match(attribution?.codeDescription?.href ?? '', /^https:\/\/.+#unsourced-attribution$/);
    assert.equal(attribution?.message, 'No source for this attributed statement ("The minister said"): add a link, a footnote or a citation of the claims file.');
    assert.deepEqual([figure?.code, figure?.range.start, figure?.range.end], ['unsourced-quantity', { line: 1, character: 23 }, { line: 1, character: 32 }]);
  });

  it('points a claim the claims file matches at its entry', () => {
    const [match] = diagnosticsOf('The 14-month conflict goes on.\n');
    assert.equal(match?.code, 'ledger-match');
    assert.equal(match?.severity, DiagnosticSeverity.Information);
    const related = match?.relatedInformation?.[0];
    assert.equal(related?.location.uri, 'file:///workspace/claims.yaml');
    // The entry "- id: ukraine-war-duration" starts on the claims file's ninth line.
    assert.deepEqual(related?.location.range.start, { line: 8, character: 4 });
    assert.equal(related?.message, "ukraine-war-duration (true): Russia's full-scale invasion of Ukraine began on 24 February 2022.");
  });

  it('keeps to the most problems asked for, the most severe first, with a note among them of how many more there are', () => {
    const text = 'The minister said that talks would resume.\n\nOfficials said the plan had failed.\n\nAs agreed [@nowhere].\n';
    const diagnostics = diagnosticsOf(text, 2, { 'unknown-citation': 'error' });
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [
        ['unknown-citation', DiagnosticSeverity.Error],
        [TOO_MANY_PROBLEMS, DiagnosticSeverity.Information],
      ],
    );
    assert.match(String(diagnostics[1]?.message), /^2 more of the 3 findings in this draft are not shown/);
    assert.equal(diagnosticsOf(text, 0).length, 3);
  });
});

describe('lsp/diagnostics of weak backing (in process)', () => {
  const claims = claimsFileOf(readFixture('seed/claims.yaml'));
  const text = 'Xi and Zelenskiy spoke on 26 April, officials said [@xi-zelenskiy-call].\n';
  const draft = TextDocument.create('file:///workspace/draft.md', 'markdown', 1, text);
  /** The diagnostics of a claim citing the seed's entry reviewed on 2023-04-27, checked on 2024-06-01. */
  const shown = (settings: Partial<CheckSettings>): Diagnostic[] => draftDiagnostics(check(text, claims.ledger, createCheckOptions(settings, '2024-06-01')), draft, claims, 0);

  it('notes a claim citing an entry reviewed too long ago, at the level the settings give', () => {
    const [note, ...rest] = shown({});
    assert.deepEqual(rest, []);
    assert.deepEqual([note?.code, note?.severity, note?.range.start], ['weak-backing', DiagnosticSeverity.Information, { line: 0, character: 36 }]);
    assert.equal(note?.message, 'Claims-file entry "xi-zelenskiy-call" was last reviewed 2023-04-27, more than 365 days ago: check that it still holds, then update its "reviewed" date.');
    assert.equal(note?.relatedInformation?.[0]?.message.startsWith('xi-zelenskiy-call (true)'), true);
    assert.deepEqual(shown({ levels: { 'weak-backing': 'warning' } }).map((d) => d.severity), [DiagnosticSeverity.Warning]);
    assert.deepEqual(shown({ levels: { 'weak-backing': 'off' } }), []);
    assert.deepEqual(shown({ reviewMaxAgeDays: 0 }), []);
    assert.deepEqual(shown({ reviewMaxAgeDays: 500 }), []);
  });
});

describe('lsp/diagnostics of a claims file (in process)', () => {
  it('shows its problems where they are', () => {
    const file = claimsFileOf('claims:\n  - id: a\n  - id: a\n');
    const duplicate = claimsDiagnostics(file, file.current!, DEFAULT_SETTINGS, 0).find((d) => d.severity === DiagnosticSeverity.Error);
    assert.equal(duplicate?.severity, DiagnosticSeverity.Error);
    assert.equal(duplicate?.code, 'claims-file');
    assert.equal(duplicate?.range.start.line, 2);
    assert.match(String(duplicate?.message), /^Duplicate id "a"/);
  });

  it('warns of a rated entry that gives no sources, and notes an unverified one', () => {
    const file = claimsFileOf('claims:\n  - id: checked\n    rating: true\n  - id: to-check\n    rating: unverified\n  - id: sourced\n    rating: true\n    sources: [https://example.org/s]\n');
    assert.deepEqual(
      claimsDiagnostics(file, file.current!, DEFAULT_SETTINGS, 0).map((d) => [d.range.start.line, d.severity, d.message]),
      [
        [1, DiagnosticSeverity.Warning, 'Entry "checked" is rated true but gives no sources: add the sources it was checked against.'],
        [3, DiagnosticSeverity.Information, 'Entry "to-check" is unverified and gives no sources yet.'],
      ],
    );
  });

  it('says at the top of a version that cannot be read that none of its entries are used', () => {
    const file = claimsFileOf('claims:\n  - id: "b\n');
    const [note, ...problems] = claimsDiagnostics(file, file.current!, DEFAULT_SETTINGS, 0);
    assert.deepEqual(note?.range.start, { line: 0, character: 0 });
    assert.equal(note?.message, 'This version of the claims file cannot be read, so none of its entries are used until it is fixed.');
    assert.ok(problems.length > 0 && problems.every((d) => d.code === 'claims-file'));
  });
});
