import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CompletionRequest, type ClientCapabilities, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { HOSTILE, HOSTILE_CLAIMS_YAML } from '../helpers/hostileEntry';
import { FULL_CAPABILITIES, LspServer, serversPerTest } from '../helpers/lspServer';
import { readRendered } from '../helpers/renderedMarkdown';
import { makeWorkspace } from '../helpers/workspace';

describe('lsp/completion', function () {
  this.timeout(20_000);
  const servers = serversPerTest();
  let server: LspServer | undefined;

  async function complete(line: string, claims = 'fixture:drafts/claims.yaml', capabilities: ClientCapabilities = FULL_CAPABILITIES): Promise<CompletionList | null> {
    // The server answers with a list (never a bare array), or null outside a citation.
    const ws = makeWorkspace({ 'claims.yaml': claims });
    server = await servers.start({ folders: [ws], capabilities });
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
  it("documents a hostile claims file's entry as its text: no image, HTML, command link or forged rating", async () => {
    const list = await complete('As shown [@host', HOSTILE_CLAIMS_YAML);
    const documentation = list?.items[0]?.documentation as MarkupContent;
    assert.equal(documentation.kind, 'markdown');
    const read = readRendered(documentation.value);
    assert.deepEqual(read.unexpected, []);
    // Reviewed in 2024: more than a year before any day these tests run.
    assert.deepEqual(read.strong, ['Claims file: hostile', 'false', `Reviewed 2024-02-03 by ${HOSTILE.reviewer}`]);
    assert.deepEqual(read.links.map(decodeURIComponent), [HOSTILE.url, 'https://ok.example/search?q=a&amp;b=(c)']);
    assert.deepEqual(read.blocks.slice(1, 3), [`> ${HOSTILE.claim}`, `- ${HOSTILE.title} <${HOSTILE.url}> (${HOSTILE.publisher}, 2024-01-02)`]);
    assert.deepEqual(read.blocks.slice(-2), [`Reviewed 2024-02-03 by ${HOSTILE.reviewer}: more than 365 days ago, so it may no longer hold.`, `Notes: ${HOSTILE.notes}`]);
  });

  it('documents the entry as plain text, unescaped, for a client that takes only plain text', async () => {
    const list = await complete('As shown [@host', HOSTILE_CLAIMS_YAML, { ...FULL_CAPABILITIES, textDocument: { completion: { completionItem: { documentationFormat: ['plaintext'] } } } });
    const documentation = list?.items[0]?.documentation as MarkupContent;
    assert.equal(documentation.kind, 'plaintext');
    assert.ok(documentation.value.startsWith(`Claims file: hostile — rated false\n\n> ${HOSTILE.claim}\n\n- ${HOSTILE.title} <${HOSTILE.url}>`));
    assert.ok(documentation.value.endsWith(`Notes: ${HOSTILE.notes}`));
  });
});
