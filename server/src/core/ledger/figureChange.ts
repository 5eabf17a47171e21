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
