import { detectClaims } from './claims/detect';
import type { DetectedClaim } from './claims/detected';
import type { Ledger, LedgerMatch } from './ledger/ledger';
import { findSilences, isSilenced } from './markdown/directives';
import { parseMarkdown } from './markdown/parse';
import { extractProse, type ProseBlock } from './markdown/prose';
import { levelOf, type CheckOptions } from './options';
import { findCitations } from './sources/citations';
import { findLinkSources } from './sources/links';
import { normalize } from './text/normalize';
import { splitSentences } from './text/sentences';
import { DISPUTED_RATINGS, type Citation, type Claim, type Finding, type LedgerEntry, type Source, type Span } from './types';

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

/** Checks a Markdown draft against a claims-file ledger. */
export function check(text: string, ledger: Ledger, options: CheckOptions): Analysis {
  const tree = parseMarkdown(text);
  const blocks = extractProse(tree, text);
  const citations = blocks.flatMap(findCitations);
  const sources = [...findLinkSources(tree), ...citationSources(citations, ledger)].sort((a, b) => a.span.start - b.span.start);
  const silences = findSilences(tree, text.length);

  const claims: Claim[] = [];
  const findings: Finding[] = [];
  const report = (finding: Omit<Finding, 'severity'> | undefined): void => {
    if (!finding) return;
    const level = levelOf(options, finding.code);
    if (level === 'off' || isSilenced(silences, finding.code, finding.span.start)) return;
    const severity = isLowConfidence(finding, options) && level === 'warning' ? 'information' : level;
    findings.push({ ...finding, severity });
  };

  for (const block of blocks) {
    const sentences = splitSentences(block.text);
    const regions = sourceRegions(block, sentences, options);
    const blockSources = within(sources, block.span);
    sentences.forEach((sentence, i) => {
      const detected = detectClaims(block.text, sentence, options);
      if (detected.length === 0) return;
      const region = regions[i] ?? block.span;
      const regionSources = blockSources.filter((s) => overlaps(s.span, region));
      const cited = regionSources.filter((s) => s.kind === 'citation').map((s) => s.target);
      const matches = ledger.findMatches(block.text, sentence);
      for (const found of detected) {
        const claim = toClaim(found, block, sentence, regionSources);
        claims.push(claim);
        const matched = matchesFor(found, detected, matches);
        const entryIds = unique([...cited, ...matched]);
        report(judge(claim, entryIds, cited, ledger));
      }
    });
  }
  for (const citation of citations) {
    if (ledger.get(citation.id)) continue;
    report({
      code: 'unknown-citation',
      message: `No entry "${citation.id}" in the claims file: add it, or correct the citation.`,
      span: citation.span,
      entryIds: [],
      citation,
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { claims, sources, citations, findings };
}

/** Every `[@id]` citation of a draft, without checking its claims (for navigation). */
export function listCitations(text: string): Citation[] {
  return extractProse(parseMarkdown(text), text).flatMap(findCitations);
}

/** The sentence of the draft's prose that holds `offset` (or ends right before it), if any. */
export function sentenceAt(text: string, offset: number): Span | undefined {
  for (const block of extractProse(parseMarkdown(text), text)) {
    if (offset < block.span.start || offset > block.span.end) continue;
    for (const sentence of splitSentences(block.text)) {
      const span = block.map.toSourceSpan(sentence);
      if (offset >= span.start && offset <= span.end) return span;
    }
  }
  return undefined;
}

/** The finding for one claim, given the entries it cites or matches. */
function judge(claim: Claim, entryIds: readonly string[], cited: readonly string[], ledger: Ledger): Omit<Finding, 'severity'> | undefined {
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

function citationSources(citations: readonly Citation[], ledger: Ledger): Source[] {
  return citations.filter((c) => ledger.get(c.id)).map((c) => ({ kind: 'citation', span: c.span, target: c.id }));
}

function isLowConfidence(finding: Omit<Finding, 'severity'>, options: CheckOptions): boolean {
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

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

