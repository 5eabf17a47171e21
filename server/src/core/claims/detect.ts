import type { CheckOptions } from '../options';
import { isSpaceAt } from '../text/chars';
import { tokenize, type Token } from '../text/tokens';
import type { Span } from '../types';
import { detectAttributions } from './attribution';
import { introducer } from './attribution/introduced';
import { isSaying } from './attribution/words';
import { calibrated } from './confidence';
import type { DetectedClaim } from './detected';
import { withNameKeys } from './lexicon';
import { detectLikelyAttribution } from './model/likely';
import { detectQuantities } from './quantity';
import { isInstruction, isInstructionOrSupposition, suppositionStart } from './mood';
import { bylineAfter, detectQuotations, QUOTATION_CUE, taggedQuotation } from './quotation';
import { documentQuoted } from './quoted-document';

/**
 * Runs the enabled detectors over one sentence of a prose block. An attributed statement is one
 * claim however many cues it has ("According to state media, Xi assured…"), so only the most
 * confident attribution of a sentence is kept, first: the rules' best, else a quotation, else the
 * sentence model's guess. Every figure is a claim of its own, tentative in an instruction or a
 * supposition (see ./mood). Attribution confidences are probabilities measured on news: the rules'
 * scores are calibrated, the others carry measured shares.
 */
export function detectClaims(text: string, sentence: Span, options: CheckOptions): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  // Split and keyed once for every detector.
  const keys: string[] = [];
  const tokens = tokenize(text, sentence, keys);
  withNameKeys(tokens, keys);
  if (options.kinds.attribution) {
    const found = mostConfident(detectAttributions(text, sentence, options.lexicon, tokens, keys));
    const best = found && calibrated(found);
    const quotations = detectQuotations(text, sentence, tokens);
    const quotation = mostConfident(quotations);
    // "Roddy found that “…”", "“…,” Roddy found": the speaker the rules found next to the quoted words
    // speaks them; "as the saying goes, “…”": common wisdom speaks them, and they are no one's to source.
    const tags = best !== undefined && quotation !== undefined && introduces(text, best.span, quotation.span);
    const wisdom = tags && best.speaker !== undefined && isSaying(best.speaker);
    const speaker = tags && (best.tentative !== true || wisdom) ? best.speaker : undefined;
    // Quoted words no one in the sentence is said to speak yield to a reading that names who says
    // something in them: "…, the survey showed that teens are far less guarded …".
    const named = best !== undefined && best.speaker !== undefined && best.tentative !== true && speaker === undefined;
    const claim = best !== undefined && (quotation === undefined || best.confidence >= quotation.confidence || named)
      ? best
      : quotation ? { ...spokenQuotation(text, sentence, quotation, speaker ?? introducedBy(text, sentence, quotation.span, options, tokens, keys)), ...(wisdom && { tentative: true }) } : detectLikelyAttribution(text, sentence, tokens, keys);
    if (claim) {
      const read = best === undefined ? claim : withQuotedWords(claim, best, quotedWords(text, sentence, best, quotations));
      // "Include guidance on forms, … explaining processes", "send them all emails asking what they're
      // building": in an instruction, a reading that names no one is the writer's own advice.
      claims.push(isInstruction(tokens, keys) && !namesSomeone(text, sentence, read.speaker) ? { ...read, tentative: true } : read);
    }
  }
  if (options.kinds.quantity) {
    const figures = detectQuantities(text, sentence, tokens, keys);
    // Most sentences have no figure: only those are read for their mood.
    const supposed = figures.length === 0 ? Infinity : isInstructionOrSupposition(tokens, keys) ? sentence.start : suppositionStart(tokens, keys);
    // One at a time: a sentence of a long draft can hold more figures than a call's arguments fit on the stack.
    for (const figure of figures) claims.push(figure.span.start >= supposed ? { ...figure, tentative: true } : figure);
  }
  return claims;
}

/**
 * A quotation with its speaker: the one the rules found next to it, its byline ("“…” — USDA
 * Apprentice"), which the underline takes in, or the law or study the sentence names.
 */
function spokenQuotation(text: string, sentence: Span, quotation: DetectedClaim, speaker: string | undefined): DetectedClaim {
  if (speaker !== undefined) return { ...quotation, speaker };
  const byline = bylineAfter(text, sentence, quotation.span);
  if (byline !== undefined) return { ...quotation, speaker: byline.speaker, span: { start: quotation.span.start, end: byline.end } };
  const document = documentQuoted(text, sentence, quotation.span);
  return document === undefined ? quotation : { ...quotation, speaker: document };
}

/** Who introduces the quoted words with a colon ("he decided: “…”"), if anyone does. */
function introducedBy(text: string, sentence: Span, quote: Span, options: CheckOptions, tokens: readonly Token[], keys: readonly string[]): string | undefined {
  const colon = colonBefore(text, quote.start, sentence.start);
  return colon === undefined ? undefined : introducer(text, sentence, colon, options.lexicon, tokens, keys);
}

