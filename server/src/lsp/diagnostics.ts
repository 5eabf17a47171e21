import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Severity } from '../core';
import type { ClaimsFile } from './claimsFiles';
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
  // Room for the note, when it is needed.
  const { findings, total } = analysis.reported(max > 0 && analysis.total > max ? Math.max(1, max - 1) : max);
  const diagnostics = findings.map((f) => toDiagnostic(f, draft, claims));
  if (findings.length === total) return diagnostics;
  const message =
    `${(total - findings.length).toLocaleString('en-US')} more of the ${total.toLocaleString('en-US')} findings in this draft are not shown ` +
    '(errors come first, then warnings, each in document order): raise the maximum number of problems (factCheck.maxNumberOfProblems) to see them, or run fact-check on the command line.';
  const start = { line: 0, character: 0 };
  const code = 'too-many-problems';
  diagnostics.push({ range: { start, end: start }, severity: DiagnosticSeverity.Information, source: SOURCE, code, codeDescription: { href: `${DOCS_URL}#${code}` }, message });
  return diagnostics;
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
  if (!text || finding.entryIds.length === 0) return [];
  return finding.entryIds.flatMap((id) => {
    const entry = claims.ledger.get(id);
    if (!entry) return [];
    const label = entry.claim ? `${entry.id} (${entry.rating}): ${entry.claim}` : `${entry.id} (${entry.rating})`;
    return [{ location: { uri: claims.uri, range: toRange(text, entry.span) }, message: label }];
  });
}
