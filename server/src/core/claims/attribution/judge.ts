import type { DetectedClaim } from '../detected';
import type { CueStrength } from '../lexicon';
import { firstWord } from '../mood';
import { complement, isStrong, objectFollows, type Evidence } from './complement';
import type { Cue } from './cue';
import { explainsToReader } from './explains';
import { headsPhrase, nounPhraseAfter, nounPhraseBefore } from './noun-phrase';
import { isPublishing, publishesReport } from './publication';
import { beforeAdverbs, followsQuote, isAdverb, isCloseQuote, joinedByHyphen, skipBack, textOf, type Run, type Sentence } from './sentence';
import { isSourceLike, names, sorted } from './source-phrase';
import { agent, invertedSpeaker, isArtifact, isSpecific, isWritersInfinitive, possessor, speakerBefore, speakerOf, subjectOf, type Speaker } from './speaker';
import { absoluteParticiple, advisesThing, isSetPhrase, naming, saysNothing } from './unsaid';
import { unownedVerdict } from './verdict';
import { auxiliaryStart, passiveSubject } from './auxiliaries';
import { heardFrom } from './heard';
import { modifiesNoun, nounUse, objectOfPreposition, verbUse, type VerbUse } from './verb-use';
import { APPOSITIVE_MARKS, AUXILIARIES, BE, HAVE, HEDGES, OBJECT_PRONOUNS, TIME_WORDS, isNameLike, isPastForm, isPronounContraction, isSaying } from './words';

// The verdict on a cue: whether it reports in this sentence, who speaks, and how confident that is.

export interface Found {
  readonly claim: DetectedClaim;
  readonly cue: Cue;
  readonly speaker?: Speaker;
  /** Token index after everything the claim used, where the search resumes. */
  readonly resume: number;
}

const BASE_CONFIDENCE: Readonly<Record<CueStrength, number>> = { speech: 0.75, stance: 0.6, weak: 0.5, belief: 0.45 };
/** An unowned verdict ("is considered the best") is as sure a report as "is said to". */
const UNOWNED_CONFIDENCE = 0.7;

/** The claim `cue` makes, if it reports in this sentence. */
export function judge(s: Sentence, cue: Cue): Found | undefined {
  if (isWritersInfinitive(s, cue.start)) return undefined;
  switch (cue.kind) {
    case 'verb':
      return judgeVerb(s, cue);
    case 'source':
      return judgeSource(s, cue);
    case 'agentless':
      return judgeAgentless(s, cue);
    case 'noun':
      return judgeNoun(s, cue);
    case 'channel':
      return claim(s, cue, undefined, cue, 0.45);
    case 'adjective':
      return judgeAdjective(s, cue);
    case 'label':
      return claim(s, cue, speakerOf(s, { start: 0, end: cue.start }), cue, 0.6);
    case 'frame': {
      const speaker = speakerBefore(s, cue.start);
      return claim(s, cue, speaker, cue, speaker === undefined ? 0.45 : 0.6);
    }
    case 'custom': {
      const speaker = speakerBefore(s, cue.start);
      return claim(s, cue, speaker, cue, speaker === undefined ? 0.6 : 0.75);
    }
  }
}

/** A claim whose key phrase runs from the speaker, when it is near, through `span`. */
function claim(s: Sentence, cue: Cue, speaker: Speaker | undefined, span: Run, confidence: number, resume = cue.end): Found {
  const near = speaker === undefined || speaker.distant === true ? span : speaker.run;
  const first = s.tokens[Math.min(span.start, near.start)];
  const last = s.tokens[Math.max(span.end, near.end) - 1];
  const detected: DetectedClaim = {
    kind: 'attribution',
    span: { start: first?.start ?? 0, end: last?.end ?? 0 },
    cue: textOf(s, cue),
    confidence: Math.round(Math.min(0.98, Math.max(0.05, confidence)) * 100) / 100,
    ...(speaker === undefined ? {} : { speaker: speaker.name }),
    ...(isThin(s, cue, speaker) ? { tentative: true } : {}),
  };
  return { claim: detected, cue, resume, ...(speaker === undefined ? {} : { speaker }) };
}

