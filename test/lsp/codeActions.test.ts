import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, CodeActionResolveRequest, DiagnosticSeverity, DidChangeWatchedFilesNotification, ExecuteCommandRequest, FileChangeType, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { check, createCheckOptions } from '../../server/src/core';
import { createLedger, parseLedger } from '../../server/src/core/ledger';
import { appendEntryEdit } from '../../server/src/core/fixes';
import { quickFixes, type ActionContext, type ClaimsTarget } from '../../server/src/lsp/codeActions';
import { draftDiagnostics } from '../../server/src/lsp/diagnostics';
import { claimsFileOf, dataProblems } from '../helpers/claimsFile';
import { readFixture } from '../helpers/fixtures';
import { AddSelectionRequest } from '../../server/src/lsp/protocol';
import { FULL_CAPABILITIES, LspServer, serversPerTest, type ApplyEditAnswer } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';
import { applyToFiles, applyWorkspaceEdit } from '../helpers/workspaceEdit';

describe('lsp/codeActions', function () {
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  const uri = (path: string): string => URI.file(path).toString();

  async function actionsFor(path: string, diagnostics: readonly Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await server!.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri(path) },
      range,
      context: { diagnostics: [...diagnostics], ...(only && { only }) },
    });
    return (result ?? []) as CodeAction[];
  }

  function titled(actions: readonly CodeAction[], title: string): CodeAction {
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `no "${title}" in ${JSON.stringify(actions.map((a) => a.title))}`);
    return action;
  }

  it('adds an unsourced claim to the claims file, keeping its comments, and cites it', async () => {
    const claimsText = '# Checked claims.\nclaims:\n  - id: other # keep me\n    rating: true\n\n# The end.\n';
    const ws = makeWorkspace({ 'claims.yaml': claimsText });
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const text = 'Intro.\n\nMaria Zakharova noted China’s readiness to establish a negotiation process.\n';
    const { diagnostics } = await server.open(draft, text);
    const actions = await actionsFor(draft, diagnostics);
    assert.deepEqual(actions.map((a) => a.title), ['Add to claims file', 'Insert footnote', 'Ignore this claim']);
    assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.length === 1));
    const claimsUri = uri(join(ws, 'claims.yaml'));
    const after = applyWorkspaceEdit(titled(actions, 'Add to claims file').edit!, { [uri(draft)]: text, [claimsUri]: claimsText }, { [uri(draft)]: 1 });
    const newClaims = after[claimsUri] ?? '';
    assert.ok(newClaims.startsWith('# Checked claims.\nclaims:\n  - id: other # keep me\n    rating: true\n'), newClaims);
    assert.match(newClaims, /# The end\.\n$/);
    const parsed = parseLedger(newClaims);
    assert.deepEqual(dataProblems(parsed), []);
    const added = parsed.entries[1];
    assert.ok(added);
    assert.equal(added.rating, 'unverified');
    assert.equal(added.claim, 'Maria Zakharova noted China’s readiness to establish a negotiation process.');
    assert.deepEqual(added.sources, []);
    assert.equal(after[uri(draft)], `Intro.\n\nMaria Zakharova noted China’s readiness to establish a negotiation process [@${added.id}].\n`);

    // Saved, the claims file clears the warning: the note left says that the new entry is still to be checked.
    writeFileSync(join(ws, 'claims.yaml'), newClaims);
    const cleared = server.nextDiagnostics(draft, (p) => p.version === 2);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: claimsUri, type: FileChangeType.Changed }] });
    await server.change(draft, after[uri(draft)] ?? '');
    assert.deepEqual((await cleared).diagnostics.map((d) => [d.code, d.severity]), [['weak-backing', DiagnosticSeverity.Information]]);
  });

  it('leaves claims-file edits to codeAction/resolve for clients that resolve them', async () => {
    const claimsText = 'claims:\n  - id: other\n';
    const ws = makeWorkspace({ 'claims.yaml': claimsText });
    const capabilities = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, codeAction: { resolveSupport: { properties: ['edit'] } } } };
    server = await servers.start({ folders: [ws], capabilities });
    const draft = join(ws, 'a.md');
    const text = 'Prices rose 7 percent in March.\n';
    const { diagnostics } = await server.open(draft, text);
    const actions = await actionsFor(draft, diagnostics);
    const deferred = titled(actions, 'Add to claims file');
    assert.equal(deferred.edit, undefined);
    assert.ok(titled(actions, 'Insert footnote').edit);
    const resolved = await server.connection.sendRequest(CodeActionResolveRequest.type, deferred);
    const claimsUri = uri(join(ws, 'claims.yaml'));
    const after = applyWorkspaceEdit(resolved.edit!, { [uri(draft)]: text, [claimsUri]: claimsText });
    assert.deepEqual(parseLedger(after[claimsUri] ?? '').entries.map((e) => e.id), ['other', '7-percent']);
    assert.equal(after[uri(draft)], 'Prices rose 7 percent in March [@7-percent].\n');
  });

  it('answers hovers while it adds an entry to a long claims file, off the main thread', async function () {
    // Checking that the entry reads back right takes the full claims-file reader: seconds for these 30,000 entries.
    this.timeout(60_000);
    const claimsText = `claims:\n${Array.from({ length: 30_000 }, (_, i) => `  - id: claim-${i}\n    claim: "Claim number ${i}."\n    match: [phrase ${i}]\n    rating: true\n`).join('')}`;
    const ws = makeWorkspace({ 'claims.yaml': claimsText });
    const capabilities = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, codeAction: { resolveSupport: { properties: ['edit'] } } } };
    server = await servers.start({ folders: [ws], capabilities });
    const draft = join(ws, 'a.md');
    const text = 'Prices rose 7 percent in March.\n';
    const { diagnostics } = await server.open(draft, text);
    const order: string[] = [];
    const resolving = server.connection.sendRequest(CodeActionResolveRequest.type, titled(await actionsFor(draft, diagnostics), 'Add to claims file')).then((resolved) => {
      order.push('resolved');
      return resolved;
    });
    await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(draft) }, position: { line: 0, character: 13 } });
    order.push('hover');
    const resolved = await resolving;
    assert.deepEqual(order, ['hover', 'resolved']);
    const claimsUri = uri(join(ws, 'claims.yaml'));
    const after = applyWorkspaceEdit(resolved.edit!, { [uri(draft)]: text, [claimsUri]: claimsText });
    assert.deepEqual(parseLedger(after[claimsUri] ?? '').entries.at(-1)?.id, '7-percent');
  });

  describe('never loses the user\'s text', () => {
    const resolving = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, codeAction: { resolveSupport: { properties: ['edit'] } } } };

    it('adds to a claims file changed on disk since the server read it: both the change and the entry survive', async () => {
      const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: other\n' });
      server = await servers.start({ folders: [ws], capabilities: resolving });
      const draft = join(ws, 'a.md');
      const text = 'Prices rose 7 percent in March.\n';
      const deferred = titled(await actionsFor(draft, (await server.open(draft, text)).diagnostics), 'Add to claims file');
      // Another tool (or a colleague's sync) rewrites the file; no watcher event has arrived yet.
      const changed = '# Reviewed by the desk\nclaims:\n  - id: other\n  - id: added-meanwhile # keep me\n';
      writeFileSync(join(ws, 'claims.yaml'), changed);
      const resolved = await server.connection.sendRequest(CodeActionResolveRequest.type, deferred);
      const claimsUri = uri(join(ws, 'claims.yaml'));
      const after = applyWorkspaceEdit(resolved.edit!, { [uri(draft)]: text, [claimsUri]: changed });
      assert.ok(after[claimsUri]?.startsWith(changed), after[claimsUri]);
      assert.deepEqual(parseLedger(after[claimsUri] ?? '').entries.map((e) => e.id), ['other', 'added-meanwhile', '7-percent']);
    });

    it('gives no edit when the draft changed while the action was being resolved', async () => {
      const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: other\n' });
      server = await servers.start({ folders: [ws], capabilities: resolving });
      const draft = join(ws, 'a.md');
      const deferred = titled(await actionsFor(draft, (await server.open(draft, 'Prices rose 7 percent in March.\n')).diagnostics), 'Add to claims file');
      await server.change(draft, 'Earlier, prices rose 7 percent in March.\n');
      const resolved = await server.connection.sendRequest(CodeActionResolveRequest.type, deferred);
      assert.equal(resolved.edit, undefined);
    });

    it('never edits a claims file that is not UTF-8, since saving it would replace the bytes it cannot decode', async () => {
      const ws = makeWorkspace();
      writeFileSync(join(ws, 'claims.yaml'), Buffer.concat([Buffer.from('claims:\n  - id: other\n    notes: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
      server = await servers.start({ folders: [ws], capabilities: resolving });
      const draft = join(ws, 'a.md');
      const deferred = titled(await actionsFor(draft, (await server.open(draft, 'Prices rose 7 percent in March.\n')).diagnostics), 'Add to claims file');
      const resolved = await server.connection.sendRequest(CodeActionResolveRequest.type, deferred);
      assert.equal(resolved.edit, undefined);
    });
  });

  it('creates the claims file when there is none', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const text = 'Prices rose 7 percent in March.\n';
    const { diagnostics } = await server.open(draft, text);
    const edit = titled(await actionsFor(draft, diagnostics), 'Add to claims file').edit!;
    const claimsUri = uri(join(ws, 'claims.yaml'));
    // Not over a claims file created meanwhile: the editor refuses the edit instead.
    assert.deepEqual(edit.documentChanges?.[0], { kind: 'create', uri: claimsUri, options: { overwrite: false, ignoreIfExists: false } });
    assert.throws(() => applyWorkspaceEdit(edit, { [uri(draft)]: text, [claimsUri]: 'claims:\n  - id: meanwhile\n' }), /exists/);
    const after = applyWorkspaceEdit(edit, { [uri(draft)]: text });
    const parsed = parseLedger(after[claimsUri] ?? '');
    assert.deepEqual(dataProblems(parsed), []);
    assert.deepEqual(parsed.entries.map((e) => [e.id, e.match, e.rating]), [['7-percent', ['7 percent'], 'unverified']]);
    assert.equal(after[uri(draft)], 'Prices rose 7 percent in March [@7-percent].\n');
  });

  describe('for a client without codeAction/resolve, computes the claims-file edit when the fix is picked', () => {
    const applying = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, applyEdit: true } };

    /** Picks the action as such a client does: runs its command, which sends the edit to apply. */
    async function pick(action: CodeAction): Promise<unknown> {
      assert.equal(action.edit, undefined);
      assert.equal(action.command?.command, 'factCheck.addToClaimsFile');
      return server!.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments });
    }

    /** A workspace with the draft saved, opened in a server whose client applies edits to the files. */
    async function openDraft(files: Record<string, string>, text: string): Promise<{ ws: string; draft: string; diagnostics: Diagnostic[] }> {
      const ws = makeWorkspace(files);
      const draft = join(ws, 'a.md');
      writeFileSync(draft, text);
      server = await servers.start({ folders: [ws], capabilities: applying, applyEdit: ({ edit }) => applyToFiles(edit, { [uri(draft)]: 1 }) });
      return { ws, draft, diagnostics: (await server.open(draft, text)).diagnostics };
    }

    it('appends to the claims file as it is on disk then: a colleague\'s entry saved meanwhile keeps its notes', async () => {
      const { ws, draft, diagnostics } = await openDraft({ 'claims.yaml': 'claims:\n  - id: other\n' }, 'Prices rose 7 percent in March.\n');
      const action = titled(await actionsFor(draft, diagnostics), 'Add to claims file');
      // A colleague's sync rewrites the file; no watcher event has arrived yet.
      const changed = 'claims:\n  - id: other\n  - id: colleague\n    notes: Checked with the desk. # keep\n';
      writeFileSync(join(ws, 'claims.yaml'), changed);
      assert.equal(await pick(action), true);
      const after = readFileSync(join(ws, 'claims.yaml'), 'utf8');
      assert.ok(after.startsWith(changed), after);
      const entries = parseLedger(after).entries;
      assert.deepEqual(entries.map((e) => [e.id, e.notes]), [['other', undefined], ['colleague', 'Checked with the desk.'], ['7-percent', undefined]]);
      assert.equal(readFileSync(draft, 'utf8'), 'Prices rose 7 percent in March [@7-percent].\n');
      assert.deepEqual(server!.messages, []);
    });

    it('adds a cited key the same way, with the version of the claims file open in the editor', async () => {
      const claimsText = 'claims:\n  - id: other\n';
      const { ws, draft, diagnostics } = await openDraft({ 'claims.yaml': claimsText }, 'Prices rose [@nowhere].\n');
      const claimsPath = join(ws, 'claims.yaml');
      const action = titled(await actionsFor(draft, diagnostics.filter((d) => d.code === 'unknown-citation')), 'Add nowhere to claims file');
      await server!.openQuietly(claimsPath, claimsText, 'yaml');
      const version = await server!.change(claimsPath, claimsText);
      assert.equal(await pick(action), true);
      const [sent] = server!.edits;
      const claimsEdit = sent?.edit.documentChanges?.find((c) => 'textDocument' in c && c.textDocument.uri === uri(claimsPath));
      assert.ok(claimsEdit && 'textDocument' in claimsEdit);
      assert.equal(claimsEdit.textDocument.version, version);
      assert.deepEqual(parseLedger(applyWorkspaceEdit(sent!.edit, { [uri(claimsPath)]: claimsText })[uri(claimsPath)] ?? '').entries.map((e) => e.id), ['other', 'nowhere']);
    });

    it('appends to a claims file created between listing and picking, rather than creating one', async () => {
      const { ws, draft, diagnostics } = await openDraft({}, 'Prices rose 7 percent in March.\n');
      const action = titled(await actionsFor(draft, diagnostics), 'Add to claims file');
      const colleague = 'claims:\n  - id: colleague\n';
      writeFileSync(join(ws, 'claims.yaml'), colleague);
      assert.equal(await pick(action), true);
      const after = readFileSync(join(ws, 'claims.yaml'), 'utf8');
      assert.equal(after.match(/^claims:/gm)?.length, 1, after);
      assert.deepEqual(parseLedger(after).entries.map((e) => e.id), ['colleague', '7-percent']);
    });

    it('gives a claims file created while the edit is on its way no second "claims:" list, and says the edit was not applied', async () => {
      const ws = makeWorkspace();
      const draft = join(ws, 'a.md');
      const text = 'Prices rose 7 percent in March.\n';
      writeFileSync(draft, text);
      const colleague = 'claims:\n  - id: colleague\n';
      // The colleague's file lands after the server read the folder, before the editor applies the edit.
      const applyEdit: ApplyEditAnswer = ({ edit }) => {
        writeFileSync(join(ws, 'claims.yaml'), colleague);
        return applyToFiles(edit, { [uri(draft)]: 1 });
      };
      server = await servers.start({ folders: [ws], capabilities: applying, applyEdit });
      const action = titled(await actionsFor(draft, (await server.open(draft, text)).diagnostics), 'Add to claims file');
      assert.equal(await pick(action), false);
      assert.equal(readFileSync(join(ws, 'claims.yaml'), 'utf8'), colleague);
      assert.equal(readFileSync(draft, 'utf8'), text);
      assert.match((await server.message(/did not apply/)).message, /^Fact Check: The editor did not apply the edit \(.*exists\), so the claims file is unchanged: pick the fix again\.$/);
    });

    it('sends no edit, and says why, when the draft has changed since the fix was offered', async () => {
      const { draft, diagnostics } = await openDraft({ 'claims.yaml': 'claims:\n  - id: other\n' }, 'Prices rose 7 percent in March.\n');
      const action = titled(await actionsFor(draft, diagnostics), 'Add to claims file');
      await server!.change(draft, 'Earlier, prices rose 7 percent in March.\n');
      assert.equal(await pick(action), false);
      assert.deepEqual(server!.edits, []);
      assert.equal((await server!.message(/changed/)).message, 'Fact Check: The draft has changed since the fix was offered: pick it again.');
    });
  });

  it('inserts a footnote with the next free number, and an ignore comment above the paragraph', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const text = '- The army said that troops had withdrawn.\n\nSee.[^2]\n\n[^2]: Earlier note.\n';
    const { diagnostics } = await server.open(draft, text);
    const actions = await actionsFor(draft, diagnostics);
    assert.equal(
      applyWorkspaceEdit(titled(actions, 'Insert footnote').edit!, { [uri(draft)]: text })[uri(draft)],
      '- The army said that troops had withdrawn.[^3]\n\nSee.[^2]\n\n[^2]: Earlier note.\n[^3]: \n',
    );
    assert.equal(
      applyWorkspaceEdit(titled(actions, 'Ignore this claim').edit!, { [uri(draft)]: text })[uri(draft)],
      '- <!-- fact-check-ignore-next -->\n  The army said that troops had withdrawn.\n\nSee.[^2]\n\n[^2]: Earlier note.\n',
    );
  });

  it('offers "Cite ‹id›" for a ledger match, preferred when it is the only one', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const text = 'A 14-month conflict has reshaped the region.\n';
    const { diagnostics } = await server.open(draft, text);
    const actions = await actionsFor(draft, diagnostics);
    const cite = titled(actions, 'Cite ukraine-war-duration');
    assert.equal(cite.isPreferred, true);
    assert.equal(applyWorkspaceEdit(cite.edit!, { [uri(draft)]: text })[uri(draft)], 'A 14-month conflict has reshaped the region [@ukraine-war-duration].\n');
  });

  it('offers the closest ids and adding the key for an unknown citation', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const text = 'Prices rose [@ukraine-war-duratoin].\n';
    const { diagnostics } = await server.open(draft, text);
    const unknown = diagnostics.filter((d) => d.code === 'unknown-citation');
    const actions = await actionsFor(draft, unknown);
    assert.deepEqual(actions.map((a) => a.title), ['Change to ukraine-war-duration', 'Add ukraine-war-duratoin to claims file']);
    assert.equal(applyWorkspaceEdit(actions[0]!.edit!, { [uri(draft)]: text })[uri(draft)], 'Prices rose [@ukraine-war-duration].\n');
    const claimsUri = uri(join(ws, 'claims.yaml'));
    const after = applyWorkspaceEdit(actions[1]!.edit!, { [claimsUri]: readFileSync(join(ws, 'claims.yaml'), 'utf8') });
    const ledger = createLedger(parseLedger(after[claimsUri] ?? '').entries);
    assert.equal(ledger.get('ukraine-war-duratoin')?.rating, 'unverified');
  });

  it('uses the unsaved text of an open claims file', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: on-disk\n' });
    server = await servers.start({ folders: [ws] });
    const claimsPath = join(ws, 'claims.yaml');
    const unsaved = 'claims:\n  - id: on-disk\n  - id: unsaved # typed, not saved\n';
    await server.openQuietly(claimsPath, unsaved, 'yaml');
    await server.change(claimsPath, unsaved);
    const draft = join(ws, 'a.md');
    const { diagnostics } = await server.open(draft, 'Officials said that 40 people died.\n');
    const edit = titled(await actionsFor(draft, diagnostics.slice(0, 1)), 'Add to claims file').edit!;
    const claimsEdit = edit.documentChanges?.find((c) => 'textDocument' in c && c.textDocument.uri === uri(claimsPath));
    assert.ok(claimsEdit && 'textDocument' in claimsEdit);
    assert.equal(claimsEdit.textDocument.version, 2);
    const after = applyWorkspaceEdit(edit, { [uri(claimsPath)]: unsaved, [uri(draft)]: 'Officials said that 40 people died.\n' });
    assert.ok(after[uri(claimsPath)]?.startsWith(unsaved), after[uri(claimsPath)]);
  });

  it('lists an action shared by two claims of one paragraph once', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const { diagnostics } = await server.open(draft, 'Officials said that 40 people died.\n');
    assert.equal(diagnostics.length, 2);
    const titles = (await actionsFor(draft, diagnostics)).map((a) => a.title);
    assert.deepEqual(titles.filter((t) => t === 'Ignore this claim'), ['Ignore this claim']);
    assert.equal(titles.filter((t) => t === 'Add to claims file').length, 2);
  });

  it('adds a selection to the claims file and cites it at the end of its sentence', async () => {
    const claimsText = 'claims:\n  - id: other\n';
    const ws = makeWorkspace({ 'claims.yaml': claimsText });
    server = await servers.start({ folders: [ws] });
    const draft = join(ws, 'a.md');
    const text = 'Turnout fell to a record low this year. Nobody expected it.\n';
    await server.open(draft, text);
    const result = await server.connection.sendRequest(AddSelectionRequest, {
      uri: uri(draft),
      range: { start: { line: 0, character: 8 }, end: { line: 0, character: 28 } },
    });
    assert.ok(result.edit, result.error);
    const claimsUri = uri(join(ws, 'claims.yaml'));
    const after = applyWorkspaceEdit(result.edit, { [uri(draft)]: text, [claimsUri]: claimsText });
    const added = parseLedger(after[claimsUri] ?? '').entries[1];
    assert.equal(added?.claim, 'fell to a record low');
    assert.deepEqual(added?.match, ['fell to a record low']);
    assert.equal(after[uri(draft)], `Turnout fell to a record low this year [@${added?.id}]. Nobody expected it.\n`);
    const empty = await server.connection.sendRequest(AddSelectionRequest, { uri: uri(draft), range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } } });
    assert.equal(empty.error, 'Select the words of the claim first.');
  });

  it('offers fixes for an older diagnostic only while its claim is unchanged, and none when other kinds are asked', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 60_000 }) });
    const draft = join(ws, 'a.md');
    const { diagnostics } = await server.open(draft, 'Officials said that 40 people died.\n\nThe mayor said the bridge would reopen.\n');
    const officials = diagnostics.filter((d) => d.range.start.line === 0);
    assert.deepEqual(await actionsFor(draft, officials, ['refactor']), []);
    assert.notDeepEqual(await actionsFor(draft, officials, ['quickfix']), []);
    // An edit to another paragraph: the first one's diagnostics still show what is there.
    await server.change(draft, 'Officials said that 40 people died.\n\nThe mayor said the bridge would reopen soon.\n');
    const footnote = titled(await actionsFor(draft, officials), 'Insert footnote');
    assert.match(applyWorkspaceEdit(footnote.edit!, { [uri(draft)]: 'Officials said that 40 people died.\n\nThe mayor said the bridge would reopen soon.\n' })[uri(draft)] ?? '', /^Officials said that 40 people died\.\[\^1\]/);
    // Once the claim's words change, its old diagnostics would put edits in the wrong place.
    await server.change(draft, 'Analysts said that 41 people died.\n\nThe mayor said the bridge would reopen soon.\n');
    assert.deepEqual(await actionsFor(draft, officials), []);
  });
});

