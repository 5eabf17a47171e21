import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { composeDocument } from '../ledger/document';
import type { Found } from './found';
import { fromCsl } from './reference';

// CSL JSON (a list of items) and CSL YAML (a "references" list, as Pandoc reads it, or a bare
// list), read with the claims file's YAML reader: JSON is YAML, and positions come with the nodes.

/** The works of a CSL JSON or CSL YAML text. */
export function readCsl(text: string, found: Found): void {
  const { doc } = composeDocument(text, found.problems, 'bibliography');
  if (!doc || doc.contents === null) return;
  const list = itemsOf(doc.contents);
  if (list === undefined) {
    found.problem({ start: 0, end: 0 }, 'Expected a list of CSL items, or a "references:" list of them.', 'error');
    return;
  }
  for (const item of list.items) readItem(doc, item as Node, found);
}

/** The CSL items' list: the document itself, or its "references". */
function itemsOf(contents: Node): { items: unknown[] } | undefined {
  if (isSeq(contents)) return contents;
  if (!isMap(contents)) return undefined;
  const references = contents.get('references', true);
  return isSeq(references) ? references : undefined;
}

function readItem(doc: Document.Parsed, item: Node, found: Found): void {
  const [start, end] = item.range ?? [0, 0];
  if (!isMap(item)) {
    found.problem({ start: start, end: end }, 'Expected a CSL item: a mapping with an "id".', 'warning');
    return;
  }
  const id = item.get('id', true);
  const key = isScalar(id) && (typeof id.value === 'string' || typeof id.value === 'number') ? String(id.value).trim() : '';
  if (key === '') {
    found.problem({ start: start, end: start + 1 }, 'This CSL item has no "id", so it cannot be cited.', 'warning');
    return;
  }
  const [keyStart, keyEnd] = (id as Node).range ?? [start, start];
  const value: unknown = item.toJS(doc);
  found.add(fromCsl(value as Record<string, unknown>, key, { start: keyStart, end: keyEnd }));
}
