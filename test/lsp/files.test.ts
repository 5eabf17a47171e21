import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ExecuteCommandRequest, ReferencesRequest, type Diagnostic, type Location } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { LspServer, serversPerTest } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

const CLAIMS = 'claims:\n  - id: war\n    match: 14-month conflict\n';

describe('lsp: reading files safely, and discovery that stays in its folder', function () {
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  it('keeps serving drafts when the workspace claims file is a FIFO, and says it cannot read it', async () => {
    const ws = makeWorkspace();
    execFileSync('mkfifo', [join(ws, 'claims.yaml')]);
    server = await servers.start({ folders: [ws] });
    const { diagnostics } = await server.open(join(ws, 'a.md'), 'It was a 14-month conflict.\n');
    assert.deepEqual(codes(diagnostics), ['unsourced-quantity']);
    const shown = await server.message(/cannot read/);
    assert.equal(shown.message, `Fact Check: cannot read ${join(ws, 'claims.yaml')}: it is not a regular file (a FIFO, device or socket). Until then, none of its entries are used.`);
  });

  it('refuses a device named in the claimsFile setting, and keeps serving drafts', async () => {
    const ws = makeWorkspace();
    server = await servers.start({ folders: [ws], configuration: () => ({ claimsFile: '/dev/zero' }) });
    const { diagnostics } = await server.open(join(ws, 'a.md'), 'It was a 14-month conflict.\n');
    assert.deepEqual(codes(diagnostics), ['unsourced-quantity']);
    assert.match((await server.message(/cannot read/)).message, /cannot read \/dev\/zero: it is not a regular file/);
  });

  it('checks the drafts of the folder on "Check All Drafts", following links inside it and none out of it', async () => {
    const outside = makeWorkspace({ 'usr/far.md': 'Officials said that 42 people died.\n', 'secret.md': 'Officials said that 41 people died.\n' });
    const ws = makeWorkspace({ 'claims.yaml': CLAIMS, 'stories/a.md': 'Officials said that 40 people died.\n' });
    symlinkSync(join(outside, 'usr'), join(ws, 'usr'));
    symlinkSync(join(outside, 'secret.md'), join(ws, 'secret.md'));
    symlinkSync(join(ws, 'stories'), join(ws, 'alias'));
    server = await servers.start({ folders: [ws] });
    const inside = [join(ws, 'alias', 'a.md'), join(ws, 'stories', 'a.md')];
    const published = inside.map((path) => server!.nextDiagnostics(path));
    const checked = await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'factCheck.checkWorkspace' });
    assert.equal(checked, 2);
    for (const p of await Promise.all(published)) assert.deepEqual(codes(p.diagnostics), ['unsourced-attribution', 'unsourced-quantity']);
    // Each draft's diagnostics are sent before the command answers.
    const drafts = server.publishedUris().filter((uri) => uri.endsWith('.md'));
    assert.deepEqual(drafts.sort(), inside.map((path) => URI.file(path).toString()));
  });

  it('finds no references in files that links take out of the folder', async () => {
    const outside = makeWorkspace({ 'usr/far.md': 'A 14-month conflict [@war].\n', 'secret.md': 'Also [@war].\n' });
    const ws = makeWorkspace({ 'claims.yaml': CLAIMS, 'saved.md': 'See [@war].\n' });
    symlinkSync(join(outside, 'usr'), join(ws, 'usr'));
    symlinkSync(join(outside, 'secret.md'), join(ws, 'secret.md'));
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'open.md');
    await server.open(path, 'Cited [@war].\n');
    const locations = (await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: URI.file(path).toString() },
      position: { line: 0, character: 9 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(locations.map((l) => l.uri), ['open.md', 'saved.md'].map((name) => URI.file(join(ws, name)).toString()));
  });

  it('does not use a claims file that links out of the workspace folder when the editor has it open', async () => {
    const outside = makeWorkspace({ 'claims.yaml': CLAIMS });
    const ws = makeWorkspace();
    // In a subfolder, the claims file is first read when the editor opens it, not when the folder opens.
    mkdirSync(join(ws, 'stories'));
    symlinkSync(join(outside, 'claims.yaml'), join(ws, 'stories', 'claims.yaml'));
    server = await servers.start({ folders: [ws] });
    await server.openQuietly(join(ws, 'stories', 'claims.yaml'), CLAIMS, 'yaml');
    const { diagnostics } = await server.open(join(ws, 'stories', 'a.md'), 'It was a 14-month conflict.\n');
    assert.deepEqual(codes(diagnostics), ['unsourced-quantity']);
    assert.match((await server.message(/links to/)).message, /stories\/claims\.yaml: it links to .*, outside the workspace folder/);
  });
});
