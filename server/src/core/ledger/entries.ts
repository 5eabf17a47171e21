import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Pair, Scalar, YAMLMap } from 'yaml';
import type { LineIndex } from '../text/lines';
import { RATINGS, type LedgerEntry, type LedgerSource, type Rating, type Span } from '../types';
import type { Aliases } from './aliases';
import { ENTRY_FIELDS, ENTRY_KEYS, readFields, SOURCE_FIELDS, SOURCE_KEYS, type FieldReader } from './fields';
import { describe, isNull, keyName, quote, shown, spanOf, valueSpan, written } from './nodes';
import { pairsByKey } from './mapping';
import type { ProblemList } from './problems';
import { dateOf, isCitationKey, MAX_PHRASE_WORDS, phraseFault, ratingOf, textOf, urlOf } from './rules';

type YamlPair = Pair<unknown, unknown>;
type Fields = ReadonlyMap<string, YamlPair>;
/** An entry or source as its fields are read: its pairs by key, and where it is written. */
interface Mapping {
  readonly fields: Fields;
  readonly span: Span;
}

const RATING_LIST = RATINGS.join(', ');
const ID_RULE = 'an id starts with a letter, digit or _ and continues with letters, digits, _ or single : . # $ % & - + ? < > ~ / between them, with no spaces';

/** The full reader's entries: each field of each entry checked, with a problem for whatever is wrong. */
export class EntryReader {
  /** The line of the entry that first used each id. */
  private readonly idLines = new Map<string, number>();
  private readonly reader: FieldReader<Mapping, YamlPair> = {
    field: (mapping, key) => mapping.fields.get(key),
    kinds: {
      id: (pair, entry) => this.readId(pair, entry.span),
      url: (pair, source) => this.readUrl(pair, source.span),
      text: (pair) => this.readText(pair),
      date: (pair) => this.readDate(pair),
      rating: (pair) => this.readRating(pair),
      phrases: (pair) => this.readMatch(pair),
      sources: (pair) => this.readSources(pair),
    },
  };

