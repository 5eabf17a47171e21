import { type CheckSettings } from '../options';
import type { Finding, FindingCode, LedgerProblem } from '../types';

/** Reports a claims file's, a bibliography's or a configuration file's own problems as findings of `code` (spans in that file). */
export function ledgerFindings(problems: readonly LedgerProblem[], settings: CheckSettings, code: Extract<FindingCode, 'claims-file' | 'bibliography' | 'config-file'> = 'claims-file'): Finding[] {
  // Each problem carries its own severity; the user's level for the code can only turn them off
  // or set them all to one level.
  const level = settings.levels[code];
  if (level === 'off') return [];
  return problems.map((p) => ({ code, severity: level ?? p.severity, message: p.message, span: p.span, entryIds: [] }));
}
