import type { FigureMismatch } from '../ledger/ledger';
import { isChangeByMultiple } from '../text/figures';
import type { TextEdit } from './edit';

/**
 * The edits that put the checked figures in place of a draft's changed ones, or none when a figure
 * is a verb of change ("halved"): "22 percent" in its place would not be a sentence.
 */
export function checkedFigureEdits(figures: FigureMismatch['figures']): TextEdit[] | undefined {
  if (figures.some((f) => isChangeByMultiple(f.found))) return undefined;
  return figures.map((f) => ({ span: f.span, newText: f.expected }));
}
