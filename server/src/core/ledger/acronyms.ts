import { normalizeTokens, type NormToken } from '../text/normalize';
import { isFunctionWord, type Stems, type Term } from '../text/terms';

// Names written out and their acronyms stand for one another in the index of similar claims
// (./similar): a rewording writes "the International Monetary Fund" for the entry's "IMF", "gross
// domestic product" for "GDP", or "the FTC" for "the Federal Trade Commission". The claims file
// says which acronyms it knows and what its own words spell: only those are read in a sentence.

/** A name's words may hold these between its initials: "Office for National Statistics", "Bank of England". */
const INNER: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on']);
/**
 * How a word is written, as far as names and acronyms go: two to five capital letters ("IMF"), a
 * capital and anything ("Monetary"), three lowercase letters or more ("gross"), or otherwise.
 */
type Shape = 'acronym' | 'capitalized' | 'lower' | 'other';

/** The terms that a sentence's acronyms and spelled-out names add to its own: see `acronymReader`. */
export type AcronymTerms = (text: string, tokens: readonly NormToken[]) => Term[];

/**
 * The reader of a sentence's acronyms and names for the claims file whose wordings these are: for
 * a run of words whose initials spell an acronym the claims file writes, that acronym; for an
 * acronym that a run of the claims file's words spells, those words. Each added term stands where
 * the sentence writes what it stands for.
 */
export function acronymReader(wordings: readonly string[], stems: Stems): AcronymTerms {
  const acronyms = new Set<string>();
  // Every start of an acronym, so that a run whose initials start none is read no further.
  const starts = new Set<string>();
  // The content words' stems of the first run of the claims file's words that spells each set of initials.
  const spelled = new Map<string, readonly string[]>();
  for (const wording of wordings) {
    const tokens = normalizeTokens(wording);
    for (const token of tokens) {
      if (shapeOf(wording, token) !== 'acronym') continue;
      acronyms.add(token.norm);
      for (let n = 1; n <= token.norm.length; n++) starts.add(token.norm.slice(0, n));
    }
    eachRun(wording, tokens, (initials, from, to) => {
      if (!spelled.has(initials)) spelled.set(initials, tokens.slice(from, to + 1).flatMap((t) => (INNER.has(t.norm) ? [] : [stems.of(t.norm)])));
    });
  }
  if (acronyms.size === 0 && spelled.size === 0) return () => [];
  return (text, tokens) => {
    const added: Term[] = [];
    if (acronyms.size > 0) {
      eachRun(
        text,
        tokens,
        (initials, from, to) => {
          if (acronyms.has(initials)) added.push({ term: stems.of(initials), figure: false, start: (tokens[from] as NormToken).start, end: (tokens[to] as NormToken).end });
        },
        starts,
      );
    }
    for (const token of tokens) {
      const words = shapeOf(text, token) === 'acronym' ? spelled.get(token.norm) : undefined;
      for (const stem of words ?? []) added.push({ term: stem, figure: false, start: token.start, end: token.end });
    }
    return added;
  };
}

/** The acronyms of two to five capitals that `text` (its `tokens`) writes, lowercase: "pap" of "The PAP won". */
export function acronymsIn(text: string, tokens: readonly NormToken[]): string[] {
  return tokens.flatMap((token) => (shapeOf(text, token) === 'acronym' ? [token.norm] : []));
}

/**
 * The acronyms that the names `text` (its `tokens`) writes out would have: "pap" of "People's
 * Action Party", "ecb" of "European Central Bank"; of names whose words are all capitalized, no "of"
 * or "and" between them, as the test of what a phrase is said of reads them (a sentence that
 * credits "the INMO" may still be of a hospital, not the Irish Nurses and Midwives Organisation).
 */
export function namesSpelled(text: string, tokens: readonly NormToken[]): ReadonlySet<string> {
  const spelled = new Set<string>();
  eachRun(text, tokens, (initials, from, to) => {
    if (shapeOf(text, tokens[from] as NormToken) === 'capitalized' && !tokens.slice(from, to + 1).some((t) => INNER.has(t.norm))) spelled.add(initials);
  });
  return spelled;
}

/**
 * Calls `found` with the initials of each run of `tokens` that may be a name written out, and the
 * run's first and last tokens: two to five capitalized words, with "of", "for", "and", "the" or
 * "on" between them ("Canada Mortgage and Housing Corporation"; its initials with and without
 * those: "ONS", "BoE"), or three to five lowercase words of three letters or more ("gross
 * domestic product", "official cash rate"). With `starts`, a run is read only while its initials
 * start one of them: most sentences spell nothing.
 */
function eachRun(text: string, tokens: readonly NormToken[], found: (initials: string, from: number, to: number) => void, starts?: ReadonlySet<string>): void {
  const shape = (k: number): Shape => {
    const token = tokens[k];
    return token === undefined ? 'other' : shapeOf(text, token);
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = shape(i);
    if (first !== 'capitalized' && first !== 'lower') continue;
    const capitalized = first === 'capitalized';
    let initials = '';
    let all = '';
    for (let k = i; k < tokens.length && initials.length < 5; k++) {
      const norm = (tokens[k] as NormToken).norm;
      if (capitalized && k > i && INNER.has(norm) && shape(k + 1) === 'capitalized') {
        all += norm.charAt(0);
        continue;
      }
      if (shape(k) !== first || (!capitalized && isFunctionWord(norm))) break;
      initials += norm.charAt(0);
      all += norm.charAt(0);
      if (starts && !starts.has(initials) && !starts.has(all)) break;
      if (initials.length < (capitalized ? 2 : 3)) continue;
      found(initials, i, k);
      if (all !== initials) found(all, i, k);
    }
  }
}

/** How `token` of `text` is written (see `Shape`), read by character codes: most words are lowercase ASCII. */
function shapeOf(text: string, token: NormToken): Shape {
  const length = token.end - token.start;
  if (!isUpper(text.charCodeAt(token.start))) {
    if (length < 3) return 'other';
    for (let i = token.start; i < token.end; i++) if (!isLower(text.charCodeAt(i))) return 'other';
    return 'lower';
  }
  if (length > 5 || length < 2) return 'capitalized';
  for (let i = token.start + 1; i < token.end; i++) if (!isUpper(text.charCodeAt(i))) return 'capitalized';
  return 'acronym';
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isUpper(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(String.fromCharCode(code));
}

function isLower(code: number): boolean {
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(String.fromCharCode(code));
}
