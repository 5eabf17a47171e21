import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair } from 'yaml';
import { Aliases } from '../ledger/aliases';
import { composeDocument } from '../ledger/document';
import { pairsByKey } from '../ledger/mapping';
import { describe, isNull, keyName, shown, spanOf, valueSpan } from '../ledger/nodes';
import { ProblemList } from '../ledger/problems';
import { SETTING_LIMITS, type Level } from '../options';
import { LineIndex } from '../text/lines';
import { FINDING_CODES, type DetectedKind, type FindingCode, type LedgerProblem } from '../types';

// The configuration file: a team's rules for what is checked, committed beside the drafts and read
// alike by the command line and the language server. Read with the claims file's YAML reader (JSON
// is YAML), so that every problem has its line and column; a key that is wrong is left out, the
// others apply.

/** The configuration file's names, in order of preference when a folder holds several. */
export const CONFIG_FILE_NAMES: readonly string[] = Object.freeze(['.fact-check.yaml', '.fact-check.yml', '.fact-check.json']);

/** What one configuration file sets: only the keys it holds, each valid. Paths are as written, relative to the file's folder. */
export interface ConfigValues {
  /** The claims file for the drafts below. */
  readonly claimsFile?: string;
  /** Bibliographies every draft below may cite. */
  readonly bibliography?: readonly string[];
  readonly sourceScope?: 'sentence' | 'paragraph';
  /** Kinds of claim turned on or off, each on its own. */
  readonly kinds?: Readonly<Partial<Record<DetectedKind, boolean>>>;
  /** Levels of finding codes, each on its own. */
  readonly severity?: Readonly<Partial<Record<FindingCode, Level>>>;
  readonly extraPhrases?: readonly string[];
  /** Drafts not to check: patterns as a `.gitignore` writes them. */
  readonly ignore?: readonly string[];
  readonly reviewMaxAgeDays?: number;
}

export type ConfigKey = keyof ConfigValues;

/**
 * The keys a workspace may only use when trusted, as VS Code's Restricted Mode restricts the
 * settings of the same names: they point the check at other files or add to its work.
 */
export const RESTRICTED_KEYS: readonly ConfigKey[] = Object.freeze(['claimsFile', 'bibliography', 'extraPhrases']);

/** The most `ignore` patterns one file may hold. */
export const MAX_IGNORE_PATTERNS = 1000;

export interface ConfigParseResult {
  readonly values: ConfigValues;
  /** Its problems, in file order, with line and column. */
  readonly problems: readonly LedgerProblem[];
  /** False when the file cannot be read as a whole (a syntax error, not a mapping): none of it applies. */
  readonly readable: boolean;
}

type YamlPair = Pair<unknown, unknown>;

const SCOPES = ['sentence', 'paragraph'] as const;
const KINDS: readonly DetectedKind[] = ['attribution', 'quantity'];
const LEVELS: readonly Level[] = ['error', 'warning', 'information', 'hint', 'off'];
const FILE = 'configuration file';

/** How each key's value is read: undefined (with a problem) when it cannot be used. */
const KEYS: { readonly [K in ConfigKey]-?: (reader: ValueReader, pair: YamlPair) => ConfigValues[K] } = {
  claimsFile: (r, pair) => r.path(pair),
  bibliography: (r, pair) => r.texts(pair, 'path', SETTING_LIMITS.bibliographies),
  sourceScope: (r, pair) => r.choice(pair, SCOPES),
  kinds: (r, pair) => r.kinds(pair),
  severity: (r, pair) => r.levels(pair),
  extraPhrases: (r, pair) => r.texts(pair, 'phrase', SETTING_LIMITS.extraPhrases, SETTING_LIMITS.phraseLength),
  ignore: (r, pair) => r.texts(pair, 'pattern', MAX_IGNORE_PATTERNS),
  reviewMaxAgeDays: (r, pair) => r.wholeNumber(pair),
};

/** Every key a configuration file may hold; `$schema` names its JSON Schema for editors. */
export const CONFIG_KEYS = Object.freeze(Object.keys(KEYS)) as readonly ConfigKey[];
const ALLOWED: readonly string[] = [...CONFIG_KEYS, '$schema'];

/**
 * Reads a configuration file (YAML or JSON). Never throws: whatever is wrong becomes a problem.
 * Untrusted (VS Code's Restricted Mode), the restricted keys are left out, with a note on each.
 */
