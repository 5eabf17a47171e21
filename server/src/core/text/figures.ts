import type { NormToken } from './normalize';

// Figures written many ways, made one: "$3.2 billion", "3.2bn dollars" and "3,200 million
// dollars" are all "3200000000 usd"; "45%", "45 per cent" and "45 percent" are "45 percent";
// "14 months" is "14 month", as "14-month" is, and "three days" "72 hour", as "72-hour" is. Claims-file phrases and drafts are compared in
// these forms, so a figure matches however it is written, and a changed figure is told apart from
// a reworded one.

const NUMBER = /^\d+(?:\.\d+)?$/;

/** Scale words after a number, spaced or glued ("3.2 billion", "3.2bn"), and what each multiplies by. */
export const SCALE_FACTORS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['billion', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12],
  // South Asian scales: "220 crore doses" are 2.2 billion, "5 lakh" 500,000.
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);
/** One-letter scales count only glued to the number ("€40m", "20k"): spaced, "m" is more likely a metre. */
export const GLUED_SCALE_FACTORS: ReadonlyMap<string, number> = new Map([['k', 1e3], ['m', 1e6], ['b', 1e9]]);

/** A year as a number is written: four digits, no separator ("2023"). */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** Currency signs before a number, and currency words after it, as one code each. */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'], ['€', 'eur'], ['£', 'gbp'], ['¥', 'jpy'], ['₹', 'inr'], ['₽', 'rub'], ['₦', 'ngn'], ['₱', 'peso'], ['₩', 'krw'], ['₫', 'vnd'],
  ['฿', 'thb'], ['₺', 'try'], ['₴', 'uah'], ['₪', 'ils'], ['₵', 'ghs'], ['৳', 'bdt'],
]);
// A currency's words, singular and plural, and its codes, as one code: a newsroom writes "346 billion
// shillings", "KSh346 billion" and "KES 346 billion" for one figure. A word many countries' currencies
// share ("shilling", "peso") is its own code.
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['usd', 'dollar', 'dollars', 'usd'], ['eur', 'euro', 'euros', 'eur'], ['gbp', 'pound', 'pounds', 'gbp'], ['inr', 'rupee', 'rupees', 'inr', 'pkr'],
      ['ngn', 'naira', 'ngn'], ['zar', 'rand', 'zar'], ['cny', 'yuan', 'renminbi', 'cny', 'rmb'], ['jpy', 'yen', 'jpy'], ['rub', 'rouble', 'roubles', 'ruble', 'rubles'],
      ['shilling', 'shilling', 'shillings', 'kes', 'ugx', 'tzs'], ['peso', 'peso', 'pesos', 'php', 'mxn'], ['brl', 'reais', 'brl'], ['try', 'lira', 'liras'],
      ['etb', 'birr', 'etb'], ['ghs', 'cedi', 'cedis', 'ghs'], ['aed', 'dirham', 'dirhams', 'aed'], ['sar', 'riyal', 'riyals', 'sar'], ['bdt', 'taka', 'bdt'],
      ['myr', 'ringgit', 'myr'], ['thb', 'baht', 'thb'], ['vnd', 'dong', 'vnd'], ['idr', 'rupiah', 'idr'], ['uah', 'hryvnia', 'hryvnias', 'uah'],
      ['ils', 'shekel', 'shekels', 'ils'],
    ] as const
  ).flatMap(([code, ...words]) => words.map((word): [string, string] => [word, code])),
);
/** Currency abbreviations and codes written as a word before a number: "Rs 2,000" is "₹2,000", "KSh346 billion" 346 billion shillings. */
const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  // The codes ("KES 346 billion"): the words of three letters but a name, and "PHP 7.4", a language.
  ...[...CURRENCY_WORDS].filter(([word]) => word.length === 3 && word !== 'yen' && word !== 'php'),
  ['rs', 'inr'], ['sh', 'shilling'], ['ksh', 'shilling'], ['tk', 'bdt'], ['rp', 'idr'], ['rm', 'myr'],
]);
/** Currency abbreviations that may be written solid with their number: "Rs2,000", "KSh346 billion". */
export const GLUED_CURRENCIES: ReadonlySet<string> = new Set(['rs', 'sh', 'ksh', 'tk', 'rp', 'rm']);

/** Words that say whose currency a currency word is: "3.2 billion US dollars" is "$3.2 billion". */
const CURRENCY_QUALIFIERS: ReadonlySet<string> = new Set(['us', 'american', 'canadian', 'australian']);