/**
 * Whether a reading is too thin to warn about: a place of saying with no one to say it, a noun of saying that is no one's, a possibility ("research may show"), a
 * negation ("does not imply", "did not say how many"), a thought or wish ("want", "hope", "know") of no one in particular, or a verb with a common sense
 * besides reporting ("found", "shows") of a group in general or of no one. "They wanted to …",
 * "This website aims to …" and "users have found …" are what explainers and how-to posts say of
 * everyone; "Smith believes …" and "he found that …" report someone.
 */
function isThin(s: Sentence, cue: Cue, speaker: Speaker | undefined): boolean {
  // "as the ancient proverb says, “the garden is never finished”": common wisdom is no one's to source.
  if (speaker !== undefined && isSaying(speaker.name)) return true;
  // Where something was said, with no one saying it: "in this post", "in the article"; but "in a CNN poll" names its source.
  if (cue.kind === 'channel') return !s.tokens.slice(cue.start + 1, cue.end).some((t) => isNameLike(t));
  // A stance, like a belief, of no one in particular: "users are skeptical of …".
  if (cue.kind === 'adjective') return speaker === undefined || !isSpecific(s, speaker, false);
  // "amid reports that …", "the allegations that …" are hearsay of someone; "with the promise that
  // we will …", "an estimate that includes …" are no one's.
  if (cue.kind === 'noun') return speaker === undefined && !HEARSAY.has(s.keys[cue.start] ?? '');
  // "how easily can they find it?", "What do the experts say?": a question asks, and reports nothing.
  if ((cue.kind === 'verb' || cue.kind === 'agentless') && speaker !== undefined && askedOf(s, speaker)) return true;
  if (cue.kind !== 'verb') return false;
  if (speaker !== undefined && advisesThing(s, cue, speaker.run.start)) return true;
  // "may show", "does not explain", "kids don't realize": nothing is reported; nor by "shows how to use …", which teaches a way, not a fact.
  if (hedged(s, cue.start) || negated(s, cue.start) || (s.keys[cue.end] === 'how' && s.keys[cue.end + 1] === 'to')) return true;
  // "what the public is saying about them": talk of no one in particular, with nothing it said.
  if (speaker !== undefined && s.keys[speaker.run.start - 1] === 'what' && !isSpecific(s, speaker)) return true;
  if (cue.strength !== 'belief' && cue.strength !== 'weak') return false;
  if (speaker === undefined) return !hidesSource(s, cue) && unownedVerdict(s, cue) === undefined;
  if (cue.strength === 'belief') return !isSpecific(s, speaker, false);
  // "They really encourage us to grow", "It asks her to install …": a pronoun's request of someone states nothing to source.
  if (speaker.pronoun === true && OBJECT_PRONOUNS.has(s.keys[cue.end] ?? '') && complement(s, cue) === 'to') return true;
  return !isSpecific(s, speaker) && speaker.pronoun !== true;
}

/** Verbs that link a subject to its stance: "were critical of", "remained convinced that". */
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became', 'grew']);

/**
 * "Republicans have been critical of …", "his aides are not convinced that …", "They’re
 * supportive of …": a stance its subject holds in public, like "criticized" or "believe"; without
 * a linking verb and a subject ("a report critical of", "It is early to be optimistic about") it
 * is no one's.
 */
