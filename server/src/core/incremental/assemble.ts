import type { DetectedClaim } from '../claims/detected';
import type { Ledger } from '../ledger/ledger';
import { isSilenced, resolveSilences, type Silence } from '../markdown/directives';
import type { ProseBlock } from '../markdown/prose';
import { levelOf, type CheckOptions } from '../options';
import { resolutionOf, type Definitions, type Resolution } from '../sources/links';
import { oneByte } from '../text/oneByte';
import type { Text } from '../text/rope';
import type { Claim, Finding, Source, Span } from '../types';
import { Analysis, addCounts, countBySeverity, Part, type BlockResult, type Group } from './analysis';
import { NONE, orNone, type BlockAnalysis } from '../engine/block';
import { speaking, spokenBefore } from './spoken';
import type { UncheckedReason } from './job';
import type { BlockList, PlacedBlock, Run } from './blocks';
import { judge, type Judgement } from '../engine/judge';
import { entriesMatched, figureMismatches, overlaps, similarEntry, withLedgerClaims } from '../engine/matches';
import { runToEnd } from '../steps';
import { sentenceSources, within } from './regions';
import { captionSources, captionsOf, isSourceLine, placeCaptions, sameCaption, sameCaptions, sourcesIn, type Caption } from './captions';
import { readingFeatures, sentenceReading, type SentenceReading } from '../claims/judge/features';
import { judgeIn, JUDGE_THRESHOLD, JUDGED_CODES } from '../claims/judge/judge';
import { addVoices, blockVoice, voiceFeatures, type Voice } from '../claims/judge/voice';


/** A block judged against a ledger and the draft's definitions, in the block's own offsets. */
interface JudgedBlock {
  readonly ledger: Ledger;
  /** The options it was judged with: today's date among them, which ages reviews. */
  readonly options: CheckOptions;
  /** What the block's references resolved to: a block is judged again only when it changes. */
  readonly key: string;
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
  /** Each with the index of its claim in `claims` and, for a warning the judge weighs, the features of its reading. */
  readonly judgements: ReadonlyArray<readonly [Judgement, number, (readonly string[])?]>;
  /** Whether the block before it ended with someone speaking, and whether this one does (see `speaking`). */
  readonly follows: boolean;
  readonly speaks: boolean;
  /** The source line under it, whose sources count for each of its claims. */
  readonly caption: Caption | undefined;
}

/** A judged block's results after levels and silences. */
interface FilteredBlock {
  readonly judged: JudgedBlock;
  /** The silences and levels the findings were filtered with. */
  readonly filter: string;
  /** The draft's voice the judge weighed its warnings in ("" with the judge off). */
  readonly voice: string;
  /** Where the block was: silences are in draft offsets, so with any the results hold only there. */
  readonly shift: number;
  readonly result: BlockResult;
}

/** What the memo keeps of one block. */
interface MemoEntry {
  judged?: JudgedBlock;
  /** The resolution `judged` is known to hold for (checked by key when it changes). */
  resolution?: Resolution;
  filtered?: FilteredBlock;
  part?: Part;
  voice?: Voice;
}

/** What the memo keeps of one run of blocks (see BlockList). */
interface RunEntry {
  /** The run's definitions, of the blocks that make any. */
  readonly definitions: readonly Definitions[];
  readonly directives: boolean;
  /** Whether a block of the run is a source line, which may cover blocks of the run before. */
  readonly captions: boolean;
  /** How the run's blocks are written, for the judge of warnings. */
  readonly voice: Voice;
  /** The run's parts, in the run's offsets, and what they were made with. */
  assembled?: {
    readonly ledger: Ledger; readonly options: CheckOptions; readonly resolution: Resolution; readonly filter: string; readonly voice: string; readonly delta: number;
    /** Whether the block before the run ended with someone speaking, and whether the run's last does. */
    readonly follows: boolean; readonly speaks: boolean;
    /** The caption of each of its blocks (see `captionsOf`). */
    readonly captions: readonly (Caption | undefined)[];
    readonly parts: readonly Part[]; readonly counts: Group['counts'];
  };
}

/**
 * Remembers each block's judgement and results between analyses of a draft, and the draft's
 * resolution of references, so that an analysis after an edit re-judges only the blocks it touched.
 */