/** Units whose plural after a number is their singular: "14 months" as "14-month". */
const PLURAL_UNITS: ReadonlyMap<string, string> = new Map(
  ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'point', 'mile'].map((u) => [`${u}s`, u]),
);

/**
 * Measures of length, area, weight, power and energy, as metres, square metres, kilograms, watts
 * and watt-hours: "4.5 millimetres" and "4.5 centimetres" are two values of one unit, so a
 * claims-file phrase with the one finds a draft with the other as a changed figure, and "5.15
 * gigawatts" is "5,150 megawatts". Not "m" (minutes? millions?) nor "g" ("5G").
 */
const MEASURES: ReadonlyMap<string, readonly [string, number]> = new Map(
  (
    [
      [['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], 'metre', 1e-3],
      [['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], 'metre', 1e-2],
      [['metre', 'metres', 'meter', 'meters'], 'metre', 1],
      [['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km'], 'metre', 1e3],
      [['gram', 'grams'], 'kilogram', 1e-3],
      [['kilogram', 'kilograms', 'kg', 'kilo', 'kilos'], 'kilogram', 1],
      // News writes "tons" and "metric tons" for tonnes as often as for short tons, a tenth less.
      [['tonne', 'tonnes', 'ton', 'tons'], 'kilogram', 1e3],
      [['hectare', 'hectares', 'ha'], 'square-metre', 1e4],
      [['acre', 'acres'], 'square-metre', 4046.8564224],
      [['km2', 'sqkm'], 'square-metre', 1e6],
      [['watt', 'watts'], 'watt', 1],
      [['kilowatt', 'kilowatts', 'kw'], 'watt', 1e3],
      [['megawatt', 'megawatts', 'mw'], 'watt', 1e6],
      [['gigawatt', 'gigawatts', 'gw'], 'watt', 1e9],
      [['terawatt', 'terawatts', 'tw'], 'watt', 1e12],
      [['kwh'], 'watt-hour', 1e3],
      [['mwh'], 'watt-hour', 1e6],
      [['gwh'], 'watt-hour', 1e9],
      [['twh'], 'watt-hour', 1e12],
    ] as const
  ).flatMap(([names, unit, factor]) => names.map((name): [string, readonly [string, number]] => [name, [unit, factor]])),
);

/**
 * Durations, as hours or as months: "72 hours" and "three days" are one figure ("72 hour"), as are
 * "18 months" and "1.5 years" ("18 month"), "half a decade" and "five years", "a quarter of a
 * century" and 25 years. A month is no whole number of days, so the two stay apart.
 */
export const DURATIONS: ReadonlyMap<string, readonly [string, number]> = new Map(
  (
    [
      // Each name with its plural and abbreviations: "9.58sec", "90 mins", "12 hrs".
      [['second', 'seconds', 'sec', 'secs'], 'hour', 1 / 3600],
      [['minute', 'minutes', 'min', 'mins'], 'hour', 1 / 60],
      [['hour', 'hours', 'hr', 'hrs'], 'hour', 1],
      [['day', 'days'], 'hour', 24],
      [['week', 'weeks'], 'hour', 168],
      [['month', 'months'], 'month', 1],
      [['year', 'years'], 'month', 12],
      [['decade', 'decades'], 'month', 120],
      [['century', 'centuries'], 'month', 1200],
    ] as const
  ).flatMap(([names, unit, factor]) => names.map((written): [string, readonly [string, number]] => [written, [unit, factor]])),
);

/** Words that make a length an area: "square kilometres", "sq miles". */
const SQUARE: ReadonlySet<string> = new Set(['square', 'sq']);

/** The square metres in a square of the length unit written `norm`: a mile's, or a metric length's. */
function squareOf(norm: string): number | undefined {
  if (norm === 'mile' || norm === 'miles') return 1609.344 ** 2;
  const length = MEASURES.get(norm);
  return length?.[0] === 'metre' ? length[1] ** 2 : undefined;
}

/** Basis points, abbreviated. */
const BASIS_POINTS: ReadonlySet<string> = new Set(['bp', 'bps']);

/** Words and letters of a temperature's scale, after "degrees" or a number. */
const SCALES: ReadonlySet<string> = new Set(['celsius', 'centigrade', 'fahrenheit', 'c', 'f']);

/**
 * The last token of a temperature's scale written from token `k`, after a number ending at `end`:
 * "11.2 degrees Celsius", "11.2 degrees", "11.2 Celsius", "11.2°C" and "11.2C" are one figure,
 * "11.2", its scale left out as a newsroom writes its own ("1.5 degrees" of warming is "1.5C"). A
 * letter apart from its number is no scale ("Grade 5 C"); against it, one that is ("25c" a litre)
 * loses nothing: the figure is the number either way.
 */
function temperatureAt(text: string, tokens: readonly NormToken[], k: number, end: number): number | undefined {
  const word = tokens[k];
  if (word === undefined) return undefined;
  if (word.norm === 'degrees' || word.norm === 'degree') return SCALES.has(tokens[k + 1]?.norm ?? '') ? k + 1 : k;
  if (!SCALES.has(word.norm)) return undefined;
  return word.norm.length > 1 || /^°?$/.test(text.slice(end, word.start)) ? k : undefined;
}

/** The currencies a figure's unit may be, as codes ("usd"). */
export const CURRENCIES: ReadonlySet<string> = new Set([...CURRENCY_CODES.values(), ...CURRENCY_WORDS.values()]);
/** The units figures are written with here: the words of a phrase that say what a figure measures, not what it is about. */
export const UNITS: ReadonlySet<string> = new Set(['percent', ...CURRENCIES, ...PLURAL_UNITS.values(), 'metre', 'square-metre', 'kilogram', 'watt', 'watt-hour']);

/**
 * Fractions, by their denominators: "a quarter of", "two thirds of" (a third is read "3rd"), "half
 * of" are shares, written as percentages; "a quarter of a dollar" a part of a unit (./numberPhrases).
 */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['3rd', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['5th', 5], ['fifths', 5], ['10th', 10], ['tenths', 10],
]);

/**
 * Verbs of change by a multiple, and the share of change each says: "deforestation halved" is
 * "deforestation fell 50 percent", "visits doubled" rose 100 percent. Not "double" or "triple",
 * which are as often adjectives ("a double room", "triple-A").
 */
const MULTIPLE_CHANGES: ReadonlyMap<string, number> = new Map(
  ([[50, 'halve halved halves halving'], [100, 'doubled doubles doubling'], [200, 'tripled triples tripling'], [300, 'quadrupled quadruples quadrupling']] as const).flatMap(
    ([share, words]) => words.split(' ').map((w): [string, number] => [w, share]),
  ),
);

/** Whether `word` is a verb of change by a multiple ("halved"), a figure no number can stand in for in place. */
export function isChangeByMultiple(word: string): boolean {
  return MULTIPLE_CHANGES.has(word.toLowerCase());
}

/** `tokens` of `text` with each figure written in one form: its value, then its unit, if any. */
export function canonicalFigures(text: string, tokens: NormToken[]): NormToken[] {
  // Most sentences have no figure: they are kept as they are.
  if (!tokens.some((t) => NUMBER.test(t.norm) || FRACTIONS.has(t.norm) || MULTIPLE_CHANGES.has(t.norm))) return tokens;
  const out: NormToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NormToken;
    // The verb stays, for the way the figure moved; its share follows it, as "fell 50 percent" writes it.
    const multiple = MULTIPLE_CHANGES.get(token.norm);
    if (multiple !== undefined) {
      out.push(token, { norm: String(multiple), start: token.start, end: token.end }, { norm: 'percent', start: token.end, end: token.end });
      continue;
    }
    const share = shareAt(text, tokens, i);
    if (share !== undefined) {
      const [value, last] = share;
      const end = (tokens[last] as NormToken).end;
      out.push({ norm: String(Number(value.toPrecision(3))), start: token.start, end }, { norm: 'percent', start: end, end });
      // "of" after a share, as after a percentage, is dropped: "one in four adults" = "25% of adults".
      i = tokens[last + 1]?.norm === 'of' ? last + 1 : last;
      continue;
    }
    if (!NUMBER.test(token.norm)) {
      out.push(token);
      continue;
    }
    const elapsed = elapsedAt(text, tokens, i);
    if (elapsed !== undefined) {
      const [hours, last] = elapsed;
      const end = (tokens[last] as NormToken).end;
      out.push({ norm: String(Number(hours.toPrecision(12))), start: token.start, end }, { norm: 'hour', start: end, end });
      i = last;
      continue;
    }
    let value = Number(token.norm);
    let end = token.end;
    let next = i + 1;
    const scale = tokens[next];
    const factor = scale && (SCALE_FACTORS.get(scale.norm) ?? (scale.start === end ? GLUED_SCALE_FACTORS.get(scale.norm) : undefined));
    if (scale && factor !== undefined) {
      value *= factor;
      end = scale.end;
      next++;
    }
    // The unit, and where it is written: a "%" or the word after the figure; a sign before it is
    // placed at the figure's end, so that tokens stay in text order.
    // A currency word right before the number ("Rs 2,000", "Rs. 2,000") is its sign, and the figure covers it.
    const before = out.at(-1);
    const prefix = before && /^[.\s]*$/.test(text.slice(before.end, token.start)) ? CURRENCY_PREFIXES.get(before.norm) : undefined;
    if (prefix !== undefined) out.pop();
    // "22 metric tons": the tonne's word after "metric".
    if (tokens[next]?.norm === 'metric' && MEASURES.get(tokens[next + 1]?.norm ?? '')?.[0] === 'kilogram') next++;
    const sign = prefix ?? CURRENCY_CODES.get(text.charAt(token.start - 1));
    const start = prefix !== undefined && before ? before.start : sign === undefined ? token.start : token.start - 1;
    let unit: NormToken | undefined = sign === undefined ? undefined : { norm: sign, start: end, end };
    let scaled = false;
    const word = tokens[next];
    const temperature = temperatureAt(text, tokens, next, end);
    if (text.charAt(end) === '%') {
      unit = { norm: 'percent', start: end, end: end + 1 };
    } else if (word?.norm === 'percent' || word?.norm === 'pct') {
      unit = { norm: 'percent', start: word.start, end: word.end };
      next++;
    } else if (word?.norm === 'per' && tokens[next + 1]?.norm === 'cent') {
      unit = { norm: 'percent', start: word.start, end: tokens[next + 1]?.end ?? word.end };
      next += 2;
    } else if (word && SQUARE.has(word.norm) && squareOf(tokens[next + 1]?.norm ?? '') !== undefined) {
      // "184,000 square kilometres", "71,000 sq miles": an area, as hectares are.
      const side = tokens[next + 1] as NormToken;
      value *= squareOf(side.norm) ?? 1;
      scaled = true;
      unit = { norm: 'square-metre', start: word.start, end: side.end };
      next += 2;
    } else if (word && (MEASURES.has(word.norm) || DURATIONS.has(word.norm))) {
      const [name, scale] = MEASURES.get(word.norm) ?? DURATIONS.get(word.norm) ?? ['', 1];
      value *= scale;
      scaled = true;
      // "20 kilowatt-hours", "20 kilowatt hours": power for an hour is energy.
      const hours = name === 'watt' && /^hours?$/.test(tokens[next + 1]?.norm ?? '') ? tokens[next + 1] : undefined;
      unit = { norm: hours ? 'watt-hour' : name, start: word.start, end: (hours ?? word).end };
      next += hours ? 2 : 1;
    } else if (temperature !== undefined) {
      next = temperature + 1;
    } else if (word && CURRENCY_QUALIFIERS.has(word.norm) && CURRENCY_WORDS.has(tokens[next + 1]?.norm ?? '')) {
      const currency = tokens[next + 1] as NormToken;
      unit = { norm: CURRENCY_WORDS.get(currency.norm) ?? currency.norm, start: word.start, end: currency.end };
      next += 2;
    } else if (word && (CURRENCY_WORDS.has(word.norm) || PLURAL_UNITS.has(word.norm))) {
      unit = { norm: CURRENCY_WORDS.get(word.norm) ?? PLURAL_UNITS.get(word.norm) ?? word.norm, start: word.start, end: word.end };
      next++;
    }
    // The figure covers its currency sign, so that what it says is quoted whole ("$3.5 billion").
    // A value, however many zeros end its decimals: "6.50 percent" is "6.5 percent".
    const plain = token.norm.includes('.') ? String(Number(token.norm)) : token.norm;
    out.push({ norm: factor === undefined && !scaled ? plain : String(Number(value.toPrecision(12))), start, end });
    if (unit) out.push(unit);
    // "600 bps" is written out, as "600 basis points" is.
    if (!unit && word && BASIS_POINTS.has(word.norm)) {
      out.push({ norm: 'basis', start: word.start, end: word.end }, { norm: 'points', start: word.start, end: word.end });
      next++;
    }
    if (unit?.norm === 'percent' && tokens[next]?.norm === 'of') next++;
    i = next - 1;
  }
  return out;
}

/** Words after a time of day: "10:30:00 GMT". */
const CLOCK_AFTER: ReadonlySet<string> = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'local']);