  /** `entries`: where the entries read go, kept should a later one fail to be read. */
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly problems: ProblemList,
    private readonly aliases: Aliases,
    private readonly entries: LedgerEntry[],
  ) {}

  /** Reads an item of the "claims" list. */
  readEntry(item: unknown): void {
    const span = spanOf(item);
    const node = this.aliases.deref(item);
    // An alias that cannot be followed is already reported.
    if (node === null && isAlias(item)) return;
    if (!isMap(node)) {
      this.problems.report(span, `Each entry of "claims" must be a mapping of fields (id, claim, match, rating, sources…), not ${describe(node)}.`, 'error');
      return;
    }
    const entry = readFields(ENTRY_FIELDS, { fields: this.fields(node, ENTRY_KEYS, 'in an entry'), span }, this.reader);
    if (entry) this.entries.push(Object.assign(entry, { span }));
  }

  /** A mapping's pairs by key name; unknown and repeated keys are reported and skipped. */
  fields(map: YAMLMap<unknown, unknown>, allowed: readonly string[], where: string): Fields {
    return pairsByKey(map, allowed, this.problems, where);
  }

  /** The entry's id, or undefined (with an error) when the entry cannot be used. */
  private readId(pair: YamlPair | undefined, entry: Span): string | undefined {
    const node = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(node)) {
      this.problems.report(entry, 'Entry without an id, so it is ignored: add one such as "id: ukraine-war-duration" and cite it in drafts as [@ukraine-war-duration].', 'error');
      return undefined;
    }
    const span = valueSpan(pair);
    if (!isScalar(node) || typeof node.value !== 'string') {
      const hint = isScalar(node) ? ` Write it in quotes: id: "${written(this.text, node)}".` : '';
      this.problems.report(span, `The id must be text, not ${describe(node)}, so this entry is ignored.${hint}`, 'error');
      return undefined;
    }
    const id = node.value;
    if (!isCitationKey(id)) {
      this.problems.report(span, `Invalid id ${quote(id)}, so this entry is ignored: ${ID_RULE}.`, 'error');
      return undefined;
    }
    const firstLine = this.idLines.get(id);
    if (firstLine !== undefined) {
      this.problems.report(span, `Duplicate id ${quote(id)}: the entry on line ${firstLine} already uses it, so this entry is ignored.`, 'error');
      return undefined;
    }
    this.idLines.set(id, this.lines.position(entry.start).line + 1);
    return id;
  }

  private readRating(pair: YamlPair | undefined): Rating | undefined {
    const node = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    const rating = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'boolean') ? ratingOf(node.value) : undefined;
    if (!rating) this.problems.report(valueSpan(pair), `Unknown rating ${shown(this.text, node)}: expected one of ${RATING_LIST}. The entry counts as unverified.`, 'warning');
    return rating;
  }

  private readMatch(pair: YamlPair | undefined): string[] | undefined {
    const node = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    if (isScalar(node)) return this.phrase(node, valueSpan(pair));
    if (!isSeq(node)) {
      this.problems.report(valueSpan(pair), `"match" must be a phrase or a list of phrases, not ${describe(node)}.`, 'warning');
      return undefined;
    }
    return node.items.flatMap((item) => {
      const phrase = this.aliases.deref(item);
      if (isScalar(phrase)) return this.phrase(phrase, spanOf(item));
      this.problems.report(spanOf(item), `Each "match" phrase must be text, not ${describe(phrase)}.`, 'warning');
      return [];
    });
  }

  /** A match phrase as a list of zero or one phrases. */
  private phrase(node: Scalar, span: Span): string[] {
    if (typeof node.value !== 'string') {
      this.problems.report(span, `A "match" phrase must be text, not ${describe(node)}: write it in quotes, "${written(this.text, node)}".`, 'warning');
      return [];
    }
    const phrase = node.value.trim();
    switch (phraseFault(phrase)) {
      case undefined:
        return [phrase];
      case 'empty':
        this.problems.report(span, 'Empty "match" phrase: write the wording to look for in drafts, or remove it.', 'warning');
        return [];
      case 'no words':
        this.problems.report(span, `The "match" phrase ${quote(phrase)} has no words or numbers, so it can never match.`, 'warning');
        return [];
      case 'too long':
        this.problems.report(span, `The "match" phrase ${quote(phrase)} has more than ${MAX_PHRASE_WORDS} words, so it is not looked for in drafts: match the claim by a few telling words.`, 'warning');
        return [];
    }
  }

  private readSources(pair: YamlPair | undefined): LedgerSource[] | undefined {
    const node = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    if (!isSeq(node)) {
      this.problems.report(valueSpan(pair), `"sources" must be a list (each item a URL, or a mapping with url, title, publisher and date), not ${describe(node)}.`, 'warning');
      return undefined;
    }
    return node.items.flatMap((item) => {
      const source = this.readSource(item);
      return source ? [source] : [];
    });
  }

  private readSource(item: unknown): LedgerSource | undefined {
    const span = spanOf(item);
    const node = this.aliases.deref(item);
    if (isScalar(node) && typeof node.value === 'string') {
      const url = this.webAddress(node.value, span);
      return url === undefined ? undefined : { url };
    }
    if (!isMap(node)) {
      this.problems.report(span, `A source must be a URL or a mapping with url, title, publisher and date, not ${describe(node)}.`, 'warning');
      return undefined;
    }
    return readFields(SOURCE_FIELDS, { fields: this.fields(node, SOURCE_KEYS, 'in a source'), span }, this.reader);
  }

  /** A source's url, or undefined (with a warning) when the source cannot be used. */
  private readUrl(pair: YamlPair | undefined, source: Span): string | undefined {
    const url = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(url)) {
      this.problems.report(source, 'Source without a url, so it is ignored: add "url: https://…".', 'warning');
      return undefined;
    }
    if (!isScalar(url) || typeof url.value !== 'string') {
      this.problems.report(valueSpan(pair), `A source's url must be text, not ${describe(url)}, so the source is ignored.`, 'warning');
      return undefined;
    }
    return this.webAddress(url.value, valueSpan(pair));
  }

  private webAddress(address: string, span: Span): string | undefined {
    const url = urlOf(address);
    if (url === undefined) this.problems.report(span, `Invalid source URL ${quote(address)}: expected a full web address starting with http:// or https://, so the source is ignored.`, 'warning');
    return url;
  }

  private readDate(pair: YamlPair | undefined): string | undefined {
    const node = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    const date = isScalar(node) && typeof node.value === 'string' ? dateOf(node.value) : undefined;
    if (date === undefined) this.problems.report(valueSpan(pair), `Invalid date ${shown(this.text, node)} for "${keyName(pair)}": expected a calendar date as YYYY-MM-DD (or an ISO date-time).`, 'warning');
    return date;
  }

  /** A text field, or undefined when absent, empty or not text (with a warning). */
  private readText(pair: YamlPair | undefined): string | undefined {
    const node = pair && this.aliases.deref(pair.value);
    if (!pair || isNull(node)) return undefined;
    if (isScalar(node) && typeof node.value === 'string') return textOf(node.value);
    const hint = isScalar(node) ? `: write it in quotes, "${written(this.text, node)}"` : '';
    this.problems.report(valueSpan(pair), `"${keyName(pair)}" must be text, not ${describe(node)}${hint}.`, 'warning');
    return undefined;
  }
}