/**
 * Who a prose block's last sentence introduces when it ends in a colon ("A recent Vox article
 * talked about this problem:"): the quotation that opens the next block is theirs (see
 * ../incremental/assemble).
 */
export function introducesNext(text: string, sentences: readonly Span[], options: CheckOptions): string | undefined {
  const last = sentences[sentences.length - 1];
  if (last === undefined || !options.kinds.attribution) return undefined;
  const colon = colonBefore(text, last.end, last.start);
  return colon === undefined ? undefined : introducer(text, last, colon, options.lexicon);
}

/** The offset of a colon that ends, but for white space, right before `end` (and after `start`). */
function colonBefore(text: string, end: number, start: number): number | undefined {
  let at = end - 1;
  while (at > start && isSpaceAt(text, at)) at--;
  return text.charAt(at) === ':' ? at : undefined;
}

/**
 * Whether a speaker and cue at `cue` stand next to the quotation at `quote`, with at most a "that"
 * or a mark between, or before it a phrase of where or when ("wrote in the announcement, “…”") or
 * the words' name ("coined the phrase, “…”").
 */
function introduces(text: string, cue: Span, quote: Span): boolean {
  if (cue.end <= quote.start) return BETWEEN.test(text.slice(cue.end, quote.start)) || SETTING.test(text.slice(cue.end, quote.start));
  return cue.start >= quote.end && BETWEEN.test(text.slice(quote.end, cue.start));
}

const BETWEEN = /^[\s,:;—–-]*(?:that\s*)?$/;
const SETTING = /^\s+(?:(?:in|on|at|to|during|via|through|with|before|after)\s[^,:;.!?"“”]{1,60}|the\s+(?:phrase|term|words|line|question|motto|slogan))[,:]\s*$/;

/** What a rule's claim quotes: the sentence's quotations, else a short one its speaker and cue tag ("“But why?” he asked"). */
function quotedWords(text: string, sentence: Span, rule: DetectedClaim, quotations: readonly DetectedClaim[]): readonly Span[] {
  if (quotations.length > 0) return quotations.map((q) => q.span);
  const tagged = taggedQuotation(text, sentence, rule.span);
  return tagged === undefined ? [] : [tagged];
}

/**
 * One claim for a sentence that both names who speaks and quotes them ("“Why?” he asked."): its
 * underline runs over the speaker, the cue and the quoted words, which is what is attributed,
 * whichever reading was the more confident.
 */
function withQuotedWords(claim: DetectedClaim, rule: DetectedClaim, quoted: readonly Span[]): DetectedClaim {
  if (quoted.length === 0) return claim;
  let { start, end } = rule.span;
  for (const q of quoted) {
    start = Math.min(start, q.start);
    end = Math.max(end, q.end);
  }
  return { ...claim, span: { start, end } };
}

/** The first of the most confident claims. */
function mostConfident(claims: readonly DetectedClaim[]): DetectedClaim | undefined {
  let best: DetectedClaim | undefined;
  for (const claim of claims) if (!best || claim.confidence > best.confidence) best = claim;
  return best;
}

/**
 * The claims of each sentence of a prose block. Quoted words with no one in their sentence said
 * to speak them are a statement where someone in the paragraph speaks (news: "Smith said. “…”"),
 * and as often a title, a motto or an example as a statement where no one does: there they are
 * tentative. So is every claim of an interview's question or answer ("A: Deepfakes are really easy
 * to make."): the interview is its source.
 */
export function detectBlockClaims(text: string, sentences: readonly Span[], options: CheckOptions): DetectedClaim[][] {
  const claims = sentences.map((sentence) => detectClaims(text, sentence, options));
  if (INTERVIEW_TURN.test(text)) return claims.map((found) => found.map((c) => ({ ...c, tentative: true })));
  const spoken = claims.some((found) => found.some((c) => c.kind === 'attribution' && c.speaker !== undefined && c.tentative !== true));
  if (spoken) return claims;
  return claims.map((found) => found.map((c) => (c.cue === QUOTATION_CUE ? { ...c, tentative: true } : c)));
}

/** A turn of an interview, labelled as one: "Q: …", "A: …", "Answer: …". */
const INTERVIEW_TURN = /^\s*(?:Q|A|Question|Answer)\s*:\s/;

/**
 * Whether a speaker is someone in particular: a capital in it ("Frangione", "the EPA"), but for the
 * one that opens the sentence, or a pronoun of a person ("…,” she says"); not "all emails".
 */
function namesSomeone(text: string, sentence: Span, speaker: string | undefined): boolean {
  if (speaker === undefined) return false;
  if (PERSONS.has(speaker.toLowerCase())) return true;
  const at = text.indexOf(speaker, sentence.start);
  const opens = at >= 0 && text.slice(sentence.start, at).trim() === '';
  return /\p{Lu}/u.test(opens ? speaker.slice(1) : speaker);
}

/** Pronouns that stand for someone the text has named. */
const PERSONS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
