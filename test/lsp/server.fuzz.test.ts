import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { CodeActionRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { fuzzRuns, hostileDraft, hostileEdit, locate, splitsSurrogatePair } from '../helpers/hostileMarkdown';
import { LspServer } from '../helpers/lspServer';
import { makeWorkspace } from '../helpers/workspace';

/** What a writer sees of a diagnostic: where, what and how bad (not the fix data, which names the document). */
function visible(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics.map((d) => [d.range, d.code, d.severity, d.message]);
}

/** Checks that every range lies inside `text`, in UTF-16 units, and never splits a character. */
function assertInside(text: string, diagnostics: readonly Diagnostic[]): void {
  const doc = TextDocument.create('file:///x.md', 'markdown', 0, text);
  for (const { range } of diagnostics) {
    for (const position of [range.start, range.end]) {
      assert.ok(position.line >= 0 && position.line < doc.lineCount, `line ${position.line} of ${doc.lineCount}`);
      const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
      assert.ok(position.character >= 0 && position.character <= lineText.length, `character ${position.character} of ${lineText.length} on line ${position.line}`);
      assert.ok(!splitsSurrogatePair(text, doc.offsetAt(position)), `position ${JSON.stringify(position)} splits a character`);
    }
    assert.ok(doc.offsetAt(range.start) <= doc.offsetAt(range.end));
  }
}

describe('lsp server (fuzzed over JSON-RPC)', function () {
  this.timeout(600_000);
  let server: LspServer;
  const ws = makeWorkspace({ 'claims.yaml': 'claims:\n  - id: war\n    match: [14-month conflict]\n  - id: peace\n    match: 12-point\n    rating: false\n' });

  before(async () => {
    server = await LspServer.start({ folders: [ws], configuration: () => ({ debounceMs: 0, extraPhrases: ['(a+)+$', 'said ['] }) });
  });
  after(async () => {
    await server.stop();
  });

  it('survives hostile drafts and edits: ranges inside the text, edited drafts checked as if freshly opened', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileDraft, fc.array(hostileEdit, { maxLength: 8 }), async (initial, edits) => {
        n++;
        const edited = join(ws, `edited-${n}.md`);
        const fresh = join(ws, `fresh-${n}.md`);
        await server.openQuietly(edited, initial, 'markdown');
        let text = initial;
        let version = 1;
        for (const edit of edits) {
          const { start, end } = locate(text, edit);
          const doc = TextDocument.create('file:///x.md', 'markdown', 0, text);
          version = await server.change(edited, edit.insert, { start: doc.positionAt(start), end: doc.positionAt(end) });
          text = text.slice(0, start) + edit.insert + text.slice(end);
        }
        const afterEdits = await server.diagnosticsOf(edited, version);
        const opened = await server.open(fresh, text);
        assertInside(text, afterEdits.diagnostics);
        assert.deepEqual(visible(afterEdits.diagnostics), visible(opened.diagnostics));

        // The server still answers, on any position, with the fixes of any diagnostic.
        const uri = URI.file(edited).toString();
        const lines = text.split(/\r\n|\r|\n/);
        const line = n % lines.length;
        const position = { line, character: (lines[line] ?? '').length >> 1 };
        await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
        const range = afterEdits.diagnostics[0]?.range ?? { start: position, end: position };
        await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: afterEdits.diagnostics } });
        await server.close(edited);
        await server.close(fresh);
      }),
      // A case that hangs the server fails after a minute; every case after it would fail too, so
      // shrinking would only mislead: the run stops at the first failure and reports its seed.
      { numRuns: fuzzRuns(500), timeout: 60_000, endOnFailure: true },
    );
    assert.deepEqual(server.stderr.filter((line) => /unhandled|error/i.test(line)), []);
  });
});
