import porter2 from 'wink-porter2-stemmer';
import { isFigureNorm, normalizeTokens, type NormToken } from '../text/normalize';
import type { Stems } from '../text/terms';

// Which way a claim says a figure moved: "US unemployment ticked up to 3.8 percent" is not the
// claim that unemployment fell to 3.8 percent, however alike its words; a draft that says so is
// not offered the entry as its claim in other words.

export type Direction = 'up' | 'down';

// Verbs and nouns of change, not words with other senses as common ("added" reports, "raised
// concerns"); "up" and "down" only after a verb of movement ("ticked up", "went down").
const WORDS: ReadonlyArray<readonly [Direction, string]> = [
  ['up', 'rise rose risen grow grew grown increase climb jump double triple widen expand soar surge hike'],
  ['down', 'fall fell fallen decrease drop decline halve narrow shrink shrank shrunk plunge slump dip tumble reduce slash sink sank sunk'],
];
const DIRECTIONS: ReadonlyMap<string, Direction> = new Map(WORDS.flatMap(([d, words]) => words.split(' ').map((w) => [porter2(w), d] as const)));
// Verbs that set a figure, which say a way only with the figure after them: "raised the Selic to
// 13.25 percent", "cut the rate by half a point to …"; not "raised concerns", "cut the ribbon".
const SETTING: ReadonlyMap<string, Direction> = new Map(
  ([['up', 'raise lift'], ['down', 'cut lower trim']] as const).flatMap(([d, words]) => words.split(' ').map((w) => [porter2(w), d] as const)),
);
/** How many words after a verb that sets a figure its figure may stand: "cut the Selic rate by half a percentage point". */
const SET_REACH = 10;
const PARTICLES: ReadonlyMap<string, Direction> = new Map([['up', 'up'], ['down', 'down']]);
const MOVEMENT: ReadonlySet<string> = new Set('tick go goe gone went edge move creep crept shoot shot come came'.split(' ').map((w) => porter2(w)));

/** The one way the words of `tokens` say a figure moved, if they say one way only. */
export function directionOf(tokens: readonly NormToken[], stems: Stems): Direction | undefined {
  return oneWay(
    tokens.map((t, k) => {
      const particle = PARTICLES.get(t.norm);
      if (particle !== undefined) return MOVEMENT.has(stems.of(tokens[k - 1]?.norm ?? '')) ? particle : undefined;
      const stem = stems.of(t.norm);
      const direction = DIRECTIONS.get(stem);
      if (direction !== undefined || !SETTING.has(stem)) return direction;
      for (let j = k + 1; j <= k + SET_REACH && j < tokens.length; j++) if (isFigureNorm(tokens[j]?.norm ?? '')) return SETTING.get(stem);
      return undefined;
    }),
  );
}

/**
 * The one way words, as stems, say a figure moved ("rise", "sink"), if they say one way only; "up"
 * and "down" need their verb, and are not read here; with `figureAfter`, the words stand before a
 * figure, and a verb that sets one says a way too ("raised").
 */
export function directionOfStems(stems: readonly string[], figureAfter = false): Direction | undefined {
  return oneWay(stems.map((stem) => DIRECTIONS.get(stem) ?? (figureAfter ? SETTING.get(stem) : undefined)));
}

/** The one way of `ways` that are not undefined, if they are all one. */
function oneWay(ways: readonly (Direction | undefined)[]): Direction | undefined {
  let found: Direction | undefined;
  for (const d of ways) {
    if (d === undefined) continue;
    if (found !== undefined && found !== d) return undefined;
    found = d;
  }
  return found;
}

/** Whether a text and a claim say a figure moved opposite ways. */
export function opposite(tokens: readonly NormToken[], claim: string, stems: Stems): boolean {
  const ours = directionOf(tokens, stems);
  const theirs = ours && directionOf(normalizeTokens(claim), stems);
  return theirs !== undefined && theirs !== ours;
}
