import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type { YAMLSeq } from 'yaml';
import { lineEnding, type TextEdit } from '../fixes/edit';
import type { LedgerProblem } from '../types';
import { lineEnd } from '../text/lines';
import { columnOf, contentEnd, dashBefore, INDENT_UNIT, indentOf, isCommentDeeperThan, nextLine, unitOf } from './layout';
import { parseLedger } from './parse';
import { written, type Written } from './quote';
import { isCitationKey } from './rules';
import { verify } from './verify';

/** What a quick fix adds to the claims file: an unverified entry, to be checked and sourced. */
export interface NewEntry {
  readonly id: string;
  readonly claim: string;
  readonly match: readonly string[];
}

/** The change to make, or why there is none. */
export interface AppendResult {
  /** An edit of the existing claims file. */
  readonly edit?: TextEdit;
  /** The content of a new claims file, when there was none. */
  readonly create?: string;
  /** Why the claims file is left alone, for the writer. */
  readonly error?: string;
}

type Planned = { readonly edit: TextEdit } | { readonly error: string };

// Where the entries of a new "claims:" list go: the README's layout.
const DASH_COLUMN = 2;
// An empty "claims:" value, which a new block list replaces: nothing, "[]", "~" or "null".
const EMPTY_VALUE = /^\s*(?:\[\s*\]|~|null|Null|NULL)?$/;
const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * Appends `entry` to the claims file without touching anything else: the result is the old text
 * plus the new entry (the only replacement turns an empty `claims: []` of a YAML file into a block
 * list). The entry follows the file's layout: a block list keeps the indentation (and blank lines
 * between entries) of its last entry; a flow list (a JSON file) keeps one-object-per-line or
 * one-line layout. It goes right after the last entry: comments and blank lines that follow the
 * list stay after the new entry, except comment lines indented deeper than the list's "-", which
 * belong to the last entry. Claim and phrases are written as double-quoted (JSON) strings that every
 * YAML and JSON reader reads back as they are; the id is written plain only when YAML 1.2 and 1.1
 * readers alike read it back as the same text.
 * `claimsText` undefined means there is no claims file: `create` holds the content of one, in
 * `format`. A file that cannot be read as a mapping with a "claims" list gets an `error` and no
 * edit, and so does any edit that, re-read, would not give the old entries plus the new one with
 * no new problem.
 */
export function appendEntryEdit(claimsText: string | undefined, entry: NewEntry, format: 'yaml' | 'json'): AppendResult {
  if (!isCitationKey(entry.id)) return { error: `"${entry.id}" cannot be an id: it must be citable as [@id], with no spaces.` };
  const text = claimsText ?? '';
  const before = parseLedger(text);
  if (!before.readable) return { error: fixFirst(before.problems) };
  if (before.entries.some((e) => e.id === entry.id)) return { error: `The claims file already has an entry "${entry.id}".` };
  const planned = plan(text, before.problems, written(entry, format), format);
  if ('error' in planned) return planned;
  const problem = verify(text, before, planned.edit, entry, format);
  if (problem) return { error: `The entry could not be added safely, so the claims file is left as it is: ${problem}` };
  return claimsText === undefined ? { create: planned.edit.newText } : { edit: planned.edit };
}

function plan(text: string, problems: readonly LedgerProblem[], entry: Written, format: 'yaml' | 'json'): Planned {
  const doc = parseDocument(text, { schema: 'core', merge: false, uniqueKeys: false, logLevel: 'silent' });
  // The reader accepts some files that are no single document ("---" between several): its own
  // words for what is wrong are the writer's.
  if (doc.errors.length > 0) return { error: fixFirst(problems) };
  const eol = lineEnding(text);
  const top = doc.contents;
  if (top === null) return { edit: insertAt(text.length, starter(text, entry, format, eol)) };
  if (!isMap(top)) return { error: 'Fix the claims file first: it must be a mapping with a "claims:" list.' };
  const pair = top.items.find((p) => isScalar(p.key) && p.key.value === 'claims');
  if (!pair || !isNode(pair.key)) return { error: 'Fix the claims file first: it has no "claims:" list.' };
  const value = pair.value;
  if (isAlias(value)) return { error: 'The "claims" list is an alias of another one: add the entry to the list it names.' };
  const keyStart = pair.key.range?.[0] ?? 0;
  if (isSeq(value) && !value.flow) return appendToBlockList(text, value, entry, eol);
  const colon = text.indexOf(':', pair.key.range?.[1] ?? 0) + 1;
  const valueEnd = isNode(value) ? (value.range?.[1] ?? colon) : colon;
  const empty = EMPTY_VALUE.test(text.slice(colon, valueEnd));
  if (empty && !top.flow) return startBlockList(text, keyStart, colon, valueEnd, entry, eol);
  if (isSeq(value)) return appendToFlowList(text, value, keyStart, entry, eol);
  return { error: 'Fix the claims file first: "claims" must be a list of entries.' };
}

