import type { DetectedClaim } from '../claims/detected';
import type { Ledger, LedgerMatch } from '../ledger/ledger';
import { isSilenced, resolveSilences, type Silence } from '../markdown/directives';
import type { ProseBlock } from '../markdown/prose';
import { levelOf, type CheckOptions } from '../options';
import { resolutionOf, resolveLinkSites, type Resolution } from '../sources/links';
import { normalize } from '../text/normalize';
import { DISPUTED_RATINGS, type Citation, type Claim, type Finding, type LedgerEntry, type Source, type Span } from '../types';
import type { BlockAnalysis } from './block';

/** Everything the engine learned about one draft. */
export interface Analysis {
  /** Every claim detected, sourced or not, in document order. */
  readonly claims: readonly Claim[];
  /** Links, footnote calls and citations of known entries. */
  readonly sources: readonly Source[];
  /** Every `[@id]` citation, known or not. */
  readonly citations: readonly Citation[];
  /** What to report, in document order. */
  readonly findings: readonly Finding[];
}

/** A block of a draft: its analysis, and the shift from the offsets it was parsed in to the draft's. */
export interface PlacedBlock {
  readonly shift: number;
  readonly analysis: BlockAnalysis;
}

type Judgement = Omit<Finding, 'severity'>;

/** A block judged against a ledger and the draft's definitions, in the block's own offsets. */
interface JudgedBlock {
  readonly ledger: Ledger;
  /** What the block's references resolved to: a block is judged again only when it changes. */
  readonly key: string;
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
  /** Each with the index of its claim in `claims`. */
  readonly judgements: ReadonlyArray<readonly [Judgement, number]>;
}

/** A judged block placed in the draft, with its findings after levels and silences. */
interface PlacedResult {
  readonly judged: JudgedBlock;
  readonly shift: number;
  /** The silences and levels the findings were filtered with. */
  readonly filter: string;
  readonly claims: readonly Claim[];
  readonly sources: readonly Source[];
  readonly citations: readonly Citation[];
  readonly findings: readonly Finding[];
}

/**
 * Remembers each block's judgement and placed results between analyses of a draft, so that an
 * edit re-judges only the blocks it touched and re-places only the blocks it moved.
 */
export type JudgementMemo = WeakMap<BlockAnalysis, { judged?: JudgedBlock; placed?: PlacedResult }>;

/**
 * Judges every block's claims against the ledger and the draft-wide definitions and silences, and
 * gathers the draft's analysis. Blocks whose inputs did not change reuse their results from `memo`.
 */
export function assemble(blocks: readonly PlacedBlock[], text: string, ledger: Ledger, options: CheckOptions, memo: JudgementMemo): Analysis {
  const resolution = resolutionOf(blocks.map((b) => b.analysis.definitions));
  const silences = resolveSilences(
    blocks.map((b, i) => {
      const next = blocks[i + 1];
      return { directives: b.analysis.directives, shift: b.shift, nextEnd: next && next.shift + next.analysis.end };
    }),
    text.length,
  );
  // Most drafts have no silences: then every block's findings stay valid until the block changes.
  const filter = silences.length === 0 ? '' : JSON.stringify(silences, (_, v: unknown) => (v instanceof Set ? [...(v as Set<string>)] : v));
  const claims: Claim[] = [];
  const sources: Source[] = [];
  const citations: Citation[] = [];
  const findings: Finding[] = [];
  for (const { shift, analysis } of blocks) {
    const entry = memo.get(analysis) ?? {};
    const judged = judgedBlock(analysis, ledger, options, resolution, entry);
    let placed = entry.placed;
    if (!placed || placed.judged !== judged || placed.shift !== shift || placed.filter !== filter) {
      placed = place(analysis, judged, shift, ledger, options, silences, filter);
    }
    memo.set(analysis, { judged, placed });
    for (const c of placed.claims) claims.push(c);
    for (const s of placed.sources) sources.push(s);
    for (const c of placed.citations) citations.push(c);
    for (const f of placed.findings) findings.push(f);
  }
  return { claims, sources, citations, findings };
}

