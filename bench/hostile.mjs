// Hostile drafts and claims files through the real server over stdio: those of issue 7 (a 20 MB
// draft, 200,000 lines, one 2 MB line, deep nesting, binary garbage, lone surrogates) and of
// issue 18 (nesting that exhausted the stack, inputs the Markdown parser reads in quadratic time,
// claims files of junk, of many keys, of growing match phrases). For each: time to the first
// diagnostics; the longest a hover waited while the draft was being checked (hovers are sent one
// after another from the open on) and once it was; a code action after; how many diagnostics
// came; whether part of the draft is noted as not checked, or cut at the maximum length; the
// server's peak memory; whether it is still alive.
// Usage: npm run bench:hostile, or ONLY='2 MB' npm run bench:hostile for the drafts whose name has
// those words   (needs dist/: npm run build)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-languageserver-protocol/node';
import { generateDraft } from './generate.mjs';
import { startServer } from './server.mjs';

const MB = 1024 * 1024;
/** `unit` repeated to `bytes` characters or just over. */
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));

function cases() {
  const garbage = Buffer.alloc(2 * MB);
  let seed = 7;
  for (let i = 0; i < garbage.length; i++) garbage[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const prose = 'The minister said 40 people died, officials told reporters.\n';
  return [
    // Issue 7.
    ['20 MB news-like draft', () => generateDraft(20 * MB)],
    ['200,000 lines, one list without blank lines', () => Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? `- The minister said ${i} people died` : `line ${i}`)).join('\n')],
    ['one 2 MB line', () => fill('The minister said that 40 people died, officials said. ', 2 * MB)],
    ['lists nested 1,000 deep', () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Officials said ${i} died`).join('\n')],
    ['blockquotes nested 1,000 deep', () => `${'>'.repeat(1000)} The minister said that 40 people died.\n`.repeat(20)],
    ['2 MB of binary garbage', () => garbage.toString('utf8')],
    ['lone surrogates', () => 'The minister said \uD800 that 40 \uDC00 people died. '.repeat(20_000)],
    // Issue 18, row 1: nesting that exhausted the stack.
    ['quotes nested 3,000 deep (6 KB)', () => prose + '\n' + '> '.repeat(3_000) + 'x'],
    ['emphasis nested 8,000 deep (16 KB)', () => prose + '\n' + '*'.repeat(8_000) + 'x' + '*'.repeat(8_000)],
    ['"- " nested 3,000 deep (6 KB)', () => prose + '\n' + '- '.repeat(3_000) + 'x'],
    // Row 6: what the parser reads in quadratic time, or worse.
    ['setext headings (32 KB)', () => prose + '\n' + fill('a\n=\n', 32 * 1024)],
    ['"*" nesting (32 KB)', () => prose + '\n' + '*'.repeat(16_000) + 'x' + '*'.repeat(16_000)],
    ['">" nesting (32 KB)', () => prose + '\n' + '> '.repeat(16_000) + 'x'],
    ['"](" (250 KB)', () => prose + '\n' + fill('](', 250 * 1024)],
    ['"[a](b " (1 MB)', () => prose + '\n' + fill('[a](b ', MB)],
    ['"[@a] " (1 MB)', () => prose + '\n' + fill('[@a] ', MB)],
    ['lone CR lines (1 MB)', () => prose + '\n' + fill('a\r', MB)],
    ['"](" (1 MB)', () => prose + '\n' + fill('](', MB)],
    ['footnote definitions (0.7 MB)', () => prose + '\n' + fill('[^a]: b\n', 0.7 * MB)],
    ['one 2 MB line of claims', () => fill('The minister said 40 people died, ', 2 * MB)],
    // Rows 3, 4 and 5: claims files.
    ['1 MB of " as the claims file', () => prose, () => '"'.repeat(MB)],
    ['claims file: one entry, 71,000 keys', () => prose, () => `claims:\n  - id: a\n${Array.from({ length: 71_000 }, (_, i) => `    k${i}: v\n`).join('')}`],
    ['650 growing match phrases, 80 KB sentence', () => `The minister said ${'a '.repeat(40_000)}.\n`, () => `claims:\n${Array.from({ length: 650 }, (_, i) => `  - id: a${i + 1}\n    match: "${Array(i + 1).fill('a').join(' ')}"\n`).join('')}`],
  ];
}

const ms = (x) => (x < 10 ? `${x.toFixed(1)} ms` : x < 10_000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(1)} s`);
console.log('| hostile input | size | first diagnostics | longest hover wait while checked | hover after | code action after | diagnostics | part not checked | cut | peak RSS | alive |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [name, draft, claims] of cases().filter(([n]) => !process.env.ONLY || n.includes(process.env.ONLY))) {
  const folder = mkdtempSync(join(tmpdir(), 'fact-check-hostile-'));
  if (claims) writeFileSync(join(folder, 'claims.yaml'), claims());
  const text = draft();
  const server = await startServer(folder);
  const uri = `file://${folder}/draft.md`;
  const position = { line: 0, character: 5 };
  const hover = () => server.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position });
  const t0 = performance.now();
  const first = server.published(uri);
  await server.open(uri, text);
  // Hovers one after another until the diagnostics come: the longest any of them waited.
  let checked = false;
  void first.then(() => (checked = true));
  let longestWait = 0;
  while (!checked) {
    const sent = performance.now();
    await hover();
    longestWait = Math.max(longestWait, performance.now() - sent);
  }
  const { diagnostics } = await first;
  const firstMs = performance.now() - t0;
  let t = performance.now();
  await hover();
  const hoverAfter = performance.now() - t;
  const range = diagnostics[0]?.range ?? { start: position, end: position };
  t = performance.now();
  // As an editor does: the diagnostics under the cursor, not the whole list.
  await server.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: diagnostics.slice(0, 1) } });
  const actionAfter = performance.now() - t;
  const row = [
    name,
    `${(Buffer.byteLength(text) / MB).toFixed(2)} MB${claims ? ' (+ claims file)' : ''}`,
    ms(firstMs),
    ms(longestWait),
    ms(hoverAfter),
    ms(actionAfter),
    diagnostics.length.toLocaleString('en-US'),
    diagnostics.some((d) => d.code === 'not-checked') ? 'yes' : 'no',
    diagnostics.some((d) => d.code === 'draft-truncated') ? 'yes' : 'no',
    `${Math.round(server.peakRssMb())} MB`,
    server.alive() ? 'yes' : 'NO',
  ];
  await server.stop();
  console.log(`| ${row.join(' | ')} |`);
}
