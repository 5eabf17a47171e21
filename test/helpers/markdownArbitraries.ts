import fc from 'fast-check';

// Generators of news-like Markdown drafts and of edits to them, for property tests. Drafts are
// built from the pieces a reporter writes (attributed statements, figures, links, footnotes,
// citations, lists, quotes, tables, code, directives), so that random edits keep landing on the
// constructs whose extent an edit can change.

const SPEAKER = fc.constantFrom('The minister', 'Dr. Chen', 'State media', 'Officials in Kyiv', 'A spokeswoman');
const VERB = fc.constantFrom('said', 'told reporters', 'warned', 'confirmed');
const CONTENT = fc.constantFrom('the talks would resume', 'the budget was cut', 'no decision was taken', 'the vote goes ahead');
const FIGURE = fc.constantFrom('a 14-month conflict', '3,200 troops', '45 percent of voters', '$2.5 billion in aid');
const LABEL = fc.constantFrom('1', '2', 'note', 'r', 'ap', 'Reuters Wire');
const ENTRY = fc.constantFrom('claim-1', 'claim-2', 'missing');

/** One sentence, maybe carrying a source. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(SPEAKER, VERB, CONTENT).map(([s, v, c]) => `${s} ${v} that ${c}.`),
  fc.tuple(FIGURE).map(([f]) => `The report cites ${f} in the region.`),
  fc.tuple(CONTENT, SPEAKER).map(([c, s]) => `“${c},” ${s.toLowerCase()} said.`),
  fc.tuple(SPEAKER, CONTENT).map(([s, c]) => `${s} said ${c} [source](https://example.org/s).`),
  fc.tuple(SPEAKER, FIGURE, LABEL).map(([s, f, l]) => `${s} noted ${f}.[^${l}]`),
  fc.tuple(SPEAKER, CONTENT, LABEL).map(([s, c, l]) => `As [${s}][${l}] said, ${c}.`),
  fc.tuple(FIGURE, ENTRY).map(([f, e]) => `The estimate of ${f} is disputed [@${e}].`),
  fc.constant('It rained in the capital on Tuesday.'),
);

const prose = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

// Prose as some editors write it: a line per sentence (edits then land past a block's first line).
const wrapped = fc.array(sentence, { minLength: 2, maxLength: 3 }).map((s) => s.join('\n'));

// What a list item holds after its marker, a line at a time: each line after the first is
// indented to the item's content, unless it is a lazy continuation (`lazy`).
const itemBody: fc.Arbitrary<ReadonlyArray<{ readonly line: string; readonly lazy?: boolean }>> = fc.oneof(
  { weight: 3, arbitrary: prose.map((p) => [{ line: p }]) },
  { weight: 1, arbitrary: fc.tuple(prose, prose).map(([a, b]) => [{ line: a }, { line: '' }, { line: b }]) },
  { weight: 1, arbitrary: fc.tuple(prose, prose).map(([a, b]) => [{ line: a }, { line: `- ${b}` }]) },
  { weight: 1, arbitrary: fc.tuple(prose, sentence).map(([a, b]) => [{ line: a }, { line: '```' }, { line: b }, { line: '```' }]) },
  { weight: 1, arbitrary: fc.tuple(prose, sentence).map(([a, b]) => [{ line: a }, { line: b, lazy: true }]) },
  { weight: 1, arbitrary: fc.constant([{ line: '' }]) },
);

// A list of several items, tight or loose, whose items hold more than a line.
const list: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('-', '*', '.', ')'), fc.array(fc.tuple(itemBody, fc.constantFrom('\n', '\n', '\n\n')), { minLength: 2, maxLength: 6 }))
  .map(([kind, items]) =>
    items
      .map(([body, gap], i) => {
        const marker = kind === '.' || kind === ')' ? `${i + 1}${kind}` : kind;
        const pad = ' '.repeat(marker.length + 1);
        const lines = body.map(({ line, lazy }, k) => (k === 0 ? (line === '' ? marker : `${marker} ${line}`) : line === '' || lazy ? line : pad + line));
        return lines.join('\n') + (i < items.length - 1 ? gap : '');
      })
      .join(''),
  );

/** One top-level block. */
export const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: prose },
  { weight: 2, arbitrary: wrapped },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), CONTENT).map(([n, c]) => `${'#'.repeat(n)} ${c}`) },
  { weight: 1, arbitrary: prose.map((p) => `${p}\n---`) },
  { weight: 2, arbitrary: fc.array(prose, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(prose, { minLength: 1, maxLength: 2 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n\n')) },
  { weight: 2, arbitrary: list },
  // Other list markers: a list ends where the marker changes, and an edit may make two lists one.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('* ', '+ ', '1) '), wrapped).map(([m, w]) => `${m}${w.replace(/\n/g, '\n   ')}`) },
  { weight: 1, arbitrary: fc.array(prose, { minLength: 1, maxLength: 2 }).map((lines) => lines.map((l) => `> ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(FIGURE, FIGURE).map(([a, b]) => `| Region | Figure |\n|---|---|\n| North | ${a} |\n| South | ${b} |`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: sentence.map((s) => `    ${s}`) },
  // Prose indented by mistake: an item whose text starts past the fourth column, then a paragraph
  // indented four spaces (an indented code block, read as the item's text); and HTML nested on.
  { weight: 1, arbitrary: fc.tuple(CONTENT, prose).map(([c, p]) => `  1. **${c}**\n\n    ${p}`) },
  { weight: 1, arbitrary: prose.map((p) => `<div>\n\n    <p>\n      ${p}\n    </p>`) },
  { weight: 1, arbitrary: fc.tuple(LABEL, prose).map(([l, p]) => `[^${l}]: ${p}`) },
  { weight: 1, arbitrary: LABEL.map((l) => `[^${l}]:`) },
  { weight: 1, arbitrary: LABEL.map((l) => `[${l}]: https://example.org/${l.length}`) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- fact-check-ignore-next -->', '<!-- fact-check-disable -->', '<!-- fact-check-enable -->', '<!-- fact-check-ignore-next unsourced-quantity -->') },
  // Lone openers and closers: prose between them lies inside a fence, an HTML block or a comment.
  { weight: 1, arbitrary: fc.constantFrom('<div>', '</div>', '<!--', '-->', '<pre>', '</pre>', '```', '~~~', '***', '---', '', '-', '1.') },
  // What site generators and CMS exports add: HTML paragraphs, shortcodes, links to templates.
  { weight: 1, arbitrary: sentence.map((s) => `<p>\n  ${s} <a href="https://example.org">a</a>\n</p>`) },
  { weight: 1, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `{{< img alt="${a}" >}} ${b} [a]({{< ref "x.md" >}} "T") {% x %}`) },
);

/** A draft: blocks separated by one or more blank lines (sometimes none), maybe with front matter, maybe CRLF. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([frontMatter, blocks, eol]) => {
    const body = blocks.map(([b, gap]) => b + gap).join('');
    return (frontMatter ? '---\ntitle: Draft\n---\n\n' : '') + body.replace(/\n/g, eol);
  });

/** Text an edit inserts: structural characters more often than a writer would type them. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('```', '~~~', '>', '> ', '- ', '1. ', '* ', '1) ', '[^1]:', '[^note]: x', '[r]: /u', '---', '===', '***', '\n', '\n\n', '\r\n', '\r', ' ', '    ', '\t'),
  fc.constantFrom('[', ']', '(', ')', '|', '#', '<', '<!--', '-->', '<div>', '*', '_', '`', '\\', '@', '[@claim-1]', '[^2]', 'x', 'said', ' 42 percent'),
  fc.string({ maxLength: 4 }),
  sentence,
);

/** An edit as positions relative to the text's length, so that it applies to any text. */
export interface RelativeEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

export const edit: fc.Arbitrary<RelativeEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 })),
  insert: fc.oneof(insertion, fc.constant('')),
});

/** Where a relative edit falls in `text`: `[start, end)` replaced by `text`. */
export function placeEdit(text: string, e: RelativeEdit): { start: number; end: number; text: string } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return { start, end: Math.min(text.length, start + e.remove), text: e.insert };
}
