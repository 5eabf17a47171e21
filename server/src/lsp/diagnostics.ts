import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core';
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

/** A draft finding as an LSP diagnostic, pointing at the claims-file entries it involves. */
export function toDiagnostic(finding: Finding, draft: TextDocument, claims: ClaimsFile): Diagnostic {
  const related = relatedEntries(finding, claims);
  return {
    ...plainDiagnostic(finding, draft),
    ...(related.length > 0 && { relatedInformation: related }),
  };
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
  if (!text) return [];
  return finding.entryIds.flatMap((id) => {
    const entry = claims.ledger.get(id);
    if (!entry) return [];
    const label = entry.claim ? `${entry.id} (${entry.rating}): ${entry.claim}` : `${entry.id} (${entry.rating})`;
    return [{ location: { uri: claims.uri, range: toRange(text, entry.span) }, message: label }];
  });
}
