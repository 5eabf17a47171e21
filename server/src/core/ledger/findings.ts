import { type CheckSettings } from '../options';
import type { Finding, LedgerProblem } from '../types';

/** Reports the claims file's own problems as `claims-file` findings (spans in the claims file). */
export function ledgerFindings(problems: readonly LedgerProblem[], settings: CheckSettings): Finding[] {
  // Each problem carries its own severity; the user's level for the code can only turn them off
  // or set them all to one level.
  const level = settings.levels['claims-file'];
  if (level === 'off') return [];
  return problems.map((p) => ({ code: 'claims-file', severity: level ?? p.severity, message: p.message, span: p.span, entryIds: [] }));
}
