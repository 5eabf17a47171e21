import type { Event } from 'js-yaml';
import { runToEnd } from '../steps';
import { nextLineStart } from '../text/lines';
import type { LedgerEntry, LedgerSource, Rating } from '../types';
import { MAX_DEPTH } from './document';
import { ENTRY_FIELDS, ENTRY_KEYS, readFields, SOURCE_FIELDS, SOURCE_KEYS, TOP_LEVEL_KEYS, type FieldReader } from './fields';
import { cutClaimsList, type ClaimsList } from './list';
import { dateOf, isCitationKey, phraseFault, ratingOf, textOf, urlOf } from './rules';
// js-yaml's CommonJS build, not its ES module: on Node 20 (V8 11), the ES build's parser state
// (an object spread) takes a new hidden class on every call after the tenth or so, and the parser
// then runs about three times slower, which reading a long list in slices (hundreds of calls)
// would meet. The CommonJS build copies the options property by property and stays fast.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build, as said above
import jsYaml = require('js-yaml');

const { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE } = jsYaml;

/**
 * The fast path for claims files with nothing to report: plain data (no anchors, aliases, tags or
 * empty values, kept trailing lines) where every entry and field is valid. Such a file is read from js-yaml's event
 * stream, which carries source offsets, several times faster than the full reader builds its
 * syntax tree. Anything else returns undefined, and the full reader finds and positions the
 * problems. Both readers give equal entries for a plain file (tested on every fixture). The web
 * build leaves this reader out, and with it js-yaml (see scripts/build.mjs).
 */
export function readPlainLedger(text: string): LedgerEntry[] | undefined {
  try {
    const list = cutClaimsList(text, SLICE_LENGTH);
    if (list) return runToEnd(readSliced(text, list));
  } catch (error) {
    if (error !== UNSURE) return notPlain(error);
  }
  try {
    return readWhole(text);
  } catch (error) {
    return notPlain(error);
  }
}

/**
 * `readPlainLedger` a slice of the claims list at a time, for a host that must keep answering
 * while it reads a long file: it yields before each slice, a few milliseconds' work. Returns the
 * entries `readPlainLedger` gives, or undefined when that reader finds the file not plain or reads
 * it whole (its list does not lie as its lines suggest), and for a file with more than
 * MAX_STEP_LENGTH characters in one slice or around its list, which would take one step too long.
 */
export function* readPlainLedgerInSlices(text: string): Generator<void, LedgerEntry[] | undefined> {
  try {
    const list = cutClaimsList(text, SLICE_LENGTH);
    const { bounds } = list ?? { bounds: [] };
    const around = (bounds[0] ?? text.length) + text.length - (bounds.at(-1) ?? 0);
    if (!list || around > MAX_STEP_LENGTH || bounds.some((end, i) => i > 0 && end - (bounds[i - 1] ?? 0) > MAX_STEP_LENGTH)) return undefined;
    return yield* readSliced(text, list);
  } catch (error) {
    return error === UNSURE ? undefined : notPlain(error);
  }
}

// A couple of hundred entries: few enough that their events die young, which the garbage collector
// makes cheap.
const SLICE_LENGTH = 32_768;
// Read in one step by readPlainLedgerInSlices: its slowest input (a run of "? " keys) takes this
// reader about 35 ms.
const MAX_STEP_LENGTH = 8 * SLICE_LENGTH;
const NOT_PLAIN = new Error('not a plain claims file');
/** The list may not lie where the lines suggest: read the whole file at once instead. */
const UNSURE = new Error('the claims list cannot be read in slices');

function notPlain(error: unknown): undefined {
  if (error === NOT_PLAIN) return undefined;
  throw error;
}

/**
 * js-yaml's events of `text`, or undefined when it is not valid YAML or nests deeper than
 * `maxDepth` (the full reader refuses such files with its own message).
 */
function parse(text: string, maxDepth: number): Event[] | undefined {
  try {
    return parseEvents(text, { maxDepth });
  } catch {
    return undefined;
  }
}

function readWhole(text: string): LedgerEntry[] {
  const events = parse(text, MAX_DEPTH);
  if (!events) throw NOT_PLAIN;
  const reader = new PlainReader(text, events, new Set());
  return reader.file(() => reader.claims());
}