/**
 * A time taken written as hours, minutes and seconds ("2:00:35"), in hours, and the index of its
 * last token: a race's time is a duration, as "two hours and 35 seconds" is. Hours and minutes
 * alone ("10:30") are as often a time of day, which is no figure to compare.
 */
function elapsedAt(text: string, tokens: readonly NormToken[], i: number): readonly [number, number] | undefined {
  const [h, m, sec] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!h || !m || !sec || !/^\d{1,2}$/.test(h.norm) || text.charAt(h.end) !== ':' || m.start !== h.end + 1 || text.charAt(m.end) !== ':' || sec.start !== m.end + 1) return undefined;
  if (!/^[0-5]\d$/.test(text.slice(m.start, m.end)) || !/^[0-5]\d(?:\.\d+)?$/.test(text.slice(sec.start, sec.end))) return undefined;
  // "at 10:30:00", "10:30:00 GMT": a time of day.
  if (tokens[i - 1]?.norm === 'at' || CLOCK_AFTER.has(tokens[i + 3]?.norm ?? '')) return undefined;
  return [Number(h.norm) + Number(m.norm) / 60 + Number(sec.norm) / 3600, i + 2];
}

/** Words that may follow a share of change: "rose by a third in a year", "fell by half over 2023". */
const AFTER_SHARE: ReadonlySet<string> = new Set(['in', 'over', 'since', 'from', 'to', 'and', 'or', 'as', 'while', 'during', 'compared', 'than', 'last', 'this', 'between']);

