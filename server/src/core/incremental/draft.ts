import type { Ledger } from '../ledger/ledger';
import type { CheckOptions } from '../options';
import { uncheckedBlock } from '../engine/block';
import type { Analysis } from './analysis';
import { assemble, assembling, JudgementMemo } from './assemble';
import { BlockList, type PlacedBlock } from './blocks';
import { afterBlankLine, lineStart, nextLineStart } from '../text/lines';
import { editText, type Text } from '../text/rope';
import { firstIndex } from '../search';
import { runParseJob, type ParseJob, type ParseOutcome, type UncheckedReason } from './job';
import { frontMatterEnd, opensFrontMatter } from '../engine/frontMatter';
import { countLabels, guessLabels, indexLabels, NO_LABELS, relevantDefinitions, type LabelIndex } from './labels';

/**
 * A draft as the engine keeps it between edits: its text and a compact analysis of each top-level
 * block (no syntax trees). Immutable: an edit returns a new draft that shares the untouched blocks.
 */
export interface Draft {
  /** The draft's text: a string, or the `Rope` of an edited document, read only around edits. */
  readonly text: Text;
  readonly options: CheckOptions;
  readonly blocks: BlockList;
  /** Judgements of blocks against the ledger, reused by later analyses of this draft and its edits. */
  readonly memo: JudgementMemo;
  /** How many blocks define each link label and footnote label ("^" + label). */
  readonly labels: ReadonlyMap<string, number>;
  /** The same labels by first word, to write the definitions a stretch may use (see `relevantDefinitions`). */
  readonly labelIndex: LabelIndex;
}

/** Text `text` replacing `[start, end)` of a draft, in UTF-16 offsets of the text before the change. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Opening or editing a draft, as steps: each parse job it needs is yielded, its outcome sent back. */
export type DraftSteps = Generator<ParseJob, Draft, ParseOutcome>;

/** Runs `steps` with every parse job here, on this thread. */
export function runHere(steps: DraftSteps, options: CheckOptions): Draft {
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(runParseJob(step.value, options));
  }
}

/** Parses and analyses a whole draft (`chunk` characters at a time, when it is longer). */
export function openDraft(text: Text, options: CheckOptions, memo: JudgementMemo = new JudgementMemo(), chunk = CHUNK): Draft {
  return runHere(openingDraft(text, options, memo, chunk), options);
}

/**
 * `openDraft` as steps: a host runs each parse job where it likes (a long draft takes seconds, and
 * one job may never end), answering other requests between them.
 */
export function* openingDraft(text: Text, options: CheckOptions, memo: JudgementMemo = new JudgementMemo(), chunk = CHUNK): DraftSteps {
  const whole = text.toString();
  const head = frontMatterEnd(whole);
  let blocks = whole.length <= chunk || head === undefined ? yield* parseStretch(whole, 0, whole.length, NO_LABELS, options) : yield* parseInChunks(whole, options, chunk, head);
  // A short draft is one job: when the parser cannot read it whole, it reads what it can in chunks.
  const reason = isUnread(blocks) ? blocks[0]?.analysis.unchecked : undefined;
  if (reason !== undefined && head !== undefined && whole.length > FINE_CHUNK) blocks = yield* parseInChunks(whole, options, FINE_CHUNK, head, { from: 0, cut: whole.length, reason });
  return withLabels({ text, options, memo, blocks: BlockList.of(blocks) });
}

function withLabels(draft: Omit<Draft, 'labels' | 'labelIndex'>): Draft {
  const labels = countLabels(draft.blocks.all(), new Map(), 1);
  return { ...draft, labels, labelIndex: indexLabels(labels.keys()) };
}

// Long drafts are parsed this much at a time: the parser's memory grows with what it parses at
// once (1.4 GB for 5 MB), and so, more than linearly, does its time.
const CHUNK = 64 * 1024;
// A chunk the parser cannot read is tried again this much at a time, so that less is left
// unchecked: its slow cases grow with the square of the text, so a sixteenth of it takes a 256th.
const FINE_CHUNK = 4 * 1024;

