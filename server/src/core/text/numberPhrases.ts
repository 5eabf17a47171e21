import type { NormToken } from './normalize';

// Numbers written in several words, made one number before figures are read (./figures): "six
// point four" is 6.4, "four hundred and twelve" 412, "nine and a half" 9.5, "a million" and "half
// a million" a scale of 1 and 0.5, "2¾" 2.75, and "seventeen dollars and twenty cents" 17.20
// dollars, "three hundred thousand" 300,000, "a dozen" 12. Number words are digits by now ("six" is
// "6", see ./normalize).

const INTEGER = /^\d+$/;
// A vulgar fraction as folded: "¾" is "3⁄4".
const VULGAR = /^(\d+)\u2044(\d+)$/;
const LARGE_SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const MONEY_WORDS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros']);
const CENTS: ReadonlySet<string> = new Set(['cent', 'cents', 'pence']);

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
  // "a dozen points", "half a dozen", "two dozen": a count of twelves ("dozens of" is no number).
  if (first === 'a' && at(1) === 'dozen') return one(1, '12');
  if (first === 'half' && at(1) === 'a' && at(2) === 'dozen') return one(2, '6');
  if (!INTEGER.test(first)) return undefined;
  if (at(1) === 'dozen') return one(1, String(Number(first) * 12));
  const n = Number(first);
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

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