describe('lsp/codeActions (in process)', () => {
  const claims = claimsFileOf(readFixture('seed/claims.yaml'));

  /** The quick fixes for every diagnostic of `text`, with the claims-file edit computed at once. */
  async function fixesOf(text: string, references: readonly string[] = [], file = claims): Promise<{ draft: TextDocument; actions: CodeAction[] }> {
    const draft = TextDocument.create('file:///workspace/draft.md', 'markdown', 1, text);
    const analysis = check(text, file.ledger, createCheckOptions());
    const target: ClaimsTarget = { uri: file.uri, format: 'yaml', read: async () => file.current, version: null, ledger: file.ledger };
    const context: ActionContext = { draft, claims: target, canCreateFiles: true, claimsEdits: 'now', references, append: async (t, entry, format) => appendEntryEdit(t, entry, format) };
    return { draft, actions: await quickFixes(draftDiagnostics(analysis, draft, file, 0), analysis, context) };
  }

  it('offers to cite the entry a claim matches, first', async () => {
    const { draft, actions } = await fixesOf('The 14-month conflict goes on.\n');
    const [cite] = actions;
    assert.deepEqual([cite?.title, cite?.isPreferred], ['Cite ukraine-war-duration', true]);
    assert.equal(applyWorkspaceEdit(cite!.edit!, { [draft.uri]: draft.getText() }, { [draft.uri]: 1 })[draft.uri], 'The 14-month conflict goes on [@ukraine-war-duration].\n');
  });

  it('offers to change a figure the claims file gives otherwise to the checked one', async () => {
    const { draft, actions } = await fixesOf('The 15-month conflict goes on.\n');
    const [change] = actions;
    assert.deepEqual([change?.title, change?.isPreferred], ['Change to the checked figure: "15" → "14" (ukraine-war-duration)', true]);
    assert.equal(applyWorkspaceEdit(change!.edit!, { [draft.uri]: draft.getText() }, { [draft.uri]: 1 })[draft.uri], 'The 14-month conflict goes on.\n');
  });

  it('offers no change to a figure the claims file rates false or misleading: the draft’s may be the true one', async () => {
    const crowd = claimsFileOf('claims:\n  - id: crowd\n    claim: The World Cup final was watched by 1.5 billion viewers.\n    match: [1.5 billion viewers]\n    rating: false\n    sources: [https://example.org/crowd]\n');
    const { actions } = await fixesOf('The World Cup final was watched by 1.1 billion viewers.\n', [], crowd);
    assert.deepEqual(actions.map((a) => a.title), ['Ignore this claim']);
  });

  it('offers to change the figure of an entry’s claim stated in other words', async () => {
    const jobs = claimsFileOf('claims:\n  - id: jobs\n    claim: Unemployment fell to 3.8 percent in March.\n    rating: true\n    sources: [https://example.org/jobs]\n');
    const { draft, actions } = await fixesOf('In March, unemployment fell to 3.6 percent.\n', [], jobs);
    const [change] = actions;
    assert.deepEqual([change?.title, change?.isPreferred], ['Change to the checked figure: "3.6 percent" → "3.8 percent" (jobs)', true]);
    assert.equal(applyWorkspaceEdit(change!.edit!, { [draft.uri]: draft.getText() }, { [draft.uri]: 1 })[draft.uri], 'In March, unemployment fell to 3.8 percent.\n');
  });

  it('offers no change of a figure written as a verb of change, which a number cannot replace in place', async () => {
    const amazon = claimsFileOf('claims:\n  - id: amazon\n    claim: Deforestation in the Brazilian Amazon fell 22 percent in 2023.\n    rating: true\n    sources: [https://example.org/amazon]\n');
    const { actions } = await fixesOf('Deforestation in the Brazilian Amazon halved in 2023.\n', [], amazon);
    assert.deepEqual(actions.map((a) => a.title), ['Ignore this claim']);
  });

  it('offers to change a year changed beside a checked figure to the claim’s', async () => {
    const pledge = claimsFileOf('claims:\n  - id: pledge\n    claim: The country has pledged to cut emissions by 68 percent by 2030.\n    match: [cut emissions by 68 percent]\n    rating: true\n    sources: [https://example.org/pledge]\n');
    const { draft, actions } = await fixesOf('The country will cut emissions by 68 percent by 2035.\n', [], pledge);
    // The figure beside the year is no match while the year differs, and asks for its source too.
    const change = actions.find((a) => a.title.startsWith('Change to the checked figure'));
    assert.deepEqual([change?.title, change?.isPreferred], ['Change to the checked figure: "2035" → "2030" (pledge)', true]);
    assert.equal(applyWorkspaceEdit(change!.edit!, { [draft.uri]: draft.getText() }, { [draft.uri]: 1 })[draft.uri], 'The country will cut emissions by 68 percent by 2030.\n');
  });

  it('offers the claims-file ids and the bibliography keys nearest to a mistyped citation', async () => {
    const { actions } = await fixesOf('As the institute said [@kofman2022].\n', ['isw2023', 'kofman2023']);
    assert.deepEqual(actions.map((a) => a.title).filter((t) => /kofman/.test(t)), ['Change to kofman2023', 'Add kofman2022 to claims file']);
  });

  it('takes an unknown citation’s line as the new entry’s claim, whatever the line breaks', async () => {
    // A lone carriage return ends a line, as it does for the Markdown parser.
    const { draft, actions } = await fixesOf('First line.\rAs agreed [@nowhere].\rLast line.\r');
    const add = actions.find((a) => a.title === 'Add nowhere to claims file');
    const after = applyWorkspaceEdit(add!.edit!, { [draft.uri]: draft.getText(), [claims.uri]: claims.current!.getText() }, { [draft.uri]: 1 });
    assert.match(after[claims.uri] ?? '', /- id: nowhere\n {4}claim: "As agreed \[@nowhere\]\."\n/);
  });

  it('offers for an unsourced claim a footnote, an entry in the claims file, and to ignore it', async () => {
    const { draft, actions } = await fixesOf('The minister said that talks would resume.\n');
    assert.deepEqual(actions.map((a) => a.title).sort(), ['Add to claims file', 'Ignore this claim', 'Insert footnote']);
    const add = actions.find((a) => a.title === 'Add to claims file');
    const after = applyWorkspaceEdit(add!.edit!, { [draft.uri]: draft.getText(), [claims.uri]: claims.current!.getText() }, { [draft.uri]: 1 });
    assert.match(after[draft.uri] ?? '', /^The minister said that talks would resume \[@[a-z0-9-]+\]\.\n$/);
    const id = /\[@([a-z0-9-]+)\]/.exec(after[draft.uri] ?? '')?.[1];
    assert.ok(id && after[claims.uri]?.includes(`- id: ${id}`), after[claims.uri]);
  });
});
