import type { FigureMismatch } from '../ledger/ledger';
import { isChangeByMultiple } from '../text/figures';
import { normalizeTokens } from '../text/normalize';
import type { TextEdit } from './edit';

/**
 * The edits that put the checked figures in place of a draft's changed ones, or none when a figure
 * is a verb of change ("halved") or a quarter written by its months: "22 percent" in place of the
 * one, "second" of "between January and March", would not be a sentence.
 */
export function checkedFigureEdits(figures: FigureMismatch['figures']): TextEdit[] | undefined {
  if (figures.some((f) => isChangeByMultiple(f.found) || isQuarterOtherwise(f.found) || isQuarterOtherwise(f.expected))) return undefined;
  return figures.map((f) => ({ span: f.span, newText: f.expected }));
}

/** Whether a figure is a quarter written by its months or as "Q2" (see ../text/periods, whose "quarter" has no width). */
function isQuarterOtherwise(written: string): boolean {
  return normalizeTokens(written).some((t) => t.norm === 'quarter' && t.start === t.end);
}