function judgeAdjective(s: Sentence, cue: Cue): Found | undefined {
  let j = cue.start - 1;
  while (j >= 0 && (isAdverb(s, j) || s.keys[j] === 'not')) j--;
  const key = s.keys[j] ?? '';
  const contracted = /'(?:s|re)$/.test(key) && isPronounContraction(key);
  if (!contracted && !LINKING.has(key)) return undefined;
  const speaker = speakerBefore(s, contracted ? j + 1 : j);
  if (speaker === undefined || s.keys[speaker.run.end] === 'to') return undefined;
  return claim(s, cue, speaker, cue, speaker.pronoun === true ? 0.5 : 0.6);
}

/** "according to Chinese state media reports": the source follows the cue. */
function judgeSource(s: Sentence, cue: Cue): Found | undefined {
  // "divided into nine groups according to their interest": a criterion, not a source.
  if (s.keys[cue.start] === 'according' && sorted(s, cue.start)) return undefined;
  const np = nounPhraseAfter(s, cue.end);
  // "the words of Rene Coty", "these words from Gary Vaynerchuk", but not "the words of the song": a person's, by name or role.
  if ((s.keys[cue.start] === 'the' || s.keys[cue.start] === 'words') && (np === undefined || !names(s, np))) return undefined;
  // "according to plan" names no source: a source has a name, a determiner or is a source noun.
  if (np === undefined || !isSourceLike(s, np)) return claim(s, cue, undefined, cue, 0.4);
  return claim(s, cue, speakerOf(s, np), cue, 0.9, np.end);
}

/** Nouns of what others are said to say, whoever they are. */
const HEARSAY = new Set(['reports', 'rumors', 'rumours', 'rumor', 'rumour', 'allegations', 'allegation', 'claims', 'claim', 'speculation', 'accusations', 'word', 'suggestions', 'indications']);

/** "it was reported", "is said to", "officials say", "reportedly". */
function judgeAgentless(s: Sentence, cue: Cue): Found | undefined {
  // "The word is (definitely) out": it is known, not rumoured.
  let after = cue.end;
  while (isAdverb(s, after)) after++;
  if (s.keys[cue.end - 1] === 'is' && s.keys[after] === 'out') return undefined;
  if (cue.speakerEnd !== undefined) return claim(s, cue, speakerOf(s, nounPhraseBefore(s, cue.speakerEnd - 1)), cue, 0.8);
  return claim(s, cue, undefined, cue, cue.end - cue.start === 1 ? 0.6 : 0.7);
}