export class JudgementMemo {
  readonly blocks = new WeakMap<BlockAnalysis, MemoEntry>();
  /** Keyed by a run's blocks, which a run moved by an edit shares. */
  readonly runs = new WeakMap<readonly PlacedBlock[], RunEntry>();
  /** The last resolution, and the blocks' definitions it was made from. */
  resolution: { readonly from: readonly Definitions[]; readonly value: Resolution } | undefined;
}

/**
 * Judges every block's claims against the ledger and the draft-wide definitions and silences, and
 * gathers the draft's analysis. Blocks whose inputs did not change reuse their results from `memo`,
 * and so do whole runs of blocks: after an edit, only the runs it re-cut are looked at block by block.
 */
export function assemble(blocks: BlockList, text: Text, ledger: Ledger, options: CheckOptions, memo: JudgementMemo): Analysis {
  return runToEnd(assembling(blocks, text, ledger, options, memo));
}

/**
 * `assemble` as steps, one after each run of blocks judged anew: judging all of a long draft's
 * blocks the first time takes a second or more, which a host may rather spread out.
 */
export function* assembling(blocks: BlockList, text: Text, ledger: Ledger, options: CheckOptions, memo: JudgementMemo): Generator<void, Analysis, void> {
  const runs = blocks.runs.map((run) => ({ run, entry: runEntry(run, memo) }));
  const resolution = resolve(runs.flatMap(({ entry }) => entry.definitions), memo);
  // Most drafts have no silences: then every block's findings stay valid until the block changes.
  const silences = runs.some(({ entry }) => entry.directives) ? placeSilences(blocks.all(), text.length) : [];
  const filter = silences.length === 0 ? '' : JSON.stringify(silences, (_, v: unknown) => (v instanceof Set ? [...(v as Set<string>)] : v));
  const captions = placeCaptions(blocks.runs, runs.map(({ entry }) => entry.captions));
  // The draft's voice, in coarse steps: an edit re-filters every block only when it moves a step.
  const features = options.judge === false ? undefined : voiceFeatures(addVoices(runs.map(({ entry }) => entry.voice)));
  const voice = features?.join(' ') ?? '';
  const likelihood = features && judgeIn(features);
  const keeps = likelihood && ((reading: readonly string[]) => likelihood(reading) >= JUDGE_THRESHOLD);
  const groups: Group[] = [];
  let follows = false;
  for (const { run, entry } of runs) {
    const last = entry.assembled;
    const captioned = captionsOf(run, captions);
    // Silences are in draft offsets: with any, the results hold only where the run was.
    if (last && last.ledger === ledger && last.options === options && last.resolution === resolution && last.filter === filter && last.voice === voice && (filter === '' || last.delta === run.delta) && last.follows === follows && sameCaptions(last.captions, captioned)) {
      groups.push({ delta: run.delta, parts: last.parts, counts: last.counts });
      follows = last.speaks;
      continue;
    }
    const first = follows;
    const parts = run.blocks.map((block, i) => {
      const [part, speaks] = assembleBlock(block, run.delta, ledger, options, resolution, silences, { filter, voice, keeps }, memo, follows, captioned[i]);
      follows = speaks;
      return part;
    });
    const counts = addCounts(parts.map((p) => p.result.counts));
    entry.assembled = { ledger, options, resolution, filter, voice, delta: run.delta, follows: first, speaks: follows, captions: captioned, parts, counts };
    groups.push({ delta: run.delta, parts, counts });
    yield;
  }
  return new Analysis(groups);
}

function runEntry(run: Run, memo: JudgementMemo): RunEntry {
  let entry = memo.runs.get(run.blocks);
  if (!entry) {
    const definitions = run.blocks.map((b) => b.analysis.definitions).filter((d) => d.links.length > 0 || d.notes.length > 0);
    const voice = addVoices(run.blocks.map((b) => voiceOf(b.analysis, memo)));
    entry = { definitions, directives: run.blocks.some((b) => b.analysis.directives.length > 0), captions: run.blocks.some((b) => isSourceLine(b.analysis)), voice };
    memo.runs.set(run.blocks, entry);
  }
  return entry;
}