/**
 * Reads the file with its claims list cut out (the "frame"), then the list a slice of entries at a
 * time, so that only one slice's events are alive at once. The cuts are trusted only once the YAML
 * parser agrees with them: the frame must read the "claims:" line as a key of its top-level block
 * mapping, with no value, and every slice must parse on its own (one cut inside a quoted value or a
 * flow collection does not). Until then, anything unexpected is UNSURE rather than not plain. The
 * frame's offsets past the cut are not the file's, but only the entries keep offsets.
 */
function* readSliced(text: string, list: ClaimsList): Generator<void, LedgerEntry[]> {
  const frame = text.slice(0, list.bounds[0]) + text.slice(list.bounds.at(-1));
  const events = parse(frame, MAX_DEPTH);
  if (!events) throw UNSURE;
  // Lines say where a list ends only in block style: inside a flow mapping ("{...}"), they do not.
  const top = events[1];
  if (top?.type !== EVENT_ID.MAPPING || top.style !== COLLECTION_STYLE.BLOCK) throw UNSURE;
  const ids = new Set<string>();
  const reader = new PlainReader(frame, events, ids);
  let cut = false;
  // The frame first, then the list that was cut out of it (a problem in either makes the file not
  // plain, whichever is found first).
  try {
    reader.file((key) => {
      reader.cutOut(key, list.key);
      cut = true;
      return [];
    });
  } catch (error) {
    // Before the list's key, the frame's events need not be the file's.
    throw cut ? error : UNSURE;
  }
  return yield* readSlices(text, list.bounds, ids);
}

function* readSlices(text: string, bounds: readonly number[], ids: Set<string>): Generator<void, LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  let start = bounds[0] ?? 0;
  for (const end of bounds.slice(1)) {
    yield;
    const slice = text.slice(start, end);
    // A slice's list is its root, one level less deep than in the file.
    const events = parse(slice, MAX_DEPTH - 1);
    if (!events) throw UNSURE;
    new PlainReader(slice, events, ids).items(start, entries);
    start = end;
  }
  return entries;
}

// A value's place is its start and end offsets rather than a Span object: a long list has millions.
type Value =
  | { readonly kind: 'scalar'; readonly value: string | boolean | null; readonly start: number; readonly end: number; readonly block: boolean }
  | { readonly kind: 'map'; readonly keys: readonly string[]; readonly values: readonly Value[]; readonly start: number; readonly end: number; readonly block: boolean }
  | { readonly kind: 'seq'; readonly items: readonly Value[]; readonly start: number; readonly end: number; readonly block: boolean };
type MapValue = Value & { kind: 'map' };

// Plain scalars that the YAML 1.2 core schema (the full reader's) reads as null, true/false or numbers.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// How all of those start: most plain values (keys, words) do not, and skip the three tests.
const SPECIAL_START = /^(?:$|[-+.0-9~nNtTfF])/;
// No mapping of a plain claims file has more keys than an entry may have, so that finding a
// repeated key by comparing it with the earlier ones stays cheap, however many keys a file has.
const MAX_KEYS = Math.max(ENTRY_KEYS.length, SOURCE_KEYS.length, TOP_LEVEL_KEYS.length);
// See closingBracket.
const CLOSING_BRACKET = /[\s,]*[\]}]/y;
const BRACKET_REACH = 256;

class PlainReader {
  private next = 0;
  private readonly reader: FieldReader<MapValue, Value> = {
    field,
    kinds: { id: (value) => this.id(value), url, text, date, rating, phrases, sources: (value) => this.sources(value) },
  };