/** "his claim that …", "amid reports that …". */
function judgeNoun(s: Sentence, cue: Cue): Found | undefined {
  const after = s.keys[cue.end + 1] ?? '';
  // "the report that was released" is a relative clause, not a reported one.
  if (after === '' || AUXILIARIES.has(after) || s.lexicon.verbs.has(after)) return undefined;
  const speaker = /['’]s$/.test(s.tokens[cue.start - 1]?.text ?? '') ? possessor(s, cue.start - 1) : undefined;
  return claim(s, cue, speaker, cue, speaker === undefined ? 0.5 : 0.6);
}

/** A verb form: how it is used, who speaks, what follows, and whether all that makes it report. */
function judgeVerb(s: Sentence, cue: Cue): Found | undefined {
  if (modifiesNoun(s, cue.start) || isSetPhrase(s, cue) || explainsToReader(s, cue)) return undefined;
  // "We hear from agencies that …": those heard from told the writer, as sure a report as a verb of speech.
  const heard = heardFrom(s, cue);
  if (heard) return claim(s, { ...cue, strength: 'speech' }, heard.speaker, { start: cue.start, end: heard.end }, 0.75, heard.resume);
  const evidence = complement(s, cue);
  const inverted = invertedSpeaker(s, cue);
  // "tweets now show up as previews": a verb with "up" is another verb; "comments that suggest or
  // encourage illegal activity" offers alternatives, not something anyone said.
  // "…would add to your reports": to add to something is to increase it; "an initiative aimed at
  // bringing" is directed at something; "continues to dominate" goes on doing it, and "is
  // continuing its investigation" goes on with it.
  const after = s.keys[cue.end];
  // "Costa reported from Washington.": a reporter's place, not a report.
  const reporterPlace = cue.base === 'report' && after === 'from' && evidence === 'adjunct';
  // "USPTO held a “Mugs and Pugs” video conference", "Facebook holds the top two spaces": to hold
  // something is to have or host it; "the court held that …" rules. "demonstrates how …" shows
  // by example; "demonstrated that …" reports a finding.
  const holding = (cue.base === 'hold' || cue.base === 'demonstrate') && evidence !== 'that';
  if (after === 'up' || after === 'or' || reporterPlace || holding || (cue.base === 'add' && after === 'to') || (cue.base === 'aim' && after === 'at') || (cue.base === 'continue' && (after === 'to' || (inverted === undefined && objectFollows(s, cue.end))))) return undefined;
  if (saysNothing(s, cue.end) || absoluteParticiple(s, cue)) return undefined;
  const use = inverted === undefined ? verbUse(s, cue, evidence) : 'finite';
  if (use === undefined || naming(s, cue, use)) return undefined;
  const verdict = unownedVerdict(s, cue);
  if (verdict !== undefined) return claim(s, cue, undefined, verdict, UNOWNED_CONFIDENCE);
  // "You are often recommended to …", "you are encouraged to": advice to the reader, in the writer's voice.
  if (use === 'passive' && passiveSubject(s, cue.start) === 'you' && !s.quoted) return undefined;
  let speaker: Speaker | undefined;
  if (inverted !== undefined) speaker = inverted;
  else if (use === 'passive') speaker = agent(s, cue.end);
  else if (use === 'participial') {
    speaker = subjectOf(s, cue.start);
    // "I feel pretty safe in saying that …": the writer opens the clause the participle hangs on.
    if (speaker === undefined && /^(?:i|we)(?:'|$)/.test(s.keys[firstWord(s.tokens)] ?? '') && !s.quoted) return undefined;
  }
  else speaker = speakerBefore(s, cue.start);
  // After a preposition, a phrase is no subject and the form a noun: "after ambiguous remarks a week ago".
  const prepositional = speaker !== undefined && !speaker.distant && use !== 'absolute' && objectOfPreposition(s, speaker.run.start);
  if (prepositional && !isStrong(evidence) && nounUse(s, cue, cue.start - 1, true)) return undefined;

  // A tool speaks to its user however far back it stands ("This app not only shows you …, but also explains why …").
  if (speaker !== undefined && ((!speaker.distant && unsaid(s, speaker.run.start)) || isArtifact(s, speaker))) return undefined;
  // "attaching Post-It notes": a pronoun hyphenated to the word before it is part of that word, no subject.
  const compound = speaker?.pronoun === true && joinedByHyphen(s, speaker.run.start) && s.tokens[speaker.run.start - 1]?.spaceBefore === false;
  if (pluralNoun(s, cue, speaker) || compound || pastVerbAlone(s, cue, speaker)) return undefined;
  if (MOSTLY_NOUNS.has(s.keys[cue.start] ?? '') && !statesSomething(s, evidence, speaker)) return undefined;

  // "“…,” Smith added": the quotation just before the speaker is what was said.
  const quoted = inverted !== undefined || followsQuote(s, Math.min(speaker?.run.start ?? cue.start, cue.start));
  if (!accepts(s, cue, use, evidence, speaker, quoted)) return undefined;

  let confidence = BASE_CONFIDENCE[cue.strength];
  if (isStrong(evidence) || quoted || (s.quoted && speaker !== undefined)) confidence += 0.15;
  else if (evidence !== 'none') confidence += 0.05;
  if (speaker === undefined) confidence -= use === 'passive' ? 0.3 : 0.15;
  else if (!speaker.pronoun) confidence += 0.1;
  // "The ministry did not say how many …" reports no statement.
  if (negated(s, cue.start)) confidence -= 0.2;
  const span: Run = use === 'passive' && speaker === undefined ? { start: auxiliaryStart(s, cue.start), end: cue.end } : cue;
  const resume = inverted !== undefined || use === 'passive' ? Math.max(cue.end, speaker?.run.end ?? 0) : cue.end;
  return claim(s, cue, speaker, span, confidence, resume);
}

/**
 * An "-s" form right after what "there is" introduces is that phrase's plural head, not a verb:
 * "There were also health literacy challenges we needed to address".
 */
function pluralNoun(s: Sentence, cue: Cue, speaker: Speaker | undefined): boolean {
  if (!cue.inflections.includes('third') || speaker === undefined || speaker.distant || speaker.run.end !== cue.start) return false;
  const be = beforeAdverbs(s, speaker.run.start);
  return BE.has(s.keys[be] ?? '') && s.keys[be - 1] === 'there';
}

/** "Started requiring the requester …": a past form alone opening a sentence, right before a gerund, is a verb, no subject. */
function pastVerbAlone(s: Sentence, cue: Cue, speaker: Speaker | undefined): boolean {
  if (speaker === undefined || !cue.inflections.includes('gerund')) return false;
  return speaker.run.start === firstWord(s.tokens) && speaker.run.end === cue.start && cue.start === speaker.run.start + 1 && isPastForm(s.keys[speaker.run.start] ?? '');
}

/**
 * Forms far commoner as nouns ("the four states", "state schools", "Vermont, states that vote"):
 * a verb only with someone before it and what it states after it ("The law states that …").
 */
const MOSTLY_NOUNS = new Set(['state', 'states']);

/** "The law states that …", "As the policy states, …": a speaker, and a clause or an "as" framing it. */
function statesSomething(s: Sentence, evidence: Evidence, speaker: Speaker | undefined): boolean {
  if (speaker === undefined || s.keys[speaker.run.end] === ',') return false;
  // "researcher Joseph Turow states there are …": a full name, then a clause ("won Southern states he …" is no name).
  const end = speaker.run.end;
  const named = evidence === 'clause' && isNameLike(s.tokens[end - 1]) && isNameLike(s.tokens[end - 2]) && end - 2 >= speaker.run.start && !objectOfPreposition(s, speaker.run.start);
  return named || isStrong(evidence) || s.keys[speaker.run.start - 1] === 'as';
}

/** Whether what was found around a verb is enough to read it as reporting, given its strength. */
function accepts(s: Sentence, cue: Cue, use: VerbUse, evidence: Evidence, speaker: Speaker | undefined, quoted: boolean): boolean {
  const strong = isStrong(evidence);
  const characterized = evidence === 'as' && s.lexicon.asComplement.has(cue.base);
  const infinitive = evidence === 'to' && s.lexicon.toComplement.has(cue.base);
  // "was underscored when …" reports nothing; "was told that …", "is also expected to …" and
  // "are seen as …" do.
  if (use === 'passive') {
    // "a story shared by the Department of Labor", "held by Iran": a weak verb's agent, with nothing it reported.
    if (speaker !== undefined && cue.strength === 'weak') return strong || characterized || infinitive || evidence === 'clause' || quoted;
    // "is practically guaranteed to both under-classify …" is sure to, and "was supposed to be over"
    // meant to, whatever follows: modals, not reports; "are determined to shame him" are resolved to
    // ("determined to be classified" was found to be).
    if ((cue.base === 'guarantee' || cue.base === 'suppose') && s.keys[cue.end] === 'to') return false;
    if (cue.base === 'determine' && s.keys[cue.end] === 'to' && !BE.has(s.keys[cue.end + 1] ?? '') && !HAVE.has(s.keys[cue.end + 1] ?? '')) return false;
    // "is said to", "is expected to"; but "agencies are challenged to expand" is set a task.
    const to = s.keys[cue.end] === 'to' && cue.strength !== 'stance';
    // "Staff were told the office will close": a clause said to someone, as after "that"; but
    // "are told which time of day is best" is told an answer, not what someone said.
    const told = evidence === 'clause' && cue.strength === 'speech' && !WH_WORDS.has(s.keys[cue.end] ?? '');
    return speaker !== undefined || (strong && cue.strength !== 'belief') || told || to || characterized || expletive(s, cue, evidence);
  }
  // "…, saying that …", "…, decrying the influence of …", but not "with 100 percent of precincts
  // reporting" nor "private pleading".
  const bare = evidence === 'none' || evidence === 'tag' || evidence === 'adjunct';
  // "a report saying that …", "a company seeking to manage …", but not "self reporting from the agencies to provide".
  if (use === 'absolute' && !(strong || evidence === 'clause' || characterized || infinitive)) return false;
  const transitive = (cue.strength === 'speech' || cue.strength === 'stance') && objectFollows(s, cue.end);
  if (use === 'participial' && bare && !transitive) return false;
  switch (cue.strength) {
    case 'speech':
      return speaker !== undefined || strong || evidence === 'clause' || s.quoted;
    case 'stance':
      return speaker !== undefined;
    case 'weak': {
      // "Comscore released new data": only a report put out is; "agencies publish content in …
      // to do" and "The documents released today" are not.
      if (isPublishing(cue)) return speaker !== undefined && publishesReport(s, cue);
      // "Cruz wrote.", "…, Fox found." and "…, the airline added, …" are reporting clauses; "the
      // ceasefire is holding." is not.
      const start = speaker?.run.start ?? 0;
      const lead = s.tokens[start - 1];
      const adjacent = speaker !== undefined && skipBack(s, cue.start - 1) === speaker.run.end - 1;
      // A sentence of a speaker and a verb alone is a tag in the past ("Fox found."); in the present it describes ("DOL provides sample projects.").
      const alone = start === 0 && cue.inflections.includes('past');
      const reporting = adjacent && (alone || (lead !== undefined && APPOSITIVE_MARKS.has(lead.text)) || isCloseQuote(s, start - 1));
      const tag = (evidence === 'tag' || evidence === 'adjunct') && (s.quoted || reporting);
      // "This is how Labor’s Jared Benoff describes the key benefit": a tag of the words before it.
      const pointsBack = s.keys[start - 1] === 'how' && HOW_LEADS.has(s.keys[start - 2] ?? '');
      const framed = evidence === 'clause' || evidence === 'channel' || tag || infinitive || pointsBack || (speaker !== undefined && namesDocument(s, speaker.run));
      return strong || quoted || characterized || (speaker !== undefined && framed);
    }
    case 'belief': {
      // "The plan will fail, he thinks." tags what it follows; "Benefits Data Trust." follows nothing.
      const tag = evidence === 'tag' && speaker !== undefined && (s.quoted || speaker.run.start > 0);
      // Not a time ("30,000 immigrants expected this year" are expected).
      const prospect = PROSPECTS.has(cue.base) && objectFollows(s, cue.end) && !TIME_WORDS.has(s.keys[cue.end + 1] ?? '');
      return speaker !== undefined && (strong || evidence === 'clause' || tag || characterized || infinitive || prospect);
    }
  }
}

/** Beliefs in what will be, whose object is a state of things to come: "doesn't expect a deal before 2017". */
const PROSPECTS = new Set(['expect', 'anticipate', 'foresee', 'fear']);

/** What stands before "how" in a sentence that points back at words said: "This is how", "That's how", "Here's how". */
const HOW_LEADS = new Set(['is', 'was', "that's", "this's", "here's"]);

/** "It is hoped that …", "it is feared the talks will fail": a belief held by someone unnamed. */
function expletive(s: Sentence, cue: Cue, evidence: Evidence): boolean {
  if (evidence !== 'that' && evidence !== 'clause') return false;
  return passiveSubject(s, cue.start) === 'it';
}

/** Verbs of evidence whose passive hides who holds it: "has been shown to", "is thought that". */
const EVIDENTIAL = new Set(['show', 'prove', 'find', 'estimate', 'project', 'forecast', 'calculate', 'determine', 'discover', 'think', 'believe', 'know', 'expect', 'hope', 'fear', 'assume', 'suspect']);

/** "It has been shown to …", "was found that …", "it is hoped the …": the passive hides a source, which is the question to ask. */
function hidesSource(s: Sentence, cue: Cue): boolean {
  if (!EVIDENTIAL.has(cue.base)) return false;
  // "is also believed to": adverbs may stand between.
  return (BE.has(s.keys[beforeAdverbs(s, cue.start)] ?? '') && (s.keys[cue.end] === 'to' || s.keys[cue.end] === 'that')) || expletive(s, cue, complement(s, cue));
}

/** A question whose modal or "did" stands before the subject: "how easily can they find it?", "Did she say that?", "What do the experts say?" ask. */
function askedOf(s: Sentence, speaker: Speaker): boolean {
  const before = speaker.run.start - 1;
  const asks = HEDGES.has(s.keys[before] ?? '') || (DO_FORMS.has(s.keys[before] ?? '') && (before === firstWord(s.tokens) || WH_WORDS.has(s.keys[before - 1] ?? '')));
  return !speaker.distant && asks && s.tokens.at(-1)?.text === '?';
}

/** "Did the Secretary really say that?": a question of yes or no opens with one of these; "What do the experts say?", one of a wh-word. */
const DO_FORMS = new Set(['do', 'does', 'did']);
const WH_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom']);

/** Whether a modal of possibility stands between the verb and its subject. */
function hedged(s: Sentence, cue: number): boolean {
  const subject = skipBack(s, cue - 1);
  for (let k = cue - 1; k > subject; k--) if (HEDGES.has(s.keys[k] ?? '')) return true;
  return false;
}

/** Wishes for saying, which report nothing said: "I hope they share …", "we wish officials would say …". */
const WISHES = new Set(['hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'hopefully']);

/**
 * Whether the speaker at `start` says nothing: the subject of a wish ("I hope [that] they share
 * …") or of "if" or "as if", or no subject at all but a verb and its object after a modal ("Volunteers
 * may formulate research questions"), outside a question ("Will officials say more?").
 */
function unsaid(s: Sentence, start: number): boolean {
  const before = s.keys[start - 1] === 'that' ? start - 2 : start - 1;
  // "If Fullerton sees that …": a supposition; "written as if a person on the street asked
  // them": a comparison with saying. Neither reports.
  const supposed = s.keys[start - 1] === 'if' || s.keys[start - 1] === 'unless' || (s.keys[start - 1] === 'though' && s.keys[start - 2] === 'as');
  // After a modal (see `hedged`), a phrase is a verb's, not a subject.
  const modal = HEDGES.has(s.keys[start - 1] ?? '') && s.tokens.at(-1)?.text !== '?';
  return supposed || modal || WISHES.has(s.keys[before] ?? '');
}

/** Whether "not", "never" or "n't" stands between the verb and its subject. */
function negated(s: Sentence, cue: number): boolean {
  const subject = skipBack(s, cue - 1);
  for (let k = cue - 1; k > subject; k--) {
    const key = s.keys[k] ?? '';
    if (key === 'not' || key === 'never' || key === 'cannot' || key.endsWith("n't")) return true;
  }
  return false;
}

/**
 * Whether a phrase's head, or the head of a phrase inside it, is a document: "the study", "an
 * average of recent polls by RealClearPolitics", but not "the ruling party".
 */
function namesDocument(s: Sentence, run: Run): boolean {
  for (let k = run.start; k < run.end; k++) if (headsPhrase(s, run, k) && s.lexicon.documentNouns.has(s.keys[k] ?? '')) return true;
  return false;
}
