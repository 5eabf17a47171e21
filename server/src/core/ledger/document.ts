import { Composer, Parser } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Severity } from '../types';
import { MAX_LEDGER_PROBLEMS, type ProblemList } from './problems';
import { scanSyntax } from './syntax';

/**
 * How deep a claims file may nest. It nests five levels (top, claims, entry, sources, source); the
 * YAML composer recurses per level, and V8 can abort the whole process when that recursion meets the
 * stack limit, so deeper files are refused before they are composed.
 */
export const MAX_DEPTH = 64;

/** A claims file's YAML document, if it is composed, and whether its syntax lets it be read as a whole. */
export interface Composed {
  readonly doc?: Document.Parsed;
  readonly readable: boolean;
}

/**
 * Composes the YAML document of a claims file (JSON is YAML 1.2 flow syntax, so JSON files too),
 * reporting its syntax problems; a file nested too deep, or with more syntax errors than are kept,
 * is not composed. `file` names the file in messages: a bibliography is read the same way.
 */
export function composeDocument(text: string, problems: ProblemList, file = 'claims file'): Composed {
  const tokens = [...new Parser().parse(text)];
  const syntax = scanSyntax(tokens, MAX_DEPTH, MAX_LEDGER_PROBLEMS);
  const deep = syntax.tooDeep;
  if (deep !== undefined) {
    problems.report({ start: deep, end: deep + 1 }, `The ${file} nests lists or mappings more than ${MAX_DEPTH} levels deep, so it is not read.`, 'error');
    return { readable: false };
  }
  if (syntax.hasAliases) problems.reportEachOnce();
  // More syntax errors than are kept: the file is junk (or not YAML). Composing it would only
  // build the other errors, an object with a stack trace each, to drop them: they are counted.
  if (syntax.errorCount > MAX_LEDGER_PROBLEMS) {
    for (const error of syntax.errors) problems.report(error.span, `Syntax error: ${error.message}`, 'error');
    problems.countUnreported(syntax.errorCount - syntax.errors.length);
    return { readable: false };
  }
  // Plain data only: the core schema (no YAML 1.1 types such as !!binary or !!set), no custom
  // tags, no merge keys. Repeated keys are found by the entry reader: the library's own check
  // compares each key with every earlier one, which a mapping of many thousand keys turns into minutes.
  const composer = new Composer({ schema: 'core', customTags: null, resolveKnownTags: false, merge: false, uniqueKeys: false, logLevel: 'silent' });
  const docs = composer.compose(tokens, true, text.length);
  const doc = docs.next().value;
  if (!doc) return { readable: true };
  for (const error of doc.errors) reportYaml(text, problems, error, 'error', file);
  for (const warning of doc.warnings) reportYaml(text, problems, warning, 'warning', file);
  const next = docs.next().value;
  if (next) {
    const message = `The ${file} holds several YAML documents (separated by "---"): keep all entries in one list.`;
    problems.report({ start: next.range[0], end: next.range[1] }, message, 'error');
  }
  return { doc, readable: doc.errors.length === 0 };
}

/** Reports an error or warning of the YAML parser, in words for writers where it has common ones. */
function reportYaml(text: string, problems: ProblemList, error: YAMLError, severity: Severity, file: string): void {
  const [start, end] = error.pos;
  const message =
    error.code === 'TAG_RESOLVE_FAILED'
      ? `Unsupported tag ${text.slice(start, end)}: a ${file} holds plain text, numbers, lists and mappings only, so the value is read as plain text.`
      : `Syntax error: ${error.message}`;
  problems.report({ start, end }, message, severity);
}
