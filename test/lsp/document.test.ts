import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditedDocument } from '../../server/src/lsp/document';

const runs = Number(process.env['FC_RUNS'] ?? 100);

const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀'), { maxLength: 50 }).map((parts) => parts.join(''));
// Lines are taken modulo the document's line count when a change is applied: editors send changes
// on lines that exist (vscode-languageserver-textdocument miscounts lines after one that does not).
const position = fc.record({ line: fc.nat(), character: fc.integer({ min: -1, max: 12 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

function onLines(c: TextDocumentContentChangeEvent, lineCount: number): TextDocumentContentChangeEvent {
  if (!('range' in c)) return c;
  const { start, end } = c.range;
  return { range: { start: { ...start, line: start.line % lineCount }, end: { ...end, line: end.line % lineCount } }, text: c.text };
}

function assertSame(ours: EditedDocument, theirs: TextDocument): void {
  const content = theirs.getText();
  assert.equal(ours.getText(), content);
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  for (let offset = -1; offset <= content.length + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 12; character++) {
      const at = { line, character };
      assert.equal(ours.offsetAt(at), theirs.offsetAt(at), `offsetAt(${line}:${character})`);
      const range = { start: at, end: { line: line + 1, character: 2 } };
      assert.equal(ours.getText(range), theirs.getText(range));
    }
  }
}

describe('lsp/document', () => {
  it('converts positions and applies changes exactly as vscode-languageserver-textdocument does (property)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (start, batches) => {
        let ours = EditedDocument.create('file:///d.md', 'markdown', 1, start);
        let theirs = TextDocument.create('file:///d.md', 'markdown', 1, start);
        assertSame(ours, theirs);
        batches.forEach((batch, i) => {
          // Each change in positions of the text the ones before it leave (updating a copy: the
          // library's update changes the document it is given).
          const changes: TextDocumentContentChangeEvent[] = [];
          let lines = TextDocument.create('file:///d.md', 'markdown', 0, theirs.getText());
          for (const c of batch) {
            changes.push(onLines(c, lines.lineCount));
            lines = TextDocument.update(lines, changes.slice(-1), 0);
          }
          // The changes it records in offsets, applied in turn, make the same text.
          let recorded = ours.getText();
          ours = EditedDocument.update(ours, changes, i + 2, ({ start, end, text: inserted }) => (recorded = recorded.slice(0, start) + inserted + recorded.slice(end)));
          assert.equal(recorded, ours.getText());
          theirs = TextDocument.update(theirs, changes, i + 2);
          assertSame(ours, theirs);
        });
      }),
      { numRuns: runs },
    );
  });
});
