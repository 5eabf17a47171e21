import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { hasTokens } from '../text/normalize';
import { RATINGS, type LedgerEntry, type LedgerSource, type Rating, type Span } from '../types';
import { compact, ENTRY_KEYS, isCitationKey, isDate, isWebUrl, SOURCE_KEYS, TOP_LEVEL_KEYS } from './rules';

/**
 * The fast path for claims files with nothing to report: plain data (no anchors, aliases, tags or
 * empty values, kept trailing lines) where every entry and field is valid. Such a file is read from js-yaml's event
 * stream, which carries source offsets, several times faster than the full reader builds its
 * syntax tree. Anything else returns undefined, and the full reader finds and positions the
 * problems. Both readers give equal entries for a plain file (tested on every fixture).
 */
export function readPlainLedger(text: string): LedgerEntry[] | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  try {
    return new PlainReader(text, events).read();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

// The full reader refuses deeper files with its own message.
const MAX_DEPTH = 64;
const NOT_PLAIN = new Error('not a plain claims file');

type Value =
  | { readonly kind: 'scalar'; readonly value: string | boolean | null; readonly span: Span; readonly block?: boolean }
  | { readonly kind: 'map'; readonly pairs: ReadonlyArray<readonly [string, Value]>; readonly span: Span; readonly block: boolean }
  | { readonly kind: 'seq'; readonly items: readonly Value[]; readonly span: Span; readonly block: boolean };

// Plain scalars that the YAML 1.2 core schema (the full reader's) reads as null, true/false or numbers.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

class PlainReader {
  private next = 0;
  private readonly ids = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {}

  read(): LedgerEntry[] {
    this.expect(EVENT_ID.DOCUMENT);
    const top = this.events[this.next++];
    if (top?.type !== EVENT_ID.MAPPING || top.anchorStart !== -1 || top.tagStart !== -1) throw NOT_PLAIN;
    const keys = new Set<string>();
    let entries: LedgerEntry[] | undefined;
    while (this.events[this.next]?.type !== EVENT_ID.POP) {
      const key = this.value();
      if (key.kind !== 'scalar' || typeof key.value !== 'string' || !(TOP_LEVEL_KEYS as readonly string[]).includes(key.value) || keys.has(key.value)) throw NOT_PLAIN;
      keys.add(key.value);
      if (key.value === 'claims') entries = this.claims();
      else this.value();
    }
    this.next++;
    this.expect(EVENT_ID.POP);
    // One document only.
    if (this.next !== this.events.length || !entries) throw NOT_PLAIN;
    return entries;
  }

  /** The entries of the "claims" list, each read and dropped in turn so that memory stays flat. */
  private claims(): LedgerEntry[] {
    const list = this.events[this.next];
    if (list?.type !== EVENT_ID.SEQUENCE) {
      if (isNull(this.value())) return [];
      throw NOT_PLAIN;
    }
    if (list.anchorStart !== -1 || list.tagStart !== -1) throw NOT_PLAIN;
    this.next++;
    const entries: LedgerEntry[] = [];
    while (this.events[this.next]?.type !== EVENT_ID.POP) entries.push(this.entry(this.value()));
    this.next++;
    return entries;
  }

  private entry(item: Value): LedgerEntry {
    if (item.kind !== 'map') throw NOT_PLAIN;
    keysWithin(item, ENTRY_KEYS);
    const id = field(item, 'id');
    if (id?.kind !== 'scalar' || typeof id.value !== 'string' || !isCitationKey(id.value) || this.ids.has(id.value)) throw NOT_PLAIN;
    this.ids.add(id.value);
    const claim = text(field(item, 'claim'));
    const reviewed = date(field(item, 'reviewed'));
    const reviewer = text(field(item, 'reviewer'));
    const notes = text(field(item, 'notes'));
    // Only the fields the file gives, as the full reader does.
    return {
      id: id.value,
      ...(claim !== undefined && { claim }),
      match: match(field(item, 'match')),
      rating: rating(field(item, 'rating')),
      sources: sources(field(item, 'sources')),
      ...(reviewed !== undefined && { reviewed }),
      ...(reviewer !== undefined && { reviewer }),
      ...(notes !== undefined && { notes }),
      span: item.span,
    };
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
        return { kind: 'scalar', value: raw, span: { start: event.valueStart, end }, block: true };
      }
      const quoted = event.style !== SCALAR_STYLE.PLAIN;
      // An empty plain value ("key:") has no span the two libraries agree on.
      if (!quoted && event.valueStart === event.valueEnd) throw NOT_PLAIN;
      const span = quoted ? { start: event.valueStart - 1, end: event.valueEnd + 1 } : { start: event.valueStart, end: event.valueEnd };
      return { kind: 'scalar', value: quoted ? raw : plainValue(raw), span };
    }
    if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) throw NOT_PLAIN;
    if (event.anchorStart !== -1 || event.tagStart !== -1) throw NOT_PLAIN;
    const children: Value[] = [];
    while (this.events[this.next]?.type !== EVENT_ID.POP) children.push(this.value());
    this.next++;
    const last = children.at(-1);
    let end = last?.span.end ?? event.start;
    // A flow collection ends after its closing bracket; a block one after the line break that ends
    // its last value (which a nested block collection already includes).
    if (event.style === COLLECTION_STYLE.FLOW) end = this.closingBracket(last ? end : event.start + 1);
    else if (last && !last.block) end = this.lineEnd(end);
    const span = { start: event.start, end };
    const block = event.style !== COLLECTION_STYLE.FLOW;
    if (event.type === EVENT_ID.SEQUENCE) return { kind: 'seq', items: children, span, block };
    const pairs: Array<readonly [string, Value]> = [];
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i];
      const value = children[i + 1];
      if (key?.kind !== 'scalar' || typeof key.value !== 'string' || !value || pairs.some(([k]) => k === key.value)) throw NOT_PLAIN;
      pairs.push([key.value, value]);
    }
    return { kind: 'map', pairs, span, block };
  }

  /** The offset after the line break that ends the line holding `from` (or the end of the file). */
  private lineEnd(from: number): number {
    const text = this.text;
    let i = from;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    return i;
  }

  /** The offset after the "]" or "}" that follows `from` past spaces, line breaks and a comma. */
  private closingBracket(from: number): number {
    const match = /^[\s,]*[\]}]/.exec(this.text.slice(from, from + 256));
    if (!match) throw NOT_PLAIN;
    return from + match[0].length;
  }

  private expect(type: number): void {
    if (this.events[this.next++]?.type !== type) throw NOT_PLAIN;
  }
}

