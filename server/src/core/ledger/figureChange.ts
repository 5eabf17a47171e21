import { UNITS } from '../text/figures';
import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { isYearTerm } from '../text/terms';
import type { FigureMismatch, FigurePhrase } from './ledger';

// Whether a draft's figure may be a checked figure written wrong. Writers slip a digit ("21,000"
// for "12,000"), round or update it ("£11.40" for "£11.44"), slip its scale ("$3.2 million" for
// "$3.2 billion", "30,000" for "3,000") or drop its last digit ("2,967" for "29,675"); a figure
// more than ten times larger or smaller whose digits differ too ("28 million viewers" against "1.5
// billion viewers") counts another thing.

/** How many times apart two figures may be and still be one changed, unless their digits are the same. */
const MAX_RATIO = 10;

/** Whether figure `found` may be `expected` changed: normalized figures or figure terms ("3200000000", "#3.8 percent", "19th"). */
export function mayBeChanged(found: string, expected: string): boolean {
  const a = valueOf(found);
  const b = valueOf(expected);
  // Zero says there is none: "a range of zero to 0.1%" changes no checked count ("for the first time").
  if ((a === 0) !== (b === 0)) return false;
  if (!(a > 0 && b > 0) || Math.max(a, b) / Math.min(a, b) <= MAX_RATIO) return true;
  // The same digits at another scale, or with the last dropped ("2,967" for "29,675").
  const [x, y] = [digitsOf(a), digitsOf(b)];
  return x === y || (Math.min(x.length, y.length) >= MIN_SHARED_DIGITS && (x.startsWith(y) || y.startsWith(x)));
}

/** How many leading digits a figure with a digit dropped keeps at least, to be told from another. */
const MIN_SHARED_DIGITS = 2;

function valueOf(figure: string): number {
  return Number.parseFloat(figure.replace(/^#/, ''));
}

/** A value's significant digits, its scale aside: 3200000000 and 3.2 → "32". */
function digitsOf(value: number): string {
  return value.toExponential().replace(/e.*$/, '').replace('.', '').replace(/0+$/, '');
}

/** Words that say a figure is rounded: "about 250 millimetres", "almost a quarter of a metre". */
const APPROXIMATE: ReadonlySet<string> = new Set(['about', 'almost', 'nearly', 'roughly', 'around', 'approximately', 'some', 'circa', 'approx']);

/**
 * Whether the figure of `tokens` that starts at `start` and the figure `expected` of the entry's
 * `wording` are one figure, one of them rounded: the draft's written more precisely than the
 * checked one and rounding to it ("1,808,581 vehicles" of "1.81 million vehicles"), or said to be
 * rounded ("about", "almost", or "just under" and "close to" it) from it ("almost a quarter of a
 * metre" of 249 millimetres, "about 1.8 million" of 1.81 million, if off by less than a twentieth).
 * Neither is a changed figure.
 */
export function roundsAlike(tokens: readonly NormToken[], start: number, expected: string, wording: string): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  const norm = tokens[at]?.norm ?? '';
  if (at < 0 || !isFigureNorm(norm)) return false;
  const value = Number(norm);
  const before = tokens[at - 1]?.norm ?? '';
  const hedged = APPROXIMATE.has(before) || ((before === 'under' || before === 'to') && /^(?:just|close)$/.test(tokens[at - 2]?.norm ?? ''));
  const precise = digitsOf(value).length >= PRECISE_DIGITS && !isYearTerm(`#${norm}`);
  // Most figures are neither: their checked figure's wording is not read.
  if (!(value > 0) || (!hedged && !precise)) return false;
  // The checked figure as its wording writes it, with its unit ("249mm" is 0.249 metre).
  const written = normalizeTokens(wording);
  const k = written.findIndex((t) => isFigureNorm(t.norm) && writes(wording.slice(t.start, t.end), expected));
  const unitOf = (list: readonly NormToken[], j: number): string => (UNITS.has(list[j + 1]?.norm ?? '') ? (list[j + 1]?.norm ?? '') : '');
  const checked = Number(written[k]?.norm);
  if (k < 0 || !(checked > 0) || unitOf(tokens, at) !== unitOf(written, k)) return false;
  // Written more precisely than a checked figure of two significant digits or more, and rounding to it.
  const checkedDigits = digitsOf(checked).length;
  if (precise && checkedDigits >= 2 && checkedDigits < digitsOf(value).length && roundedTo(value, checked)) return true;
  return hedged && roundedTo(checked, value) && Math.abs(checked - value) < HEDGED_SHARE * checked;
}

/** Whether a figure's token, as written, writes the checked figure `expected`, with its unit or without ("45" of "45 percent"). */
function writes(token: string, expected: string): boolean {
  return token.startsWith(expected) || (expected.startsWith(token) && !/[\d.,]/.test(expected.charAt(token.length)));
}

/** A figure said to be rounded is off the checked one by less than this share of it: "about 1.8 million" of 1.81 million, not "about 30,000" of 33,000. */
const HEDGED_SHARE = 0.05;

/**
 * A figure written with at least this many significant digits, and no year, may be a checked
 * figure of two or more written more precisely ("1,808,581" of "1.81 million", "45.2 percent" of
 * "45 percent"). A round checked figure is a figure of its own: "$9.7 billion" is not "$10
 * billion", nor 2028 a year rounded to 2030.
 */
const PRECISE_DIGITS = 3;

/** Whether `value` rounded as `rounded` is written, to the place of its last significant digit (250 to tens, 0.25 to hundredths), is it. */
function roundedTo(value: number, rounded: number): boolean {
  const step = 10 ** (Math.floor(Math.log10(rounded)) - digitsOf(rounded).length + 1);
  return Math.abs(Math.round(value / step) * step - rounded) < step / 2;
}

/**
 * The mismatch of draft tokens worded as the phrases of `byFigures`: none when the draft's
 * figures are one entry's; else against the first phrase of the one figure on record, or, where
 * entries give the wording several figures, of the one `pick` tells by the sentence's other words
 * (none if it cannot: which one the draft means, the wording alone does not say).
 */
export function figuresChanged(
  text: string,
  tokens: readonly NormToken[],
  byFigures: ReadonlyMap<string, readonly FigurePhrase[]>,
  shares: (context: ReadonlySet<string>) => boolean,
  ofWhat: (phrase: FigurePhrase, start: number) => boolean,
  pick: (byFigures: ReadonlyMap<string, readonly FigurePhrase[]>) => FigurePhrase | undefined,
): FigureMismatch | undefined {
  const written = tokens.filter((t) => isFigureNorm(t.norm));
  if (byFigures.has(written.map((t) => t.norm).join(' '))) return undefined;
  const [phrase] = byFigures.size === 1 ? ([...byFigures.values()][0] ?? []) : [pick(byFigures)];
  if (!phrase || (phrase.context !== undefined && !shares(phrase.context))) return undefined;
  if (written.some((t, n) => !mayBeChanged(t.norm, phrase.figures[n]?.norm ?? t.norm))) return undefined;
  const figures = written.flatMap((t, n) => {
    const expected = phrase.figures[n];
    return expected === undefined || expected.norm === t.norm ? [] : [{ span: { start: t.start, end: t.end }, found: text.slice(t.start, t.end), expected: expected.text }];
  });
  const first = tokens[0];
  const last = tokens.at(-1);
  if (figures.length === 0 || !first || !last) return undefined;
  if (phrase.of && !figures.every((f) => ofWhat(phrase, f.span.start))) return undefined;
  return { entryId: phrase.entryId, phrase: phrase.phrase, span: { start: first.start, end: last.end }, figures };
}
