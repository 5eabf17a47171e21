import porter2 from 'wink-porter2-stemmer';
import table from './inflections.json';
import { UNITS } from './figures';
import { once } from './once';
import { isFigureNorm, type NormToken } from './normalize';

// The terms a claim is recognised by however it is worded: content words reduced to their stems by
// Porter's second stemmer, Porter2 ("offences", "offence" → "offenc"; "rising", "rises" → "rise"),
// which unlike his first keeps "general" apart from "generation" and "news" from "new", after an
// irregular form is read as its base ("rose" → "rise"); and figures
// as values with their units ("fourteen months", "14-month" → "#14 month"; an ordinal is its number,
// "third" → "#3").
// Function words carry no claim and are left out.

/** A term of a text, and where the text writes it. */
export interface Term {
  readonly term: string;
  readonly figure: boolean;
  readonly start: number;
  readonly end: number;
  /**
   * Whether a negation stands before the word: `denied` after a negated verb's "not", "never" or
   * "n't" ("vaccines do not contain"), `none` after "no" or "without" ("no public money"). See
   * `negatedTerm`.
   */
  readonly negation?: 'denied' | 'none';
}

// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions): a claim's
// wording keeps its content words whatever grammar holds them together.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own per same shall she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up upon very via was we were what when where which while who whom why will with would ' +
    'you your yours yourself yourselves'
  ).split(' '),
);

/** Whether a normalized word is a function word, which carries no claim. */
export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

// Words that negate the word they stand before: a verb's negation, which denies it, and a noun's,
// which says there is none of it. The words themselves carry no claim of their own.
const DENIALS: ReadonlySet<string> = new Set(
  (
    'not never cannot dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt cant couldnt shouldnt mustnt'
  ).split(' '),
);
const NONE: ReadonlySet<string> = new Set(['no', 'without']);
/** A negation reaches this many function words ahead for its word: "was not built", "no more public money". */
const NEGATION_REACH = 3;

/**
 * The negation before token `i`, past at most a few function words, if any: a denial ("is not a
 * 14-month conflict") or a word that says there is none ("there are no microchips in vaccines").
 */
export function negationBefore(tokens: readonly NormToken[], i: number): Term['negation'] {
  for (let k = i - 1; k >= Math.max(0, i - 1 - NEGATION_REACH); k--) {
    const norm = tokens[k]?.norm ?? '';
    if (DENIALS.has(norm)) return 'denied';
    if (NONE.has(norm)) return 'none';
    if (!FUNCTION_WORDS.has(norm) && norm.length > 1) return undefined;
  }
  return undefined;
}

/**
 * A negated word's term: it is not the word ("no public money" does not say "public money"), and
 * stands for it only where the other text negates it too.
 */
export function negatedTerm(term: string): string {
  return `¬${term}`;
}

export function isNegatedTerm(term: string): boolean {
  return term.startsWith('¬');
}

const ORDINAL_SUFFIX = /(?:st|nd|rd|th)$/;

/** A normalized figure's value, an ordinal as its number: "25th" is "25". */
export function valueOf(norm: string): string {
  return norm.replace(ORDINAL_SUFFIX, '');
}

/** At most this many words' stems are kept: a bound on what reading many drafts can hold. */
const MAX_REMEMBERED = 50_000;

/**
 * Stems words, remembering the stems of the words met: the stemmer costs more than a look-up. An
 * irregular form is stemmed as its base ("rose" as "rise", "children" as "child"): `inflections`
 * maps forms to bases, by default the list that ships (./inflections.json).
 */
export class Stems {
  private readonly known = new Map<string, string>();

  constructor(private readonly inflections: ReadonlyMap<string, string> = shippedInflections()) {}

  of(word: string): string {
    let stem = this.known.get(word);
    if (stem === undefined) {
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      // Porter2 marks a "y" it keeps as "3": a word with digits ("mp3") is its own stem.
      stem = /\d/.test(word) ? word : porter2(this.inflections.get(word) ?? word);
      this.known.set(word, stem);
    }
    return stem;
  }
}

/** The irregular forms of common words and their bases, as scripts/related-words.mjs lists them: read once, when first needed. */
const shippedInflections = once((): ReadonlyMap<string, string> => {
  const words = table.forms.split(' ');
  const read = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) read.set(words[i] ?? '', words[i + 1] ?? '');
  return read;
});

const FIGURE_VALUE = /^#(\d+(?:\.\d+)?)/;
const YEAR_TERM = /^#(1[89]|20)\d\d$/;

/** Whether a figure term is a year ("#2023"). */
export function isYearTerm(term: string): boolean {
  return YEAR_TERM.test(term);
}

/**
 * Whether a figure term's value has three or more significant digits and is no year ("#61900000000
 * usd", "#75.8 percent", "#412"): such a value seldom recurs by chance, where "#20 percent" or "#3"
 * do everywhere.
 */
export function isDistinctiveFigure(term: string): boolean {
  const value = FIGURE_VALUE.exec(term)?.[1];
  if (value === undefined || isYearTerm(term)) return false;
  return value.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length >= 3;
}

/** The terms of normalized tokens (see `normalizeTokens`), in text order. */
export function termsOf(tokens: readonly NormToken[], stems: Stems): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NormToken;
    if (DENIALS.has(token.norm) || NONE.has(token.norm)) continue;
    if (isFigureNorm(token.norm)) {
      const unit = tokens[i + 1];
      const value = valueOf(token.norm);
      if (unit && UNITS.has(unit.norm)) {
        terms.push({ term: `#${value} ${unit.norm}`, figure: true, start: token.start, end: unit.end });
        i++;
      } else {
        terms.push({ term: `#${value}`, figure: true, start: token.start, end: token.end });
      }
    } else if (token.norm.length > 1 && !FUNCTION_WORDS.has(token.norm)) {
      const negated = negationBefore(tokens, i);
      terms.push({ term: stems.of(token.norm), figure: false, start: token.start, end: token.end, ...(negated && { negation: negated }) });
    }
  }
  return terms;
}
