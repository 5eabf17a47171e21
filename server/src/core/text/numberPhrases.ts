import { DURATIONS, FRACTIONS } from './figures';
import type { NormToken } from './normalize';

// Numbers written in several words, made one number before figures are read (./figures): "six
// point four" is 6.4, "four hundred and twelve" 412, "nine and a half" 9.5, "a million" and "half
// a million" a scale of 1 and 0.5, "2¾" 2.75, and "seventeen dollars and twenty cents" 17.20
// dollars, "three hundred thousand" 300,000, "a dozen" 12; "two years and three months" 27 months,
// "half a percentage point" 0.5 of its unit, "a quarter of a dollar" and "a quarter-century" 0.25 of
// theirs. Number words are digits by now ("six" is "6", "third" "3rd", see ./normalize).

const INTEGER = /^\d+$/;
// A vulgar fraction as folded: "¾" is "3⁄4".
const VULGAR = /^(\d+)\u2044(\d+)$/;
const LARGE_SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const MONEY_WORDS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros']);
const CENTS: ReadonlySet<string> = new Set(['cent', 'cents', 'pence']);

/** Units one may have a part of: "half a percentage point", "a quarter of an hour", "a third of a mile". */
const PARTED_UNITS: ReadonlySet<string> = new Set([
  ...[...DURATIONS.keys()].filter((word) => !word.endsWith('s')),
  'percentage', 'point', 'dollar', 'pound', 'euro', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'litre', 'liter', 'tonne',
]);

/** `tokens` with each number written in several words as one token over its words. */
export function joinNumberPhrases(tokens: NormToken[]): NormToken[] {
  let out: NormToken[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const joined = joinedAt(tokens, i);
    if (!joined) {
      out?.push(tokens[i] as NormToken);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(...joined.tokens);
    i = joined.last;
  }
  return out ?? tokens;
}

/** The number the tokens from `i` write in several words: the tokens that stand for them, and the index of the last. */
function joinedAt(tokens: readonly NormToken[], i: number): { readonly tokens: NormToken[]; readonly last: number } | undefined {
  // Most words are none of these: they cost one test.
  const word = tokens[i]?.norm ?? '';
  if (word !== 'a' && word !== 'half' && !isDigit(word.charCodeAt(0))) return undefined;
  const at = (k: number): string => tokens[i + k]?.norm ?? '';
  const token = (k: number): NormToken => tokens[i + k] as NormToken;
  const one = (last: number, norm: string): { tokens: NormToken[]; last: number } => ({ tokens: [{ norm, start: token(0).start, end: token(last).end }], last: i + last });
  const first = at(0);
  const hundreds = (n: number, from: number): { tokens: NormToken[]; last: number } | undefined => {
    const k = at(from) === 'and' ? from + 1 : from;
    return INTEGER.test(at(k)) && Number(at(k)) < 100 ? one(k, String(n * 100 + Number(at(k)))) : undefined;
  };
  if (first === 'a' && at(1) === 'hundred') return hundreds(1, 2) ?? (LARGE_SCALES.has(at(2)) ? one(1, '100') : one(0, '1'));
  // "a million", "half a million": the scale word stays, after the number it scales.
  if (first === 'a' && LARGE_SCALES.has(at(1))) return one(0, '1');
  if (first === 'half' && at(1) === 'a' && LARGE_SCALES.has(at(2))) return one(1, '0.5');
  // "half a percentage point", "a quarter of a dollar": a part of one unit, which stays after it.
  const article = (k: number): boolean => at(k) === 'a' || at(k) === 'an';
  if (first === 'half' && article(1) && PARTED_UNITS.has(at(2))) return one(1, '0.5');
  const parts = first === 'a' ? 1 : INTEGER.test(first) ? Number(first) : 0;
  const whole = FRACTIONS.get(at(1));
  if (whole !== undefined && parts > 0 && parts < whole && at(2) === 'of' && article(3) && PARTED_UNITS.has(at(4))) return one(3, String(Number((parts / whole).toPrecision(3))));
  // "a quarter-century", "a half hour".
  if (whole !== undefined && first === 'a' && PARTED_UNITS.has(at(2))) return one(1, String(Number((1 / whole).toPrecision(3))));
  // "a year and two months", "a year and a half": one of the first unit.
  if (first === 'a' && DURATIONS.has(at(1)) && at(2) === 'and') return durationAt(tokens, i, 1);
  // "a dozen points", "half a dozen", "two dozen": a count of twelves ("dozens of" is no number).
  if (first === 'a' && at(1) === 'dozen') return one(1, '12');
  if (first === 'half' && at(1) === 'a' && at(2) === 'dozen') return one(2, '6');
  if (!INTEGER.test(first)) return undefined;
  if (at(1) === 'dozen') return one(1, String(Number(first) * 12));
  const n = Number(first);
  if (DURATIONS.has(at(1))) return durationAt(tokens, i, n);
  // "2¾": a fraction glued to the number.
  const glued = tokens[i + 1]?.start === token(0).end ? VULGAR.exec(at(1)) : null;
  if (glued) return one(1, String(n + Number(glued[1]) / Number(glued[2])));
  if (at(1) === 'point' && INTEGER.test(at(2))) return one(2, `${n}.${at(2)}`);
  if (at(1) === 'and' && at(2) === 'a' && at(3) === 'half') return one(3, String(n + 0.5));
  // "three hundred thousand": the hundreds made one number, which the scale after it multiplies.
  if (at(1) === 'hundred' && n < 100) return hundreds(n, 2) ?? (LARGE_SCALES.has(at(2)) ? one(1, String(n * 100)) : undefined);
  // "seventeen dollars and twenty cents": the money word stays after the number, over the cents.
  if (MONEY_WORDS.has(at(1)) && at(2) === 'and' && INTEGER.test(at(3)) && Number(at(3)) < 100 && CENTS.has(at(4))) {
    return { tokens: [{ ...token(0), norm: (n + Number(at(3)) / 100).toFixed(2) }, { ...token(1), end: token(4).end }], last: i + 4 };
  }
  return undefined;
}

/**
 * A duration in two units from token `i`, `n` of the first ("two years and three months", "2 hours
 * 35 minutes", "a year and a half"), as one number of the second, which stays after it: 27 months,
 * 155 minutes, 18 months. The larger unit first, both counted in hours or both in months (./figures):
 * "between 2 hours and 3 hours" is two.
 */
function durationAt(tokens: readonly NormToken[], i: number, n: number): { readonly tokens: NormToken[]; readonly last: number } | undefined {
  const at = (k: number): string => tokens[i + k]?.norm ?? '';
  const [kind, scale] = DURATIONS.get(at(1)) ?? ['', 0];
  const and = at(2) === 'and' ? 3 : 2;
  const start = tokens[i]?.start ?? 0;
  if (and === 3 && at(3) === 'a' && at(4) === 'half') {
    const unit = tokens[i + 1] as NormToken;
    return { tokens: [{ norm: String(n + 0.5), start, end: tokens[i + 4]?.end ?? unit.end }, unit], last: i + 4 };
  }
  const [smallerKind, smaller] = DURATIONS.get(at(and + 1)) ?? ['', 0];
  if (!/^\d+(?:\.\d+)?$/.test(at(and)) || smallerKind !== kind || smaller >= scale) return undefined;
  const value = Number(((n * scale) / smaller + Number(at(and))).toPrecision(12));
  const unit = tokens[i + and + 1] as NormToken;
  return { tokens: [{ norm: String(value), start, end: tokens[i + and]?.end ?? unit.start }, unit], last: i + and + 1 };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