/** A chunk the parser gave up on, and why. */
interface GaveUp {
  readonly from: number;
  readonly cut: number;
  readonly reason: UncheckedReason;
}

/**
 * Parses a long draft chunk by chunk, each cut at a line start and ending before its last
 * top-level block where the parser's state is empty (`restartsParse`; the cut may have truncated
 * it): the next chunk starts there. A cut changes only the block it falls in: those before it are
 * closed by then. A line start rather than a blank line, so that a list without blank lines,
 * which restarts at every item, is cut too. References are parsed against the
 * definitions that lines of the draft appear to make; blocks that may use a label guessed wrong
 * (a definition inside a code block, one spread over lines) are parsed again with the true ones.
 * A chunk the host gave up on (`gaveUp`, when the caller did) is read again a fine chunk at a
 * time, then left unchecked, and the next chunk starts after it as if the draft started there.
 */
function* parseInChunks(text: string, options: CheckOptions, chunk: number, head: number, gaveUp?: GaveUp): Generator<ParseJob, PlacedBlock[], ParseOutcome> {
  const guessed = guessLabels(text);
  const guessedIndex = indexLabels(guessed);
  const blocks: PlacedBlock[] = [];
  let from = 0;
  let continuesList = false;
  let size = chunk;
  // The last chunk the parser gave up on, being read again a fine chunk at a time.
  let failed = gaveUp;
  while (from < text.length) {
    // The first chunk holds the front matter whole: an unclosed one changes the whole parse.
    let cut = nextLineStart(text, Math.max(from + size, head));
    let fresh: PlacedBlock[];
    // A chunk that grows back into one given up on is given up on too, without trying again.
    const again = failed !== undefined && from === failed.from && cut >= failed.cut ? failed : undefined;
    if (again) {
      cut = again.cut;
      fresh = [{ shift: from, analysis: uncheckedBlock(cut - from, again.reason) }];
    } else {
      fresh = yield* parseStretch(text, from, cut, guessedIndex, options, continuesList);
    }
    const reason = isUnread(fresh) ? fresh[0]?.analysis.unchecked : undefined;
    if (reason !== undefined && !again && size > FINE_CHUNK && cut - from > FINE_CHUNK) {
      // Read it again a fine chunk at a time, so that less is left unchecked.
      failed = { from, cut, reason };
      size = FINE_CHUNK;
      continue;
    }
    if (cut === text.length || reason !== undefined) {
      // A chunk the parser could not read is left unchecked (one note for a run of them), and the
      // next starts after it afresh.
      const before = blocks.at(-1);
      if (reason !== undefined && before?.analysis.unchecked === reason) blocks[blocks.length - 1] = { shift: before.shift, analysis: uncheckedBlock(cut - before.shift, reason) };
      else for (const block of fresh) blocks.push(block);
      from = cut;
      continuesList = false;
      size = chunk;
      continue;
    }
    const next = fresh.findLastIndex((b, i) => {
      const before = fresh[i - 1];
      return before !== undefined && restartsParse(text, b.shift + b.analysis.start, b.analysis.type, before.analysis.type, before.shift + before.analysis.end);
    });
    const restart = fresh[next];
    if (!restart) {
      // One block fills the chunk (a long quote or list item, an unclosed fence, a heading under definitions): take more at once.
      size *= 2;
      continue;
    }
    // One by one: a chunk of a long list without blank lines holds more items than a call takes arguments.
    for (const block of fresh.slice(0, next)) blocks.push(block);
    from = lineStart(text, restart.shift + restart.analysis.start);
    continuesList = restart.analysis.type === 'listItem';
    size = chunk;
  }
  const labels = countLabels(blocks, new Map(), 1);
  const wrong = new Set([...guessed].filter((l) => !labels.has(l)).concat([...labels.keys()].filter((l) => !guessed.has(l))));
  if (wrong.size === 0) return blocks;
  const truth = indexLabels(labels.keys());
  const wrongIndex = indexLabels(wrong);
  const corrected: PlacedBlock[] = [];
  for (const block of blocks) {
    const start = lineStart(text, block.shift + block.analysis.start);
    const end = block.shift + block.analysis.end;
    if (block.analysis.unchecked !== undefined || relevantDefinitions(text.slice(start, end), wrongIndex) === '') {
      corrected.push(block);
      continue;
    }
    const again = yield* parseStretch(text, start, end, truth, options, block.analysis.type === 'listItem');
    const only = again[0];
    // A block that parses differently on its own than in the draft: parse the draft whole.
    if (again.length !== 1 || !only || only.shift + only.analysis.start !== block.shift + block.analysis.start || only.shift + only.analysis.end !== end) {
      return yield* parseStretch(text, 0, text.length, NO_LABELS, options);
    }
    corrected.push(only);
  }
  return corrected;
}

