import type { NormToken } from './normalize';

// Periods of a year, however written, in one form, so that a rewording of a claim dated by its
// period finds the claim, and another period reads as its period changed. A quarter is written as
// "the second quarter" writes it: "Q2", "April-June", "between April and June", "the three months
// to June" are all "2nd quarter", "the first three months of 2024" the first quarter of 2024. A
// year to a month is twelve months to it: "the year to September" is "the 12 months to September".
// Beside a figure, "annually" and "yearly" are "a year": "4.5mm annually" is "4.5mm a year".

/** The quarter each month opens and ends. */
const OPENS: ReadonlyMap<string, number> = new Map([['january', 1], ['april', 2], ['july', 3], ['october', 4]]);
const ENDS: ReadonlyMap<string, number> = new Map([['march', 1], ['june', 2], ['september', 3], ['december', 4]]);
/** The months, as normalized words. */
export const MONTHS: ReadonlySet<string> = new Set('january february march april may june july august september october november december'.split(' '));
const ORDINALS = ['', '1st', '2nd', '3rd', '4th'];
/** Words between a quarter's months ("April to June"; "April-June" has none). */
const BETWEEN_MONTHS: ReadonlySet<string> = new Set(['to', 'and', 'through', 'until', 'till']);
/** Words between a span of months and the month that ends it: "three months to June", "the year ended June". */
const ENDING: ReadonlySet<string> = new Set(['to', 'ending', 'ended', 'through', 'until', 'till']);
/** The quarter the first or last three months of a year are. */
const EDGES: ReadonlyMap<string, number> = new Map([['1st', 1], ['last', 4], ['final', 4]]);
const Q = /^q([1-4])$/;
const ANNUAL: ReadonlySet<string> = new Set(['annually', 'yearly']);
const FIGURE = /^\d/;
/** The words one of which every period here has: a sentence without any is read no further (one look-up a word). */
const TRIGGERS: ReadonlySet<string> = new Set([...MONTHS, 'month', 'q1', 'q2', 'q3', 'q4', ...ANNUAL]);

/**
 * `tokens` with each quarter written otherwise as "Nth quarter", its "quarter" of no width, after
 * the words it stands for; and each "year" to a month as "12 month".
 */
export function withPeriods(tokens: NormToken[]): NormToken[] {
  // Most sentences name no month, no span of months and no "Q2": they are kept as they are.
  if (!tokens.some((t) => TRIGGERS.has(t.norm))) return tokens;
  const figures = tokens.some((t) => FIGURE.test(t.norm));
  const out: NormToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NormToken;
    if (figures && ANNUAL.has(token.norm)) {
      out.push({ norm: 'a', start: token.start, end: token.start }, { norm: 'year', start: token.start, end: token.end });
      continue;
    }
    if (token.norm === 'year' && tokens[i - 1]?.norm === 'the' && endsInMonth(tokens, i + 1)) {
      out.push({ norm: '12', start: token.start, end: token.end }, { norm: 'month', start: token.end, end: token.end });
      continue;
    }
    const found = quarterAt(tokens, i);
    if (found === undefined) {
      out.push(token);
      continue;
    }
    const [quarter, last] = found;
    const end = (tokens[last] as NormToken).end;
    out.push({ norm: ORDINALS[quarter] ?? '', start: token.start, end }, { norm: 'quarter', start: end, end });
    i = last;
  }
  return out;
}

/** Whether the tokens from `k` end a span at a month: "to September", "ended 30 June", "through June". */
function endsInMonth(tokens: readonly NormToken[], k: number): boolean {
  if (!ENDING.has(tokens[k]?.norm ?? '')) return false;
  const day = /^\d{1,2}$/.test(tokens[k + 1]?.norm ?? '') ? 1 : 0;
  return MONTHS.has(tokens[k + 1 + day]?.norm ?? '');
}

/** The quarter the tokens from `i` write, and the index of their last token. */
function quarterAt(tokens: readonly NormToken[], i: number): readonly [number, number] | undefined {
  const at = (k: number): string => tokens[i + k]?.norm ?? '';
  const q = Q.exec(at(0));
  if (q) return [Number(q[1]), i];
  // "April-June", "April to June", "the April-June quarter".
  const opens = OPENS.get(at(0));
  if (opens !== undefined) {
    const k = BETWEEN_MONTHS.has(at(1)) ? 2 : 1;
    if (ENDS.get(at(k)) !== opens) return undefined;
    return [opens, at(k + 1) === 'quarter' ? i + k + 1 : i + k];
  }
  // "the three months to June", "the first three months of 2024" (durations are hours or months by now: "3 month").
  if (at(0) === '3' && at(1) === 'month' && ENDING.has(at(2))) {
    const ends = ENDS.get(at(3));
    return ends === undefined ? undefined : [ends, i + 3];
  }
  const edge = EDGES.get(at(0));
  return edge !== undefined && at(1) === '3' && at(2) === 'month' ? [edge, i + 2] : undefined;
}
