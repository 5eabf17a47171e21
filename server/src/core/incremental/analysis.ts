import type { Citation, Claim, Finding, Severity, Source, Span } from '../types';
import { firstIndex } from '../search';

/** A block's judged results in the block's own offsets (a part places them in the draft). */
export interface BlockResult {
  readonly claims: readonly Claim[];
  readonly sources: readonly Source[];
  readonly citations: readonly Citation[];
  /** Sorted, with their severity after levels and silences. */
  readonly findings: readonly Finding[];
  readonly counts: Counts;
}

/** How many findings there are of each severity, and how many of them are pinned (see `isPinned`). */
export interface Counts extends Readonly<Record<Severity, number>> {
  readonly pinned: number;
}

/**
 * Whether a finding is always reported, however many others there are: a writer must learn that
 * part of a draft is not checked, whatever else it holds.
 */
export function isPinned(finding: Finding): boolean {
  return finding.code === 'not-checked' || finding.code === 'draft-truncated';
}

/** Most severe first: the order in which findings are kept when not all can be shown. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * One block's results, placed in its run of blocks (a group places the run in the draft). An edit
 * moves every block after it: the results are moved (copied with new offsets) only when something
 * asks for them, so that an edit costs the blocks it touched, not the blocks it moved.
 */
export class Part {
  private moved: { readonly shift: number; readonly result: BlockResult } | undefined;
  /** The findings `placedFinding` moved alone, at one shift: the problems shown after each edit are mostly the same. */
  private movedAlone: { readonly shift: number; readonly findings: Finding[] } | undefined;

  /** `start` and `end` are the block's extent in its run; `shift` turns `result`'s offsets into the run's. */
  constructor(
    readonly start: number,
    readonly end: number,
    readonly shift: number,
    readonly result: BlockResult,
  ) {}

  /** The results in the draft's offsets, for a run placed `delta` further on. */
  placed(delta: number): BlockResult {
    const shift = this.shift + delta;
    if (shift === 0) return this.result;
    if (this.moved?.shift !== shift) this.moved = { shift, result: move(this.result, shift) };
    return this.moved.result;
  }

  /** `result.findings[i]` placed as `placed(delta)` places it: the moved one when there is one, else moved alone. */
  placedFinding(finding: Finding, i: number, delta: number): Finding {
    const shift = this.shift + delta;
    if (shift === 0) return finding;
    if (this.moved?.shift === shift) return this.moved.result.findings[i] ?? finding;
    if (this.movedAlone?.shift !== shift) this.movedAlone = { shift, findings: [] };
    return (this.movedAlone.findings[i] ??= moveFinding(finding, shift, (c) => shiftClaim(c, shift), (c) => shiftCitation(c, shift)));
  }
}

/** The parts of a run of blocks, in the run's offsets, and the run's place: `delta` moves them into the draft. */
export interface Group {
  readonly delta: number;
  readonly parts: readonly Part[];
  /** The parts' findings of each severity. */
  readonly counts: Counts;
}

/** Findings to show when a client can take only so many, and how many there are in all. */
export interface Reported {
  readonly findings: readonly Finding[];
  readonly total: number;
}

/**
 * Everything the engine learned about one draft, block by block; the lists are gathered (and
 * moved blocks' offsets updated) on first use. Each list is in document order.
 */
export class Analysis {
  private severities: Counts | undefined;
  private all: { claims: Claim[]; sources: Source[]; citations: Citation[]; findings: Finding[] } | undefined;

  /** @param notes findings about the draft as a whole (it was cut short), after every block's */
  constructor(
    private readonly groups: readonly Group[],
    private readonly notes: readonly Finding[] = [],
  ) {}

  /** Every claim detected, sourced or not. */
  get claims(): readonly Claim[] {
    return this.gathered().claims;
  }

  /** Links, footnote calls and citations of known entries. */
  get sources(): readonly Source[] {
    return this.gathered().sources;
  }

  /** Every `[@id]` citation, known or not. */
  get citations(): readonly Citation[] {
    return this.gathered().citations;
  }

  /** What to report. */
  get findings(): readonly Finding[] {
    return this.gathered().findings;
  }

  /** This analysis with a finding about the whole draft added at its end. */
  withNote(note: Finding): Analysis {
    return new Analysis(this.groups, [...this.notes, note]);
  }

  /**
   * The analysis of the blocks that overlap `span` alone (the blocks under a cursor): what a hover
   * or a quick fix needs, without gathering a long draft's thousands of claims.
   */
  within(span: Span): Analysis {
    const { groups } = this;
    const groupsWithin: Group[] = [];
    // Blocks are in document order: from the first that ends at or after the span's start.
    for (const { delta, parts } of groups.slice(firstIndex(groups.length, (i) => end(groups[i]) >= span.start))) {
      if ((parts[0]?.start ?? 0) + delta > span.end) break;
      const first = firstIndex(parts.length, (i) => (parts[i]?.end ?? 0) + delta >= span.start);
      let last = first;
      while (last < parts.length && (parts[last]?.start ?? 0) + delta <= span.end) last++;
      const taken = parts.slice(first, last);
      groupsWithin.push({ delta, parts: taken, counts: addCounts(taken.map((p) => p.result.counts)) });
    }
    const notes = this.notes.filter((n) => n.span.start <= span.end && n.span.end >= span.start);
    return new Analysis(groupsWithin, notes);
  }

