import fc from 'fast-check';

/**
 * Drafts made of the inputs that the Markdown parser reads slowly or nests deeply: runs of
 * container markers, delimiters, brackets, setext underlines, lazy lines and long lines, each
 * repeated up to tens of thousands of times, with prose between them; up to 100 KB.
 */

// What each run repeats.
const ATOMS = [
  '> ', '>', '- ', '* ', '1. ', '  ', '    ', '\t', '*', '_', '**', '__', '***', '~~', '[', ']', '(', ')', '](', '[ (](',
  '[a](b ', '[a](<b', '[@a] ', '[^a] ', '![', '![a', ']()', '<', '<!--', '<?', '<a ', '`', '\\', '&amp;', '&#', '|', '|-', 'a\n=\n', 'a\n-\n',
  '> a\n> =\n', '> a\nb\n', '- a\n\n      b\n', '[^a]: b\n', '[a]: <b\n', '\r', 'a\r', '\n', '\n\n', 'a  \n', 'www.a.b ', 'a@b.c ',
  '*a **a ', ' a** a*', 'a_ ', '_a ', '[a', 'a]', '*a_ ', 'x',
  // Template syntax and HTML blocks, read by hand rather than by the parser.
  '{{< ', '>}}', '{{', '}}', '{% ', '{: .a}', ']({{< ref "a" >}})', '<p>', '</p>', '<a href="', '<script>', '&#8220;',
];
const PROSE = ['The minister said 40 people died. ', 'Officials told reporters the 14-month conflict cost $3.2 billion. ', '“We will win,” she said. ', '\n\n'];

const MAX_LENGTH = 100_000;

/** A run: one atom (or two taken turns) repeated, up to `MAX_LENGTH` characters. */
const run: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ATOMS), fc.option(fc.constantFrom(...ATOMS), { nil: '' }), fc.integer({ min: 0, max: 16 }))
  .map(([atom, other, log]) => {
    const unit = atom + other;
    // Log-uniform counts: most runs short, some tens of thousands long.
    const count = Math.min(Math.floor(2 ** log * 1.3), Math.floor(MAX_LENGTH / unit.length));
    return unit.repeat(Math.max(1, count));
  });

/** A draft of runs with prose between them, cut to at most 100 KB. */
export const pathologicalDraft: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: run }, { weight: 1, arbitrary: fc.constantFrom(...PROSE) }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('').slice(0, MAX_LENGTH));
