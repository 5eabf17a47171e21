import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Claim, Finding, Ledger, LedgerEntry, Source } from '../core';
import type { ReviewClock } from '../core/ledger';
import type { ClaimsFile } from '../host/claimsStore';
import { entryText, referenceText, render, RULE, text, type Line, type Segment } from './markup';
import { citationAt } from './navigation';
import { contains, toRange } from './positions';

/**
 * What the hover shows at `offset`: a citation's claims-file entry or bibliography work, or a
 * claim's kind, speaker and cue, why it is flagged or what sources it, and the entries it matches.
 * `ledger`: the claims file with the works of the draft's bibliographies.
 */
export function hoverAt(analysis: Analysis, draft: TextDocument, offset: number, claims: ClaimsFile, markdown: boolean, clock?: ReviewClock, ledger: Ledger = claims.ledger): Hover | null {
  const here = analysis.within({ start: offset, end: offset });
  const citation = citationAt(here, offset);
  if (citation) {
    const entry = claims.ledger.get(citation.id);
    const reference = ledger.reference(citation.id);
    const lines = entry ? entryText(entry, clock) : reference ? referenceText(reference) : [text('No entry ', { code: citation.id }, ` in the claims file (${claims.path || 'none'}) or a bibliography.`)];
    return { contents: render(lines, markdown), range: toRange(draft, citation.span) };
  }
  // The innermost claim: a figure inside a sentence the model guesses at is what the writer points at.
  let claim: Claim | undefined;
  for (const c of here.claims) if (contains(c.span, offset) && (!claim || c.span.end - c.span.start < claim.span.end - claim.span.start)) claim = c;
  if (!claim) return null;
  const finding = here.findings.find((f) => f.claim === claim);
  const lines = claimText(claim, finding);
  const entries = (finding?.entryIds ?? []).map((id) => claims.ledger.get(id)).filter((e): e is LedgerEntry => e !== undefined);
  for (const entry of entries) lines.push(RULE, ...entryText(entry, clock));
  const similar = finding?.similarTo === undefined ? undefined : claims.ledger.get(finding.similarTo);
  if (similar) lines.push(RULE, text({ strong: ['A similar claim'] }, ', worded otherwise: cite it only if it is the same claim.'), ...entryText(similar, clock));
  return { contents: render(lines, markdown), range: toRange(draft, claim.span) };
}

function claimText(claim: Claim, finding: Finding | undefined): Line[] {
  const kind = KIND_NAMES[claim.kind];
  const details = [claim.speaker && `speaker: ${claim.speaker}`, claim.cue && `cue: “${claim.cue}”`].filter(Boolean).join(' · ');
  const lines = [text({ strong: [kind] }, details ? ` · ${details}` : '')];
  if (finding) lines.push(text(finding.message));
  // Why a claim that reads like one is not a warning (see "What counts as a claim" in the README).
  if (claim.tentative === true) lines.push(text('A tentative reading: shown as information, never as a warning.'));
  else if (finding?.judged === true) lines.push(text('Shown as information: in a draft written like this one, an editor would rarely ask for a source here.'));
  else if (claim.sources.length > 0) lines.push(text('Sourced by ', ...listed(claim.sources), '.'));
  return lines;
}

const KIND_NAMES: Readonly<Record<Claim['kind'], string>> = { attribution: 'Attributed statement', quantity: 'Figure', phrase: 'Claim the claims file words' };

// A paragraph's claims in paragraph scope share all its sources: a hover names the first few.
const MAX_SOURCES_LISTED = 5;

function listed(sources: readonly Source[]): Segment[] {
  const shown = sources.slice(0, MAX_SOURCES_LISTED).flatMap((s, i) => [i > 0 ? ', ' : '', ...describeSource(s)]);
  const more = sources.length - MAX_SOURCES_LISTED;
  return more > 0 ? [...shown, ` and ${more.toLocaleString('en-US')} more`] : shown;
}

function describeSource(source: Source): Segment[] {
  if (source.kind === 'link') return ['a link to ', { url: source.target }];
  if (source.kind === 'footnote') return [`footnote [^${source.target}]`];
  return ['claims-file entry ', { code: source.target }];
}