/** The draft's claims, sources and findings, judged against `ledger`. */
export function analyzeDraft(draft: Draft, ledger: Ledger): Analysis {
  return assemble(draft.blocks, draft.text, ledger, draft.options, draft.memo);
}

/** `analyzeDraft` as steps (see `assembling`). */
export function analyzingDraft(draft: Draft, ledger: Ledger): Generator<void, Analysis, void> {
  return assembling(draft.blocks, draft.text, ledger, draft.options, draft.memo);
}

/**
 * Applies an edit, re-parsing only the blocks it can change; the result always equals
 * `openDraft` of the new text.
 *
 * Where a top-level block follows a blank line, the parser's state is empty: nothing before it
 * changes how it and what follows parse, except link and footnote definitions (which are global),
 * front matter (only at the start) and micromark's quirks around indented code: after it, "2. x"
 * is a paragraph, not a list; after an empty list item, indented code breaks at every line. So
 * neither code nor a block after code serves as such a point. The edited stretch is re-parsed
 * from such a block (the edited block itself when the edit leaves its first line alone: what
 * follows a line never changes what comes before it) up to such a block after the edit, and
 * accepted once the stretch's last block comes out exactly as before: then the edit did not leak
 * further (an opened code fence or HTML block, a list that now continues). Otherwise the stretch
 * grows, doubling, up to the end of the draft. After a block that a blank line closes (a paragraph,
 * a heading, a quote…) the parser's state is empty whatever that block says: the edited block is
 * then a restart point even when its first line changes, and a stretch that ends with such a block,
 * as it did before the edit, is accepted without re-parsing the block after it. A later item of a
 * top-level list is such a point too, blank line or not (see `restartsParse`), so typing in a list
 * re-parses an item or two, not the list. Definitions elsewhere are
 * written before the stretch so that its references parse as they do in the draft; an edit that
 * adds or removes a definition label changes other blocks and re-parses everything.
 *
 * Detection is a pure function of one prose block today. If it ever needs state carried from block
 * to block (an open quotation across paragraphs), each block will take the previous block's
 * carry-out, and blocks after the stretch will be re-analysed, without re-parsing, until a block's
 * carry-out is unchanged.
 *
 * `edited` is the text after the change, when the caller holds it already (the server's rope of
 * the document): the draft then shares it. Without it, a rope is edited as a rope (see
 * text/rope.ts) and a string copied.
 */
export function editDraft(draft: Draft, change: TextChange, edited?: Text): Draft {
  return runHere(editingDraft(draft, change, edited), draft.options);
}

