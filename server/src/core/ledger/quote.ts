// How a new entry's values are written into a claims file: as scalars that every YAML and JSON
// reader reads back as they are.

import { parse } from 'yaml';
import type { NewEntry } from './append';

/** The new entry's values as the file holds them. */
export interface Written {
  /** The id, claim and match phrases (a flow list) in double quotes. */
  readonly id: string;
  readonly claim: string;
  readonly match: string;
  /** The id unquoted, when a YAML block may write it so. */
  readonly plainId?: string;
}

export function written(entry: NewEntry, format: 'yaml' | 'json'): Written {
  return {
    id: quote(entry.id, format),
    claim: quote(entry.claim, format),
    match: `[${entry.match.map((m) => quote(m, format)).join(', ')}]`,
    ...(isPlainId(entry.id) && { plainId: entry.id }),
  };
}

// An id is written plain only when it starts with a letter or "_" (not a digit, which starts
// numbers, dates and times) and both YAML 1.2 and YAML 1.1 read it as that text: still read by
// many tools, YAML 1.1 makes booleans of yes, no, on, off, y and n, numbers of 1_000 and 0b101,
// and sexagesimals of 1:30.
const PLAIN_ID_START = /^[\p{L}_]/u;

function isPlainId(id: string): boolean {
  return PLAIN_ID_START.test(id) && parse(id, { schema: 'core' }) === id && parse(id, { version: '1.1' }) === id;
}

// What a double-quoted string must not hold raw, beyond what JSON escapes (C0 controls, and lone
// surrogates, which it writes as escapes): YAML readers refuse DEL, C1 controls and U+FFFE/U+FFFF,
// YAML 1.1 reads U+0085, U+2028 and U+2029 as line breaks, and a byte order mark may be dropped. The
// other noncharacters are not meant for interchange (YAML 1.2 allows them): escaped, they read back
// the same everywhere.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\p{Noncharacter_Code_Point}]/gu;

/**
 * A double-quoted string that JSON and YAML (1.1 and 1.2) readers read back as `text`. A
 * noncharacter past U+FFFF is escaped as YAML's "\U" and eight digits in a YAML file, and as a pair
 * of surrogate escapes in a JSON file (YAML readers outside JavaScript read that pair as two).
 */
function quote(text: string, format: 'yaml' | 'json'): string {
  return JSON.stringify(text).replace(UNSAFE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code <= 0xffff) return escape16(code);
    return format === 'yaml' ? `\\U${code.toString(16).padStart(8, '0')}` : escape16(c.charCodeAt(0)) + escape16(c.charCodeAt(1));
  });
}

function escape16(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
