import type { PlacedBlock } from './blocks';

// Link and footnote labels while a draft is parsed in stretches: those its lines seem to define, and
// the definitions a stretch needs to resolve its references as a whole parse would.

// A line that looks like a link or footnote definition, maybe in a quote or list item. Written so
// that no two quantifiers can share the same spaces: backtracking over them took seconds on a
// megabyte of deeply indented lines.
const DEFINITION_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t][ \t>]*)?\[(\^?)([^\]\r\n]+)\]:/gm;

/** The labels the draft's lines seem to define, as the parser normalizes them. */
export function guessLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const m of text.matchAll(DEFINITION_LINE)) {
    const label = (m[2] ?? '').replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();
    if (label !== '') labels.add((m[1] ?? '') + label);
  }
  return labels;
}

/** Link labels and footnote labels ("^" + label) by their first word. */
export type LabelIndex = ReadonlyMap<string, readonly string[]>;

export const NO_LABELS: LabelIndex = new Map();

export function indexLabels(labels: Iterable<string>): LabelIndex {
  const index = new Map<string, string[]>();
  for (const label of labels) {
    const name = label.startsWith('^') ? label.slice(1) : label;
    const word = name.split(' ', 1)[0] ?? name;
    const same = index.get(word);
    if (same) same.push(label);
    else index.set(word, [label]);
  }
  return index;
}

// An opening bracket (of a reference or footnote call) and the first word after it: up to a
// space or a bracket, as labels are normalized. Labels hold no unescaped brackets.
const LABEL_START = /\[\^?[ \t\r\n]*((?:[^ \t\r\n[\]\\]|\\.)*)/g;

/**
 * Definitions, one a paragraph, for the labels that the stretch may use: those whose first word
 * follows an opening bracket in it. Writing every definition of a long draft would cost more than
 * parsing the stretch; so would looking for every label in it.
 */
export function relevantDefinitions(stretch: string, labels: LabelIndex): string {
  if (labels.size === 0 || !stretch.includes('[')) return '';
  // Labels are case-folded this way (micromark's normalizeIdentifier, then lower case).
  const folded = stretch.toLowerCase().toUpperCase().toLowerCase();
  const used = new Set<string>();
  for (const m of folded.matchAll(LABEL_START)) for (const label of labels.get(m[1] ?? '') ?? []) used.add(label);
  // Blank lines between them: a footnote's text would run on into the next line.
  return [...used].map((label) => (label.startsWith('^') ? `[^${label.slice(1)}]: x` : `[${label}]: x`)).join('\n\n');
}

/** Adds `sign` for each label each block defines to `counts`, dropping labels that reach 0. */
export function countLabels(blocks: readonly PlacedBlock[], counts: Map<string, number>, sign: 1 | -1): Map<string, number> {
  for (const block of blocks) {
    for (const label of new Set(block.analysis.defined)) {
      const n = (counts.get(label) ?? 0) + sign;
      if (n === 0) counts.delete(label);
      else counts.set(label, n);
    }
  }
  return counts;
}
