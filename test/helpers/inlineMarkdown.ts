import fc from 'fast-check';

// Generators of paragraphs made of the inline markup that paragraphs are read without micromark
// for (see server/src/core/markdown/inline.ts), and of its near misses: links, text in brackets,
// footnote calls, code spans, emphasis, HTML tags and numeric character references, next to
// escapes, other references, titles, other HTML, images, strikethrough and literal autolinks, with the
// definitions that make brackets links and footnote calls calls, before or after them.

// Each kind of construct as the reader takes it (first) and as it does not (second), a near miss
// now and then.
const either = <T>(taken: fc.Arbitrary<T>, missed: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ weight: 12, arbitrary: taken }, { weight: 1, arbitrary: missed });

const WORD = fc.constantFrom('a', 'Word', 'said', '3,200', 'é', '😀', '日本', '\u00a0', '\u2028', 'Ä', 'x_y', '\uD800');
const PUNCTUATION = fc.constantFrom('.', ',', '!', '?', ':', ';', '(', ')', '"', "'", '“', '”', '’', '-', '/', '%', '$', '+', '=', '>', '{', '}', '^', '#', '…', '—');
const LABEL = either(
  fc.constantFrom('a', 'two words', 'Two  Words', ' a ', '1', 'note', 'NOTE', '@claim-1', 'see @war, p. 3', '&#8211;', 'ß', 'K', 'a\nb'),
  fc.constantFrom('www.x.org', 'a@b.co', 'a&#64;b.co', 'x*y', 'x_y', '`c`', '&amp;', '', ' ', '[n]', '^1'),
);
const DESTINATION = either(
  fc.constantFrom('https://example.org/a_b', '/u', 'x*y', 'a(b)c', 'mailto:a@b.co', 'www.x.org', '\u00a0u', 'a~b', '{{< ref "x.md" >}}', 'a b', 'a  b>', '{{<  x'),
  fc.constantFrom('', '<x>', '<x y>', 'a(b(c))', 'a\\)b', 'u "t"', "u 't'", 'u (t)', 'x&amp;y', 'u)', '(', 'a`b', 'a[b', 'a|b', 'a\nb', 'a b)', 'a (b', 'a "b', "a 'b", '<a b>', '(a b)', 'a(b c)', 'a \nb', ' a b', 'a b ]', 'a b www.x.org'),
);
const AFTER_BRACKETS = either(fc.constantFrom('', ' ', '.', ')'), fc.constantFrom(':', '[', '(', '[]', '[x]'));
const FOOTNOTE = either(fc.constantFrom('1', 'note', 'Note', 'a-b_c'), fc.constantFrom('x y', '', 'é', '^', 'a\\]', 'undefined'));
const CODE = either(fc.constantFrom('a', 'a*b_c', '[x](y)', '<b>', 'www.x.org', '\\', ' a', 'a '), fc.constantFrom(' a ', '  ', 'a`', 'a\nb', '|'));
const REFERENCE = either(
  fc.constantFrom('&#8211;', '&#x41;', '&#X2014;', '&#64;', '&', '& ', 'R& D'),
  fc.constantFrom('&#0;', '&#119;ww.x.org', 'a&#64;b.co', '&#10;', '&#xD800;', '&#1114112;', '&#12345678;', '&#x;', '&#;', '&amp;', '&foo;', '&#', 'R&D', '&nbsp;'),
);
const AUTOLINK = either(
  fc.constantFrom('@', '@b', '(@b.co)', '< ', '<'),
  fc.constantFrom('www.x.org', 'WWW.x.org', 'http://x.org', 'HTTPS://x.org', 'a@b.co', 'x.y+z@b.co', 'x@', 'mailto:a@b.co', '<http://a.b>', '<a@b.co>', '<1@x.y>', '<b>', '</b>', '<!-- c -->', '<?x?>', '<<', '<>'),
);
const HTML = either(
  fc.constantFrom('<a href="http://www.x.org/a_b">', '</a>', '<b>', '<br/>', '<br />', '<img src="x.jpg" alt=\'a "b"\' />', '<span style="color: #000;">', '</span >', '<a name="x" hidden>', '<x-y>'),
  fc.constantFrom('<a href=u>', '<a href = "u">', '<a  b="c"d>', '<a\nb>', '<a b="c\nd">', '<!-- c -->', '<?x?>', '<!X>', '<![CDATA[x]]>', '<a b=\'c">', '<a:b>', '<1>', '<_a>', '</a b>', '<a/b>', '<a b="c"', '<a =>', '<a b=>'),
);
const OTHER = fc.constantFrom('\\*', '\\[', '\\', '~', '~~', '~a~', '~~a~~', '|', '![a](u)', '![a]', '`', '``', '```', '***', '* ', '_ ', '[', ']', ']:', '](', '[]', '[x][]', '[x][y]');

