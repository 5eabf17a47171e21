import { Composer, isAlias, isMap, isNode, isScalar, isSeq, Parser, visit } from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, YAMLError, YAMLMap } from 'yaml';
import { LineIndex } from '../text/lines';
import { readPlainLedger } from './plain';
import { compact, ENTRY_KEYS, isCitationKey, isDate, isWebUrl, MAX_PHRASE_WORDS, phraseFault, SOURCE_KEYS, TOP_LEVEL_KEYS } from './rules';
import { moreSevereFirst, Shortlist } from './shortlist';
import { scanSyntax } from './syntax';
import { RATINGS, type LedgerEntry, type LedgerProblem, type LedgerSource, type Rating, type Severity, type Span } from '../types';


export { ENTRY_KEYS, isCitationKey, SOURCE_KEYS, TOP_LEVEL_KEYS } from './rules';

export interface LedgerParseResult {
  readonly entries: readonly LedgerEntry[];
  readonly problems: readonly LedgerProblem[];
  /**
   * False when the file as a whole could not be read (a syntax error, or not a mapping with a
   * "claims" list), so its entries are a fragment: an editor keeps the last readable version.
   */
  readonly readable: boolean;
  /**
   * How many more problems there are than `problems` lists (absent or 0: none). When there are
   * some, the last problem is the note that says so.
   */
  readonly omitted?: number;
}

/**
 * The most problems a reading keeps, as many as an editor shows by default: a junk file has
 * hundreds of thousands, which would take longer to list than to find. Errors are kept first.
 */
export const MAX_LEDGER_PROBLEMS = 1000;


const RATING_LIST = RATINGS.join(', ');
const ID_RULE = 'an id starts with a letter, digit or _ and continues with letters, digits, _ or single : . # $ % & - + ? < > ~ / between them, with no spaces';
// Aliases may share data ("sources: *un-report"), not multiply it: past this many values per
// value written, the file is a "billion laughs" attack (or an alias inside its own anchor).
const ALIAS_EXPANSION_FACTOR = 100;
const ALIAS_EXPANSION_FLOOR = 10_000;
// A claims file nests five levels (top, claims, entry, sources, source). The YAML composer recurses
// per level, and V8 can abort the whole process when that recursion meets the stack limit, so
// deeper files are refused before they are composed.
const MAX_DEPTH = 64;

type Fields = ReadonlyMap<string, Pair<unknown, unknown>>;
/** A problem before its line and column are worked out; `order`: how many were reported before it. */
type Problem = Pick<LedgerProblem, 'message' | 'severity' | 'span'> & { readonly order: number };

/** Reads a claims file (YAML or JSON). Never throws: whatever is wrong becomes a problem. */
export function parseLedger(text: string): LedgerParseResult {
  const plain = readPlainLedger(text);
  if (plain) return { entries: plain, problems: [], readable: true };
  return readLedger(text);
}

/**
 * The full reader: the problems of any claims file, with their positions; past MAX_LEDGER_PROBLEMS,
 * the errors first, then the earliest, and a last problem that says how many more there are.
 */
