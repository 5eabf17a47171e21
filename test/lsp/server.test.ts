import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, HoverRequest, ExecuteCommandRequest, DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic, type MarkupContent, type Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ClaimsFileRequest } from '../../server/src/lsp/protocol';
import { readFixture } from '../helpers/fixtures';
import { LspServer, serversPerTest } from '../helpers/lspServer';
import { readRendered } from '../helpers/renderedMarkdown';
import { makeWorkspace } from '../helpers/workspace';

/** LSP 3.18 lets a message be Markdown; ours are plain strings. */
function message(d: Diagnostic | undefined): string {
  return typeof d?.message === 'string' ? d.message : (d?.message.value ?? '');
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('lsp/server', function () {
  // Each test starts the real server process.
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  it('announces exactly the capabilities it serves', async () => {
    server = await servers.start();
    assert.deepEqual(server.initializeResult.capabilities, {
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      executeCommandProvider: { commands: ['factCheck.checkWorkspace', 'factCheck.addToClaimsFile'] },
      codeActionProvider: { codeActionKinds: ['quickfix'], resolveProvider: true },
      completionProvider: { triggerCharacters: ['@'] },
      definitionProvider: true,
      referencesProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    });
    assert.equal(server.initializeResult.serverInfo?.name, 'fact-check');
  });

  it('publishes versioned diagnostics for an opened draft, with code and link', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws] });
    const published = await server.open(join(ws, 'draft.md'), readFixture('seed/bare.md'));
    assert.equal(published.version, 1);
    assert.ok(published.diagnostics.length >= 9, JSON.stringify(codes(published.diagnostics)));
    const zakharova = published.diagnostics.find((d) => message(d).includes('Maria Zakharova noted'));
    assert.ok(zakharova);
    assert.equal(zakharova.source, 'fact-check');
    assert.equal(zakharova.code, 'unsourced-attribution');
    assert.equal(zakharova.severity, DiagnosticSeverity.Warning);
    assert.equal(zakharova.range.start.line, 15);
    assert.match(zakharova.codeDescription?.href ?? '', /#unsourced-attribution$/);
    // Quick fixes are found from the analysis, not carried in thousands of diagnostics.
    assert.equal(zakharova.data, undefined);
  });

  it('publishes an empty list for a clean draft and when a draft closes', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:seed/claims.yaml' });
    // The seed's entries were reviewed in 2023: not stale here, whatever today's date.
    server = await servers.start({ folders: [ws], configuration: () => ({ reviewMaxAgeDays: 0 }) });
    const path = join(ws, 'sourced.md');
    assert.deepEqual((await server.open(path, readFixture('seed/sourced.md'))).diagnostics, []);
    const bare = join(ws, 'bare.md');
    assert.notDeepEqual((await server.open(bare, readFixture('seed/bare.md'))).diagnostics, []);
    const closed = server.nextDiagnostics(bare);
    await server.close(bare);
    assert.deepEqual((await closed).diagnostics, []);
  });

  it('publishes at most maxNumberOfProblems diagnostics, the most severe first, and says how many more there are', async () => {
    const ws = makeWorkspace();
    const configuration = { debounceMs: 0, maxNumberOfProblems: 3, severity: { 'unknown-citation': 'error' } };
    server = await servers.start({ folders: [ws], configuration: () => configuration });
    const claims = Array.from({ length: 5 }, (_, i) => `The minister said that talks would resume on day ${i}.`).join('\n\n');
    const path = join(ws, 'draft.md');
    const { diagnostics } = await server.open(path, `${claims}\n\nAs agreed [@nowhere].\n`);
    // The error at the end, the earliest warning, and the note: VS Code keeps all three.
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['unsourced-attribution', 0],
        ['unknown-citation', 10],
        ['too-many-problems', 0],
      ],
    );
    assert.match(message(diagnostics[2]), /^4 more of the 6 findings in this draft are not shown/);
    // A claim whose diagnostic is not shown still has its hover.
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI.file(path).toString() }, position: { line: 8, character: 5 } });
    assert.match(readRendered((hover?.contents as MarkupContent).value).blocks[1] ?? '', /^No source for this attributed statement \("The minister said"\)/);
  });

  it('re-checks after an edit and publishes for the new version only', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const path = join(ws, 'draft.md');
    const first = await server.open(path, 'The minister said that talks would resume.\n');
    assert.deepEqual(codes(first.diagnostics), ['unsourced-attribution']);
    // Several quick edits: only the last version's result may be published after them.
    await server.change(path, 'The minister said that 40 talks would resume.\n');
    const last = await server.change(path, 'The minister said that talks would resume [link](https://example.org).\n');
    const published = await server.nextDiagnostics(path, (p) => p.version === last);
    assert.deepEqual(published.diagnostics, []);
  });

  it('applies incremental edits', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const path = join(ws, 'draft.md');
    await server.open(path, 'Prices rose.\n');
    const version = await server.change(path, ' 7 percent', { start: { line: 0, character: 11 }, end: { line: 0, character: 11 } });
    const published = await server.nextDiagnostics(path, (p) => p.version === version);
    assert.deepEqual(codes(published.diagnostics), ['unsourced-quantity']);
    assert.deepEqual(published.diagnostics[0]?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 21 } });
  });

  const at = (line: number, character: number): Range['start'] => ({ line, character });

  /**
   * Opens `text` as a draft in `ws` and applies `edits` one by one, then opens their result (as
   * vscode-languageserver-textdocument applies them) afresh: the edited draft's diagnostics, which
   * must be the fresh one's.
   */
  async function editedAsFresh(ws: string, text: string, edits: ReadonlyArray<[string, Range]>): Promise<Diagnostic[]> {
    const path = join(ws, 'draft.md');
    await server!.open(path, text);
    let expected = TextDocument.create('file:///expected.md', 'markdown', 1, text);
    let version = 1;
    for (const [newText, range] of edits) {
      version = await server!.change(path, newText, range);
      expected = TextDocument.update(expected, [{ range, text: newText }], version);
    }
    const edited = (await server!.diagnosticsOf(path, version)).diagnostics;
    const fresh = (await server!.open(join(ws, 'fresh.md'), expected.getText())).diagnostics;
    const shown = (d: Diagnostic): unknown => [d.range, d.code, d.message];
    assert.deepEqual(edited.map(shown), fresh.map(shown));
    return edited;
  }

  it('after edits that open and close a code fence and define a footnote, publishes what a fresh open of the text does', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const text = ['The minister said so.[^1]', '', 'Officials said 12 died.', '', 'Prices rose 7 percent.', ''].join('\n');
    const edited = await editedAsFresh(ws, text, [
      ['```\n', { start: at(2, 0), end: at(2, 0) }],
      ['```\n', { start: at(5, 0), end: at(5, 0) }],
      ['', { start: at(2, 0), end: at(3, 0) }],
      ['```\n\n[^1]: Ministry statement.\n', { start: at(6, 0), end: at(6, 0) }],
    ]);
    // The footnote sources the first line and the fence hides the figure: only "Officials said" is left.
    assert.deepEqual(edited.map((d) => [d.range.start.line, d.code]), [[2, 'unsourced-attribution']]);
  });

  it('after edits across a long CRLF draft (kept in pieces), publishes what a fresh open of the text does', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0, maxNumberOfProblems: 0 }) });
    const paragraphs = Array.from({ length: 1200 }, (_, i) => (i % 7 === 3 ? `- The agency said ${i} families left.\r\n- Officials said so.` : `The minister said that ${i} people died.`));
    // Far apart, across many 16 KB pieces, and making a lone "\r" before a "\r\n".
    const edited = await editedAsFresh(ws, paragraphs.join('\r\n\r\n') + '\r\n', [
      ['Prices rose 7 percent.\r\n\r\n', { start: at(1400, 0), end: at(1400, 0) }],
      ['State media said 3 people died.', { start: at(100, 4), end: at(700, 10) }],
      ['\r', { start: at(50, 200), end: at(50, 200) }],
      ['', { start: at(0, 0), end: at(1, 0) }],
    ]);
    assert.ok(edited.length > 500);
  });

  it('uses the defaults when the client answers null to workspace/configuration (Emacs Eglot)', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => null });
    const published = await server.open(join(ws, 'a.md'), 'The minister said that 40 people died.\n');
    assert.deepEqual(codes(published.diagnostics), ['unsourced-attribution', 'unsourced-quantity']);
  });

  it('works for a client with no configuration or workspace capabilities at all', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: deaths\n    match: 40 people died\n    rating: true\n    sources: [https://example.org/deaths]\n' });
    server = await servers.start({ folders: [ws], capabilities: {} });
    const published = await server.open(join(ws, 'a.md'), 'The minister said that 40 people died [@deaths].\n');
    assert.deepEqual(published.diagnostics, []);
  });

  it('applies settings: severity per code, claim kinds, source scope, ignoring wrong types', async () => {
    const ws = makeWorkspace();
    const settings = { severity: { 'unsourced-quantity': 'error', 'unsourced-attribution': 'bogus' }, kinds: { attribution: 'no' }, sourceScope: 'paragraph', debounceMs: 'fast' };
    server = await servers.start({ folders: [ws], configuration: (item) => (item.section === 'factCheck' ? settings : null) });
    const published = await server.open(join(ws, 'a.md'), 'The minister said that 40 people died.\n\nOfficials said 12 died. See <https://example.org>.\n');
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity]),
      [
        ['unsourced-attribution', DiagnosticSeverity.Warning],
        ['unsourced-quantity', DiagnosticSeverity.Error],
      ],
    );
  });

  it('re-reads settings on didChangeConfiguration and re-checks open drafts', async () => {
    const ws = makeWorkspace();
    let settings: unknown = {};
    server = await servers.start({ folders: [ws], configuration: () => settings });
    const path = join(ws, 'a.md');
    assert.equal((await server.open(path, 'The minister said that 40 people died.\n')).diagnostics.length, 2);
    settings = { kinds: { quantity: false } };
    const next = server.nextDiagnostics(path);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(codes((await next).diagnostics), ['unsourced-attribution']);
  });

  it('points a ledger-matched claim at its entry in the claims file', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const published = await server.open(join(ws, 'a.md'), 'A 14-month conflict has reshaped the region.\n');
    const [match] = published.diagnostics;
    assert.equal(match?.code, 'ledger-match');
    assert.equal(match?.severity, DiagnosticSeverity.Information);
    const related = match?.relatedInformation?.[0];
    assert.equal(related?.location.uri, URI.file(join(ws, 'claims.yaml')).toString());
    assert.equal(related?.location.range.start.line, 1);
    assert.match(related?.message ?? '', /^ukraine-war-duration \(true\)/);
  });

  it('gives each workspace folder its own claims file', async () => {
    const one = makeWorkspace({ 'claims.yaml': 'claims:\n  - {id: a, rating: true, sources: [https://example.org/a]}\n' });
    const two = makeWorkspace({ 'claims.yaml': 'claims:\n  - {id: b, rating: true, sources: [https://example.org/b]}\n' });
    server = await servers.start({ folders: [one, two] });
    const text = 'The minister said that talks would resume [@a].\n';
    assert.deepEqual((await server.open(join(one, 'x.md'), text)).diagnostics, []);
    assert.deepEqual(codes((await server.open(join(two, 'x.md'), text)).diagnostics), ['unsourced-attribution', 'unknown-citation']);
  });

  describe('the claims file while editing', () => {
    it('publishes its problems on the claims file as soon as the folder opens, with positions', async () => {
      const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: a\n    rating: maybe\n    sources: [https://example.org/a]\n' });
      server = await servers.start({ folders: [ws] });
      const [problem] = (await server.firstDiagnostics(join(ws, 'claims.yaml'))).diagnostics;
      assert.equal(problem?.code, 'claims-file');
      assert.equal(problem?.range.start.line, 2);
      assert.match(message(problem), /Unknown rating "maybe"/);
    });

    it('uses unsaved edits of the open claims file, keeps the last readable version while it is broken, and recovers', async () => {
      const claims = 'claims:\n  - {id: a, rating: true, sources: [https://example.org/a]}\n';
      const ws = makeWorkspace({ 'claims.yaml': claims });
      server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
      const draft = join(ws, 'a.md');
      const claimsPath = join(ws, 'claims.yaml');
      const text = 'The minister said that talks would resume [@b].\n';
      assert.deepEqual(codes((await server.open(draft, text)).diagnostics), ['unsourced-attribution', 'unknown-citation']);

      await server.openQuietly(claimsPath, claims, 'yaml');
      let next = server.nextDiagnostics(draft, (p) => p.diagnostics.length === 0);
      await server.change(claimsPath, 'claims:\n  - {id: a, rating: true, sources: [https://example.org/a]}\n  - {id: b, rating: true, sources: [https://example.org/b]}\n');
      await next;

      // Broken: a syntax error. The draft keeps using the last readable ledger (which has b).
      const broken = server.nextDiagnostics(claimsPath, (p) => p.diagnostics.length > 0);
      await server.change(claimsPath, 'claims:\n  - {id: a, rating: true, sources: [https://example.org/a]}\n  - {id: b, rating: true, sources: [https://example.org/b]}\n   bad: [\n');
      const problems = (await broken).diagnostics;
      assert.match(message(problems[0]), /last readable version \(2 entries\) stays in effect/);
      assert.ok(problems.some((d) => d.range.start.line >= 3));
      next = server.nextDiagnostics(draft);
      await server.change(draft, text + '\n');
      assert.deepEqual((await next).diagnostics, []);

      // Repaired without b: the citation is unknown again.
      next = server.nextDiagnostics(draft, (p) => p.diagnostics.length > 0);
      await server.change(claimsPath, 'claims:\n  - {id: a, rating: true, sources: [https://example.org/a]}\n');
      assert.deepEqual(codes((await next).diagnostics), ['unsourced-attribution', 'unknown-citation']);
    });

    it('re-reads the claims file when it changes on disk', async () => {
      const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - {id: a, rating: true, sources: [https://example.org/a]}\n' });
      server = await servers.start({ folders: [ws] });
      const draft = join(ws, 'a.md');
      assert.deepEqual(codes((await server.open(draft, 'Prices rose 7 percent [@b].\n')).diagnostics), ['unsourced-quantity', 'unknown-citation']);
      const path = join(ws, 'claims.yaml');
      writeFileSync(path, readFileSync(path, 'utf8') + '  - {id: b, rating: true, sources: [https://example.org/b]}\n');
      const next = server.nextDiagnostics(draft);
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(path).toString(), type: FileChangeType.Changed }] });
      assert.deepEqual((await next).diagnostics, []);
    });

    it('finds a claims file created after the draft was opened', async () => {
      const ws = makeWorkspace();
      server = await servers.start({ folders: [ws] });
      const draft = join(ws, 'a.md');
      assert.deepEqual(codes((await server.open(draft, 'Prices rose 7 percent [@b].\n')).diagnostics), ['unsourced-quantity', 'unknown-citation']);
      const path = join(ws, 'claims.yaml');
      writeFileSync(path, 'claims:\n  - {id: b, rating: true, sources: [https://example.org/b]}\n');
      const next = server.nextDiagnostics(draft);
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(path).toString(), type: FileChangeType.Created }] });
      assert.deepEqual((await next).diagnostics, []);
    });
  });

  it('checks a draft longer than the maximum up to a line break before it, says where, and keeps up with edits', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0, maxDraftLength: 1000 }) });
    const draft = join(ws, 'long.md');
    const paragraph = 'The minister said that 40 people died.\n\n';
    const text = paragraph.repeat(60);
    const first = (await server.open(draft, text)).diagnostics;
    const note = first.filter((d) => d.code === 'draft-truncated');
    assert.equal(note.length, 1);
    assert.equal(note[0]?.severity, DiagnosticSeverity.Information);
    assert.deepEqual(note[0]?.range.start, { line: 50, character: 0 });
    assert.ok(first.filter((d) => d.code !== 'draft-truncated').every((d) => d.range.end.line < 50));

    // An edit past the checked part changes nothing; one inside it is checked.
    let version = await server.change(draft, 'More.', { start: { line: 100, character: 0 }, end: { line: 100, character: 0 } });
    const visible = (ds: readonly Diagnostic[]): unknown[] => ds.map((d) => [d.range, d.code, d.message]);
    assert.deepEqual(visible((await server.diagnosticsOf(draft, version)).diagnostics), visible(first));
    version = await server.change(draft, 'Prices rose 12 percent.\n\n', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const edited = (await server.diagnosticsOf(draft, version)).diagnostics;
    assert.deepEqual([edited[0]?.code, edited[0]?.range.start], ['unsourced-quantity', { line: 0, character: 12 }]);
  });

  /** Sends hovers on `uri`, one after another, until `published` settles: how many were answered first. */
  async function hoversUntil(uri: string, published: Promise<unknown>): Promise<number> {
    let done = false;
    void published.then(() => (done = true));
    let answered = 0;
    while (!done) {
      await server!.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
      if (!done) answered++;
    }
    return answered;
  }

  async function openLong(name: string, text: string): Promise<{ path: string; uri: string; answered: number; diagnostics: Diagnostic[] }> {
    const ws = makeWorkspace();
    // Every diagnostic, to count them.
    server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0, maxNumberOfProblems: 0 }) });
    const path = join(ws, name);
    const first = server.nextDiagnostics(path);
    await server.openQuietly(path, text, 'markdown');
    const uri = URI.file(path).toString();
    return { path, uri, answered: await hoversUntil(uri, first), diagnostics: (await first).diagnostics };
  }

  /** Makes version 2 of an opened draft and sends hovers until its diagnostics come. */
  async function hoversWhileEditing(path: string, uri: string, range: Range, text: string): Promise<{ answered: number; diagnostics: Diagnostic[] }> {
    const edited = server!.nextDiagnostics(path, (p) => p.version === 2);
    await server!.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range, text }] });
    return { answered: await hoversUntil(uri, edited), diagnostics: (await edited).diagnostics };
  }

  it('keeps answering while a long draft opens, chunk by chunk', async function () {
    // A megabyte: sixteen 64 KB chunks, seconds of work. A hover sent before the check starts
    // waits at most half a second; once it is under way, hovers answer at once.
    this.timeout(60_000);
    const paragraph = 'The minister said that 40 people died in the attack on Tuesday, officials told reporters.\n\n';
    const { answered, diagnostics } = await openLong('long.md', paragraph.repeat(11_000));
    assert.ok(answered >= 1, `${answered} hovers answered before the first diagnostics`);
    assert.ok(diagnostics.length >= 11_000);
  });

  it('answers hovers at once while one long block that cannot be cut opens, and is edited, on a worker thread', async function () {
    // A 3,000-paragraph quote parsed whole twice: seconds, on the worker thread.
    this.timeout(60_000);
    // One quote (a list would be cut between its items): no chunk boundary, one parse of the whole block.
    const quote = Array.from({ length: 3_000 }, (_, i) => `> The minister said that ${i} people died.\n>\n`).join('');
    const { path, uri, answered, diagnostics } = await openLong('quote.md', quote);
    // On the main thread the parse would leave room for no hover until it is done. How many are
    // answered meanwhile depends on the machine's load: the test asks only that some are.
    assert.ok(answered >= 1, `${answered} hovers answered before the first diagnostics`);
    assert.equal(diagnostics.filter((d) => d.code === 'unsourced-attribution').length, 3_000);
    // An edit inside the quote re-parses all of it: off the main thread too.
    const edited = await hoversWhileEditing(path, uri, { start: { line: 3_000, character: 2 }, end: { line: 3_000, character: 14 } }, 'Officials');
    assert.ok(edited.answered >= 1, `${edited.answered} hovers answered before the edit's diagnostics`);
    const line3000 = edited.diagnostics.filter((d) => d.range.start.line === 3_000).map(message);
    assert.ok(line3000.some((m) => m.includes('"Officials said"')), line3000.join(' | '));
  });

  it('answers hovers while an edit that defines a footnote re-parses a long draft, chunk by chunk', async function () {
    // 4,000 paragraphs opened, then re-parsed whole: over 12 s at this machine's slow moments.
    // A named character reference leaves each paragraph to micromark: a run of plain paragraphs
    // would cost it one block, and the re-parse would be over before a hover could be answered.
    this.timeout(60_000);
    const paragraph = 'The minister said that 40 people died in the attack on Tuesday &amp; Wednesday.[^1]\n\n';
    const { path, uri, diagnostics } = await openLong('notes.md', paragraph.repeat(4000));
    assert.equal(diagnostics.filter((d) => d.code === 'unsourced-attribution').length, 4000);
    // "[^1]: …" gives every call a source: every block reads differently.
    const end = { line: 8000, character: 0 };
    const edited = await hoversWhileEditing(path, uri, { start: end, end }, '[^1]: Interview with the minister, 3 May.\n');
    assert.ok(edited.answered >= 1, `${edited.answered} hovers answered before the edit's diagnostics`);
    assert.equal(edited.diagnostics.filter((d) => d.code === 'unsourced-attribution').length, 0);
  });

  describe('a broken or hostile claims file', () => {
    it('publishes at most maxNumberOfProblems diagnostics for a megabyte of junk, says how many more there are, and keeps checking drafts', async function () {
      this.timeout(120_000);
      const ws = makeWorkspace({ 'claims.yaml': '"'.repeat(1 << 20) });
      server = await servers.start({ folders: [ws] });
      const { diagnostics } = await server.firstDiagnostics(join(ws, 'claims.yaml'));
      assert.equal(diagnostics.length, 1000);
      assert.match(message(diagnostics[0]), /cannot be read, so none of its entries are used until it is fixed/);
      assert.deepEqual([diagnostics[1]?.range.start, message(diagnostics[1])], [{ line: 0, character: 2 }, 'Syntax error: Unexpected double-quoted-scalar at node end']);
      const note = diagnostics.at(-1);
      assert.equal(note?.code, 'too-many-problems');
      assert.equal(message(note), '523,289 more of the 524,287 problems in this claims file are not shown (errors come first, then warnings, each in file order): fix these first.');
      const { diagnostics: draft } = await server.open(join(ws, 'a.md'), 'Prices rose [@b].\n');
      assert.deepEqual(codes(draft), ['unknown-citation']);
    });

    it('shows the most severe problems of a claims file first when they are more than maxNumberOfProblems', async () => {
      const claimsText = 'claims:\n  - id: a\n    colour: red\n    size: big\n  - id: a\n    shape: round\n  - id: a\n';
      const ws = makeWorkspace({ 'claims.yaml': claimsText });
      server = await servers.start({ folders: [ws], configuration: () => ({ maxNumberOfProblems: 3 }) });
      const { diagnostics } = await server.firstDiagnostics(join(ws, 'claims.yaml'));
      assert.deepEqual(
        diagnostics.map((d) => [d.severity, d.range.start.line, message(d).split(':')[0]]),
        [
          [DiagnosticSeverity.Error, 4, 'Duplicate id "a"'],
          [DiagnosticSeverity.Error, 6, 'Duplicate id "a"'],
          [DiagnosticSeverity.Information, 0, '4 more of the 6 problems in this claims file are not shown (errors come first, then warnings, each in file order)'],
        ],
      );
    });

    it('uses none of a claims file that cannot be read when the server starts (half-written), and says so', async () => {
      const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: b\n  - id: "c\n' });
      server = await servers.start({ folders: [ws] });
      const problems = (await server.firstDiagnostics(join(ws, 'claims.yaml'))).diagnostics;
      assert.match(message(problems[0]), /cannot be read, so none of its entries are used until it is fixed/);
      const { diagnostics } = await server.open(join(ws, 'a.md'), 'Prices rose [@b].\n');
      assert.deepEqual(codes(diagnostics), ['unknown-citation']);
    });

    it('points at the first byte that is not UTF-8, and keeps the last readable version in effect', async () => {
      const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - {id: b, rating: true, sources: [https://example.org/b]}\n' });
      server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
      const draft = join(ws, 'a.md');
      assert.deepEqual((await server.open(draft, 'Prices rose [@b].\n')).diagnostics, []);
      const path = join(ws, 'claims.yaml');
      writeFileSync(path, Buffer.concat([Buffer.from('claims:\n  - id: b\n    notes: \u00e9t\u00e9 '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
      const problems = server.nextDiagnostics(path, (p) => p.diagnostics.length > 0);
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(path).toString(), type: FileChangeType.Changed }] });
      const [stale, invalid] = (await problems).diagnostics;
      assert.match(message(stale), /last readable version \(1 entry\) stays in effect/);
      assert.match(message(invalid), /not valid UTF-8/);
      assert.deepEqual(invalid?.range.start, { line: 2, character: 15 });
      const next = server.nextDiagnostics(draft);
      await server.change(draft, 'Prices rose [@b].\n\n');
      assert.deepEqual((await next).diagnostics, []);
    });

    it('does not read a claims file that links outside the workspace folder, unless the setting names it', async () => {
      const outside = makeWorkspace({ 'claims.yaml': 'claims:\n  - {id: b, rating: true, sources: [https://example.org/b]}\n' });
      const ws = makeWorkspace();
      symlinkSync(join(outside, 'claims.yaml'), join(ws, 'claims.yaml'));
      server = await servers.start({ folders: [ws] });
      assert.deepEqual(codes((await server.open(join(ws, 'a.md'), 'Prices rose [@b].\n')).diagnostics), ['unknown-citation']);
      assert.match((await server.message(/links to/)).message, /claims\.yaml: it links to .*, outside the workspace folder/);

      const named = await servers.start({ folders: [ws], configuration: () => ({ claimsFile: join(outside, 'claims.yaml') }) });
      assert.deepEqual((await named.open(join(ws, 'a.md'), 'Prices rose [@b].\n')).diagnostics, []);
    });
  });

  it('checks every draft of the workspace on "Check All Drafts", not only the open ones', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml', 'a.md': 'Officials said that 40 people died.\n', 'sub/b.md': 'A 14-month conflict.\n', 'clean.md': 'Nothing.\n' });
    server = await servers.start({ folders: [ws] });
    const a = server.nextDiagnostics(join(ws, 'a.md'));
    const b = server.nextDiagnostics(join(ws, 'sub', 'b.md'));
    const clean = server.nextDiagnostics(join(ws, 'clean.md'));
    const checked = await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'factCheck.checkWorkspace' });
    assert.equal(checked, 3);
    assert.deepEqual(codes((await a).diagnostics), ['unsourced-attribution', 'unsourced-quantity']);
    assert.deepEqual(codes((await b).diagnostics), ['ledger-match']);
    assert.deepEqual((await clean).diagnostics, []);
  });

  it('tells the client which claims file governs a draft, and whether it exists', async () => {
    const ws = makeWorkspace({ 'stories/claims.yml': 'claims: []\n' });
    server = await servers.start({ folders: [ws] });
    const nested = await server.connection.sendRequest(ClaimsFileRequest, { uri: URI.file(join(ws, 'stories', 'a.md')).toString() });
    assert.deepEqual(nested, { uri: URI.file(join(ws, 'stories', 'claims.yml')).toString(), exists: true });
    const top = await server.connection.sendRequest(ClaimsFileRequest, { uri: URI.file(join(ws, 'b.md')).toString() });
    assert.deepEqual(top, { uri: URI.file(join(ws, 'claims.yaml')).toString(), exists: false });
  });
});