/** Gives an empty "claims:" a block list holding the entry. */
function startBlockList(text: string, keyStart: number, colon: number, valueEnd: number, entry: Written, eol: string): Planned {
  const end = lineEnd(text, valueEnd);
  const dash = columnOf(text, keyStart) + DASH_COLUMN;
  const item = eol + yamlItem(entry, dash, dash + 2, eol);
  if (text.slice(colon, valueEnd).trim() === '') return { edit: insertAt(end, item) };
  // "[]", "~" or "null" goes; a comment after it stays on the "claims:" line.
  const comment = text.slice(valueEnd, end).trim();
  return { edit: { span: { start: colon, end }, newText: (comment ? ` ${comment}` : '') + item } };
}

function appendToBlockList(text: string, list: YAMLSeq, entry: Written, eol: string): Planned {
  const last = list.items.at(-1);
  if (!isNode(last) || !last.range) return { error: 'Fix the claims file first: its last entry cannot be read.' };
  const dash = dashBefore(text, last.range[0]) ?? list.range?.[0] ?? 0;
  const dashColumn = columnOf(text, dash);
  const keyColumn = isMap(last) && dash < last.range[0] ? columnOf(text, last.range[0]) : dashColumn + 2;
  let end = lineEnd(text, contentEnd(text, last.range[1]));
  for (let next = nextLine(text, end); next !== undefined && isCommentDeeperThan(text, next, dashColumn); next = nextLine(text, end)) {
    end = lineEnd(text, next);
  }
  const previous = list.items.at(-2);
  const spaced = isNode(previous) && !!previous.range && BLANK_LINE.test(text.slice(contentEnd(text, previous.range[1]), dash));
  return { edit: insertAt(end, eol + (spaced ? eol : '') + yamlItem(entry, dashColumn, keyColumn, eol)) };
}

/** Adds the entry as a JSON object to a flow list (a JSON file's array), in the list's layout. */
function appendToFlowList(text: string, list: YAMLSeq, keyStart: number, entry: Written, eol: string): Planned {
  const open = text.indexOf('[', list.range?.[0] ?? 0);
  const close = (list.range?.[1] ?? 0) - 1;
  if (open < 0 || text.charAt(close) !== ']') return { error: 'Fix the claims file first: its "claims" list cannot be read.' };
  const items = list.items.filter(isNode);
  const last = items.at(-1);
  if (!last?.range) {
    const outer = indentOf(text, keyStart);
    const unit = outer || INDENT_UNIT;
    const inner = text.slice(open + 1, close);
    const newText = eol + outer + unit + jsonObject(entry, outer + unit, unit, eol) + eol + outer;
    // Comments inside the empty brackets stay before the entry.
    return { edit: { span: { start: inner.trim() === '' ? open + 1 : close, end: close }, newText } };
  }
  const end = last.range[1];
  const first = items[0]?.range?.[0] ?? end;
  if (!text.slice(open, first).includes('\n')) {
    const padded = text.charAt(last.range[0]) === '{' && text.charAt(last.range[0] + 1) === ' ';
    return { edit: insertAt(end, `, ${jsonLine(entry, padded)}`) };
  }
  const indent = indentOf(text, last.range[0]);
  return { edit: insertAt(end, `,${eol}${indent}${jsonObject(entry, indent, unitOf(text, items, indent), eol)}`) };
}

/** The content of a file that has no entries yet, or has nothing but comments. */
function starter(text: string, entry: Written, format: 'yaml' | 'json', eol: string): string {
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  if (format === 'yaml') return `${separator}claims:${eol}${yamlItem(entry, DASH_COLUMN, DASH_COLUMN + 2, eol)}${eol}`;
  const items = INDENT_UNIT + INDENT_UNIT;
  return `${separator}{${eol}${INDENT_UNIT}"claims": [${eol}${items}${jsonObject(entry, items, INDENT_UNIT, eol)}${eol}${INDENT_UNIT}]${eol}}${eol}`;
}

function yamlItem(entry: Written, dashColumn: number, keyColumn: number, eol: string): string {
  const fields = [`id: ${entry.plainId ?? entry.id}`, `claim: ${entry.claim}`, `match: ${entry.match}`, 'rating: unverified', 'sources: []'];
  const gap = Math.max(keyColumn - dashColumn - 1, 1);
  return ' '.repeat(dashColumn) + '-' + ' '.repeat(gap) + fields.join(eol + ' '.repeat(dashColumn + 1 + gap));
}

function jsonFields(entry: Written): string[] {
  return [`"id": ${entry.id}`, `"claim": ${entry.claim}`, `"match": ${entry.match}`, '"rating": "unverified"', '"sources": []'];
}

function jsonObject(entry: Written, indent: string, unit: string, eol: string): string {
  return `{${eol}${jsonFields(entry).map((f) => indent + unit + f).join(`,${eol}`)}${eol}${indent}}`;
}

function jsonLine(entry: Written, padded: boolean): string {
  const pad = padded ? ' ' : '';
  return `{${pad}${jsonFields(entry).join(', ')}${pad}}`;
}

function fixFirst(problems: readonly LedgerProblem[]): string {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  return first ? `Fix the claims file first: ${first.message} (line ${first.line}, column ${first.column})` : 'Fix the claims file first.';
}

function insertAt(offset: number, newText: string): TextEdit {
  return { span: { start: offset, end: offset }, newText };
}