export function parseConfig(text: string, trusted = true): ConfigParseResult {
  const lines = new LineIndex(text);
  const problems = new ProblemList(text, lines);
  let values: ConfigValues = {};
  let readable: boolean;
  try {
    ({ values, readable } = readConfig(text, problems, trusted));
  } catch (error) {
    // A bug or an exhausted stack must not take the editor down with it.
    readable = false;
    problems.report({ start: 0, end: 0 }, `Could not read the ${FILE}: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
  return { values: readable ? values : {}, problems: problems.result().problems, readable };
}

function readConfig(text: string, problems: ProblemList, trusted: boolean): { values: ConfigValues; readable: boolean } {
  const { doc, readable } = composeDocument(text, problems, FILE);
  if (!readable) {
    problems.report({ start: 0, end: 0 }, `The ${FILE} cannot be read as a whole, so none of it applies until it is fixed.`, 'error');
    return { values: {}, readable };
  }
  if (!doc || isNull(doc.contents)) return { values: {}, readable };
  const aliases = new Aliases(doc, problems, FILE);
  const top = aliases.deref(doc.contents);
  if (!isMap(top)) {
    problems.report(spanOf(doc.contents), `The ${FILE} must be a mapping of keys (${CONFIG_KEYS.join(', ')}), not ${describe(top)}, so none of it applies.`, 'error');
    return { values: {}, readable: false };
  }
  const reader = new ValueReader(text, problems, aliases);
  const values: Record<string, unknown> = {};
  for (const [key, pair] of pairsByKey(top, ALLOWED, problems, 'in the configuration file', 'key')) {
    if (key === '$schema') continue;
    const name = key as ConfigKey;
    if (!trusted && RESTRICTED_KEYS.includes(name)) {
      const message = `"${name}" is ignored in Restricted Mode: a workspace you have not trusted may not point the check at other files or add phrases. Trust the workspace to use it.`;
      problems.report(spanOf(pair.key), message, 'information');
      continue;
    }
    const value = KEYS[name](reader, pair);
    if (value !== undefined) values[name] = value;
  }
  return { values: values as ConfigValues, readable };
}

/** Reads values of each kind, reporting what cannot be used: a key's wrong value leaves the key out, a list's wrong item the item. */
class ValueReader {
  constructor(
    private readonly text: string,
    private readonly problems: ProblemList,
    private readonly aliases: Aliases,
  ) {}

  path(pair: YamlPair): string | undefined {
    const node = this.value(pair);
    if (node === undefined) return undefined;
    const path = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined;
    if (path) return path;
    this.problems.report(valueSpan(pair), `"${keyName(pair)}" must be a path, relative to this file's folder, not ${shown(this.text, node)}. It is ignored.`, 'error');
    return undefined;
  }

  /** One text or a list of them, each non-empty and at most `length` long, at most `most` of them. */
  texts(pair: YamlPair, noun: string, most: number, length = Infinity): string[] | undefined {
    const node = this.value(pair);
    if (node === undefined) return undefined;
    const key = keyName(pair);
    if (!isSeq(node) && !(isScalar(node) && typeof node.value === 'string')) {
      this.problems.report(valueSpan(pair), `"${key}" must be a ${noun} or a list of them, not ${describe(node)}. It is ignored.`, 'error');
      return undefined;
    }
    const items = isSeq(node) ? node.items : [node];
    const texts: string[] = [];
    for (const [i, item] of items.entries()) {
      if (i === most) {
        this.problems.report(spanOf(item), `"${key}" may hold at most ${most} ${noun}s: this one and the rest are ignored.`, 'warning');
        break;
      }
      const value = this.aliases.deref(item);
      const text = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : undefined;
      if (!text) this.problems.report(spanOf(item), `Each ${noun} of "${key}" must be text, not ${text === '' ? 'empty' : describe(value)}. It is ignored.`, 'error');
      else if (text.length > length) this.problems.report(spanOf(item), `A ${noun} of "${key}" may be at most ${length} characters long: this one is ignored.`, 'error');
      else texts.push(text);
    }
    return texts;
  }

  choice<T extends string>(pair: YamlPair, choices: readonly T[]): T | undefined {
    const node = this.value(pair);
    if (node === undefined) return undefined;
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
    this.problems.report(valueSpan(pair), `Unknown ${keyName(pair)} ${shown(this.text, node)}: expected ${orList(choices)}. It is ignored.`, 'error');
    return undefined;
  }

  wholeNumber(pair: YamlPair): number | undefined {
    const node = this.value(pair);
    if (node === undefined) return undefined;
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    this.problems.report(valueSpan(pair), `"${keyName(pair)}" must be a whole number of days, not ${shown(this.text, node)}. It is ignored.`, 'error');
    return undefined;
  }

  kinds(pair: YamlPair): Partial<Record<DetectedKind, boolean>> | undefined {
    return this.entries(pair, KINDS, 'kind of claim', (node, kind) => {
      if (isScalar(node) && typeof node.value === 'boolean') return node.value;
      return this.wrong(node, `"${kind}" must be true or false, not ${shown(this.text, node)}. It is ignored.`);
    });
  }

  levels(pair: YamlPair): Partial<Record<FindingCode, Level>> | undefined {
    return this.entries(pair, FINDING_CODES, 'finding code', (node, code) => {
      const level = isScalar(node) ? node.value : undefined;
      if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) return level as Level;
      return this.wrong(node, `Unknown level ${shown(this.text, node)} for ${code}: expected ${orList(LEVELS)}. It is ignored.`);
    });
  }

  /** A mapping of some of `names` to the values `read` gives (undefined: left out); other names are reported. */
  private entries<N extends string, V>(pair: YamlPair, names: readonly N[], noun: string, read: (node: unknown, name: N) => V | undefined): Partial<Record<N, V>> | undefined {
    const node = this.value(pair);
    if (node === undefined) return undefined;
    const key = keyName(pair);
    if (!isMap(node)) {
      this.problems.report(valueSpan(pair), `"${key}" must be a mapping of each ${noun} to its value, not ${describe(node)}. It is ignored.`, 'error');
      return undefined;
    }
    const result: Partial<Record<N, V>> = {};
    for (const [name, entry] of pairsByKey(node, names, this.problems, `in "${key}"`, noun)) {
      const value = this.value(entry);
      const got = value === undefined ? undefined : read(value, name as N);
      if (got !== undefined) result[name as N] = got;
    }
    return result;
  }

  /** Reports a value that cannot be used; undefined. */
  private wrong(node: unknown, message: string): undefined {
    this.problems.report(spanOf(node), message, 'error');
    return undefined;
  }

  /** The pair's value; undefined, with a warning, when it is empty. */
  private value(pair: YamlPair): unknown {
    const node = this.aliases.deref(pair.value);
    if (!isNull(node)) return node;
    this.problems.report(spanOf(pair.key), `"${keyName(pair)}" has no value, so it is ignored.`, 'warning');
    return undefined;
  }
}

function orList(choices: readonly string[]): string {
  return choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
}