/**
 * A block's results in draft offsets, with the severity of each finding. Blocks are disjoint and
 * in order, so each block's findings, sorted, follow the previous block's.
 */
function place(analysis: BlockAnalysis, judged: JudgedBlock, shift: number, ledger: Ledger, options: CheckOptions, silences: readonly Silence[], filter: string): PlacedResult {
  const claims = shift === 0 ? judged.claims : judged.claims.map((c) => shiftClaim(c, shift));
  const sources = shift === 0 ? judged.sources : judged.sources.map((s) => shiftSource(s, shift));
  const citations = shift === 0 ? analysis.citations : analysis.citations.map((c) => shiftCitation(c, shift));
  const findings: Finding[] = [];
  const report = (finding: Judgement, span: Span, claim: Claim | undefined): void => {
    const level = levelOf(options, finding.code);
    if (level === 'off' || isSilenced(silences, finding.code, span.start)) return;
    const severity = isLowConfidence(finding, options) && level === 'warning' ? 'information' : level;
    // Spelled out rather than spread: this runs for every finding of every block an edit moves.
    const { code, message, entryIds, citation } = finding;
    findings.push(claim ? { code, severity, message, span, claim, entryIds } : { code, severity, message, span, entryIds, citation });
  };
  for (const [judgement, index] of judged.judgements) {
    report(judgement, shift === 0 ? judgement.span : shiftSpan(judgement.span, shift), claims[index]);
  }
  for (const citation of citations) {
    if (ledger.get(citation.id)) continue;
    const message = `No entry "${citation.id}" in the claims file: add it, or correct the citation.`;
    report({ code: 'unknown-citation', message, span: citation.span, entryIds: [], citation }, citation.span, undefined);
  }
  // By position; at one position, claims before citations, each in document order (a stable sort).
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || citationLast(a) - citationLast(b));
  return { judged, shift, filter, claims, sources, citations, findings };
}

function citationLast(finding: Finding): number {
  return finding.code === 'unknown-citation' ? 1 : 0;
}