/** How a block is written (see ./claims/judge/voice), counted once per block. */
function voiceOf(analysis: BlockAnalysis, memo: JudgementMemo): Voice {
  const entry = blockEntry(analysis, memo);
  entry.voice ??= blockVoice(analysis.type, analysis.prose);
  return entry.voice;
}

/** What the memo keeps of a block, made empty the first time the block is met. */
function blockEntry(analysis: BlockAnalysis, memo: JudgementMemo): MemoEntry {
  let entry = memo.blocks.get(analysis);
  if (!entry) memo.blocks.set(analysis, (entry = {}));
  return entry;
}

/** What findings are filtered with: the silences' key, the draft's voice, and the judge of warnings in that voice (undefined: off). */
interface Filter {
  readonly filter: string;
  readonly voice: string;
  readonly keeps: ((reading: readonly string[]) => boolean) | undefined;
}

/** One block's part, in its run's offsets (`delta` places the run in the draft), and whether the block ends with someone speaking. */
function assembleBlock({ shift, analysis }: PlacedBlock, delta: number, ledger: Ledger, options: CheckOptions, resolution: Resolution, silences: readonly Silence[], how: Filter, memo: JudgementMemo, follows: boolean, caption: Caption | undefined): [Part, boolean] {
  const { filter } = how;
  const entry = blockEntry(analysis, memo);
  const judged = (entry.judged = judgedBlock(analysis, ledger, options, resolution, entry, follows, caption));
  let filtered = entry.filtered;
  if (!filtered || filtered.judged !== judged || filtered.filter !== filter || filtered.voice !== how.voice || (filter !== '' && filtered.shift !== shift + delta)) {
    entry.filtered = filtered = filterBlock(analysis, judged, shift + delta, ledger, options, silences, how);
  }
  let part = entry.part;
  if (!part || part.result !== filtered.result || part.shift !== shift) {
    entry.part = part = new Part(shift + analysis.start, shift + analysis.end, shift, filtered.result);
  }
  return [part, judged.speaks];
}

/** What the draft's reference links and footnote calls resolve to: the last resolution while no definition changed. */
function resolve(from: readonly Definitions[], memo: JudgementMemo): Resolution {
  const last = memo.resolution;
  if (last && last.from.length === from.length && last.from.every((d, i) => d === from[i])) return last.value;
  const value = resolutionOf(from);
  memo.resolution = { from, value };
  return value;
}

function placeSilences(blocks: readonly PlacedBlock[], length: number): Silence[] {
  // Where the top-level block from each block on ends: a list's after its last item.
  const ends: number[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b) ends[i] = blocks[i + 1]?.analysis.type === 'listItem' ? (ends[i + 1] ?? 0) : b.shift + b.analysis.end;
  }
  return resolveSilences(
    blocks.map((b, i) => ({ directives: b.analysis.directives, shift: b.shift, nextEnd: ends[i + 1] })),
    length,
  );
}

/**
 * A block's results with the severity of each finding, in the block's offsets (`shift` places
 * them, for silences). Blocks are disjoint and in order, so each block's findings, sorted, follow
 * the previous block's.
 */
function filterBlock(analysis: BlockAnalysis, judged: JudgedBlock, shift: number, ledger: Ledger, options: CheckOptions, silences: readonly Silence[], { filter, voice, keeps }: Filter): FilteredBlock {
  const findings: Finding[] = [];
  const report = (finding: Judgement, claim: Claim | undefined, reading?: readonly string[]): void => {
    const level = levelOf(options, finding.code);
    if (level === 'off' || isSilenced(silences, finding.code, finding.span.start + shift)) return;
    const tentative = level === 'warning' && isTentative(finding, options);
    const judgedOut = level === 'warning' && !tentative && reading !== undefined && keeps !== undefined && !keeps(reading);
    const severity = tentative || judgedOut ? 'information' : level;
    // Spelled out rather than spread: this runs for every finding of every block an edit touches.
    const { code, message, span, entryIds, citation, similarTo } = finding;
    if (claim) {
      const found: Finding = similarTo === undefined ? { code, severity, message, span, claim, entryIds } : { code, severity, message, span, claim, entryIds, similarTo };
      findings.push(judgedOut ? { ...found, judged: true } : found);
    } else findings.push({ code, severity, message, span, entryIds, citation });
  };
  if (analysis.unchecked !== undefined) report(uncheckedNote(analysis, analysis.unchecked), undefined);
  for (const [judgement, index, reading] of judged.judgements) report(judgement, judged.claims[index], reading);
  for (const citation of analysis.citations) {
    if (ledger.get(citation.id) ?? ledger.reference(citation.id)) continue;
    const message = oneByte(`No entry "${citation.id}" in the claims file or a bibliography: add it, or correct the citation.`);
    report({ code: 'unknown-citation', message, span: citation.span, entryIds: NONE, citation }, undefined);
  }
  // By position; at one position, claims before citations, each in document order (a stable sort).
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || citationLast(a) - citationLast(b));
  const result = { claims: judged.claims, sources: judged.sources, citations: analysis.citations, findings, counts: countBySeverity(findings) };
  return { judged, filter, voice, shift, result };
}

