import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, CheckSettings, Finding, LedgerProblem, Severity } from '../core';
import { ledgerFindings, mostSevere } from '../core/ledger';
import type { ClaimsFile } from '../host/claimsStore';
import { toRange } from './positions';

declare const DOCS_URL: string;

export const SOURCE = 'fact-check';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The diagnostics of a draft: at most `max` (0: all), the findings VS Code would keep, and a note
 * that names how many more there are (it counts towards `max`, so that VS Code drops none).
 */
export function draftDiagnostics(analysis: Analysis, draft: TextDocument, claims: ClaimsFile, max: number): Diagnostic[] {
  const { findings, total } = analysis.reported(roomFor(analysis.total, max));
  const diagnostics = findings.map((f) => toDiagnostic(f, draft, claims));
  if (findings.length < total) {
    const advice = '(errors come first, then warnings, each in document order): raise the maximum number of problems (factCheck.maxNumberOfProblems) to see them, or run fact-check on the command line.';
    diagnostics.push(tooManyProblems(total - findings.length, total, 'findings in this draft', advice));
  }
  return diagnostics;
}

/**
 * The diagnostics of a claims file: at most `max` (0: all) of its problems, chosen as a draft's
 * findings are, after a note when this version cannot be read at all, and a note that names how
 * many more there are (counting those its reader did not keep).
 */
export function claimsDiagnostics(file: ClaimsFile, text: TextDocument, settings: CheckSettings, max: number): Diagnostic[] {
  const notes = file.readable ? [] : [unreadable(file)];
  // The reader's own note of what it left out is replaced by this one, which counts what is left out here too.
  const omitted = file.omitted;
  const problems = ledgerFindings(omitted > 0 ? file.problems.slice(0, -1) : file.problems, settings);
  // No note when the user turned the claims file's problems off.
  const total = problems.length === 0 ? 0 : problems.length + omitted;
  const shown = mostSevere(problems, roomFor(total, max > 0 ? Math.max(1, max - notes.length) : 0));
  const diagnostics = [...notes, ...shown.map((f) => plainDiagnostic(f, text))];
  if (shown.length < total) diagnostics.push(tooManyProblems(total - shown.length, total, 'problems in this claims file', '(errors come first, then warnings, each in file order): fix these first.'));
  return diagnostics;
}

/** The diagnostics of a bibliography's problems (in the bibliography or in a draft's front matter), or a configuration file's. */
export function fileDiagnostics(problems: readonly LedgerProblem[], text: TextDocument, settings: CheckSettings, code: 'bibliography' | 'config-file' = 'bibliography'): Diagnostic[] {
  return ledgerFindings(problems, settings, code).map((f) => plainDiagnostic(f, text));
}

/** What stays in effect while a claims file cannot be read. */
export function inEffect(file: ClaimsFile): string {
  const n = file.ledger.size;
  return file.stale ? `the last readable version (${n} ${n === 1 ? 'entry' : 'entries'}) stays in effect` : 'none of its entries are used';
}

/** The note, at the top of a claims file, that this version cannot be read. */
function unreadable(file: ClaimsFile): Diagnostic {
  const start = { line: 0, character: 0 };
  const message = `This version of the claims file cannot be read, so ${inEffect(file)} until it is fixed.`;
  return { range: { start, end: start }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'claims-file', message };
}

/** How many of `total` findings fit in `max` diagnostics (0: no limit), leaving a place for the note that there are more. */
function roomFor(total: number, max: number): number {
  return max > 0 && total > max ? Math.max(1, max - 1) : total;
}

/** The code of the editor's own note that a file has more problems than it shows. */
export const TOO_MANY_PROBLEMS = 'too-many-problems';

/** The note, at the top of a file, that `hidden` of its `total` `what` are not shown, and what to do. */
function tooManyProblems(hidden: number, total: number, what: string, advice: string): Diagnostic {
  const message = `${hidden.toLocaleString('en-US')} more of the ${total.toLocaleString('en-US')} ${what} are not shown ${advice}`;
  const start = { line: 0, character: 0 };
  const code = TOO_MANY_PROBLEMS;
  return { range: { start, end: start }, severity: DiagnosticSeverity.Information, source: SOURCE, code, codeDescription: { href: `${DOCS_URL}#${code}` }, message };
}

/** A draft finding as an LSP diagnostic, pointing at the claims-file entries it involves. */
function toDiagnostic(finding: Finding, draft: TextDocument, claims: ClaimsFile): Diagnostic {
  const diagnostic = plainDiagnostic(finding, draft);
  const related = relatedEntries(finding, claims);
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** A finding as a diagnostic of `doc`: how claims-file problems are shown on the claims file. */
export function plainDiagnostic(finding: Finding, doc: TextDocument): Diagnostic {
  return {
    range: toRange(doc, finding.span),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.code,
    codeDescription: { href: `${DOCS_URL}#${finding.code}` },
    message: finding.message,
  };
}

function relatedEntries(finding: Finding, claims: ClaimsFile): DiagnosticRelatedInformation[] {
  const text = claims.ledgerText;
  // Most findings name no entry: skip them cheaply, 1,000 of them at every keystroke.
  if (!text || (finding.entryIds.length === 0 && finding.similarTo === undefined)) return [];
  const ids = finding.similarTo === undefined ? finding.entryIds : [...finding.entryIds, finding.similarTo];
  return ids.flatMap((id) => {
    const entry = claims.ledger.get(id);
    if (!entry) return [];
    const label = `${id === finding.similarTo ? 'similar: ' : ''}${entry.id} (${entry.rating})${entry.claim ? `: ${entry.claim}` : ''}`;
    return [{ location: { uri: claims.uri, range: toRange(text, entry.span) }, message: label }];
  });
}