/** `editDraft` as steps (see `openingDraft`). A stretch the parser could not read is left unchecked as it is. */
export function* editingDraft(draft: Draft, change: TextChange, edited?: Text): DraftSteps {
  const old = draft.text;
  const delta = change.text.length - (change.end - change.start);
  if (edited !== undefined && edited.length !== old.length + delta) throw new RangeError('The edited text does not have the length the change gives it');
  const text = edited ?? editText(old, change.start, change.end, change.text);
  const { blocks } = draft;
  if (frontMatterInDoubt(draft, text, change)) return yield* openingDraft(text, draft.options, draft.memo);
  const startOf = (i: number): number => blocks.start(i);
  const endOf = (i: number): number => blocks.end(i);

  // Restart at a block that follows a blank line (or at the draft's start): the edited block, when
  // its first line is left as it was or the block before it is one that a blank line closes, else
  // one wholly before the edit.
  const typeOf = (i: number): string | undefined => blocks.analysis(i)?.type;
  const closedBefore = (i: number): boolean => CLOSED_BY_BLANK_LINE.has(typeOf(i - 1) ?? '');
  const touched = firstIndex(blocks.length, (i) => endOf(i) >= change.start);
  const restartsAtTouched = touched < blocks.length && (change.start >= nextLineStart(old, startOf(touched)) || (change.start >= startOf(touched) && closedBefore(touched)));
  let first = restartsAtTouched ? touched : touched - 1;
  while (first > 0 && !restartsParse(text, startOf(first), typeOf(first), typeOf(first - 1), endOf(first - 1))) first--;
  if (first < 0) first = 0;
  const from = first === 0 ? 0 : lineStart(text, startOf(first));
  const continuesList = typeOf(first) === 'listItem';

  // Stop after a block wholly after the edit where the parser's state is still empty.
  const stopsAt = (i: number): boolean =>
    lineStart(old, startOf(i)) >= change.end && restartsParse(text, startOf(i) + delta, typeOf(i), typeOf(i - 1), i === 0 ? 0 : endOf(i - 1) + delta);
  let last = firstIndex(blocks.length, (i) => startOf(i) >= change.end);
  const accept = (fresh: readonly PlacedBlock[], end: number): Draft | undefined => {
    const replaced = blocks.slice(first, end);
    const inside = countLabels(replaced, new Map(), 1);
    // Typing in prose defines nothing: then the counts stay as they are.
    const defines = inside.size > 0 || fresh.some((b) => b.analysis.defined.length > 0);
    const labels = defines ? countLabels(fresh, countLabels(replaced, new Map(draft.labels), -1), 1) : draft.labels;
    for (const label of new Set([...inside.keys(), ...fresh.flatMap((b) => b.analysis.defined)])) {
      // A label defined or undefined anew changes what other blocks' brackets mean.
      if ((draft.labels.get(label) ?? 0) > 0 !== (labels.get(label) ?? 0) > 0) return undefined;
    }
    // The same labels (else the draft is opened anew): the same index.
    return { text, options: draft.options, memo: draft.memo, labels, labelIndex: draft.labelIndex, blocks: blocks.replace(first, end, fresh, delta) };
  };
  let step = 1;
  for (;;) {
    while (last < blocks.length && !stopsAt(last)) last++;
    const toEnd = last >= blocks.length;
    // Every label of the draft may be written before the stretch, its own too: a definition there
    // parses as one all the same, and one the edit removed is caught by `accept`.
    if (!toEnd && closedBefore(last)) {
      // The stretch before block `last` alone, when it ends as before with a block that a blank
      // line closes: block `last`, after a blank line (`stopsAt`), then starts with the parser's
      // state empty, as it did.
      const fresh = yield* parseStretch(text, from, lineStart(text, startOf(last) + delta), draft.labelIndex, draft.options, continuesList);
      const tail = fresh.at(-1);
      if (tail && (CLOSED_BY_BLANK_LINE.has(tail.analysis.type) || isUnread(fresh))) return accept(fresh, last) ?? (yield* openingDraft(text, draft.options, draft.memo));
    }
    const end = toEnd ? blocks.length : last + 1;
    const until = toEnd ? text.length : endOf(last) + delta;
    const fresh = yield* parseStretch(text, from, until, draft.labelIndex, draft.options, continuesList);
    const tail = fresh.at(-1);
    const synced = tail && tail.analysis.type === typeOf(last) && fresh.at(-2)?.analysis.type !== 'code';
    if (toEnd || isUnread(fresh) || (synced && tail.shift + tail.analysis.start === startOf(last) + delta && tail.shift + tail.analysis.end === until)) {
      return accept(fresh, end) ?? (yield* openingDraft(text, draft.options, draft.memo));
    }
    last += step;
    step *= 2;
  }
}

/** Whether a stretch came back as one the parser could not read: it replaces what was there, and the edit ends. */
function isUnread(fresh: readonly PlacedBlock[]): boolean {
  return fresh.length === 1 && fresh[0]?.analysis.unchecked !== undefined;
}