export function readLedger(text: string): LedgerParseResult {
  const reader = new LedgerReader(text);
  try {
    reader.read();
  } catch (error) {
    // A bug or an exhausted stack must not take the editor down with it.
    reader.unreadable();
    reader.report({ start: 0, end: 0 }, `Could not read the claims file: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
  return reader.result();
}


/** One reading of one claims file: the problems and entries found so far. */
class LedgerReader {
  private readonly text: string;
  // Lines as editors count them ("\r" alone ends one too), unlike the YAML parser's line counter.
  private readonly lines: LineIndex;
  private readonly problems = new Shortlist<Problem>(MAX_LEDGER_PROBLEMS, moreSevereFirst);
  /** The problems reported, to report each once; undefined in a file without aliases, which repeats none. */
  private reported: Set<string> | undefined;
  /** Syntax errors counted but not reported, in a file not composed for having too many. */
  private unreported = 0;
  private readonly entries: LedgerEntry[] = [];
  /** The line of the entry that first used each id. */
  private readonly idLines = new Map<string, number>();
  private doc: Document.Parsed | undefined;
  private readable = true;
  /** What each alias stands for; built on the first alias, `null` once aliases are refused. */
  private aliases: Map<Alias, Node | undefined> | null | undefined;

  constructor(text: string) {
    this.text = text;
    this.lines = new LineIndex(text);
  }

  read(): void {
    const doc = this.compose();
    if (!doc || doc.contents === null) return;
    const top = this.deref(doc.contents);
    if (!isMap(top)) {
      this.unreadable();
      this.report(spanOf(doc.contents), `The claims file must be a mapping with a "claims:" list of entries, not ${describe(top)}.`, 'error');
      return;
    }
    const fields = this.fields(top, TOP_LEVEL_KEYS, 'at the top level');
    const claims = fields.get('claims');
    if (!claims) {
      this.unreadable();
      const first = top.items[0]?.key;
      this.report(first ? spanOf(first) : spanOf(top), 'Missing "claims:": the claims file lists its entries under a top-level "claims:" key.', 'error');
      return;
    }
    const list = this.deref(claims.value);
    if (isNull(list)) return;
    if (!isSeq(list)) {
      this.unreadable();
      this.report(valueSpan(claims), `"claims" must be a list of entries (each starting with "- id:"), not ${describe(list)}.`, 'error');
      return;
    }
    for (const item of list.items) this.readEntry(item);
  }

  result(): LedgerParseResult {
    const kept = this.problems.list().sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    const problems = kept.map(({ message, severity, span }) => this.problem(span, message, severity));
    const omitted = this.problems.total - kept.length + this.unreported;
    const last = kept.at(-1);
    if (!last || omitted === 0) return { entries: this.entries, problems, readable: this.readable };
    const more = this.unreported > 0 ? 'syntax errors' : 'problems';
    problems.push(this.problem({ start: last.span.start, end: last.span.start }, `… and ${omitted.toLocaleString('en-US')} more ${more}: fix the ones above first.`, 'information'));
    return { entries: this.entries, problems, readable: this.readable, omitted };
  }

  unreadable(): void {
    this.readable = false;
  }

  report(at: Span, message: string, severity: Severity): void {
    // The parser may point just past the end of the file (at a missing closing quote).
    const start = Math.min(at.start, this.text.length);
    const span = { start, end: Math.min(Math.max(at.end, start), this.text.length) };
    // An anchor's data reached through several aliases would repeat its problems.
    if (this.reported) {
      const key = `${span.start}:${span.end}:${message}`;
      if (this.reported.has(key)) return;
      this.reported.add(key);
    }
    this.problems.add({ message, severity, span, order: this.problems.total });
  }

  /** A problem with its line and column, worked out only for the problems kept. */
  private problem(span: Span, message: string, severity: Severity): LedgerProblem {
    const { line, character } = this.lines.position(span.start);
    return { message, severity, span, line: line + 1, column: character + 1 };
  }

  /** The file's YAML document (its syntax problems reported), or undefined when it is not read. */
  private compose(): Document.Parsed | undefined {
    const tokens = [...new Parser().parse(this.text)];
    const syntax = scanSyntax(tokens, MAX_DEPTH, MAX_LEDGER_PROBLEMS);
    const deep = syntax.tooDeep;
    if (deep !== undefined) {
      this.unreadable();
      this.report({ start: deep, end: deep + 1 }, `The claims file nests lists or mappings more than ${MAX_DEPTH} levels deep, so it is not read.`, 'error');
      return undefined;
    }
    if (syntax.hasAliases) this.reported = new Set();
    // More syntax errors than are kept: the file is junk (or not YAML). Composing it would only
    // build the other errors, an object with a stack trace each, to drop them: they are counted.
    if (syntax.errorCount > MAX_LEDGER_PROBLEMS) {
      this.unreadable();
      for (const error of syntax.errors) this.report(error.span, `Syntax error: ${error.message}`, 'error');
      this.unreported = syntax.errorCount - syntax.errors.length;
      return undefined;
    }
    // Plain data only: the core schema (no YAML 1.1 types such as !!binary or !!set), no custom
    // tags, no merge keys. JSON is YAML 1.2 flow syntax, so the same reader takes JSON files.
    // Repeated keys are found by `fields`: the library's own check compares each key with every
    // earlier one, which a mapping of many thousand keys turns into minutes.
    const composer = new Composer({ schema: 'core', customTags: null, resolveKnownTags: false, merge: false, uniqueKeys: false, logLevel: 'silent' });
    const docs = composer.compose(tokens, true, this.text.length);
    const doc = docs.next().value;
    if (!doc) return undefined;
    this.doc = doc;
    if (doc.errors.length > 0) this.unreadable();
    for (const error of doc.errors) this.reportYaml(error, 'error');
    for (const warning of doc.warnings) this.reportYaml(warning, 'warning');
    const next = docs.next().value;
    if (next) {
      const message = 'The claims file holds several YAML documents (separated by "---"): keep all entries in one "claims:" list.';
      this.report({ start: next.range[0], end: next.range[1] }, message, 'error');
    }
    return doc;
  }

  /** Reports an error or warning of the YAML parser, in words for writers where it has common ones. */
  private reportYaml(error: YAMLError, severity: Severity): void {
    const [start, end] = error.pos;
    const message =
      error.code === 'TAG_RESOLVE_FAILED'
        ? `Unsupported tag ${this.text.slice(start, end)}: a claims file holds plain text, numbers, lists and mappings only, so the value is read as plain text.`
        : `Syntax error: ${error.message}`;
    this.report({ start, end }, message, severity);
  }

  private readEntry(item: unknown): void {
    const span = spanOf(item);
    const node = this.deref(item);
    // An alias that cannot be followed is already reported.
    if (node === null && isAlias(item)) return;
    if (!isMap(node)) {
      this.report(span, `Each entry of "claims" must be a mapping of fields (id, claim, match, rating, sources…), not ${describe(node)}.`, 'error');
      return;
    }
    const fields = this.fields(node, ENTRY_KEYS, 'in an entry');
    const id = this.readId(fields.get('id'), span);
    if (id === undefined) return;
    this.idLines.set(id, this.lines.position(span.start).line + 1);
    this.entries.push(
      compact({
        id,
        claim: this.readText(fields.get('claim')),
        match: this.readMatch(fields.get('match')),
        rating: this.readRating(fields.get('rating')),
        sources: this.readSources(fields.get('sources')),
        reviewed: this.readDate(fields.get('reviewed')),
        reviewer: this.readText(fields.get('reviewer')),
        notes: this.readText(fields.get('notes')),
        span,
      }),
    );
  }

  /** The entry's id, or undefined (with an error) when the entry cannot be used. */
  private readId(pair: Pair<unknown, unknown> | undefined, entry: Span): string | undefined {
    const node = pair && this.deref(pair.value);
    if (!pair || isNull(node)) {
      this.report(entry, 'Entry without an id, so it is ignored: add one such as "id: ukraine-war-duration" and cite it in drafts as [@ukraine-war-duration].', 'error');
      return undefined;
    }
    const span = valueSpan(pair);
    if (!isScalar(node) || typeof node.value !== 'string') {
      const hint = isScalar(node) ? ` Write it in quotes: id: "${this.source(node)}".` : '';
      this.report(span, `The id must be text, not ${describe(node)}, so this entry is ignored.${hint}`, 'error');
      return undefined;
    }
    const id = node.value;
    if (!isCitationKey(id)) {
      this.report(span, `Invalid id ${quote(id)}, so this entry is ignored: ${ID_RULE}.`, 'error');
      return undefined;
    }
    const firstLine = this.idLines.get(id);
    if (firstLine !== undefined) {
      this.report(span, `Duplicate id ${quote(id)}: the entry on line ${firstLine} already uses it, so this entry is ignored.`, 'error');
      return undefined;
    }
    return id;
  }

  private readRating(pair: Pair<unknown, unknown> | undefined): Rating {
    const node = pair && this.deref(pair.value);
    if (!pair || isNull(node)) return 'unverified';
    // With the core schema, "rating: true" and "rating: false" are booleans.
    const value = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'boolean') ? String(node.value).trim() : undefined;
    const rating = RATINGS.find((r) => r === value);
    if (rating) return rating;
    this.report(valueSpan(pair), `Unknown rating ${this.shown(node)}: expected one of ${RATING_LIST}. The entry counts as unverified.`, 'warning');
    return 'unverified';
  }

  private readMatch(pair: Pair<unknown, unknown> | undefined): string[] {
    const node = pair && this.deref(pair.value);
    if (!pair || isNull(node)) return [];
    if (isScalar(node)) return this.phrase(node, valueSpan(pair));
    if (!isSeq(node)) {
      this.report(valueSpan(pair), `"match" must be a phrase or a list of phrases, not ${describe(node)}.`, 'warning');
      return [];
    }
    return node.items.flatMap((item) => {
      const phrase = this.deref(item);
      if (isScalar(phrase)) return this.phrase(phrase, spanOf(item));
      this.report(spanOf(item), `Each "match" phrase must be text, not ${describe(phrase)}.`, 'warning');
      return [];
    });
  }

  /** A match phrase as a list of zero or one phrases. */
  private phrase(node: Scalar, span: Span): string[] {
    if (typeof node.value !== 'string') {
      this.report(span, `A "match" phrase must be text, not ${describe(node)}: write it in quotes, "${this.source(node)}".`, 'warning');
      return [];
    }
    const phrase = node.value.trim();
    if (phrase === '') {
      this.report(span, 'Empty "match" phrase: write the wording to look for in drafts, or remove it.', 'warning');
      return [];
    }
    const fault = phraseFault(phrase);
    if (fault === 'no words') {
      this.report(span, `The "match" phrase ${quote(phrase)} has no words or numbers, so it can never match.`, 'warning');
      return [];
    }
    if (fault === 'too long') {
      this.report(span, `The "match" phrase ${quote(phrase)} has more than ${MAX_PHRASE_WORDS} words, so it is not looked for in drafts: match the claim by a few telling words.`, 'warning');
      return [];
    }
    return [phrase];
  }

  private readSources(pair: Pair<unknown, unknown> | undefined): LedgerSource[] {
    const node = pair && this.deref(pair.value);
    if (!pair || isNull(node)) return [];
    if (!isSeq(node)) {
      this.report(valueSpan(pair), `"sources" must be a list (each item a URL, or a mapping with url, title, publisher and date), not ${describe(node)}.`, 'warning');
      return [];
    }
    return node.items.flatMap((item) => {
      const source = this.readSource(item);
      return source ? [source] : [];
    });
  }

  private readSource(item: unknown): LedgerSource | undefined {
    const span = spanOf(item);
    const node = this.deref(item);
    if (isScalar(node) && typeof node.value === 'string') {
      return this.checkUrl(node.value, span) ? { url: node.value.trim() } : undefined;
    }
    if (!isMap(node)) {
      this.report(span, `A source must be a URL or a mapping with url, title, publisher and date, not ${describe(node)}.`, 'warning');
      return undefined;
    }
    const fields = this.fields(node, SOURCE_KEYS, 'in a source');
    const urlPair = fields.get('url');
    const url = urlPair && this.deref(urlPair.value);
    if (!urlPair || isNull(url)) {
      this.report(span, 'Source without a url, so it is ignored: add "url: https://…".', 'warning');
      return undefined;
    }
    if (!isScalar(url) || typeof url.value !== 'string') {
      this.report(valueSpan(urlPair), `A source's url must be text, not ${describe(url)}, so the source is ignored.`, 'warning');
      return undefined;
    }
    if (!this.checkUrl(url.value, valueSpan(urlPair))) return undefined;
    return compact({
      url: url.value.trim(),
      title: this.readText(fields.get('title')),
      publisher: this.readText(fields.get('publisher')),
      date: this.readDate(fields.get('date')),
    });
  }

  private checkUrl(url: string, span: Span): boolean {
    if (isWebUrl(url.trim())) return true;
    this.report(span, `Invalid source URL ${quote(url)}: expected a full web address starting with http:// or https://, so the source is ignored.`, 'warning');
    return false;
  }

  private readDate(pair: Pair<unknown, unknown> | undefined): string | undefined {
    const node = pair && this.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    if (isScalar(node) && typeof node.value === 'string' && isDate(node.value.trim())) return node.value.trim();
    this.report(valueSpan(pair), `Invalid date ${this.shown(node)} for "${keyName(pair)}": expected a calendar date as YYYY-MM-DD (or an ISO date-time).`, 'warning');
    return undefined;
  }

  /** A text field, or undefined when absent, empty or not text (with a warning). */
  private readText(pair: Pair<unknown, unknown> | undefined): string | undefined {
    const node = pair && this.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    if (isScalar(node) && typeof node.value === 'string') return node.value.trim() || undefined;
    const hint = isScalar(node) ? `: write it in quotes, "${this.source(node)}"` : '';
    this.report(valueSpan(pair), `"${keyName(pair)}" must be text, not ${describe(node)}${hint}.`, 'warning');
    return undefined;
  }

  /** A mapping's pairs by key name; unknown and repeated keys are reported and skipped. */
  private fields(map: YAMLMap<unknown, unknown>, allowed: readonly string[], where: string): Fields {
    const fields = new Map<string, Pair<unknown, unknown>>();
    for (const pair of map.items) {
      const name = keyName(pair);
      if (!allowed.includes(name)) {
        this.report(spanOf(pair.key), `Unknown field ${quote(name)} ${where}: expected ${allowed.join(', ')}. It is ignored.`, 'warning');
      } else if (fields.has(name)) {
        this.report(spanOf(pair.key), `Duplicate key ${quote(name)}: each key may appear only once in a mapping, so this one is ignored.`, 'error');
      } else {
        fields.set(name, pair);
      }
    }
    return fields;
  }

  /** The node an alias stands for (the node itself otherwise); null for an alias that cannot be followed. */
  private deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    if (this.aliases === undefined) this.aliases = this.checkAliases(node);
    if (this.aliases === null) return null;
    const target = this.aliases.get(node);
    if (!target) {
      this.report(spanOf(node), `Unknown alias *${node.source}: no anchor &${node.source} comes before it.`, 'error');
      return null;
    }
    return target;
  }

  /** Resolves every alias, or refuses them all (with an error) when they would multiply the data. */
  private checkAliases(first: Alias): Map<Alias, Node | undefined> | null {
    const doc = this.doc;
    if (!doc) return null;
    // As YAML defines it: an alias stands for the last node anchored with its name before it.
    const anchors = new Map<string, Node>();
    const targets = new Map<Alias, Node | undefined>();
    let written = 0;
    visit(doc, {
      Node(_key, node) {
        written++;
        if (isAlias(node)) targets.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    const limit = ALIAS_EXPANSION_FACTOR * written + ALIAS_EXPANSION_FLOOR;
    if (expandedSize(doc.contents, targets, new Map(), limit) <= limit) return targets;
    this.report(spanOf(first), `Aliases expand the claims file to more than ${limit} values (a "billion laughs" attack, or an alias inside its own anchor), so no alias is followed.`, 'error');
    return null;
  }

  /** A value as the writer wrote it, for messages. */
  private shown(node: unknown): string {
    return isScalar(node) ? quote(this.source(node)) : describe(node);
  }

  private source(node: Node): string {
    const span = spanOf(node);
    return this.text.slice(span.start, span.end);
  }
}

/**
 * How many values `node` holds once every alias is replaced by a copy of its anchor, counted up
 * to just past `limit` (memoized per anchor, so linear in the document).
 */
function expandedSize(node: unknown, targets: ReadonlyMap<Alias, Node | undefined>, memo: Map<Node, number>, limit: number, depth = 0): number {
  // Chains of aliases deeper than any file nests are no sharing; they would only exhaust the stack.
  if (depth > MAX_DEPTH) return Infinity;
  if (isAlias(node)) {
    const target = targets.get(node);
    if (!target) return 1;
    const known = memo.get(target);
    if (known !== undefined) return known;
    // Reaching the anchor again while counting it is a cycle: it never ends.
    memo.set(target, Infinity);
    const size = expandedSize(target, targets, memo, limit, depth + 1);
    memo.set(target, size);
    return size;
  }
  const children: unknown[] = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
  let size = 1;
  for (const child of children) {
    size += expandedSize(child, targets, memo, limit, depth + 1);
    if (size > limit) break;
  }
  return size;
}

function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}



function describe(node: unknown): string {
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

function keyName(pair: Pair<unknown, unknown>): string {
  return isScalar(pair.key) ? String(pair.key.value) : describe(pair.key);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

function spanOf(node: unknown): Span {
  const range = isNode(node) ? node.range : undefined;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

/** Where a pair's value is written, or its key when the value is empty. */
function valueSpan(pair: Pair<unknown, unknown>): Span {
  return spanOf(pair.value ?? pair.key);
}

