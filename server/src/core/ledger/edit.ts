import { isAlias, isMap, isNode, isScalar, isSeq, parse, parseDocument } from 'yaml';
import type { Node, YAMLSeq } from 'yaml';
import { applyEdit, lineEnding, type TextEdit } from '../fixes/edit';
import type { ClaimKind, LedgerEntry, LedgerProblem } from '../types';
import { isCitationKey, parseLedger, type LedgerParseResult } from './parse';

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
const INDENT_UNIT = '  ';
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
  const end = lineEndAt(text, valueEnd);
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
  let end = lineEndAt(text, contentEnd(text, last.range[1]));
  for (let next = nextLine(text, end); next !== undefined && isCommentDeeperThan(text, next, dashColumn); next = nextLine(text, end)) {
    end = lineEndAt(text, next);
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

/** The new entry's values as the file holds them. */
interface Written {
  /** The id, claim and match phrases (a flow list) in double quotes. */
  readonly id: string;
  readonly claim: string;
  readonly match: string;
  /** The id unquoted, when a YAML block may write it so. */
  readonly plainId?: string;
}

function written(entry: NewEntry, format: 'yaml' | 'json'): Written {
  return {
    id: quote(entry.id, format),
    claim: quote(entry.claim, format),
    match: `[${entry.match.map((m) => quote(m, format)).join(', ')}]`,
    ...(isPlainId(entry.id) && { plainId: entry.id }),
  };
}

// An id is written plain only when it starts with a letter or "_" (not a digit, which starts
// numbers, dates and times) and both YAML 1.2 and YAML 1.1 read it as that text: still read by
// many tools, YAML 1.1 makes booleans of yes, no, on, off, y and n, numbers of 1_000 and 0b101,
// and sexagesimals of 1:30.
const PLAIN_ID_START = /^[\p{L}_]/u;

function isPlainId(id: string): boolean {
  return PLAIN_ID_START.test(id) && parse(id, { schema: 'core' }) === id && parse(id, { version: '1.1' }) === id;
}

// What a double-quoted string must not hold raw, beyond what JSON escapes (C0 controls, and lone
// surrogates, which it writes as escapes): YAML readers refuse DEL, C1 controls and U+FFFE/U+FFFF,
// YAML 1.1 reads U+0085, U+2028 and U+2029 as line breaks, and a byte order mark may be dropped. The
// other noncharacters are not meant for interchange (YAML 1.2 allows them): escaped, they read back
// the same everywhere.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\p{Noncharacter_Code_Point}]/gu;

/**
 * A double-quoted string that JSON and YAML (1.1 and 1.2) readers read back as `text`. A
 * noncharacter past U+FFFF is escaped as YAML's "\U" and eight digits in a YAML file, and as a pair
 * of surrogate escapes in a JSON file (YAML readers outside JavaScript read that pair as two).
 */
function quote(text: string, format: 'yaml' | 'json'): string {
  return JSON.stringify(text).replace(UNSAFE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code <= 0xffff) return escape16(code);
    return format === 'yaml' ? `\\U${code.toString(16).padStart(8, '0')}` : escape16(c.charCodeAt(0)) + escape16(c.charCodeAt(1));
  });
}