function judgedBlock(analysis: BlockAnalysis, ledger: Ledger, options: CheckOptions, resolution: Resolution, memo: { judged?: JudgedBlock }): JudgedBlock {
  const key = resolutionKey(analysis, resolution);
  const cached = memo.judged;
  if (cached && cached.ledger === ledger && cached.key === key) return cached;
  const sources = [
    ...resolveLinkSites(analysis.sites, resolution),
    ...analysis.citations.filter((c) => ledger.get(c.id)).map((c): Source => ({ kind: 'citation', span: c.span, target: c.id })),
  ].sort((a, b) => a.span.start - b.span.start);
  const claims: Claim[] = [];
  const judgements: Array<[Judgement, number]> = [];
  for (const { prose, sentences } of analysis.prose) {
    const regions = sourceRegions(prose, sentences.map((s) => s.span), options);
    const blockSources = within(sources, prose.span);
    sentences.forEach(({ span: sentence, claims: detected }, i) => {
      if (detected.length === 0) return;
      const region = regions[i] ?? prose.span;
      const regionSources = blockSources.filter((s) => overlaps(s.span, region));
      const cited = regionSources.filter((s) => s.kind === 'citation').map((s) => s.target);
      const matches = ledger.findMatches(prose.text, sentence);
      for (const found of detected) {
        const claim = toClaim(found, prose, sentence, regionSources);
        claims.push(claim);
        const matched = matchesFor(found, detected, matches);
        const judgement = judge(claim, unique([...cited, ...matched]), cited, ledger);
        if (judgement) judgements.push([judgement, claims.length - 1]);
      }
    });
  }
  return { ledger, key, sources, claims, judgements };
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

/** The finding for one claim, given the entries it cites or matches. */
function judge(claim: Claim, entryIds: readonly string[], cited: readonly string[], ledger: Ledger): Judgement | undefined {
  const entries = entryIds.map((id) => ledger.get(id)).filter((e): e is LedgerEntry => e !== undefined);
  const base = { span: claim.span, claim, entryIds };
  // A false or misleading entry outweighs any source: the writer is repeating a debunked claim.
  const disputed = entries.find((e) => DISPUTED_RATINGS.has(e.rating));
  if (disputed) {
    const how = cited.includes(disputed.id) ? 'cites' : 'matches';
    const what = disputed.claim ? `: ${disputed.claim}` : '.';
    return { ...base, code: 'disputed-claim', message: `This claim ${how} claims-file entry "${disputed.id}", rated ${disputed.rating}${what}` };
  }
  if (claim.sources.length > 0) return undefined;
  const first = entries[0];
  if (first) {
    return { ...base, code: 'ledger-match', message: `Matches claims-file entry "${first.id}" (rated ${first.rating}): cite it as [@${first.id}].` };
  }
  const what = claim.kind === 'attribution' ? 'attributed statement' : 'figure';
  return {
    ...base,
    code: claim.kind === 'attribution' ? 'unsourced-attribution' : 'unsourced-quantity',
    message: `No source for this ${what} ("${claim.text}"): add a link, a footnote or a citation of the claims file.`,
  };
}

function toClaim(found: DetectedClaim, block: ProseBlock, sentence: Span, sources: readonly Source[]): Claim {
  const text = block.text.slice(found.span.start, found.span.end);
  return {
    kind: found.kind,
    span: block.map.toSourceSpan(found.span),
    sentence: block.map.toSourceSpan(sentence),
    block: block.span,
    text,
    key: normalize(text),
    speaker: found.speaker,
    cue: found.cue,
    confidence: found.confidence,
    sources,
  };
}

/**
 * Where a source counts for each sentence. A footnote call or citation usually follows the
 * sentence's final period ("…conflict.[^1] Next…"), so each sentence reaches up to the start of
 * the next one; in paragraph scope every sentence reaches over the whole block.
 */
function sourceRegions(block: ProseBlock, sentences: readonly Span[], options: CheckOptions): Span[] {
  if (options.sourceScope === 'paragraph') return sentences.map(() => block.span);
  return sentences.map((sentence, i) => {
    const next = sentences[i + 1];
    return {
      start: i === 0 ? block.span.start : block.map.toSource(sentence.start),
      end: next ? block.map.toSource(next.start) : block.span.end,
    };
  });
}

/**
 * The ledger entries that back a claim. A phrase that covers a figure identifies that figure's
 * entry; any other phrase of the sentence identifies what its attribution reports.
 */
function matchesFor(claim: DetectedClaim, sentenceClaims: readonly DetectedClaim[], matches: readonly LedgerMatch[]): string[] {
  const figures = sentenceClaims.filter((c) => c.kind === 'quantity');
  const belongs = (m: LedgerMatch): boolean =>
    claim.kind === 'quantity' ? overlaps(m.span, claim.span) : !figures.some((f) => overlaps(m.span, f.span));
  return matches.filter(belongs).map((m) => m.entryId);
}

function isLowConfidence(finding: Judgement, options: CheckOptions): boolean {
  return finding.claim !== undefined && finding.claim.confidence < options.lowConfidence && finding.code !== 'disputed-claim';
}

/** The sources (sorted by start) that start inside `span`. */
function within(sorted: readonly Source[], span: Span): readonly Source[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.span.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && (sorted[end]?.span.start ?? 0) < span.end) end++;
  return sorted.slice(lo, end);
}

function shiftClaim(claim: Claim, shift: number): Claim {
  return {
    kind: claim.kind,
    span: shiftSpan(claim.span, shift),
    sentence: shiftSpan(claim.sentence, shift),
    block: shiftSpan(claim.block, shift),
    text: claim.text,
    key: claim.key,
    speaker: claim.speaker,
    cue: claim.cue,
    confidence: claim.confidence,
    sources: claim.sources.map((s) => shiftSource(s, shift)),
  };
}

function shiftSource(source: Source, shift: number): Source {
  return { kind: source.kind, span: shiftSpan(source.span, shift), target: source.target };
}

function shiftCitation(citation: Citation, shift: number): Citation {
  return { ...citation, span: shiftSpan(citation.span, shift), group: shiftSpan(citation.group, shift) };
}

function shiftSpan(span: Span, shift: number): Span {
  return { start: span.start + shift, end: span.end + shift };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