  /** `ids`: the ids of the entries read so far, shared by the readers of one file's slices. */
  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
    private readonly ids: Set<string>,
  ) {}

  /** A whole claims file; `claims` reads the value of its "claims" key (which starts at `key`). */
  file(claims: (key: number) => LedgerEntry[]): LedgerEntry[] {
    this.expect(EVENT_ID.DOCUMENT);
    const top = this.events[this.next++];
    if (top?.type !== EVENT_ID.MAPPING || top.anchorStart !== -1 || top.tagStart !== -1) throw NOT_PLAIN;
    const keys = new Set<string>();
    let entries: LedgerEntry[] | undefined;
    while (this.events[this.next]?.type !== EVENT_ID.POP) {
      const key = this.value();
      if (key.kind !== 'scalar' || typeof key.value !== 'string' || !(TOP_LEVEL_KEYS as readonly string[]).includes(key.value) || keys.has(key.value)) throw NOT_PLAIN;
      keys.add(key.value);
      if (key.value === 'claims') entries = claims(key.start);
      else this.value();
    }
    this.next++;
    this.expect(EVENT_ID.POP);
    // One document only.
    if (this.next !== this.events.length || !entries) throw NOT_PLAIN;
    return entries;
  }

  /** The entries of the "claims" list, each read and dropped in turn so that memory stays flat. */
  claims(): LedgerEntry[] {
    const list = this.events[this.next];
    if (list?.type !== EVENT_ID.SEQUENCE) {
      if (isNull(this.value())) return [];
      throw NOT_PLAIN;
    }
    if (list.anchorStart !== -1 || list.tagStart !== -1) throw NOT_PLAIN;
    this.next++;
    const entries: LedgerEntry[] = [];
    while (this.events[this.next]?.type !== EVENT_ID.POP) entries.push(this.entry(this.value(), 0));
    this.next++;
    return entries;
  }

  /** Checks that the "claims" key just read is the one at `at` and that the list was cut out from under it. */
  cutOut(key: number, at: number): void {
    const value = this.events[this.next++];
    if (key !== at || value?.type !== EVENT_ID.SCALAR || value.valueStart !== -1 || value.anchorStart !== -1 || value.tagStart !== -1) throw UNSURE;
  }

  /** Adds to `entries` the items of a slice of the claims list, which starts at `base` in the file. */
  items(base: number, entries: LedgerEntry[]): void {
    this.expect(EVENT_ID.DOCUMENT, UNSURE);
    this.expect(EVENT_ID.SEQUENCE, UNSURE);
    while (this.events[this.next]?.type !== EVENT_ID.POP) entries.push(this.entry(this.value(), base));
    this.next++;
    this.expect(EVENT_ID.POP, UNSURE);
    if (this.next !== this.events.length) throw UNSURE;
  }

  /** `base`: where the text read starts in the file, to place the entry there. */
  private entry(item: Value, base: number): LedgerEntry {
    if (item.kind !== 'map') throw NOT_PLAIN;
    keysWithin(item, ENTRY_KEYS);
    const entry = readFields(ENTRY_FIELDS, item, this.reader);
    if (!entry) throw NOT_PLAIN;
    return Object.assign(entry, { span: { start: item.start + base, end: item.end + base } });
  }

  private id(value: Value | undefined): string {
    if (value?.kind !== 'scalar' || typeof value.value !== 'string' || !isCitationKey(value.value) || this.ids.has(value.value)) throw NOT_PLAIN;
    this.ids.add(value.value);
    return value.value;
  }

  private sources(value: Value | undefined): LedgerSource[] | undefined {
    if (value === undefined || isNull(value)) return undefined;
    if (value.kind !== 'seq') throw NOT_PLAIN;
    return value.items.map((item) => {
      if (item.kind === 'scalar') return { url: webAddress(item) };
      if (item.kind !== 'map') throw NOT_PLAIN;
      keysWithin(item, SOURCE_KEYS);
      return valid(readFields(SOURCE_FIELDS, item, this.reader));
    });
  }

  /** The value whose first event is next, with its span as the full reader's YAML library gives it. */
  private value(): Value {
    const event = this.events[this.next++];
    if (!event) throw NOT_PLAIN;
    if (event.type === EVENT_ID.SCALAR) {
      if (event.anchorStart !== -1 || event.tagStart !== -1) throw NOT_PLAIN;
      const raw = getScalarValue(this.text, event);
      if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
        // Kept trailing blank lines ("|+") make the two libraries' ends differ.
        if (event.chomping === CHOMPING_MODE.KEEP) throw NOT_PLAIN;
        // Only its end counts (it is never the first value of a collection): after the line break
        // of its last line that is not blank.
        const text = this.text.slice(event.valueStart, event.valueEnd);
        const last = text.trimEnd().length;
        const end = event.valueStart + (last === 0 ? 0 : last + (/^\r?\n?/.exec(text.slice(last))?.[0].length ?? 0));
        return { kind: 'scalar', value: raw, start: event.valueStart, end, block: true };
      }
      const quoted = event.style !== SCALAR_STYLE.PLAIN;
      // An empty plain value ("key:") has no span the two libraries agree on.
      if (!quoted && event.valueStart === event.valueEnd) throw NOT_PLAIN;
      const delimiters = quoted ? 1 : 0;
      return { kind: 'scalar', value: quoted ? raw : plainValue(raw), start: event.valueStart - delimiters, end: event.valueEnd + delimiters, block: false };
    }
    if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) throw NOT_PLAIN;
    if (event.anchorStart !== -1 || event.tagStart !== -1) throw NOT_PLAIN;
    const isMap = event.type === EVENT_ID.MAPPING;
    // A mapping's keys apart from its values, which are a sequence's items.
    const keys: string[] = [];
    const values: Value[] = [];
    let last: Value | undefined;
    while (this.events[this.next]?.type !== EVENT_ID.POP) {
      last = this.value();
      if (!isMap || keys.length > values.length) values.push(last);
      else if (last.kind === 'scalar' && typeof last.value === 'string' && keys.length < MAX_KEYS && !keys.includes(last.value)) keys.push(last.value);
      else throw NOT_PLAIN;
    }
    this.next++;
    if (keys.length > values.length) throw NOT_PLAIN;
    let end = last?.end ?? event.start;
    // A flow collection ends after its closing bracket; a block one after the line break that ends
    // its last value (which a nested block collection already includes).
    if (event.style === COLLECTION_STYLE.FLOW) end = this.closingBracket(last ? end : event.start + 1);
    else if (last && !last.block) end = nextLineStart(this.text, end);
    const block = event.style !== COLLECTION_STYLE.FLOW;
    return isMap ? { kind: 'map', keys, values, start: event.start, end, block } : { kind: 'seq', items: values, start: event.start, end, block };
  }

  /** The offset after the "]" or "}" that follows `from` past spaces, line breaks and a comma (not far past). */
  private closingBracket(from: number): number {
    CLOSING_BRACKET.lastIndex = from;
    const match = CLOSING_BRACKET.exec(this.text);
    if (!match || match[0].length > BRACKET_REACH) throw NOT_PLAIN;
    return from + match[0].length;
  }

  private expect(type: number, otherwise = NOT_PLAIN): void {
    if (this.events[this.next++]?.type !== type) throw otherwise;
  }
}

