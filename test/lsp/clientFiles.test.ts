import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { ClaimsFiles } from '../../server/src/host/claimsStore';
import { ConfigFiles } from '../../server/src/host/configFiles';
import { ClientFiles } from '../../server/src/lsp/clientFiles';
import { FileStatRequest, MarkdownFilesRequest, ReadFileRequest, type FileParams, type ReadFileParams } from '../../server/src/lsp/protocol';
import { parseClaimsText } from '../../server/src/host/claimsFile';

const ROOT = 'vscode-vfs://github/newsroom/stories';

/** A client that answers the server's file requests from `files` (URI → text), as workspaceFiles.ts does from workspace.fs. */
function fakeClient(files: Record<string, string>): { connection: Connection; asked: string[] } {
  const asked: string[] = [];
  const bytes = (uri: string): Uint8Array | undefined => (files[uri] === undefined ? undefined : new TextEncoder().encode(files[uri]));
  const connection = {
    async sendRequest(type: { method: string }, params: FileParams) {
      asked.push(`${type.method} ${params.uri}`);
      const found = bytes(params.uri);
      if (type.method === FileStatRequest.method) return found ? { stat: { size: found.length, mtime: 1 } } : {};
      if (type.method === ReadFileRequest.method) {
        if (!found) return { error: 'no such file' };
        return { base64: Buffer.from(found.subarray(0, (params as ReadFileParams).maxBytes)).toString('base64'), size: found.length };
      }
      if (type.method === MarkdownFilesRequest.method) return { uris: Object.keys(files).filter((u) => u.endsWith('.md')) };
      throw new Error(`unexpected ${type.method}`);
    },
  } as unknown as Connection;
  return { connection, asked };
}

describe('lsp/clientFiles: the workspace read through the client (the server in a browser)', () => {
  it('maps URIs to paths that keep their scheme and authority, and back; untitled documents have none', () => {
    const files = new ClientFiles(fakeClient({}).connection);
    assert.equal(files.pathOf(`${ROOT}/desk/story.md`), '/vscode-vfs:github/newsroom/stories/desk/story.md');
    assert.equal(files.uriOf('/vscode-vfs:github/newsroom/stories/desk/story.md'), `${ROOT}/desk/story.md`);
    assert.equal(files.uriOf(files.pathOf('memfs:/a%20b/c.md') ?? ''), 'memfs:/a%20b/c.md');
    assert.equal(files.pathOf('untitled:Untitled-1'), undefined);
  });

  it('finds and reads the claims file above a draft through the client, as the Node server does on disk', async () => {
    const claims = 'claims:\n  - id: war\n    claim: The war has lasted 14 months.\n    rating: true\n';
    const { connection, asked } = fakeClient({ [`${ROOT}/claims.yaml`]: claims, [`${ROOT}/desk/story.md`]: 'Text.\n' });
    const files = new ClientFiles(connection);
    const store = new ClaimsFiles(files, () => undefined, () => files.pathOf(ROOT) ?? '', async (read) => parseClaimsText(read), () => undefined, 'the workspace folder');
    const path = await store.resolve(files.pathOf(`${ROOT}/desk/story.md`), files.pathOf(ROOT), '');
    assert.equal(path, '/vscode-vfs:github/newsroom/stories/claims.yaml');
    const file = await store.get(path ?? '');
    assert.equal(file.uri, `${ROOT}/claims.yaml`);
    assert.deepEqual([...file.ledger.ids()], ['war']);
    assert.ok(asked.includes(`factCheck/readFile ${ROOT}/claims.yaml`));
  });

  it('reports a file the client cannot read, and refuses one outside the folder it must stay in', async () => {
    const files = new ClientFiles(fakeClient({ [`${ROOT}/.fact-check.yaml`]: 'sourceScope: paragraph\n' }).connection);
    await assert.rejects(files.read('/vscode-vfs:github/newsroom/stories/missing.yaml', 100), /no such file/);
    await assert.rejects(files.read('/vscode-vfs:github/elsewhere/claims.yaml', 100, '/vscode-vfs:github/newsroom/stories'), /outside/);
    const config = await new ConfigFiles(files).forFolder('/vscode-vfs:github/newsroom/stories/desk', '/vscode-vfs:github/newsroom/stories');
    assert.equal(config.merged.sourceScope, 'paragraph');
  });

  it('lists the Markdown files the client finds, as paths', async () => {
    const files = new ClientFiles(fakeClient({ [`${ROOT}/a.md`]: '', [`${ROOT}/claims.yaml`]: '' }).connection);
    assert.deepEqual(await files.markdownFiles('/vscode-vfs:github/newsroom/stories'), ['/vscode-vfs:github/newsroom/stories/a.md']);
  });
});
