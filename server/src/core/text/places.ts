import porter2 from 'wink-porter2-stemmer';
import { once } from './once';
import within from './places-within.json';
import table from './places.json';

// Words that name a country or a body of states ("Japan", "Tokyo", "Japanese", "NATO"), as
// scripts/places.mjs lists them from a table of the world's countries: what tells a claim said of
// Japan from one said of Washington, where capital letters alone cannot (the White House and the
// Pentagon are Washington too). And words that name a place within a country (a federation's state
// or province, a UK nation, a big city), each a place of its own: Saskatchewan's turnout is not
// British Columbia's, nor Toronto's rent Vancouver's. The web build leaves that second table out
// (see scripts/build.mjs): there, only countries are told apart.

/** The places a stem may name, by code ("JPN"; a body of states "+NATO"; a place within a country its country's and a rank, "CAN.1k"); none for a stem the tables do not know. */
export function placesOf(stem: string): readonly string[] | undefined {
  return byStem().get(stem);
}

/** Whether place `a` is `b` or holds it: a place within a country has the country's code and its own ("UKR.4f" within "UKR"). */
export function covers(a: string, b: string): boolean {
  return a === b || (b.length > a.length && b.startsWith(a) && b[a.length] === '.');
}

/** Whether two places are one, or one lies within the other. */
export function meet(a: string, b: string): boolean {
  return covers(a, b) || covers(b, a);
}

/** Whether a body of states, not a country, has this code. */
export function isBody(code: string): boolean {
  return code.startsWith('+');
}

const byStem = once((): ReadonlyMap<string, readonly string[]> => {
  const read = new Map<string, string[]>();
  const add = (word: string, code: string): void => {
    const stem = porter2(word);
    const codes = read.get(stem);
    // Two words of one stem ("Carolina", "Carolinas") may name any of the places of either.
    if (!codes) read.set(stem, [code]);
    else if (!codes.includes(code)) codes.push(code);
  };
  // "JPN:japan+japanese+tokyo": a country's words. "CAN:alberta,british+columbia": a country's places within it, each coded by its rank ("CAN.1").
  for (const entry of table.places.split(' ')) {
    const [code = '', words = ''] = entry.split(':');
    for (const word of words.split('+')) add(word, code);
  }
  for (const entry of within.places ? within.places.split(' ') : []) {
    const [country = '', places = ''] = entry.split(':');
    places.split(',').forEach((place, rank) => {
      for (const word of place.split('+')) add(word, `${country}.${rank.toString(36)}`);
    });
  }
  return read;
});
