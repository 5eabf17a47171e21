import { UNITS } from '../text/figures';
import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import { MONTHS } from '../text/periods';
import { isBody, placesOf } from '../text/places';
import { isFunctionWord, valueOf, type Stems } from '../text/terms';

// How the said-of test (./saidOf) reads a claim's or a sentence's words: the content words that can
// say what a phrase is of, the names written capitalized, the places they name, and where a claim
// writes its phrase.

export const CAPITALIZED = /^\p{Lu}/u;
export const ACRONYM = /^\p{Lu}{2,}$/u;
const POSSESSIVE_S = /['’]s$/;
// Words that make a claim the whole world's, as stems.
const WORLD_WIDE: readonly string[] = ['global', 'worldwid'];
// Dates are written capitalized, and name nothing a claim is of: months, days and feasts ("on Christmas Day").
export const DATE_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...'monday tuesday wednesday thursday friday saturday sunday christmas easter'.split(' ')]);

/** Words that qualify a title, opening a claim as capitalized as a name would: "Former Philippine president …". */
const QUALIFIERS: ReadonlySet<string> = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'ex']);

/** The starts of the tokens that are days of a month ("October 25", "25 October"), which date and count nothing. */
export function daysOfMonths(tokens: readonly NormToken[]): ReadonlySet<number> {
  const days = new Set<number>();
  tokens.forEach((t, k) => {
    if (isDayNumber(t.norm) && (MONTHS.has(tokens[k - 1]?.norm ?? '') || MONTHS.has(tokens[k + 1]?.norm ?? ''))) days.add(t.start);
  });
  return days;
}

/** Whether a normalized word is a number a day of a month may be: 1 to 31. */
export function isDayNumber(norm: string): boolean {
  const day = Number(valueOf(norm));
  return Number.isInteger(day) && day >= 1 && day <= 31;
}

/**
 * The names a text writes, but of places, each as the stems of its words but places: runs of
 * capitalized words but dates, the first word only if an acronym, followed by another capitalized
 * word ("Hockey Canada"), or one of `named`, stems known to be names otherwise.
 */
