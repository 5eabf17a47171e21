import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../core';
import { isLineEnding, Rope } from '../core/text';

/**
 * An open document whose text is a `Rope`, so that typing in a long draft copies a piece of it
 * rather than all of it. Positions and offsets convert exactly as vscode-languageserver-textdocument's
 * documents do (lines end at "\r\n", "\r" or "\n"; a position never falls inside a line break).
 */
export class EditedDocument implements TextDocument {
  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    readonly content: Rope,
  ) {}

  static create(uri: string, languageId: string, version: number, text: string): EditedDocument {
    return new EditedDocument(uri, languageId, version, Rope.of(text));
  }

  /**
   * The document after `changes`, each in positions of the text the ones before it leave;
   * `record` gets each change in offsets of that text.
   */
  static update(document: EditedDocument, changes: readonly TextDocumentContentChangeEvent[], version: number, record?: (change: TextChange) => void): EditedDocument {
    let doc = document;
    for (const change of changes) {
      const [start, end] = 'range' in change ? doc.offsets(change.range) : [0, doc.content.length];
      record?.({ start, end, text: change.text });
      const content = 'range' in change ? doc.content.edit(start, end, change.text) : Rope.of(change.text);
      doc = new EditedDocument(doc.uri, doc.languageId, version, content);
    }
    return doc;
  }

  get lineCount(): number {
    return this.content.lineCount;
  }

  getText(range?: Range): string {
    if (!range) return this.content.toString();
    const [start, end] = this.offsets(range);
    return this.content.slice(start, end);
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.content.length), 0);
    const line = this.content.lineAt(at);
    const start = this.content.lineStart(line);
    return { line, character: this.beforeLineBreak(at, start) - start };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.content.lineCount) return this.content.length;
    if (position.line < 0) return 0;
    const start = this.content.lineStart(position.line);
    if (position.character <= 0) return start;
    return this.beforeLineBreak(Math.min(start + position.character, this.lineEnd(position.line)), start);
  }

  getLineRange(line: number): Range {
    const last = this.content.lineCount - 1;
    if (line > last) {
      const start = this.content.lineStart(last);
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - start } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = this.content.lineStart(line);
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(this.lineEnd(line), start) - start } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.content.lineCount) return '';
    const end = this.lineEnd(line);
    return this.content.slice(this.beforeLineBreak(end, this.content.lineStart(line)), end);
  }

  /** Where `line` ends, after its line break. */
  private lineEnd(line: number): number {
    return line + 1 < this.content.lineCount ? this.content.lineStart(line + 1) : this.content.length;
  }

  /** The offsets of a range, in order. */
  private offsets(range: Range): [number, number] {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return a <= b ? [a, b] : [b, a];
  }

  /** `offset`, moved back out of the line break that ends the line starting at `lineStart`. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineEnding(this.content.charCodeAt(at - 1))) at--;
    return at;
  }
}
