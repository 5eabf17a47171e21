import type { Ledger } from '../ledger/ledger';
import { parseMarkdown } from '../markdown/parse';
import type { CheckOptions } from '../options';
import { analyzeBlock } from './block';
import { assemble, type Analysis, type JudgementMemo, type PlacedBlock } from './assemble';
import { afterBlankLine, lineStart } from './lines';

/**
 * A draft as the engine keeps it between edits: its text and a compact analysis of each top-level
 * block (no syntax trees). Immutable: an edit returns a new draft that shares the untouched blocks.
 */
export interface Draft {
  readonly text: string;
  readonly options: CheckOptions;
  readonly blocks: readonly PlacedBlock[];
  /** Judgements of blocks against the ledger, reused by later analyses of this draft and its edits. */
  readonly memo: JudgementMemo;
  /** How many blocks define each link label and footnote label ("^" + label). */
  readonly labels: ReadonlyMap<string, number>;
}

/** Text `text` replacing `[start, end)` of a draft, in UTF-16 offsets of the text before the change. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Parses and analyses a whole draft. */
export function openDraft(text: string, options: CheckOptions, memo: JudgementMemo = new WeakMap()): Draft {
  const tree = parseMarkdown(text);
  const blocks = tree.children.map((node) => ({ shift: 0, analysis: analyzeBlock(node, text, options) }));
  return { text, options, memo, blocks, labels: countLabels(blocks, new Map(), 1) };
}

/** The draft's claims, sources and findings, judged against `ledger`. */
export function analyzeDraft(draft: Draft, ledger: Ledger): Analysis {
  return assemble(draft.blocks, draft.text, ledger, draft.options, draft.memo);
}

/**
 * Applies an edit, re-parsing only the blocks it can change; the result always equals
 * `openDraft` of the new text.
 *
 * Where a top-level block follows a blank line, the parser's state is empty: nothing before it
 * changes how it and what follows parse, except link and footnote definitions (which are global)
 * and front matter (only at the start). So the edited stretch is re-parsed from such a block before
 * the edit up to such a block after it, and accepted once the stretch's last block comes out exactly
 * as before: then the edit did not leak further (an opened code fence or HTML block, a list that
 * now continues). Otherwise the stretch grows, doubling, up to the end of the draft. Definitions
 * elsewhere are written before the stretch so that its references parse as they do in the draft;
 * an edit that adds or removes a definition label changes other blocks and re-parses everything.
 *
 * Detection is a pure function of one prose block today. If it ever needs state carried from block
 * to block (an open quotation across paragraphs), each block will take the previous block's
 * carry-out, and blocks after the stretch will be re-analysed, without re-parsing, until a block's
 * carry-out is unchanged.
 */
export function editDraft(draft: Draft, change: TextChange): Draft {
  const old = draft.text;
  const text = old.slice(0, change.start) + change.text + old.slice(change.end);
  const delta = change.text.length - (change.end - change.start);
  const { blocks } = draft;
  if (frontMatterInDoubt(draft, text, change)) return openDraft(text, draft.options, draft.memo);
  const startOf = (i: number): number => at(blocks, i).shift + at(blocks, i).analysis.start;
  const endOf = (i: number): number => at(blocks, i).shift + at(blocks, i).analysis.end;

  // Restart at a block wholly before the edit that follows a blank line (or at the draft's start).
  let first = firstIndex(blocks.length, (i) => endOf(i) >= change.start) - 1;
  while (first > 0 && !afterBlankLine(text, lineStart(text, startOf(first)))) first--;
  if (first < 0) first = 0;
  const from = first === 0 ? 0 : lineStart(text, startOf(first));

  // Stop after a block wholly after the edit that still follows a blank line.
  let last = firstIndex(blocks.length, (i) => startOf(i) >= change.end);
  let step = 1;
  for (;;) {
    while (last < blocks.length && (lineStart(old, startOf(last)) < change.end || !afterBlankLine(text, lineStart(old, startOf(last)) + delta))) last++;
    const toEnd = last >= blocks.length;
    const end = toEnd ? blocks.length : last + 1;
    const until = toEnd ? text.length : endOf(last) + delta;
    const replaced = blocks.slice(first, end);
    const inside = countLabels(replaced, new Map(), 1);
    const outside = new Set([...draft.labels].filter(([label, n]) => n > (inside.get(label) ?? 0)).map(([label]) => label));
    const fresh = parseStretch(text, from, until, outside, draft.options);
    const tail = fresh.at(-1);
    if (toEnd || (tail && tail.shift + tail.analysis.start === startOf(last) + delta && tail.shift + tail.analysis.end === until)) {
      const labels = countLabels(fresh, countLabels(replaced, new Map(draft.labels), -1), 1);
      for (const label of new Set([...inside.keys(), ...fresh.flatMap((b) => b.analysis.defined)])) {
        // A label defined or undefined anew changes what other blocks' brackets mean.
        if ((draft.labels.get(label) ?? 0) > 0 !== (labels.get(label) ?? 0) > 0) return openDraft(text, draft.options, draft.memo);
      }
      const after = blocks.slice(end).map((b) => ({ shift: b.shift + delta, analysis: b.analysis }));
      return { text, options: draft.options, memo: draft.memo, labels, blocks: [...blocks.slice(0, first), ...fresh, ...after] };
    }
    last += step;
    step *= 2;
  }
}