function escape16(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** What is wrong with the edited file, or undefined when it holds the old entries, the new one, and no new problem. */
function verify(text: string, before: LedgerParseResult, edit: TextEdit, entry: NewEntry, format: 'yaml' | 'json'): string | undefined {
  const edited = applyEdit(text, edit);
  const after = parseLedger(edited);
  if (!after.readable || after.entries.length !== before.entries.length + 1) return 'the edited file does not read back.';
  const fresh = newProblems(before.problems, after.problems)[0];
  if (fresh) return fresh.message;
  // The insertion goes after every entry, so they must read as before; if one does not, where
  // the last one ends was misjudged.
  if (before.entries.some((e, i) => !sameData(e, after.entries[i]))) return 'the existing entries would change.';
  const added = after.entries.find((e) => e.id === entry.id);
  if (!added || !isAsWritten(added, entry)) return 'the new entry does not read back as written.';
  if (format === 'json' && (text.trim() === '' || isJson(text)) && !isJson(edited)) return 'the edited file is not JSON.';
  return undefined;
}

function isAsWritten(read: LedgerEntry, entry: NewEntry): boolean {
  const match = entry.match.map((m) => m.trim());
  return (
    read.claim === (entry.claim.trim() || undefined) &&
    read.match.length === match.length &&
    read.match.every((m, i) => m === match[i]) &&
    read.rating === 'unverified' &&
    read.sources.length === 0
  );
}

function sameData(a: LedgerEntry, b: LedgerEntry | undefined): boolean {
  return b !== undefined && JSON.stringify({ ...a, span: undefined }) === JSON.stringify({ ...b, span: undefined });
}

/** The problems of `after` that `before` does not have (compared by severity and message). */
function newProblems(before: readonly LedgerProblem[], after: readonly LedgerProblem[]): LedgerProblem[] {
  const counts = new Map<string, number>();
  const key = (p: LedgerProblem): string => `${p.severity} ${p.message}`;
  for (const p of before) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return after.filter((p) => {
    const left = counts.get(key(p)) ?? 0;
    counts.set(key(p), left - 1);
    return left <= 0;
  });
}

function fixFirst(problems: readonly LedgerProblem[]): string {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  return first ? `Fix the claims file first: ${first.message} (line ${first.line}, column ${first.column})` : 'Fix the claims file first.';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function insertAt(offset: number, newText: string): TextEdit {
  return { span: { start: offset, end: offset }, newText };
}

/** The offset of the "-" that introduces the list item starting at `start`, when on the same line. */
function dashBefore(text: string, start: number): number | undefined {
  let k = start;
  while (k > 0 && (text.charAt(k - 1) === ' ' || text.charAt(k - 1) === '\t')) k--;
  return text.charAt(k - 1) === '-' ? k - 1 : undefined;
}

/** The indentation of the entries' keys relative to a flow list item: from its first line break. */
function unitOf(text: string, items: readonly Node[], indent: string): string {
  for (const item of [...items].reverse()) {
    const range = item.range;
    if (!range) continue;
    const lf = text.slice(range[0], range[1]).indexOf('\n');
    if (lf < 0) continue;
    const inner = indentOf(text, range[0] + lf + 1);
    if (inner.length > indent.length && inner.startsWith(indent)) return inner.slice(indent.length);
  }
  return INDENT_UNIT;
}

function isCommentDeeperThan(text: string, lineStart: number, column: number): boolean {
  const indent = indentOf(text, lineStart);
  return indent.length > column && text.charAt(lineStart + indent.length) === '#';
}

/** The offset just after the last non-space character before `end`. */
function contentEnd(text: string, end: number): number {
  let k = end;
  while (k > 0 && /\s/.test(text.charAt(k - 1))) k--;
  return k;
}

/** The end of the line holding `offset`, before its line break. */
function lineEndAt(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  if (lf < 0) return text.length;
  return text.charAt(lf - 1) === '\r' ? lf - 1 : lf;
}

/** The start of the line after the one ending at `lineEnd`, if any. */
function nextLine(text: string, lineEnd: number): number | undefined {
  const lf = text.indexOf('\n', lineEnd);
  return lf < 0 ? undefined : lf + 1;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The white space that opens the line holding `offset`. */
function indentOf(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
}

/** The detected claim an id is suggested for (as a Claim or a diagnostic's data carries it). */
export interface IdSource {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly speaker?: string;
}

const MAX_ID_WORDS = 4;
const MAX_ID_LENGTH = 48;
// Words that carry nothing an id is recognized by.
const STOP_WORDS = new Set(
  [
    'a', 'an', 'the', 'of', 'that', 'this', 'these', 'those', 'to', 'in', 'on', 'at', 'by', 'for', 'from',
    'with', 'as', 'into', 'onto', 'about', 'over', 'under', 'after', 'before', 'since', 'and', 'or', 'but',
    'nor', 'if', 'so', 'than', 'then', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have',
    'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
    'it', 'its', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'we', 'us', 'our', 'i', 'me',
    'my', 'you', 'your', 'not', 'no', 'also', 'such', 'which', 'who', 'whom', 'whose', 'what', 'there',
    'here', 'very', 'just',
  ],
);
// Latin letters that Unicode decomposition does not reduce to ASCII.
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };
// A word of an id: letters and digits, hyphenated compounds ("14-month") and decimals ("3.2") kept whole.
const ID_WORD = /[a-z0-9]+(?:(?:-|(?<=\d)\.(?=\d))[a-z0-9]+)*/g;

/**
 * A readable, unused id for a new claims-file entry: lowercase ASCII words joined by "-", at most
 * four words and 48 characters, accents folded, stop words dropped. An attribution is named by its
 * speaker's last word (a person's surname) and the first content words of what is reported: the
 * part of the sentence after the attribution, or before it when nothing follows ("“We will win,”
 * the minister said" → "minister-win"). A figure is named by its own words ("14-month-conflict"),
 * with the sentence's first content words when it has only one. Without ASCII letters the id is
 * "claim-1", "claim-2"…; otherwise a taken id gets "-2", "-3"….
 */
export function suggestId(claim: IdSource, sentenceText: string, taken: (id: string) => boolean): string {
  const words = claim.kind === 'attribution' ? attributionWords(claim, sentenceText) : quantityWords(claim, sentenceText);
  const slug = clip([...new Set(words)]);
  if (!/[a-z]/.test(slug) || !isCitationKey(slug)) return firstFree('claim', 1, taken);
  return taken(slug) ? firstFree(slug, 2, taken) : slug;
}

function attributionWords(claim: IdSource, sentence: string): string[] {
  const at = sentence.indexOf(claim.text);
  const after = at < 0 ? [] : idWords(sentence.slice(at + claim.text.length));
  const reported = after.length > 0 ? after : idWords(at < 0 ? sentence : sentence.slice(0, at));
  return [...idWords(claim.speaker ?? '').slice(-1), ...reported];
}

function quantityWords(claim: IdSource, sentence: string): string[] {
  const figure = idWords(claim.text);
  return figure.length > 1 ? figure : [...figure, ...idWords(sentence.replace(claim.text, ' '))];
}

/** The content words of `text`, folded to lowercase ASCII. */
function idWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => FOLDED[c] ?? c)
    // "China’s" is China; "don't" one word; "3,000" one number.
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/(?<=\d),(?=\d{3})/g, '');
  return (folded.match(ID_WORD) ?? []).filter((w) => !STOP_WORDS.has(w));
}

function clip(words: readonly string[]): string {
  const kept = words.slice(0, MAX_ID_WORDS);
  while (kept.length > 1 && kept.join('-').length > MAX_ID_LENGTH) kept.pop();
  return kept.join('-').slice(0, MAX_ID_LENGTH).replace(/[-.]+$/, '');
}

function firstFree(base: string, from: number, taken: (id: string) => boolean): string {
  let n = from;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
