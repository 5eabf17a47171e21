import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompletionRequest, DefinitionRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type CompletionList, type Location, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { serversPerTest } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

// A Pandoc writer's draft names its bibliography in its front matter: the server reads it as the
// claims file is read, and its works source claims, show in hovers, complete and can be gone to.

const DRAFT = ['---', 'bibliography: refs.bib', '---', '', 'Ukraine plans a counteroffensive, the institute said [@isw2023].', '', 'Officials said 3,000 troops crossed [@kofman2023; @nowhere].', ''].join('\n');

function codes(published: PublishDiagnosticsParams): string[] {
  return published.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
}

describe('lsp: bibliographies', function () {
  this.timeout(30_000);
  const servers = serversPerTest();
  const uri = (path: string): string => URI.file(path).toString();

  it('sources the claims citing a bibliography the draft names, and reports only keys nobody defines', async () => {
    const ws = makeWorkspace({ 'refs.bib': 'fixture:bibliographies/refs.bib' });
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const draft = join(ws, 'draft.md');
    const published = await server.open(draft, DRAFT);
    // "Officials said 3,000 troops crossed" cites a work as well as an unknown key: it is sourced.
    assert.deepEqual(codes(published), ['7:52 unknown-citation']);

    // Hover: the work, as a reference list shows it.
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(draft) }, position: { line: 4, character: 56 } });
    // As the writer reads it: without the Markdown escapes.
    const value = (hover?.contents as MarkupContent).value.replace(/\\(.)/g, '$1');
    assert.match(value, /^\*\*Bibliography: `isw2023`\*\*/);
    assert.match(value, /Institute for the Study of War \(2023\)\. Russian Offensive Campaign Assessment, April 26, 2023/);

    // Definition: where the key is written in the bibliography.
    const location = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(draft) }, position: { line: 6, character: 40 } })) as Location;
    assert.equal(location.uri, uri(join(ws, 'refs.bib')));
    assert.deepEqual(location.range.start, { line: 11, character: 9 });

    // Completion: the bibliography's keys after the claims file's ids.
    await server.change(draft, DRAFT.replace('@nowhere].', '@ko'));
    const line = DRAFT.split('\n')[6]?.replace('@nowhere].', '@ko') ?? '';
    const list = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(draft) }, position: { line: 6, character: line.length } })) as CompletionList;
    assert.deepEqual(list.items.map((i) => [i.label, i.detail]), [['kofman2023', "Kofman and Lee (2023) Perseverance and Adaptation: Ukraine's Counteroffensive at Three Months"]]);
  });

  it('publishes a bibliography’s problems on it, a missing one in the draft, and checks again when a bibliography changes', async () => {
    const ws = makeWorkspace({ 'refs.json': '[{"id": "un2023", "title": "Resolution"}, {"title": "no id"}]' });
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0, bibliography: ['refs.json', 'missing.yaml'] }) });
    const refs = join(ws, 'refs.json');
    const problems = server.nextDiagnostics(refs);
    const draft = join(ws, 'draft.md');
    const text = ['---', 'bibliography: [gone.bib]', '---', 'The assembly said 141 countries voted for it [@un2023].', ''].join('\n');
    const published = await server.open(draft, text);
    assert.deepEqual(codes(published), ['2:16 bibliography']);
    assert.match(String(published.diagnostics[0]?.message), /^Cannot read the bibliography gone\.bib: no such file\.$/);
    assert.deepEqual(codes(await problems), ['1:43 bibliography']);

    // The work leaves the bibliography: the citation is unknown, once the file is read again.
    const rechecked = server.nextDiagnostics(draft, (p) => codes(p).some((c) => c.endsWith('unknown-citation')));
    const cleared = server.nextDiagnostics(refs, (p) => p.diagnostics.length === 0);
    writeFileSync(refs, '[]');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(refs), type: FileChangeType.Changed }] });
    assert.deepEqual(codes(await rechecked), ['2:16 bibliography', '4:1 unsourced-attribution', '4:19 unsourced-quantity', '4:48 unknown-citation']);
    // Its problem went with the item that had it; and a deleted bibliography keeps none.
    await cleared;
    const gone = server.nextDiagnostics(refs, (p) => p.diagnostics.length === 0);
    writeFileSync(refs, '[{"title": "no id"}]');
    const again = server.nextDiagnostics(refs, (p) => p.diagnostics.length === 1);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(refs), type: FileChangeType.Changed }] });
    await again;
    rmSync(refs);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(refs), type: FileChangeType.Deleted }] });
    await gone;
  });
});