// Top-level blocks that a blank line ends, whatever follows: no container stays open after them (a
// quote's lines start with ">", and a line after a blank line never continues one lazily). Not lists
// or footnote definitions, which an indented line continues after a blank line; not code or HTML,
// which an unclosed fence or tag carries on.
const CLOSED_BY_BLANK_LINE = new Set(['paragraph', 'heading', 'thematicBreak', 'table', 'definition', 'blockquote']);

/**
 * Whether the parser's state is empty where a block of `type` at `start` begins, after a block of
 * `typeBefore` that ends at `endBefore` (see `editDraft`): the block follows a blank line, neither
 * it nor the one before is code, and it does not start inside the one before (a setext heading's
 * range takes in the definitions it opens with). Or, blank line or not, the block is a later item
 * of a top-level list: the item before it is closed there whatever it holds, and the list's state
 * is only its kind and marker, which the item repeats, so it parses as the first item of a list
 * starting at its line does.
 */
function restartsParse(text: Text, start: number, type: string | undefined, typeBefore: string | undefined, endBefore: number): boolean {
  // Nobody knows what an unread stretch leaves open.
  if (type === 'unchecked' || typeBefore === 'unchecked') return false;
  if (type === 'listItem') return start >= endBefore;
  return type !== 'code' && typeBefore !== 'code' && start >= endBefore && afterBlankLine(text, lineStart(text, start));
}

/**
 * Parses `text[from, until)` on its own. Definitions elsewhere in the draft that the stretch may
 * refer to are written before it (closed by a thematic break, so that nothing continues them), or
 * after it when the stretch is the draft's front matter and what follows it up to a blank line.
 * `continuesList`: the stretch starts with a later item of a list, which parses on its own as the
 * first item of one (see `restartsParse`) but stays typed as a later one.
 */
function* parseStretch(text: Text, from: number, until: number, labels: LabelIndex, options: CheckOptions, continuesList = false): Generator<ParseJob, PlacedBlock[], ParseOutcome> {
  const stretch = text.slice(from, until);
  // The whole draft holds its own definitions.
  const definitions = from === 0 && until === text.length ? '' : relevantDefinitions(stretch, labels);
  const frontMatter = from === 0 && opensFrontMatter(text);
  if (frontMatter && definitions !== '') {
    // Definitions written after the stretch could be swallowed by a block it leaves open: parse
    // the front matter on its own, and what follows it with definitions before it.
    const head = frontMatterEnd(text);
    if (head !== undefined && head > 0 && head < until) return [...(yield* parseStretch(text, 0, head, NO_LABELS, options)), ...(yield* parseStretch(text, head, until, labels, options))];
  }
  let source: string;
  let offset: number;
  if (frontMatter) {
    source = definitions === '' ? stretch : `${stretch}\n\n${definitions}`;
    offset = 0;
  } else {
    source = definitions === '' ? stretch : `${definitions}\n\n***\n\n${stretch}`;
    offset = source.length - stretch.length;
  }
  const outcome = yield { source, fragment: !frontMatter, offset, length: stretch.length, continuesList };
  if ('unchecked' in outcome) return [{ shift: from, analysis: uncheckedBlock(until - from, outcome.unchecked) }];
  const shift = from - offset;
  return outcome.blocks.map((analysis) => ({ shift, analysis }));
}

/**
 * Whether the edit may change front matter: it edits complete front matter (even a line break
 * before it makes it a thematic break and a heading), or the draft starts (before or after the
 * edit) with a line that opens front matter that no line closes. The parser then treats the whole
 * draft differently (footnote definitions among others), and an edit anywhere may close it, so the
 * whole draft is parsed again. `text` is the edited draft, or at least its first line and line break.
 */
function frontMatterInDoubt(draft: Draft, text: Text, change: TextChange): boolean {
  const head = draft.blocks.analysis(0);
  const closed = head !== undefined && (head.type === 'yaml' || head.type === 'toml');
  if (closed) return change.start <= draft.blocks.end(0);
  return opensFrontMatter(draft.text) || opensFrontMatter(text);
}