/** Whether token `k` ends a phrase: the text's end, punctuation after it, or a word that opens another. */
function endsPhrase(text: string, tokens: readonly NormToken[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || /[^\s-]/.test(text.slice(tokens[k]?.end, next.start)) || AFTER_SHARE.has(next.norm);
}

/** Words before "half" that make it a part of a period: "the first half of 2024", "the latter half of the year". */
const PARTS_OF_A_PERIOD: ReadonlySet<string> = new Set(['1st', '2nd', 'last', 'latter', 'back', 'front']);

/**
 * The share, in percent, that the tokens from `i` write as a ratio or a fraction, and the index of
 * its last token: "1 in 4", "one in four" (25); "a quarter of", "two thirds of" (25, 66.7); "half
 * of" (50). A fraction needs its "of", or "by" before it ("rose by two-fifths"): "a third term" is
 * an ordinal. A ratio is written in one go, and is not of a year: "since 1983, in 2024" and "the
 * top 10 in 2024" are none.
 */
function shareAt(text: string, tokens: readonly NormToken[], i: number): readonly [number, number] | undefined {
  const first = tokens[i]?.norm ?? '';
  const second = tokens[i + 1]?.norm ?? '';
  const third = tokens[i + 2]?.norm ?? '';
  const ratio = /^\d+$/.test(first) && second === 'in' && /^\d+$/.test(third) && Number(first) < Number(third);
  if (ratio && !/\S/.test(text.slice(tokens[i]?.end, tokens[i + 1]?.start)) && !YEAR.test(text.slice(tokens[i + 2]?.start, tokens[i + 2]?.end))) {
    return [(100 * Number(first)) / Number(third), i + 2];
  }
  // "the first half of 2024" is a part of a year, not a share.
  if (first === 'half' && (second === 'of' || afterBy(text, tokens, i, i)) && !PARTS_OF_A_PERIOD.has(tokens[i - 1]?.norm ?? '')) return [50, i];
  // Most tokens start no fraction: nothing more is read of them.
  const denominator = FRACTIONS.get(second);
  if (denominator === undefined) return undefined;
  const numerator = first === 'a' ? 1 : /^\d+$/.test(first) ? Number(first) : undefined;
  if (numerator === undefined || numerator >= denominator || (third !== 'of' && !afterBy(text, tokens, i, i + 1))) return undefined;
  return [(100 * numerator) / denominator, i + 1];
}

/**
 * "rose by two-fifths", "cut by a third", "fell by half": after "by", a fraction from `i` that ends
 * its phrase at `last` is a share of change ("by a third party" is an ordinal).
 */
function afterBy(text: string, tokens: readonly NormToken[], i: number, last: number): boolean {
  return tokens[i - 1]?.norm === 'by' && endsPhrase(text, tokens, last);
}