/**
 * Parses `text[from, until)` on its own. Definitions elsewhere in the draft that the stretch may
 * refer to are written before it (closed by a thematic break, so that nothing continues them), or
 * after it when the stretch starts the draft and may hold front matter.
 */
function parseStretch(text: string, from: number, until: number, labels: ReadonlySet<string>, options: CheckOptions): PlacedBlock[] {
  const stretch = text.slice(from, until);
  const definitions = relevantDefinitions(stretch, labels);
  let source: string;
  let offset: number;
  if (from === 0) {
    source = definitions === '' ? stretch : `${stretch}\n\n${definitions}`;
    offset = 0;
  } else {
    source = definitions === '' ? stretch : `${definitions}\n\n***\n\n${stretch}`;
    offset = source.length - stretch.length;
  }
  const tree = parseMarkdown(source, from !== 0);
  const placed: PlacedBlock[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    if (start < offset || start >= offset + stretch.length) continue;
    placed.push({ shift: from - offset, analysis: analyzeBlock(node, source, options) });
  }
  return placed;
}

/**
 * Definitions, one a paragraph, for the labels that the stretch may use: those whose first word occurs
 * in it. Writing every definition of a long draft would cost more than parsing the stretch.
 */
function relevantDefinitions(stretch: string, labels: ReadonlySet<string>): string {
  if (labels.size === 0 || !stretch.includes('[')) return '';
  // Labels are case-folded this way (micromark's normalizeIdentifier, then lower case).
  const folded = stretch.toLowerCase().toUpperCase().toLowerCase();
  const lines: string[] = [];
  for (const label of labels) {
    const note = label.startsWith('^');
    const name = note ? label.slice(1) : label;
    const word = name.split(' ', 1)[0] ?? name;
    // A footnote is called as "[^label]"; a reference link's label may start after spaces.
    if (folded.includes(note ? `^${word}` : word)) lines.push(note ? `[^${name}]: x` : `[${name}]: x`);
  }
  // Blank lines between them: a footnote's text would run on into the next line.
  return lines.join('\n\n');
}

/** Adds `sign` for each label each block defines to `counts`, dropping labels that reach 0. */
function countLabels(blocks: readonly PlacedBlock[], counts: Map<string, number>, sign: 1 | -1): Map<string, number> {
  for (const block of blocks) {
    for (const label of new Set(block.analysis.defined)) {
      const n = (counts.get(label) ?? 0) + sign;
      if (n === 0) counts.delete(label);
      else counts.set(label, n);
    }
  }
  return counts;
}

const FRONT_MATTER_OPENER = /^(---|\+\+\+)[ \t]*(\r\n|\r|\n)/;

/**
 * Whether the edit may change front matter: it edits complete front matter, or the draft starts
 * (before or after the edit) with a line that opens front matter that no line closes. The parser
 * then treats the whole draft differently (footnote definitions among others), and an edit
 * anywhere may close it, so the whole draft is parsed again.
 */
function frontMatterInDoubt(draft: Draft, text: string, change: TextChange): boolean {
  const head = draft.blocks[0]?.analysis;
  const closed = head !== undefined && (head.type === 'yaml' || head.type === 'toml');
  if (FRONT_MATTER_OPENER.test(draft.text) && !closed) return true;
  return FRONT_MATTER_OPENER.test(text) && !(closed && change.start > head.end + (draft.blocks[0]?.shift ?? 0));
}

/** The first index in `[0, length)` where the monotone `test` holds, or `length`. */
function firstIndex(length: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`No block ${i}`);
  return item;
}