function plainValue(raw: string): string | boolean | null {
  if (NULL.test(raw)) return null;
  if (BOOLEAN.test(raw)) return raw.toLowerCase() === 'true';
  if (NUMBER.test(raw)) throw NOT_PLAIN;
  return raw;
}

function keysWithin(map: Value & { kind: 'map' }, allowed: readonly string[]): void {
  for (const [key] of map.pairs) if (!allowed.includes(key)) throw NOT_PLAIN;
}

function field(map: Value & { kind: 'map' }, key: string): Value | undefined {
  for (const [k, value] of map.pairs) if (k === key) return value;
  return undefined;
}

function isNull(value: Value | undefined): boolean {
  return value === undefined || (value.kind === 'scalar' && value.value === null);
}

function string(value: Value): string {
  if (value.kind !== 'scalar' || typeof value.value !== 'string') throw NOT_PLAIN;
  return value.value;
}

function text(value: Value | undefined): string | undefined {
  return value === undefined || isNull(value) ? undefined : string(value).trim() || undefined;
}

function date(value: Value | undefined): string | undefined {
  if (value === undefined || isNull(value)) return undefined;
  const written = string(value).trim();
  if (!isDate(written)) throw NOT_PLAIN;
  return written;
}

function rating(value: Value | undefined): Rating {
  if (value === undefined || isNull(value)) return 'unverified';
  if (value.kind !== 'scalar') throw NOT_PLAIN;
  const written = String(value.value).trim();
  const found = RATINGS.find((r) => r === written);
  if (!found) throw NOT_PLAIN;
  return found;
}

function match(value: Value | undefined): string[] {
  if (value === undefined || isNull(value)) return [];
  const phrases = value.kind === 'seq' ? value.items : [value];
  return phrases.map((p) => {
    const phrase = string(p).trim();
    if (!hasTokens(phrase)) throw NOT_PLAIN;
    return phrase;
  });
}

function sources(value: Value | undefined): LedgerSource[] {
  if (value === undefined || isNull(value)) return [];
  if (value.kind !== 'seq') throw NOT_PLAIN;
  return value.items.map((item) => {
    if (item.kind === 'scalar') return { url: url(item) };
    if (item.kind !== 'map') throw NOT_PLAIN;
    keysWithin(item, SOURCE_KEYS);
    const address = field(item, 'url');
    if (address === undefined || isNull(address)) throw NOT_PLAIN;
    return compact({ url: url(address), title: text(field(item, 'title')), publisher: text(field(item, 'publisher')), date: date(field(item, 'date')) });
  });
}

function url(value: Value): string {
  const address = string(value).trim();
  if (!isWebUrl(address)) throw NOT_PLAIN;
  return address;
}
