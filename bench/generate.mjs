// Deterministic news-like Markdown drafts for benchmarks: headings, prose with attributions,
// quotes and figures, links, footnotes, citations, lists, tables and code. Same size and seed,
// same bytes, on every machine.

/** A small fast PRNG (mulberry32): deterministic across Node versions, unlike Math.random. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = ['The minister', 'A spokeswoman for the ministry', 'Senator Alvarez', 'Dr. Chen', 'The agency', 'Officials in Kyiv', 'The company', 'Mr. Okafor', 'State media', 'The U.N. envoy'];
const QUOTE_SPEAKERS = ['the minister', 'Senator Alvarez', 'Dr. Chen', 'the agency', 'Mr. Okafor', 'a spokeswoman'];
const VERBS = ['said', 'told reporters', 'stated', 'noted', 'warned', 'insisted', 'claimed', 'argued', 'confirmed', 'announced'];
const CONTENT = [
  'the talks would resume next week',
  'the budget had been cut without notice',
  'the ceasefire was holding in most regions',
  'no decision had been taken on the new plant',
  'the figures were preliminary',
  'the vote would go ahead as planned',
];
const FIGURES = ['a 14-month conflict', '3,200 troops', '45 percent of voters', '$2.5 billion in aid', 'a 12-point plan', 'nearly 900 families', 'a 7% rise in prices', '40 to 50 soldiers'];
const PLAIN = [
  'The meeting took place in the capital on Tuesday.',
  'Reporters waited outside the building for most of the afternoon.',
  'The debate continued late into the evening.',
  'It was the first such meeting this year.',
  'Weather delayed several flights into the city.',
];

function pick(next, list) {
  return list[Math.floor(next() * list.length)];
}

function sentence(next, n) {
  const r = next();
  if (r < 0.3) return `${pick(next, SPEAKERS)} ${pick(next, VERBS)} that ${pick(next, CONTENT)}.`;
  if (r < 0.45) return `According to ${pick(next, ['state media', 'the ministry', 'two officials', 'court records'])}, ${pick(next, CONTENT)}.`;
  if (r < 0.6) return `“${pick(next, CONTENT).replace(/^./, (c) => c.toUpperCase())},” ${pick(next, QUOTE_SPEAKERS)} said.`;
  if (r < 0.75) return `The report cites ${pick(next, FIGURES)} in the region.`;
  if (r < 0.82) return `${pick(next, SPEAKERS)} said ${pick(next, CONTENT)} [source](https://example.org/story/${n}).`;
  if (r < 0.88) return `${pick(next, SPEAKERS)} noted ${pick(next, FIGURES)}.[^${n}]`;
  if (r < 0.92) return `The estimate of ${pick(next, FIGURES)} is disputed [@claim-${n % 50}].`;
  return pick(next, PLAIN);
}

/** Returns a draft of about `bytes` UTF-8 bytes. */
export function generateDraft(bytes, seed = 1) {
  const next = rng(seed);
  const parts = ['---\ntitle: Generated draft\ndate: 2023-04-27\n---\n'];
  const footnotes = [];
  let size = parts[0].length;
  let n = 0;
  while (size < bytes) {
    n++;
    let block;
    const r = next();
    if (n % 12 === 1) block = `## Section ${n}: ${pick(next, ['Talks', 'Budget', 'Front line', 'Markets'])}`;
    else if (r < 0.08) block = Array.from({ length: 3 }, () => `- ${sentence(next, n)}`).join('\n');
    else if (r < 0.12) block = `> ${sentence(next, n)}\n> ${sentence(next, n)}`;
    else if (r < 0.15) block = `| Region | Figure |\n|---|---|\n| North | ${pick(next, FIGURES)} |\n| South | ${pick(next, FIGURES)} |`;
    else if (r < 0.17) block = '```js\nconst officialsSaid = 42; // not prose\n```';
    else block = Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(next, n)).join(' ');
    if (block.includes(`[^${n}]`)) footnotes.push(`[^${n}]: Interview by the author, ${n} March 2023.`);
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n') + '\n\n' + footnotes.join('\n') + '\n';
}

/** A claims file with entries `claim-0` … `claim-(count-1)`, as the generated drafts cite. */
export function generateClaims(count) {
  const lines = ['claims:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  - id: claim-${i}`, `    claim: Generated claim number ${i}.`, `    match: [generated phrase ${i}]`, `    rating: ${i % 7 === 0 ? 'mixed' : 'true'}`, `    sources:`, `      - url: https://example.org/${i}`);
  }
  return lines.join('\n') + '\n';
}