  /**
   * At most `max` findings (all of them when `max` is 0), chosen as VS Code chooses among too many
   * diagnostics: by severity, most severe first, then in document order; returned in document order.
   * Notes about the whole draft (where its check stopped) are always among them: a writer must
   * learn that a draft is checked only in part, whatever else it holds. Only the blocks the
   * findings come from are moved.
   */
  reported(max: number): Reported {
    const total = this.total;
    if (max === 0 || total <= max) return { findings: this.findings, total };
    const all = addCounts(this.groups.map((g) => g.counts));
    // Pinned findings first (but never more than can be shown), then all findings of the
    // severities that fit, the first ones of the next severity, none after.
    let pinned = Math.min(all.pinned, Math.max(0, max - this.notes.length));
    let room = Math.max(0, max - this.notes.length - pinned);
    const wanted = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const severity of SEVERITIES) {
      wanted[severity] = Math.min(all[severity], room);
      room -= wanted[severity];
    }
    const findings: Finding[] = [];
    const take = (f: Finding): boolean => {
      if (isPinned(f) && pinned > 0) {
        pinned--;
        return true;
      }
      if (wanted[f.severity] === 0) return false;
      wanted[f.severity]--;
      return true;
    };
    const wants = (c: Counts): boolean => (c.pinned > 0 && pinned > 0) || SEVERITIES.some((s) => c[s] > 0 && wanted[s] > 0);
    for (const { delta, parts, counts } of this.groups) {
      if (pinned === 0 && findings.length >= max - this.notes.length) break;
      if (!wants(counts)) continue;
      for (const part of parts) {
        if (!wants(part.result.counts)) continue;
        // Move only the findings taken, unless the whole block has been moved already.
        part.result.findings.forEach((f, i) => {
          if (take(f)) findings.push(part.placedFinding(f, i, delta));
        });
      }
    }
    findings.push(...this.notes);
    return { findings, total };
  }

  /** How many findings there are, without gathering them. */
  get total(): number {
    const counts = this.counts();
    return SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
  }

  private counts(): Counts {
    if (this.severities) return this.severities;
    this.severities = addCounts([countBySeverity(this.notes), ...this.groups.map((g) => g.counts)]);
    return this.severities;
  }

  private gathered(): NonNullable<Analysis['all']> {
    if (this.all) return this.all;
    const all: NonNullable<Analysis['all']> = { claims: [], sources: [], citations: [], findings: [] };
    for (const placed of this.groups.flatMap((g) => g.parts.map((p) => p.placed(g.delta)))) {
      for (const c of placed.claims) all.claims.push(c);
      for (const s of placed.sources) all.sources.push(s);
      for (const c of placed.citations) all.citations.push(c);
      for (const f of placed.findings) all.findings.push(f);
    }
    for (const n of this.notes) all.findings.push(n);
    this.all = all;
    return all;
  }
}

/** How many of `findings` there are of each severity, and how many are pinned. */
export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts = { error: 0, warning: 0, information: 0, hint: 0, pinned: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    if (isPinned(f)) counts.pinned++;
  }
  return counts;
}

/** The sum of `counts`, severity by severity. */
export function addCounts(counts: readonly Counts[]): Counts {
  const sum = { error: 0, warning: 0, information: 0, hint: 0, pinned: 0 };
  for (const c of counts) {
    sum.error += c.error;
    sum.warning += c.warning;
    sum.information += c.information;
    sum.hint += c.hint;
    sum.pinned += c.pinned;
  }
  return sum;
}

/** Where a group's last block ends in the draft. */
function end(group: Group | undefined): number {
  return group ? (group.parts.at(-1)?.end ?? 0) + group.delta : 0;
}

/** A block's results `shift` further on in the draft; findings point at the moved claims. */
function move(result: BlockResult, shift: number): BlockResult {
  const claims = new Map(result.claims.map((c) => [c, shiftClaim(c, shift)]));
  const citations = new Map(result.citations.map((c) => [c, shiftCitation(c, shift)]));
  return {
    claims: [...claims.values()],
    sources: result.sources.map((s) => shiftSource(s, shift)),
    citations: [...citations.values()],
    findings: result.findings.map((f) =>
      moveFinding(f, shift, (c) => claims.get(c) ?? shiftClaim(c, shift), (c) => citations.get(c) ?? shiftCitation(c, shift)),
    ),
    counts: result.counts,
  };
}

function moveFinding(finding: Finding, shift: number, claimOf: (c: Claim) => Claim, citationOf: (c: Citation) => Citation): Finding {
  // Spelled out rather than spread: this runs for every finding of every block moved.
  const { code, severity, message, entryIds, citation, claim, similarTo, judged } = finding;
  const span = shiftSpan(finding.span, shift);
  if (claim) return { code, severity, message, span, claim: claimOf(claim), entryIds, ...(similarTo !== undefined && { similarTo }), ...(judged && { judged }) };
  return { code, severity, message, span, entryIds, ...(citation && { citation: citationOf(citation) }) };
}

function shiftClaim(claim: Claim, shift: number): Claim {
  return {
    kind: claim.kind,
    span: shiftSpan(claim.span, shift),
    sentence: shiftSpan(claim.sentence, shift),
    block: shiftSpan(claim.block, shift),
    text: claim.text,
    speaker: claim.speaker,
    cue: claim.cue,
    confidence: claim.confidence,
    ...(claim.tentative === true ? { tentative: true } : {}),
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