const WHY_UNCHECKED: Readonly<Record<UncheckedReason, string>> = {
  'too-deep': 'its Markdown nests too deeply for the parser (quotes, lists, links or emphasis inside one another thousands of levels deep)',
  'too-slow': 'the Markdown parser could not read it in time (markup nested or repeated far more than prose needs, or a very long block)',
  failed: 'the Markdown parser failed on it (it ran out of memory)',
};

/** The note, at its start, that a stretch of the draft is not checked. */
function uncheckedNote(analysis: BlockAnalysis, reason: UncheckedReason): Judgement {
  const length = (analysis.end - analysis.start).toLocaleString('en-US');
  const message = `The ${length} characters from here are not checked: ${WHY_UNCHECKED[reason]}. Simplify the markup here to have them checked.`;
  return { code: 'not-checked', message, span: { start: analysis.start, end: analysis.start }, entryIds: NONE };
}

function citationLast(finding: Finding): number {
  return finding.code === 'unknown-citation' ? 1 : 0;
}

function judgedBlock(analysis: BlockAnalysis, ledger: Ledger, options: CheckOptions, resolution: Resolution, memo: MemoEntry, follows: boolean, caption: Caption | undefined): JudgedBlock {
  const cached = memo.judged;
  const same = cached !== undefined && cached.ledger === ledger && cached.options === options && cached.follows === follows && sameCaption(cached.caption, caption);
  if (same && memo.resolution === resolution) return cached;
  const key = caption === undefined ? resolutionKey(analysis, resolution) : `${resolutionKey(analysis, resolution)}\n${resolutionKey(caption.analysis, resolution)}`;
  memo.resolution = resolution;
  if (same && cached.key === key) return cached;
  const sources = sourcesIn(analysis, resolution, ledger).sort((a, b) => a.span.start - b.span.start);
  // A source line under the block counts for each of its claims, after the block's own sources.
  const captioned = caption === undefined ? NONE : captionSources(caption, resolution, ledger);
  const claims: Claim[] = [];
  const judgements: Array<[Judgement, number, (readonly string[])?]> = [];
  let speaks = follows;
  for (const { prose, sentences: read, introduces } of analysis.prose) {
    const sentences = speaks ? read.map((sentence) => spokenBefore(sentence, prose.text)) : read;
    // "A recent Vox article talked about this problem:" speaks in the quotation under it.
    speaks = speaking(sentences, speaks) || introduces !== undefined;
    const sourcesOf = sentenceSources(prose, sentences.map((s) => s.span), within(sources, prose.span), options);
    sentences.forEach(({ span: sentence, claims: read }, i) => {
      // A sentence with no claim is looked up only for the phrases and figures the claims file words.
      const found = read.length > 0 ? ledger.lookUp(prose.text, sentence) : ledger.lookUpPhrases(prose.text, sentence);
      const detected = withLedgerClaims(read, found, options.kinds.quantity);
      if (detected.length === 0) return;
      const regionSources = orNone(captioned.length === 0 ? (sourcesOf[i] ?? NONE) : [...(sourcesOf[i] ?? NONE), ...captioned]);
      const cited = regionSources.filter((s) => s.kind === 'citation').map((s) => s.target);
      const matchedBy = entriesMatched(detected, found.matches);
      // Most sentences match no phrase: they allocate nothing here.
      const deniedEntries = found.matches.length === 0 ? NONE : found.matches.filter((m) => m.denied).map((m) => m.entryId);
      const similarOf = similarEntry(found);
      const changedFigures = figureMismatches(prose.text, found.mismatches);
      const changedEntries = new Set(found.mismatches.map((m) => m.entryId));
      const attribution = detected.find((c) => c.kind === 'attribution' && c.tentative !== true);
      // One note of an entry's weak backing a sentence, however many of its claims lean on the entry.
      const weak = new Set<string>();
      // How the sentence is written, read once for all its warnings the judge weighs.
      let written: SentenceReading | undefined;
      for (const found of detected) {
        const claim = toClaim(found, prose, sentence, regionSources);
        claims.push(claim);
        // A confident rewording is a match; a weaker one is offered with the finding.
        const similar = similarOf(found);
        const matched = similar?.confident === true ? [...matchedBy(found), similar.entryId] : matchedBy(found);
        const offer = similar?.confident === false ? similar : undefined;
        const changed = changedFigures(found);
        // An entry whose figure the sentence gives otherwise backs none of its claims: the sentence
        // words that claim changed ("2022 was the hottest year on record"), and its figure-mismatch
        // speaks for a figure of that claim; a statement reporting it still needs a source.
        const backed = changedEntries.size === 0 ? matched : matched.filter((id) => !changedEntries.has(id));
        if (changed === undefined && backed.length === 0 && matched.length > 0 && cited.length === 0 && found.kind !== 'attribution') continue;
        const judged = judge(claim, orNone(unique([...cited, ...backed])), cited, ledger, options, changed, offer, deniedEntries);
        // A figure in the speaker ("About 40 percent of voters said") is one claim with the
        // attribution: one source settles both, so the writer is told once.
        const spoken = attribution !== undefined && found.kind === 'quantity' && judged[0]?.code === 'unsourced-quantity' && overlaps(found.span, attribution.span);
        if (spoken) continue;
        for (const judgement of judged) {
          const entry = judgement.code === 'weak-backing' ? judgement.entryIds[0] : undefined;
          if (entry !== undefined && weak.has(entry)) continue;
          if (entry !== undefined) weak.add(entry);
          const weighed = options.judge !== false && JUDGED_CODES.has(judgement.code) && !isTentative(judgement, options);
          judgements.push(weighed ? [judgement, claims.length - 1, readingFeatures(found, prose.text, sentence, found.span, (written ??= sentenceReading(prose.text, sentence)))] : [judgement, claims.length - 1]);
        }
      }
    });
  }
  return { ledger, options, key, sources, claims, judgements, follows, speaks: analysis.prose.length > 0 && speaks, caption };
}

