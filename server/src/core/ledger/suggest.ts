import type { ClaimKind } from '../types';
import { isCitationKey } from './rules';

/** The detected claim an id is suggested for (as a Claim or a diagnostic's data carries it). */
export interface IdSource {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly speaker?: string;
}

const MAX_ID_WORDS = 4;
const MAX_ID_LENGTH = 48;
// Words that carry nothing an id is recognized by.
const STOP_WORDS = new Set(
  [
    'a', 'an', 'the', 'of', 'that', 'this', 'these', 'those', 'to', 'in', 'on', 'at', 'by', 'for', 'from',
    'with', 'as', 'into', 'onto', 'about', 'over', 'under', 'after', 'before', 'since', 'and', 'or', 'but',
    'nor', 'if', 'so', 'than', 'then', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have',
    'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
    'it', 'its', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'we', 'us', 'our', 'i', 'me',
    'my', 'you', 'your', 'not', 'no', 'also', 'such', 'which', 'who', 'whom', 'whose', 'what', 'there',
    'here', 'very', 'just',
  ],
);
// Latin letters that Unicode decomposition does not reduce to ASCII.
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };
// A word of an id: letters and digits, hyphenated compounds ("14-month") and decimals ("3.2") kept whole.
const ID_WORD = /[a-z0-9]+(?:(?:-|(?<=\d)\.(?=\d))[a-z0-9]+)*/g;

/**
 * A readable, unused id for a new claims-file entry: lowercase ASCII words joined by "-", at most
 * four words and 48 characters, accents folded, stop words dropped. An attribution is named by its
 * speaker's last word (a person's surname) and the first content words of what is reported: the
 * part of the sentence after the attribution, or before it when nothing follows ("“We will win,”
 * the minister said" → "minister-win"). A figure is named by its own words ("14-month-conflict"),
 * with the sentence's first content words when it has only one. Without ASCII letters the id is
 * "claim-1", "claim-2"…; otherwise a taken id gets "-2", "-3"….
 */
export function suggestId(claim: IdSource, sentenceText: string, taken: (id: string) => boolean): string {
  const words = claim.kind === 'attribution' ? attributionWords(claim, sentenceText) : quantityWords(claim, sentenceText);
  const slug = clip([...new Set(words)]);
  if (!/[a-z]/.test(slug) || !isCitationKey(slug)) return firstFree('claim', 1, taken);
  return taken(slug) ? firstFree(slug, 2, taken) : slug;
}

function attributionWords(claim: IdSource, sentence: string): string[] {
  const at = sentence.indexOf(claim.text);
  const after = at < 0 ? [] : idWords(sentence.slice(at + claim.text.length));
  const reported = after.length > 0 ? after : idWords(at < 0 ? sentence : sentence.slice(0, at));
  return [...idWords(claim.speaker ?? '').slice(-1), ...reported];
}

function quantityWords(claim: IdSource, sentence: string): string[] {
  const figure = idWords(claim.text);
  return figure.length > 1 ? figure : [...figure, ...idWords(sentence.replace(claim.text, ' '))];
}

/** The content words of `text`, folded to lowercase ASCII. */
function idWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => FOLDED[c] ?? c)
    // "China’s" is China; "don't" one word; "3,000" one number.
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/(?<=\d),(?=\d{3})/g, '');
  return (folded.match(ID_WORD) ?? []).filter((w) => !STOP_WORDS.has(w));
}

function clip(words: readonly string[]): string {
  const kept = words.slice(0, MAX_ID_WORDS);
  while (kept.length > 1 && kept.join('-').length > MAX_ID_LENGTH) kept.pop();
  return kept.join('-').slice(0, MAX_ID_LENGTH).replace(/[-.]+$/, '');
}

function firstFree(base: string, from: number, taken: (id: string) => boolean): string {
  let n = from;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