const span = fc.oneof(
  { weight: 12, arbitrary: WORD },
  { weight: 8, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: PUNCTUATION },
  { weight: 2, arbitrary: fc.tuple(LABEL, DESTINATION).map(([l, d]) => `[${l}](${d})`) },
  { weight: 2, arbitrary: fc.tuple(LABEL, AFTER_BRACKETS).map(([l, after]) => `[${l}]${after}`) },
  { weight: 2, arbitrary: FOOTNOTE.map((l) => `[^${l}]`) },
  { weight: 1, arbitrary: CODE.map((c) => `\`${c}\``) },
  { weight: 1, arbitrary: REFERENCE },
  { weight: 1, arbitrary: AUTOLINK },
  { weight: 1, arbitrary: HTML },
  { weight: 1, arbitrary: OTHER },
);

const MARKER = fc.constantFrom('*', '**', '_', '__');
const MISSED_MARKER = fc.constantFrom('***', '~', '~~', '* ', ' _', '');

/** A run of text, maybe emphasised, or with markers that do not match. */
const phrase: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(span, { minLength: 1, maxLength: 4 }).map((spans) => spans.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.array(span, { minLength: 1, maxLength: 4 }), MARKER).map(([spans, m]) => m + (spans.join('').trim() || 'a') + m) },
  { weight: 1, arbitrary: fc.tuple(fc.array(span, { minLength: 1, maxLength: 4 }), fc.oneof(MARKER, MISSED_MARKER), fc.oneof(MARKER, MISSED_MARKER)).map(([spans, open, close]) => open + spans.join('') + close) },
);

/** A paragraph's lines: phrases, their line breaks, and spaces that end a line. */
const paragraph: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(phrase, either(fc.constantFrom(' ', ' ', ' ', '', '\n'), fc.constantFrom(' \n', '  \n', '\\\n'))), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', ' ', '  '))
  .map(([parts, trailing]) =>
    parts
      .map(([p, after]) => p + after)
      .join('')
      .replace(/\s+$/, '') + trailing,
  );

const DEFINITION = fc.constantFrom('[a]: /d', '[Two Words]: /t', '[note]: /n', '[@claim-1]: /c', '[ß]: /s', '[K]: /k', '[^1]: A note.', '[^note]: Another.', '[^NOTE]: Upper.', '[^a-b_c]: Odd.', '- [a]: /d', '> [^1]: Quoted.', '    [a]: /code');

// Front matter, read without micromark in its plain form, and its near misses.
const FRONT_MATTER = fc.constantFrom('', '', '---\ntitle: x\n---\n\n', '---\n---\n', '---\n\na: b\n\n---\nText right after\n', '---\n- a\n- b\n---', '---\n---', '--- \na\n---\n', '---\na\n--- \n', '+++\na = 1\n+++\n', '---\n', '---\na\n', '---\na\n----\n', '---\n---\n---\n', '---\n> a\n---\n- b\n');

