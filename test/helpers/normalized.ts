import { normalizeTokens } from '../../server/src/core/text/normalize';

/** The normalized tokens of `text` joined by single spaces: equal keys mean equal wording. */
export const normalize = (text: string): string => normalizeTokens(text).map((t) => t.norm).join(' ');