export function namesIn(text: string, tokens: readonly NormToken[], stems: Stems, named: ReadonlySet<string> = NO_NAMES): string[][] {
  const names: string[][] = [];
  const capitalized = (k: number): boolean => isCapitalizedAt(text, tokens, k) && isContent(tokens[k]?.norm ?? '') && !DATE_NAMES.has(tokens[k]?.norm ?? '');
  let name: string[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (!capitalized(k)) {
      name = undefined;
      continue;
    }
    // A possessive ends a name: "Canada's Olympic team".
    const before = tokens[k - 1];
    if (before !== undefined && POSSESSIVE_S.test(text.slice(before.start, before.end))) name = undefined;
    const token = tokens[k] as NormToken;
    const written = text.slice(token.start, token.end);
    const stem = stemOf(written, token, stems);
    if (k === 0 && ((!ACRONYM.test(written) && !capitalized(1) && !named.has(stem)) || QUALIFIERS.has(token.norm))) continue;
    if (!name) names.push((name = []));
    if (!placeAt(text, tokens, k, stems)) name.push(stem);
  }
  return names.filter((n) => n.length > 0);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The names an entry's `claim` (its `tokens`) writes (see `namesIn`), its first word among them
 * where one of the entry's `match` phrases writes it capitalized ("Walmart is closing …" with "all
 * Walmart stores in Chicago"), or, with `opening`, wherever it is written capitalized ("Barbie was …").
 */
export function claimNames(claim: string, tokens: readonly NormToken[], match: readonly string[], stems: Stems, opening = false): string[][] {
  const named = new Set(match.flatMap((w) => capitalizedPastFirst(w, normalizeTokens(w), stems)));
  const first = tokens[0];
  if (opening && first !== undefined && isCapitalizedAt(claim, tokens, 0) && isContent(first.norm) && !DATE_NAMES.has(first.norm)) named.add(stems.of(first.norm));
  return namesIn(claim, tokens, stems, named);
}

/** The stems of the content words of `text` (its `tokens`) written capitalized past its first: names, but a heading's. */
export function capitalizedPastFirst(text: string, tokens: readonly NormToken[], stems: Stems): string[] {
  return tokens.flatMap((token, k) => (k > 0 && isCapitalizedAt(text, tokens, k) && isContent(token.norm) ? [stemOf(text.slice(token.start, token.end), token, stems)] : []));
}

/** The stems of the words of `text` (its `tokens`) that name something: written capitalized past its first word but dates, or naming a place anywhere. */
export function namesAndPlacesIn(text: string, tokens: readonly NormToken[], stems: Stems): string[] {
  const names = new Set<string>();
  tokens.forEach((token, k) => {
    const written = text.slice(token.start, token.end);
    const stem = stemOf(written, token, stems);
    if ((isContent(token.norm) && isName(written, k === 0, stem)) || placeAt(text, tokens, k, stems) !== undefined) names.add(stem);
  });
  return [...names];
}

/** Whether a word names something: written capitalized, not a date, and past its text's first word unless it names a place ("China's …"). */
export function isName(written: string, first: boolean, stem: string): boolean {
  return CAPITALIZED.test(written) && !DATE_NAMES.has(written.toLowerCase()) && (!first || placeOf(written, stem) !== undefined);
}

/** Whether token `k` of `text` is written capitalized. */
export function isCapitalizedAt(text: string, tokens: readonly NormToken[], k: number): boolean {
  const token = tokens[k];
  return token !== undefined && CAPITALIZED.test(text.slice(token.start, token.end));
}

/** The stems of the content words of `tokens`: no figures, units or function words. */
export function contentStems(tokens: readonly NormToken[], stems: Stems): string[] {
  return tokens.flatMap((t) => (isContent(t.norm) ? [stems.of(t.norm)] : []));
}

/** Whether a normalized word can say what a phrase is of: not a figure, a unit or a function word. */
export function isContent(norm: string): boolean {
  return norm.length > 1 && !isFigureNorm(norm) && !UNITS.has(norm) && !isFunctionWord(norm);
}

/** The places a word names, if it is written capitalized (and, if of two letters, as an acronym: "US", not "Us"). */
export function placeOf(written: string, stem: string): readonly string[] | undefined {
  return CAPITALIZED.test(written) && (written.length > 2 || ACRONYM.test(written)) ? placesOf(stem) : undefined;
}

/** Countries named by "United" and a word neither of which names one alone (the tables leave such words out). */
const UNITED: ReadonlyMap<string, readonly string[]> = new Map([
  ['states', ['USA']],
  ['kingdom', ['GBR']],
  ['nations', ['+UN']],
]);

/** The places token `k` of `text` names: its word's (see `placeOf`), or as a word of "United States", "United Kingdom" or "United Nations". */
export function placeAt(text: string, tokens: readonly NormToken[], k: number, stems: Stems): readonly string[] | undefined {
  const token = tokens[k];
  if (token === undefined) return undefined;
  const written = text.slice(token.start, token.end);
  const [first, second] = token.norm === 'united' ? [k, k + 1] : [k - 1, k];
  const united = tokens[first]?.norm === 'united' && isCapitalizedAt(text, tokens, first) && isCapitalizedAt(text, tokens, second) ? UNITED.get(tokens[second]?.norm ?? '') : undefined;
  return united ?? placeOf(written, stemOf(written, token, stems));
}

/** Whether words say a claim is of the whole world. */
export function isWorldWide(words: ReadonlySet<string> | readonly string[]): boolean {
  return WORLD_WIDE.some((w) => ('has' in words ? words.has(w) : words.includes(w)));
}

/** Whether places hold a country or a place within one, not only bodies of states. */
export function namesState(places: Iterable<string>): boolean {
  for (const p of places) if (!isBody(p)) return true;
  return false;
}

/** Whether a place of `a` stands in `relation` to one of `b`. */
export function relates(a: Iterable<string>, b: Iterable<string>, relation: (x: string, y: string) => boolean): boolean {
  for (const x of a) for (const y of b) if (relation(x, y)) return true;
  return false;
}

/** The places a possessive at token `k` names ("China's"), if it is one. */
export function ownerPlaces(text: string, tokens: readonly NormToken[], k: number, stems: Stems): readonly string[] {
  const token = tokens[k];
  const written = token === undefined ? '' : text.slice(token.start, token.end);
  return (token !== undefined && POSSESSIVE_S.test(written) && placeAt(text, tokens, k, stems)) || NO_PLACES;
}

const NO_PLACES: readonly string[] = [];

/** The places a text names. */
export function placesIn(text: string, tokens: readonly NormToken[], stems: Stems): ReadonlySet<string> {
  const places = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as NormToken;
    const written = text.slice(token.start, token.end);
    if (!CAPITALIZED.test(written)) continue;
    // "U.S.", "U.K.": letters each with its period, one acronym, however the tokens split it.
    let last = k;
    while (isDottedLetter(text, tokens[last + 1]) && isDottedLetter(text, tokens[last]) && tokens[last + 1]?.start === (tokens[last]?.end ?? 0) + 1) last++;
    const acronym = last > k ? placesOf(tokens.slice(k, last + 1).map((t) => t.norm).join('')) : undefined;
    for (const p of acronym ?? placeAt(text, tokens, k, stems) ?? []) places.add(p);
    k = last;
  }
  return places;
}

/** Whether a token is one capital letter written with a period after it: of "U.S.". */
function isDottedLetter(text: string, token: NormToken | undefined): boolean {
  return token !== undefined && token.end === token.start + 1 && CAPITALIZED.test(text.charAt(token.start)) && text.charAt(token.end) === '.';
}

/** A word's stem; a possessive's is its word's: "men's" is "men". */
export function stemOf(written: string, token: NormToken, stems: Stems): string {
  return stems.of(POSSESSIVE_S.test(written) ? token.norm.slice(0, -1) : token.norm);
}

/** Words that hedge a figure before it: "more than", "about", "nearly". */
const APPROXIMATING: ReadonlySet<string> = new Set('more less fewer than about around roughly nearly almost over under some approximately just only'.split(' '));

/** Where a claim writes its phrase: the phrase's words (and where they end), else its first figure (with what hedges it), else its first word the claim has; -1 if none. */
export function placeIn(claim: readonly NormToken[], phrase: readonly NormToken[], stems: Stems): { at: number; end?: number } {
  const norms = phrase.map((t) => t.norm);
  for (let i = 0; i + norms.length <= claim.length; i++) if (norms.every((n, k) => claim[i + k]?.norm === n)) return { at: i, end: i + norms.length - 1 };
  const figure = norms.find((n) => isFigureNorm(n));
  if (figure !== undefined) {
    // "opened more than five years behind": the clause before the figure is read from before its approximator.
    let at = claim.findIndex((t) => t.norm === figure);
    while (at > 0 && APPROXIMATING.has(claim[at - 1]?.norm ?? '')) at--;
    return { at };
  }
  const words = new Set(contentStems(phrase, stems));
  return { at: claim.findIndex((t) => words.has(stems.of(t.norm))) };
}