// Blocks that hold what follows across blank lines (one stand-in may stand for several paragraphs
// there: see `standInSlots`), their ends, and an end inside a paragraph.
const HOLDING = fc.constantFrom('```', '~~~\n', '<!--', '-->', '<script>', '</script>', '    indented code', '[^1]: A note,', '<div>', '> A quote', '  Indented two', '   Indented three', '  - A nested item', '- [ ] A task');

// ATX headings, read without micromark alone between blank lines, and their near misses.
const HEADING_OPENING = fc.constantFrom('# ', '## ', '###### ', '#  ', '#', '####### ', '#\t', ' # ', '    # ', '\\# ', '#5 ', '# # ', '## #');
const HEADING_CLOSING = fc.constantFrom('', '', ' #', ' ##  ', '#', ' \\#', ' # x', '  ', ' #\t', '\t');

// Blank lines between blocks, maybe with spaces or tabs in them.
const BETWEEN = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n', '\n   \n\n');

// A list item's marker: bullets, and numbers of one width or another.
const LIST_MARKER = fc.constantFrom('-', '*', '+', '1.', '2.', '9.', '10.', '01.', '123456789.', '1)', '7)');
const LIST_INDENT = either(fc.constantFrom('', ' ', '  ', '   '), fc.constantFrom('    ', '\t'));

// What may make a list item a GFM task, and what may not.
const TASK = fc.constantFrom('[ ] ', '[x] ', '[X]', '[\t] ', '[y] ', '[] ', '[  ] ', '[a](/u) ', '[a] ');

/** A list of one-line items, all (mostly) of one indent and marker. */
const tightList: fc.Arbitrary<string> = fc
  .tuple(LIST_INDENT, LIST_MARKER, fc.array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(LIST_INDENT, LIST_MARKER) }), fc.oneof({ weight: 8, arbitrary: phrase }, { weight: 1, arbitrary: paragraph }, { weight: 1, arbitrary: fc.tuple(TASK, phrase).map(([t, p]) => t + p) })), { minLength: 1, maxLength: 5 }))
  .map(([indent, marker, items]) => items.map(([other, text]) => `${other?.[0] ?? indent}${other?.[1] ?? marker} ${text}`).join('\n'));

/** A draft of such paragraphs, as they are or in list items and quotes, and definitions anywhere, maybe after front matter. */
export const inlineDraft: fc.Arbitrary<string> = fc
  .tuple(
    FRONT_MATTER,
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: paragraph },
        { weight: 1, arbitrary: paragraph.map((p) => `- ${p}`) },
        // Items as exported posts indent them, in lists of their own or nested in the one before.
        { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    '), fc.constantFrom('* ', '- ', '1. ', '2) '), paragraph), { minLength: 1, maxLength: 4 }).map((items) => items.map(([indent, marker, p]) => indent + marker + p).join('\n')) },
        // Tight lists of one-line items, read without micromark, and their near misses: markers of
        // another kind or width, items of more than one line, what may continue a list after it.
        { weight: 2, arbitrary: tightList },
        { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) },
        // Quotes with each line marked, read without micromark, and their near misses.
        { weight: 2, arbitrary: fc.tuple(paragraph, either(fc.constant('> '), fc.constantFrom('>', '>  ', ' > ', '>\t', '> > '))).map(([p, prefix]) => p.split('\n').map((l, i) => (i === 1 ? prefix : '> ') + l).join('\n')) },
        { weight: 2, arbitrary: DEFINITION },
        { weight: 1, arbitrary: HOLDING },
        { weight: 1, arbitrary: paragraph.map((p) => `${p} -->`) },
        { weight: 2, arbitrary: fc.tuple(HEADING_OPENING, fc.oneof(phrase, fc.constant('')), HEADING_CLOSING).map(([open, text, close]) => open + text + close) },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.array(BETWEEN, { minLength: 8, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([front, blocks, between, eol]) => (front + blocks.map((block, i) => (i === 0 ? '' : between[i - 1]) + block).join('')).replace(/\r?\n/g, eol));
