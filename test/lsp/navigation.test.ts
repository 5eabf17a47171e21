import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DefinitionRequest, ReferencesRequest, type Location } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { check, createCheckOptions, EMPTY_LEDGER, type Citation } from '../../server/src/core';
import { nodeFiles } from '../../server/src/host/nodeFiles';
import { citationsOf } from '../../server/src/lsp/navigation';
import { readFixture } from '../helpers/fixtures';
import { LspServer, serversPerTest } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

describe('lsp/navigation', function () {
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  const uri = (path: string): string => URI.file(path).toString();

  it('goes from a [@id] citation to its entry in the claims file', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    await server.open(path, 'Both [@china-peace-plan; @stolen-election].\n');
    const location = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(path) }, position: { line: 0, character: 28 } })) as Location;
    assert.equal(location.uri, uri(join(ws, 'claims.yaml')));
    assert.equal(location.range.start.line, readFixture('drafts/claims.yaml').split('\n').findIndex((l) => l.includes('id: stolen-election')));
    const none = await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(path) }, position: { line: 0, character: 1 } });
    assert.equal(none, null);
  });

  it('finds the citations of an entry in every draft of the folder, open or not', async () => {
    const ws = makeWorkspace({
      'claims.yaml': 'fixture:drafts/claims.yaml',
      'saved.md': 'It was a 14-month conflict [@ukraine-war-duration].\n',
      'stories/old.md': '# Old\n\nSee [@china-peace-plan; @ukraine-war-duration].\n',
      'node_modules/x/README.md': '[@ukraine-war-duration]\n',
    });
    server = await servers.start({ folders: [ws] });
    const open = join(ws, 'open.md');
    // Unsaved text of an open draft counts, not what is on disk.
    await server.open(open, 'Unsaved [@ukraine-war-duration].\n');
    const claims = join(ws, 'claims.yaml');
    const claimsText = readFixture('drafts/claims.yaml');
    await server.openQuietly(claims, claimsText, 'yaml');
    const line = claimsText.split('\n').findIndex((l) => l.includes('id: ukraine-war-duration'));
    const locations = (await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(claims) },
      position: { line, character: 10 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(
      locations.map((l) => [l.uri.slice(uri(ws).length + 1), l.range.start.line, l.range.start.character]),
      [
        ['claims.yaml', line, 4],
        ['open.md', 0, 10],
        ['saved.md', 0, 29],
        ['stories/old.md', 2, 25],
      ],
    );
  });

  it('finds references from a citation in a draft too', async () => {
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml', 'other.md': '[@stolen-election]\n' });
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    await server.open(path, 'Claimed [@stolen-election].\n');
    const locations = (await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(path) },
      position: { line: 0, character: 12 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(locations.map((l) => l.uri.slice(uri(ws).length + 1)), ['a.md', 'other.md']);
  });
});

describe('lsp/navigation (in process)', () => {
  const citations = async (text: string): Promise<readonly Citation[]> => check(text, EMPTY_LEDGER, createCheckOptions()).citations;

  it('finds the citations of an entry in the saved drafts of a folder, and reads no further once the request is cancelled', async () => {
    const ws = makeWorkspace({ 'a.md': 'Cited [@x].\n', 'b.md': 'Also [@x] and [@y].\n', 'c.md': 'None.\n' });
    const found = await citationsOf(nodeFiles, 'x', ws, [], citations, citations, 1_000_000);
    assert.deepEqual(found.map((l) => [l.uri, l.range.start]), [
      [URI.file(join(ws, 'a.md')).toString(), { line: 0, character: 8 }],
      [URI.file(join(ws, 'b.md')).toString(), { line: 0, character: 7 }],
    ]);
    let asked = 0;
    const cancelledAfterOne = (): boolean => asked++ >= 1;
    assert.deepEqual((await citationsOf(nodeFiles, 'x', ws, [], citations, citations, 1_000_000, cancelledAfterOne)).map((l) => l.uri), [URI.file(join(ws, 'a.md')).toString()]);
  });
});
