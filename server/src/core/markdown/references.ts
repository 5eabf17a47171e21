// Numeric character references ("&#8211;", "&#x41;") as micromark decodes them in text.

// The longest is "&#x" and six digits, or "&#" and seven, and ";".
const NUMERIC_REFERENCE = /^&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/;
const LONGEST = 10;
const NUMERIC_REFERENCES = /&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/g;

/**
 * Where the numeric character reference at `at` ends, if it is one to a character micromark keeps
 * as it is: printable, not a surrogate (micromark-util-decode-numeric-character-reference makes
 * U+FFFD of controls, surrogates and non-characters, which are left to it).
 */
export function numericReferenceEnd(text: string, at: number, end: number): number | undefined {
  const match = NUMERIC_REFERENCE.exec(text.slice(at, Math.min(end, at + LONGEST)));
  return match && isKept(referenceCode(match[1], match[2])) ? at + match[0].length : undefined;
}

function referenceCode(decimal: string | undefined, hex: string | undefined): number {
  return decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number.parseInt(decimal, 10);
}

function isKept(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xfffd);
}

/** Text whose numeric references are all ones `numericReferenceEnd` finds, with them decoded. */
export function decodeNumericReferences(value: string): string {
  return value.includes('&#') ? value.replace(NUMERIC_REFERENCES, (_, decimal?: string, hex?: string) => String.fromCodePoint(referenceCode(decimal, hex))) : value;
}

