import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { TrustGrantedNotification } from '../../server/src/lsp/protocol';
import { fixturePath, repoRoot } from '../helpers/fixtures';
import { serversPerTest, type LspServer } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

// The configuration file in the editor: read as the command line reads it, its problems published
// on it, read again when it changes, one per workspace folder, and held to Restricted Mode.

/** A finding as both hosts can state it: where (1-based, end exclusive), how bad, what. */
interface Stated {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

function stated(d: Diagnostic): Stated {
  const { start, end } = d.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error], code: String(d.code), message: text(d.message) };
}

function text(message: Diagnostic['message']): string {
  return typeof message === 'string' ? message : message.value;
}

function codes(published: PublishDiagnosticsParams): string[] {
  return published.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error]} ${String(d.code)}`);
}

/** The command line's findings of `drafts` (paths relative to `cwd`), by file. */
function commandLine(cwd: string, drafts: readonly string[]): Map<string, Stated[]> {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--format', 'json', ...drafts], { cwd, encoding: 'utf8', timeout: 20_000 });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const byFile = new Map<string, Stated[]>();
  for (const { file, ...finding } of JSON.parse(run.stdout) as Array<Stated & { file: string }>) byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  return byFile;
}

/** In a stable order: the command line lists findings by position, the editor by severity first. */
function sorted(findings: readonly Stated[]): Stated[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

function newsroom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-check-config-'));
  cpSync(fixturePath('config/newsroom'), dir, { recursive: true });
  return dir;
}

describe('lsp: the configuration file', function () {
  this.timeout(30_000);
  const servers = serversPerTest();
  const uri = (path: string): string => URI.file(path).toString();
  const changed = (server: LspServer, path: string, type: FileChangeType): Promise<void> =>
    server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(path), type }] });

  it('gives a draft the same findings as the command line under the same .fact-check.yaml', async () => {
    const ws = newsroom();
    // The editor's own settings for the same keys lose to the committed file.
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0, sourceScope: 'sentence', severity: { 'disputed-claim': 'error' }, kinds: { quantity: true } }) });
    const cli = commandLine(ws, ['desk/story.md', 'archive/old.md']);
    const story = join(ws, 'desk', 'story.md');
    const editor = await server.open(story, readFileSync(story, 'utf8'));
    assert.deepEqual(sorted(editor.diagnostics.map(stated)), sorted(cli.get(join('desk', 'story.md')) ?? []));
    // The rules change what is found: this is no comparison of two empty lists.
    assert.deepEqual(codes(editor).sort(), ['12:1 warning disputed-claim', '4:16 warning unsourced-attribution', '9:69 information ledger-match']);
    // A draft the rules ignore: nothing on either side.
    const old = join(ws, 'archive', 'old.md');
    assert.deepEqual((await server.open(old, readFileSync(old, 'utf8'))).diagnostics, []);
    assert.equal(cli.has(join('archive', 'old.md')), false);
  });

  it('publishes the file’s problems on it with their lines and columns, applies the rest, and reads it again when it changes', async () => {
    const ws = newsroom();
    const config = join(ws, 'desk', '.fact-check.yaml');
    writeFileSync(config, 'sourceScope: paragraph\nkinds: {quantity: no}\nseverity: {unsourced-claim: off, ledger-match: off}\n');
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const problems = server.nextDiagnostics(config);
    const story = join(ws, 'desk', 'story.md');
    const first = await server.open(story, readFileSync(story, 'utf8'));
    assert.deepEqual(codes(await problems), ['2:19 error config-file', '3:12 warning config-file']);
    assert.deepEqual(codes(first).sort(), ['10:6 information unsourced-quantity', '12:1 warning disputed-claim', '4:16 warning unsourced-attribution', '9:37 information unsourced-quantity', '9:69 warning unsourced-attribution']);

    // Fixed: its problems go, and its rules apply.
    writeFileSync(config, 'sourceScope: paragraph\nkinds: {quantity: false}\n');
    // Checks under way when a file changes may publish once more what they read before: wait for what the change brings.
    const fixed = server.nextDiagnostics(config, (p) => p.diagnostics.length === 0);
    const rechecked = server.nextDiagnostics(story, (p) => !p.diagnostics.some((d) => d.code === 'unsourced-quantity'));
    await changed(server, config, FileChangeType.Changed);
    assert.deepEqual((await fixed).diagnostics, []);
    assert.deepEqual(codes(await rechecked).sort(), ['12:1 warning disputed-claim', '4:16 warning unsourced-attribution', '9:69 information ledger-match']);

    // Deleted: the top's rules alone, and nothing left published on the file.
    writeFileSync(config, 'colour: blue\n');
    const broken = server.nextDiagnostics(config, (p) => p.diagnostics.length > 0);
    await changed(server, config, FileChangeType.Changed);
    assert.deepEqual(codes(await broken), ['1:1 warning config-file']);
    rmSync(config);
    const gone = server.nextDiagnostics(config, (p) => p.diagnostics.length === 0);
    const without = server.nextDiagnostics(story, (p) => p.diagnostics.some((d) => d.code === 'unsourced-quantity'));
    await changed(server, config, FileChangeType.Deleted);
    assert.deepEqual((await gone).diagnostics, []);
    assert.ok(codes(await without).includes('6:39 warning unsourced-attribution'));

    // Created: it applies at once.
    const old = join(ws, 'archive', 'old.md');
    rmSync(join(ws, '.fact-check.yaml'));
    await changed(server, join(ws, '.fact-check.yaml'), FileChangeType.Deleted);
    const unignored = await server.open(old, readFileSync(old, 'utf8'));
    assert.deepEqual(codes(unignored), ['3:1 warning unsourced-attribution', '3:16 warning unsourced-quantity']);
    writeFileSync(join(ws, 'archive', '.fact-check.json'), '{"ignore": ["old.md"]}');
    const ignored = server.nextDiagnostics(old, (p) => p.diagnostics.length === 0);
    await changed(server, join(ws, 'archive', '.fact-check.json'), FileChangeType.Created);
    assert.deepEqual((await ignored).diagnostics, []);
    assert.equal(server.stderr.join(''), '');
  });

  it('gives each workspace folder its own rules', async () => {
    const draft = 'Officials said 3,000 troops crossed the border.\n';
    const strict = makeWorkspace({ '.fact-check.yaml': 'severity: {unsourced-attribution: error}\n', 'a.md': draft });
    const loose = makeWorkspace({ '.fact-check.json': '{"kinds": {"attribution": false}}', 'b.md': draft });
    const server = await servers.start({ folders: [strict, loose], configuration: () => ({ debounceMs: 0 }) });
    assert.deepEqual(codes(await server.open(join(strict, 'a.md'), draft)), ['1:1 error unsourced-attribution', '1:16 warning unsourced-quantity']);
    assert.deepEqual(codes(await server.open(join(loose, 'b.md'), draft)), ['1:16 warning unsourced-quantity']);
  });

  it('leaves out, in Restricted Mode, what names other files or adds phrases, says so on the file, and applies it once the workspace is trusted', async () => {
    const ws = makeWorkspace({
      '.fact-check.yaml': 'claimsFile: ledger/checked.yaml\nseverity: {unsourced-quantity: hint}\n',
      'ledger/checked.yaml': 'claims:\n  - id: troops\n    match: 3,000 troops\n    rating: "false"\n    sources: [https://example.org/troops]\n',
      'a.md': 'The minister said 3,000 troops crossed the border.\n',
    });
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }), initializationOptions: { workspaceTrusted: false } });
    const notes = server.firstDiagnostics(join(ws, '.fact-check.yaml'));
    const draft = join(ws, 'a.md');
    const untrusted = await server.open(draft, readFileSync(draft, 'utf8'));
    // The claims file it names is not read: the figure is unsourced (and a hint, which still applies).
    assert.deepEqual(codes(untrusted), ['1:1 warning unsourced-attribution', '1:19 hint unsourced-quantity']);
    const note = (await notes).diagnostics;
    assert.deepEqual(note.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]}`), ['1:1 information']);
    assert.match(text(note[0]?.message ?? ''), /^"claimsFile" is ignored in Restricted Mode/);

    const trusted = server.nextDiagnostics(draft, (p) => p.diagnostics.some((d) => d.code === 'disputed-claim'));
    const cleared = server.nextDiagnostics(join(ws, '.fact-check.yaml'), (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification(TrustGrantedNotification);
    assert.deepEqual(codes(await trusted), ['1:1 warning unsourced-attribution', '1:19 error disputed-claim']);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('counts a workspace as trusted when its client says nothing of trust, as other editors do not', async () => {
    const draft = 'The minister went on record that the bridge was safe.\n';
    const ws = makeWorkspace({ '.fact-check.yaml': 'extraPhrases: [went on record]\n', 'a.md': draft, 'other/b.md': draft });
    const server = await servers.start({ folders: [ws, join(ws, 'other')], configuration: () => ({ debounceMs: 0 }) });
    assert.deepEqual(codes(await server.open(join(ws, 'a.md'), draft)), ['1:1 warning unsourced-attribution']);
    // Without the phrase (a folder of its own, which the file above it does not govern), nothing is reported.
    assert.deepEqual(codes(await server.open(join(ws, 'other', 'b.md'), draft)), []);
  });
});
