import { CST } from 'yaml';
import type { Span } from '../types';
import { Shortlist } from './shortlist';

// What the YAML parser's syntax tree (CST) shows before it is composed into a document: composing
// costs more per node, and every error it reports is an object with a stack trace, so a file that
// is mostly errors (a megabyte of '"' makes half a million) is judged here first.

/** A syntax error the syntax tree already shows. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
}

export interface SyntaxScan {
  /** The offset of a collection nested deeper than allowed, if any. */
  readonly tooDeep?: number;
  /** The first syntax errors, in file order (as many as asked for). */
  readonly errors: readonly SyntaxProblem[];
  /** How many syntax errors the tree shows in all (the composer may find more). */
  readonly errorCount: number;
  /** Whether the file has an alias ("*name"), which can make one node's problems show up again. */
  readonly hasAliases: boolean;
}

// Tokens that may follow a value on its line.
const END_TOKENS: ReadonlySet<string> = new Set(['space', 'comment', 'newline']);
const CLOSING_BRACKETS: ReadonlySet<string> = new Set(['flow-seq-end', 'flow-map-end']);

/**
 * Walks `tokens` without recursion: whether a collection nests deeper than `maxDepth`, and the syntax
 * errors the parser left in them (its error tokens, and tokens after a value where only spaces and
 * comments may be), the first `keep` of them kept, with the words the composer would use.
 */
export function scanSyntax(tokens: readonly CST.Token[], maxDepth: number, keep: number): SyntaxScan {
  const errors = new Shortlist<SyntaxProblem>(keep, (a, b) => a.span.start - b.span.start);
  const afterValue = (end: readonly CST.SourceToken[] = [], from = 0): void => {
    for (let i = from; i < end.length; i++) {
      const token = end[i];
      if (token && !END_TOKENS.has(token.type)) errors.add({ span: spanOf(token), message: `Unexpected ${token.type} at node end` });
    }
  };
  let hasAliases = false;
  const stack: Array<[CST.Token, number]> = tokens.map((token) => [token, 0]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > maxDepth) return { tooDeep: node.offset, errors: [], errorCount: 0, hasAliases };
    switch (node.type) {
      case 'error':
        errors.add({ span: spanOf(node), message: node.source ? `${node.message}: ${JSON.stringify(node.source)}` : node.message });
        break;
      case 'document':
        if (node.value) stack.push([node.value, depth]);
        afterValue(node.end);
        break;
      case 'doc-end':
        afterValue(node.end);
        break;
      case 'alias':
        hasAliases = true;
        afterValue(node.end);
        break;
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        afterValue(node.end);
        break;
      case 'block-scalar':
        // The parser puts what it could not place after the header here.
        for (const prop of node.props) stack.push([prop, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        for (const item of node.items) {
          if (item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
        if (node.type === 'flow-collection') afterValue(node.end, CLOSING_BRACKETS.has(node.end[0]?.type ?? '') ? 1 : 0);
        break;
      default:
        break;
    }
  }
  return { errors: errors.list(), errorCount: errors.total, hasAliases };
}

function spanOf(token: { readonly offset: number; readonly source: string }): Span {
  return { start: token.offset, end: token.offset + token.source.length };
}
