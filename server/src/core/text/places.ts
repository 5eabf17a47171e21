import porter2 from 'wink-porter2-stemmer';
import { once } from './once';
import table from './places.json';

// Words that name a country or a body of states ("Japan", "Tokyo", "Japanese", "NATO"), as
// scripts/places.mjs lists them from a table of the world's countries: what tells a claim said of
// Japan from one said of Washington, where capital letters alone cannot (the White House and the
// Pentagon are Washington too).

/** The places a stem may name, by code ("JPN"; a body of states "+NATO"); none for a stem the table does not know. */
export function placesOf(stem: string): readonly string[] | undefined {
  return byStem().get(stem);
}

/** Whether a body of states, not a country, has this code. */
export function isBody(code: string): boolean {
  return code.startsWith('+');
}

const byStem = once((): ReadonlyMap<string, readonly string[]> => {
  const read = new Map<string, readonly string[]>();
  for (const entry of table.places.split(' ')) {
    const [word = '', codes = ''] = entry.split(':');
    read.set(porter2(word), codes.split(','));
  }
  return read;
});