/** What a block's reference links and footnote calls resolve to ("" for most blocks, which have none). */
function resolutionKey(analysis: BlockAnalysis, resolution: Resolution): string {
  let key = '';
  for (const site of analysis.sites) {
    if (site.kind === 'reference') key += `${resolution.urls.get(site.identifier) ?? ''}\n`;
    else if (site.kind === 'footnote') key += resolution.notes.has(site.identifier) ? '1' : '0';
  }
  return key;
}

function toClaim(found: DetectedClaim, block: ProseBlock, sentence: Span, sources: readonly Source[]): Claim {
  const text = block.text.slice(found.span.start, found.span.end);
  return {
    kind: found.kind,
    span: block.map.toSourceSpan(found.span),
    sentence: block.map.toSourceSpan(sentence),
    block: block.span,
    text,
    speaker: found.speaker,
    cue: found.cue,
    confidence: found.confidence,
    ...(found.tentative === true ? { tentative: true } : {}),
    sources,
  };
}

/** Whether a finding is shown as information rather than a warning: the engine is unsure of its claim. */
function isTentative(finding: Judgement, options: CheckOptions): boolean {
  const claim = finding.claim;
  // What the claims file says settles a claim however loosely it was read.
  if (claim === undefined || finding.code === 'disputed-claim' || finding.code === 'figure-mismatch') return false;
  return claim.confidence < options.lowConfidence || claim.tentative === true;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
