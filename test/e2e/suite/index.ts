/**
 * The extension-host suite: runs inside the real VS Code's Node extension host (code-server),
 * against the packaged extension, on a throw-away copy of the example workspace that
 * test/e2e/run.sh prepares. VS Code calls `run()`; a rejection is a failed suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { assert, Checks, waitFor } from '../checks';
import { pidsRunning } from '../processes';

const EXTENSION_ID = 'fact-check-markdown.fact-check-markdown';
const DRAFT = 'ukraine-call.md';
const UNOPENED_DRAFT = 'briefing.md';
const CLAIMS = 'claims.yaml';

/** A finding as the CLI reports it (`fact-check --format json`): 1-based lines and columns. */
interface CliFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
}

export async function run(): Promise<void> {
  const checks = new Checks();
  const check = (name: string, body: () => Promise<void>): Promise<boolean> => checks.check(`api: ${name}`, body);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert(folder, 'no workspace folder is open');
  const draftUri = vscode.Uri.joinPath(folder, DRAFT);
  const claimsUri = vscode.Uri.joinPath(folder, CLAIMS);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not installed`);
  // activate() returns at once; its client() resolves once the language client is loaded and created.
  const api = (await extension.activate()) as { client(): Promise<unknown> };
  await api.client();
  const serverPids = (): number[] => pidsRunning(join(extension.extensionPath, 'dist', 'server.js'));

  const draft = await vscode.workspace.openTextDocument(draftUri);
  await vscode.window.showTextDocument(draft);
  await waitFor('the first diagnostics of the draft', () => (ours(draftUri).length > 0 ? true : undefined));

  await check('diagnostics equal the CLI findings (codes, severities, ranges)', async () => {
    // run.sh wrote the CLI's findings for this draft beside the suite.
    const expected = (JSON.parse(readFileSync(join(__dirname, 'expected.json'), 'utf8')) as CliFinding[]).map(
      (f) => `${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.severity} ${f.code}`,
    );
    const severities = ['error', 'warning', 'information', 'hint'];
    const actual = ours(draftUri).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${severities[d.severity]} ${codeOf(d)}`);
    assert(expected.length > 0, 'the CLI found nothing in the example draft');
    assert(same(actual, expected), `VS Code has\n${actual.sort().join('\n')}\nthe CLI has\n${expected.sort().join('\n')}`);
  });

  await check('the hover on a ledger-matched claim shows the claims-file entry', async () => {
    const match = findingOf(draftUri, 'ledger-match', '14-month conflict');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draftUri, match.range.start);
    // The hover's Markdown escapes every punctuation mark of the entry's text ("full\-scale").
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value).replace(/\\([!-/:-@[-`{-~])/g, '$1'))).join('\n');
    for (const part of ['ukraine-war-duration', 'full-scale invasion of Ukraine', 'Russian invasion of Ukraine']) assert(text.includes(part), `the hover lacks "${part}": ${text}`);
  });

  await check('code actions for an unsourced claim: Add to claims file, Insert footnote, Ignore this claim', async () => {
    const titles = (await actionsFor(draftUri, findingOf(draftUri, 'unsourced-attribution', 'Xi assured'), 'Add to claims file')).map((a) => a.title);
    for (const title of ['Add to claims file', 'Insert footnote', 'Ignore this claim']) assert(titles.includes(title), `"${title}" missing from ${titles.join(', ')}`);
  });

  await check('"Add to claims file" (resolved) writes the entry to disk and clears the warning', async () => {
    const action = (await actionsFor(draftUri, findingOf(draftUri, 'unsourced-attribution', 'Xi assured'), 'Add to claims file')).find((a) => a.title === 'Add to claims file');
    assert(action?.edit, 'the resolved action has no edit');
    const files = action.edit.entries().map(([uri]) => uri.toString());
    assert(files.includes(claimsUri.toString()), `the edit changes only ${files.join(', ')}`);
    assert(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the edit');
    const claims = await vscode.workspace.openTextDocument(claimsUri);
    assert(claims.getText().includes('Xi assured Zelenskiy that China'), 'the claims file lacks the new entry');
    assert(await claims.save(), 'saving the claims file failed');
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(claimsUri));
    assert(onDisk.includes('Xi assured Zelenskiy that China'), 'the claims file on disk lacks the new entry');
    assert(onDisk.includes('id: ukraine-war-duration'), 'the existing entries of the claims file were lost');
    await waitFor('the warning to clear', () => (ours(draftUri).some((d) => d.message.includes('"Xi assured"')) ? undefined : true));
  });

  await check('"Cite ukraine-war-duration" inserts [@ukraine-war-duration]', async () => {
    const action = (await actionsFor(draftUri, findingOf(draftUri, 'ledger-match', '14-month conflict'), 'Cite ukraine-war-duration')).find((a) => a.title === 'Cite ukraine-war-duration');
    assert(action?.edit, 'no "Cite ukraine-war-duration" action with an edit');
    assert(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the edit');
    assert(draft.getText().includes('[@ukraine-war-duration]'), 'the draft lacks the citation');
    await waitFor('the cited claim to count as sourced', () => (ours(draftUri).some((d) => d.message.includes('"the country planning"')) ? undefined : true));
  });

  await check('Check All Drafts in Workspace gives an unopened draft its diagnostics', async () => {
    const unopened = vscode.Uri.joinPath(folder, UNOPENED_DRAFT);
    assert(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), `${UNOPENED_DRAFT} is open already`);
    assert(ours(unopened).length === 0, `${UNOPENED_DRAFT} has diagnostics before the command`);
    await vscode.commands.executeCommand('factCheck.checkWorkspace');
    const codes = await waitFor(`diagnostics for ${UNOPENED_DRAFT}`, () => (ours(unopened).length > 0 ? ours(unopened).map(codeOf) : undefined));
    assert(codes.includes('unsourced-attribution'), `unexpected codes ${codes.join(', ')}`);
  });

  await check('Open Claims File opens the claims file of the active draft', async () => {
    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand('factCheck.openClaimsFile');
    await waitFor('the claims file in the active editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === claimsUri.toString() ? true : undefined), 20_000);
  });

  await check('Add Selection to Claims File adds the selected words and cites them', async () => {
    const editor = await vscode.window.showTextDocument(draft);
    const words = 'China’s readiness to establish a negotiation process';
    const start = draft.getText().indexOf(words);
    assert(start >= 0, 'the draft lacks the words to select');
    editor.selection = new vscode.Selection(draft.positionAt(start), draft.positionAt(start + words.length));
    const citations = (draft.getText().match(/\[@/g) ?? []).length;
    await vscode.commands.executeCommand('factCheck.addSelection');
    const claims = await vscode.workspace.openTextDocument(claimsUri);
    await waitFor('the selection in the claims file', () => (claims.getText().includes(words) ? true : undefined), 20_000);
    assert((draft.getText().match(/\[@/g) ?? []).length === citations + 1, 'the draft did not get a citation');
  });

  await check('Restart Server starts a new server and its diagnostics follow new edits', async () => {
    const before = serverPids();
    assert(before.length === 1, `expected one server process, found ${before.length}`);
    await vscode.commands.executeCommand('factCheck.restartServer');
    await waitFor('a new server process', () => (serverPids().some((pid) => !before.includes(pid)) ? true : undefined));
    await expectFreshDiagnostics(draft, 'The mayor said the bridge would reopen in May.', '"The mayor said"');
  });

  await check('a killed server is restarted and its diagnostics follow new edits', async () => {
    const [pid, ...others] = serverPids();
    assert(pid !== undefined && others.length === 0, 'expected one server process');
    process.kill(pid, 'SIGKILL');
    await waitFor('a restarted server process', () => (serverPids().some((p) => p !== pid) ? true : undefined));
    await expectFreshDiagnostics(draft, 'Police said the road would stay closed.', '"Police said"');
  });

  console.log(`api: ${checks.passed} of ${checks.passed + checks.failed} checks passed`);
  if (checks.failed > 0) throw new Error(`${checks.failed} extension-host check(s) failed`);
}

/** Appends an unsourced sentence to the draft and waits for the (new) server to flag it. */
async function expectFreshDiagnostics(draft: vscode.TextDocument, sentence: string, cue: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(draft.uri, draft.positionAt(draft.getText().length), `\n${sentence}\n`);
  assert(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
  await waitFor(`a warning on ${cue}`, () => (ours(draft.uri).some((d) => d.message.includes(cue)) ? true : undefined));
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'fact-check');
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function findingOf(uri: vscode.Uri, code: string, text: string): vscode.Diagnostic {
  const found = ours(uri).find((d) => codeOf(d) === code && (d.message.includes(text) || documentText(uri, d.range).includes(text)));
  assert(found, `no ${code} diagnostic on "${text}"`);
  return found;
}

function documentText(uri: vscode.Uri, range: vscode.Range): string {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText(range) ?? '';
}

/**
 * The quick fixes at a diagnostic, resolved (edits included), once they include `title`. Retried:
 * right after a publish the server's actions can be missing from the first answer.
 */
async function actionsFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction[]> {
  const at = `${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
  let titles: string[] = [];
  try {
    return await waitFor(`"${title}" at ${at}`, async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 20);
      titles = actions.map((a) => a.title);
      return titles.includes(title) ? actions : undefined;
    }, 20_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; offered: ${titles.join(', ')}`);
  }
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
