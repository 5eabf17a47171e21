import type { Inflection } from '../lexicon';
import { IRREGULAR, DOUBLING } from './vocabulary';

// Every form of an English verb, regular or listed as irregular, in American and British spelling.

const VOWEL = /[aeiou]/;

/** Whether `base` doubles its last consonant: one-syllable consonant-vowel-consonant ("slam"), or listed. */
function doubles(base: string): boolean {
  if (DOUBLING.has(base)) return true;
  const plain = base.replace(/qu/g, 'q');
  if ((plain.match(/[aeiouy]+/g) ?? []).length !== 1) return false;
  const [a = '', b = '', c = ''] = plain.slice(-3);
  return plain.length >= 3 && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c);
}

/** British spelling doubles a final "l" after one vowel ("signalled", "labelling"). */
function britishDoubleL(base: string): boolean {
  return /[^aeiou][aeiou]l$/.test(base) && (base.match(/[aeiouy]+/g) ?? []).length > 1;
}

function thirdPerson(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

function gerund(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/(ee|ye|oe)$/.test(base)) return base + 'ing';
  if (base.endsWith('e')) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}

/** Every form of the verb `base`, with the inflections each form can stand for. */
export function inflect(base: string): ReadonlyMap<string, readonly Inflection[]> {
  const forms = new Map<string, Inflection[]>();
  const add = (form: string, inflection: Inflection): void => {
    const tags = forms.get(form);
    if (tags === undefined) forms.set(form, [inflection]);
    else if (!tags.includes(inflection)) tags.push(inflection);
  };
  const [past, participle, ...either] = IRREGULAR[base] ?? [regularPast(base), regularPast(base)];
  add(base, 'base');
  add(thirdPerson(base), 'third');
  add(past, 'past');
  add(participle, 'participle');
  add(gerund(base), 'gerund');
  if (britishDoubleL(base)) either.push(base + 'led');
  for (const form of either) {
    add(form, 'past');
    add(form, 'participle');
  }
  if (britishDoubleL(base)) add(base + 'ling', 'gerund');
  return forms;
}
