import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { serversPerTest } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

// Issue 18's hostile inputs, through the real server: drafts that crashed or froze it, settings
// and claims files that slowed it. Each must leave the server answering.

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** LSP 3.18 lets a message be Markdown; ours are plain strings. */
function message(d: Diagnostic | undefined): string {
  return typeof d?.message === 'string' ? d.message : (d?.message.value ?? '');
}

describe('lsp/server on hostile input', function () {
  // Each parse the server gives up on takes a few seconds of the worker's time.
  this.timeout(90_000);
  const servers = serversPerTest();

  it('checks drafts nested thousands of levels deep (quotes, emphasis, lists) and goes on checking', async () => {
    const ws = makeWorkspace();
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const nested = ['> '.repeat(3_000) + 'x', '*'.repeat(8_000) + 'x' + '*'.repeat(8_000), '_'.repeat(8_000) + 'x' + '_'.repeat(8_000), '- '.repeat(3_000) + 'x'];
    for (const [i, text] of nested.entries()) {
      const { diagnostics } = await server.open(join(ws, `nested-${i}.md`), text);
      // Either read (there is no claim in it) or left unchecked with a note: never a crash.
      assert.ok(codes(diagnostics).every((c) => c === 'not-checked'), codes(diagnostics).join());
    }
    const { diagnostics } = await server.open(join(ws, 'after.md'), 'The minister said 40 people died.\n');
    assert.deepEqual(codes(diagnostics), ['unsourced-attribution', 'unsourced-quantity']);
    assert.deepEqual(server.stderr.filter((line) => /error|exception/i.test(line)), []);
  });

  it('answers a hover at once while it reads a small draft the parser is slow on, and notes the part it could not read', async () => {
    const ws = makeWorkspace();
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    // 32 KB of setext headings: about a minute of the parser's time, read whole.
    const text = 'The minister said 40 people died.\n\n' + 'a\n=\n'.repeat(8_192);
    const path = join(ws, 'setext.md');
    const uri = URI.file(path).toString();
    const order: string[] = [];
    const first = server.nextDiagnostics(path).then((p) => {
      order.push('diagnostics');
      return p;
    });
    await server.openQuietly(path, text, 'markdown');
    await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
    order.push('hover');
    const { diagnostics } = await first;
    assert.deepEqual(order, ['hover', 'diagnostics']);
    assert.deepEqual(codes(diagnostics), ['unsourced-attribution', 'unsourced-quantity', 'not-checked']);
    assert.match(message(diagnostics[2]), /could not read it in time/);
  });

  it('matches a claims file of 650 phrases of growing length in an 80 KB run-on sentence', async () => {
    const claims = Array.from({ length: 650 }, (_, i) => `  - id: a${i + 1}\n    match: "${Array(i + 1).fill('a').join(' ')}"\n    rating: true\n`).join('');
    const ws = makeWorkspace({ 'claims.yaml': `claims:\n${claims}` });
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0 }) });
    const { diagnostics } = await server.open(join(ws, 'a.md'), `The minister said ${'a '.repeat(40_000)}.\n`);
    assert.deepEqual(codes(diagnostics), ['ledger-match']);
    assert.match(message(diagnostics[0]), /^Matches claims-file entry "a1"/);
  });

  it('takes at most 100 reporting phrases of up to 100 characters from settings', async () => {
    const ws = makeWorkspace();
    // 1,000 long phrases froze the server for 25 s: the first 100 of up to 100 characters count.
    const letters = (n: number): string => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const phrases = Array.from({ length: 1_000 }, (_, i) => `zorbled the plinth ${letters(i)} ${'x'.repeat(60)}`);
    const server = await servers.start({ folders: [ws], configuration: () => ({ debounceMs: 0, extraPhrases: ['a'.repeat(101), ...phrases] }) });
    const draft = (n: number): string => `The envoy ${phrases[n]} on the talks.\n`;
    assert.deepEqual(codes((await server.open(join(ws, 'first.md'), draft(5))).diagnostics), ['unsourced-attribution']);
    assert.deepEqual(codes((await server.open(join(ws, 'later.md'), draft(500))).diagnostics), []);
  });
});
