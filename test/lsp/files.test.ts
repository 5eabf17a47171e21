import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspServer, serversPerTest } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

const CLAIMS = 'claims:\n  - id: war\n    match: 14-month conflict\n';

describe('lsp: reading files safely', function () {
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
