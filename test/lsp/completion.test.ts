import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CompletionRequest, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { LspServer, serversPerTest } from '../helpers/lspServer';
import { readRendered } from '../helpers/renderedMarkdown';
import { makeWorkspace } from '../helpers/workspace';

describe('lsp/completion', function () {
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  async function complete(line: string): Promise<CompletionList | null> {
    // The server answers with a list (never a bare array), or null outside a citation.
    const ws = makeWorkspace({ 'claims.yaml': 'fixture:drafts/claims.yaml' });
    server = await servers.start({ folders: [ws] });
    const path = join(ws, 'a.md');
    await server.open(path, `Intro.\n${line}\n`);
    const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI.file(path).toString() }, position: { line: 1, character: line.length } });
    assert.ok(result === null || !Array.isArray(result));
    return result;
  }

  it('offers every ledger id after "[@", with rating and claim as detail and the entry as documentation', async () => {
    const list = await complete('It was a 14-month conflict [@');
    assert.ok(list);
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['china-peace-plan', 'stolen-election', 'ukraine-war-duration']);
    const war = list.items.find((i) => i.label === 'ukraine-war-duration');
    assert.equal(war?.detail, "true — Russia's full-scale invasion of Ukraine began on 24 February 2022.");
    const documentation = war?.documentation as MarkupContent;
    assert.equal(documentation.kind, 'markdown');
    assert.deepEqual(readRendered(documentation.value).blocks, [
      'Claims file: ukraine-war-duration — rated true',
      "> Russia's full-scale invasion of Ukraine began on 24 February 2022.",
      '- https://example.org/invasion <https://example.org/invasion>',
    ]);
    assert.deepEqual(war?.textEdit, { range: { start: { line: 1, character: 29 }, end: { line: 1, character: 29 } }, newText: 'ukraine-war-duration' });
  });

  it('narrows by the key typed so far and replaces it', async () => {
    const list = await complete('As shown [see @ukr');
    assert.deepEqual(list?.items.map((i) => i.label), ['ukraine-war-duration']);
    assert.deepEqual(list?.items[0]?.textEdit, { range: { start: { line: 1, character: 15 }, end: { line: 1, character: 18 } }, newText: 'ukraine-war-duration' });
  });

  it('completes a second key of a group', async () => {
    const list = await complete('Both [@china-peace-plan; @st');
    assert.deepEqual(list?.items.map((i) => i.label), ['stolen-election']);
  });

  it('offers nothing outside a citation, such as an e-mail address', async () => {
    assert.equal(await complete('Write to desk@'), null);
    assert.equal(await complete('Plain text @'), null);
  });
});
