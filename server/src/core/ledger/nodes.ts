// What the full reader asks of the `yaml` library's nodes: where they are written, whether they
// are empty, and how its messages name them.

import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Span } from '../types';

export function spanOf(node: unknown): Span {
  const range = isNode(node) ? node.range : undefined;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

/** Where a pair's value is written, or its key when the value is empty. */
export function valueSpan(pair: Pair<unknown, unknown>): Span {
  return spanOf(pair.value ?? pair.key);
}

export function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** What kind of value a node is, for messages. */
export function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isNull(node)) return 'an empty value';
  if (!isScalar(node)) return 'an alias';
  switch (typeof node.value) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'true/false';
    case 'number':
    case 'bigint':
      return 'a number';
    default:
      return 'a value';
  }
}

export function keyName(pair: Pair<unknown, unknown>): string {
  return isScalar(pair.key) ? String(pair.key.value) : describe(pair.key);
}

/** A value as the writer wrote it in `text`, quoted for messages, or what kind of value it is. */
export function shown(text: string, node: unknown): string {
  return isScalar(node) ? quote(written(text, node)) : describe(node);
}

/** A node as the writer wrote it in `text`. */
export function written(text: string, node: Node): string {
  const span = spanOf(node);
  return text.slice(span.start, span.end);
}

/** Text quoted for messages, cut short when long. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}