function plainValue(raw: string): string | boolean | null {
  if (!SPECIAL_START.test(raw)) return raw;
  if (NULL.test(raw)) return null;
  if (BOOLEAN.test(raw)) return raw.toLowerCase() === 'true';
  if (NUMBER.test(raw)) throw NOT_PLAIN;
  return raw;
}

function keysWithin(map: MapValue, allowed: readonly string[]): void {
  for (const key of map.keys) if (!allowed.includes(key)) throw NOT_PLAIN;
}

function field(map: MapValue, key: string): Value | undefined {
  const i = map.keys.indexOf(key);
  return i < 0 ? undefined : map.values[i];
}

function isNull(value: Value | undefined): boolean {
  return value === undefined || (value.kind === 'scalar' && value.value === null);
}

function string(value: Value): string {
  if (value.kind !== 'scalar' || typeof value.value !== 'string') throw NOT_PLAIN;
  return value.value;
}

/** What a value reads as, which a plain file never leaves undefined. */
function valid<T>(read: T | undefined): T {
  if (read === undefined) throw NOT_PLAIN;
  return read;
}

// A plain file's values of each kind (besides an entry's id and sources, read by the reader, which
// knows the ids taken): undefined when absent, anything unusable not plain.

function text(value: Value | undefined): string | undefined {
  return value === undefined || isNull(value) ? undefined : textOf(string(value));
}

function date(value: Value | undefined): string | undefined {
  return value === undefined || isNull(value) ? undefined : valid(dateOf(string(value)));
}

function rating(value: Value | undefined): Rating | undefined {
  if (value === undefined || isNull(value)) return undefined;
  if (value.kind !== 'scalar' || value.value === null) throw NOT_PLAIN;
  return valid(ratingOf(value.value));
}

function phrases(value: Value | undefined): string[] | undefined {
  if (value === undefined || isNull(value)) return undefined;
  return (value.kind === 'seq' ? value.items : [value]).map((p) => {
    const phrase = string(p).trim();
    if (phraseFault(phrase)) throw NOT_PLAIN;
    return phrase;
  });
}

function url(value: Value | undefined): string | undefined {
  return value === undefined || isNull(value) ? undefined : webAddress(value);
}

function webAddress(value: Value): string {
  return valid(urlOf(string(value)));
}
