import fc from 'fast-check';
import { placeEdit, type RelativeEdit } from './markdownArbitraries';

/**
 * Generators of hostile drafts and edits for fuzzing: news-like claims mixed with every kind of
 * markup the engine treats specially, and text that breaks naive offset arithmetic (astral
 * characters, combining marks, right-to-left and zero-width characters, lone surrogates, CRLF and
 * lone CR).
 */

const PROSE = [
  'The minister said that ', 'according to state media', ', officials told reporters.', 'Xi assured Zelenskiy that ',
  'the 14-month conflict', "China's 12-point peace proposal", 'prices rose 40 percent', '$3.5 billion', 'in 2023',
  'It was reported that ', 'is expected to ', '“We will win,” she said. ', '"Never," he added', 'The ambassador stated ',
  'Nobody believes ', 'at 10:30 a.m.', 'version 2.1.0', 'p. 12', 'U.S. officials', 'Dr. Smith', ' ', '. ', ', ', '“', '”', '"', "'",
];
const MARKUP = [
  '[@war]', '[@unknown-id]', '[see @war, p. 3]', '[@war; @peace]', '[^1]', '[^note]', '\n[^1]: Reuters, 2023.\n', '\n[^2]:\n',
  '[a link](https://example.com/story)', '<https://example.com>', 'https://example.com/x', '[ref][r]', '\n[r]: https://example.com/r\n',
  '<!-- fact-check-ignore -->', '<!-- fact-check-disable -->', '<!-- fact-check-enable -->', '<!-- fact-check-disable unsourced-quantity -->',
  '\n```\n', '\n~~~js\n', '\n    indented code\n', '`code`', '\n> ', '\n- ', '\n1. ', '\n* ', '\n  - ', '\n\n',
  '\n| who | said |\n|---|---|\n| Xi | 12-point |\n', '<div>', '</div>', '\n<div>\n', '\n---\n', '\n# ', '\n## ', '\nTitle\n===\n',
  '*', '_', '**', '~~', '\\', '&amp;', '&#x1F600;', '&bogus;', '[', ']', '(', ')', '<', '>', '|', '!',
];
const UNICODE = [
  '😀', '𝐀', '👩‍👩‍👧', '🇺🇦', '𠀋', 'e\u0301', 'n\u0303\u0323', 'Ä', 'مرحبا قال الوزير', 'שלום', '\u202Eevil\u202C', '\u200F',
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\uD800', '\uDC00', '\u0000', '\u00A0', '\u2028', '日本の首相は述べた', 'Ελλάδα',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r'];

/** One piece of a draft. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A line prefix nesting blockquotes and lists. */
const nesting = fc.array(fc.constantFrom('> ', '- ', '1. ', '  ', '>'), { maxLength: 6 }).map((p) => p.join(''));

const frontMatter = fc.constantFrom('', '---\ntitle: "Said: 12 points"\n---\n', '---\r\nx: 1\r\n---\r\n', '+++\ntitle = "x"\n+++\n', '---\nbroken: [\n');

/** A whole hostile draft. */
export const hostileDraft: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(fc.tuple(nesting, fc.array(piece, { maxLength: 12 })), { maxLength: 10 }))
  .map(([head, lines]) => head + lines.map(([prefix, parts]) => prefix + parts.join('')).join('\n'));

/** An edit anywhere, inserting a hostile piece (or nothing). */
export const hostileEdit: fc.Arbitrary<RelativeEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(piece, fc.constant('')),
});

/**
 * Where `edit` lands in `text` (see `placeEdit`), moved off the middle of a "\r\n" line break,
 * where no LSP position can point.
 */
export function locate(text: string, edit: RelativeEdit): { start: number; end: number } {
  const outsideCrlf = (offset: number): number => (text[offset - 1] === '\r' && text[offset] === '\n' ? offset + 1 : offset);
  const { start, end } = placeEdit(text, edit);
  return { start: outsideCrlf(start), end: Math.max(outsideCrlf(start), outsideCrlf(end)) };
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** How many cases a fuzz property runs: `FUZZ_RUNS` (from `npm run fuzz`) or the test-suite default. */
export function fuzzRuns(suiteDefault: number): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : suiteDefault;
}
