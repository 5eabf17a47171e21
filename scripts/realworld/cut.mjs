// Cuts real-world Markdown posts into sentences to label, as the labelled set was cut: a sentence
// never crosses a line break; front matter and fenced code are skipped; a line is split after
// ".", "!" or "?" (and a closing quote or bracket) before a space and a capital, digit or mark.
//
//   node scripts/realworld/cut.mjs <folder> <file.md>...   one JSON line per sentence: {id, doc, start, end, text}
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [folder, ...docs] = process.argv.slice(2);
const BOUNDARY = /(?<=[.!?]["”’)\]*_]*)\s+(?=["“(\[*_]*[A-Z0-9])/g;

for (const doc of docs) {
  const text = readFileSync(path.join(folder, doc), 'utf8');
  let n = 0;
  let offset = 0;
  let fence = null;
  let frontMatter = text.startsWith('---');
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (frontMatter) {
      if (start > 0 && trimmed === '---') frontMatter = false;
      continue;
    }
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (trimmed === '') continue;
    let from = 0;
    const cuts = [...line.matchAll(BOUNDARY)].map((m) => [m.index, m.index + m[0].length]).concat([[line.replace(/\s+$/, '').length, line.length]]);
    for (const [end, next] of cuts) {
      const lead = line.slice(from).search(/\S/);
      const s = from + Math.max(0, lead);
      if (end > s) console.log(JSON.stringify({ id: `${doc}#${++n}`, doc, start: start + s, end: start + end, text: line.slice(s, end) }));
      from = next;
    }
  }
}
