import { tokenize, type Token } from '../text/tokens';
import type { Span } from '../types';
import type { DetectedClaim } from './detected';
import { lexiconKey, matchPhrase, type CueStrength, type Inflection, type Lexicon, type PhraseKind } from './lexicon';

// A shallow, rule-based reading of one sentence: find each reporting cue, decide from its
// neighbours whether it is used to report, then look for who is speaking. Each step looks at a
// bounded window of tokens around the cue, so a sentence costs time linear in its length.

// ---------------------------------------------------------------------------------------------
// Word classes

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Words that make the next word a noun or adjective: "the said agreement", "his claims". */
const DETERMINERS = words('the a an this these those his her its their our my your no every each such whose');
/** Determiners that cannot end a noun phrase, unlike "those" in "those who said". */
const ARTICLES = words('the a an its their our my your every each no');
/** Words that can stand alone as a subject: "Some fear", "Many believe". */
const QUANTIFIERS = words('some many most all few several both others none either neither much one another');
const SUBJECT_PRONOUNS = words('i you he she it we they');
const OBJECT_PRONOUNS = words('me him her us them');
const RELATIVES = words('who which that');
const WH_WORDS = words('whether if why how what when where who whom which');
const AUXILIARIES = words(`
  has have had having will would could should can may might must shall did does do is are was were be been
  being am 've 'd 'll 're 's
`);
const BE = words("is are was were be been being am 're 's");
const HAVE = words("has have had having 've");
const MODALS = words("will would could should can may might must shall did does do 'll 'd");
/** Negated auxiliaries that do not end in their auxiliary plus "n't". */
const NEGATED: Readonly<Record<string, string>> = { "won't": 'will', "can't": 'can', "shan't": 'shall' };
/** Adverbs met between a subject and its verb: "has since affirmed", "have long called". */
const ADVERBS = words(`
  also long since previously repeatedly reportedly publicly later again already once recently never often
  always still then now not too even just only first further earlier initially originally subsequently
  separately similarly likewise meanwhile nevertheless however yet ever soon instead perhaps maybe
  allegedly apparently purportedly supposedly indeed thus therefore so both either there here very quite
  rather
`);
/** Adverbs ending in "-ly" are recognized by their suffix, except these words. */
const LY_WORDS = words(`
  family ally rally italy july reply supply apply belly bully jelly holly lily assembly monopoly anomaly
  early elderly daily weekly monthly quarterly yearly friendly costly
`);
const CONJUNCTIONS = words(`
  and but or nor so yet because although though while whereas if unless whether when where as once since
  until after before than what how why whom whose
`);
/** Conjunctions that start another clause; "before", "after" and "as" are prepositions as often. */
const CLAUSE_BREAKS = words('but or nor so yet because although though while whereas if unless when where what how why');
const PREPOSITIONS = words(`
  of in on at for with by from about to into over after before without under against among between through
  during despite amid amidst toward towards upon within across behind beyond since until via per like
  unlike around near outside inside following including
`);
/** Prepositions that also introduce clauses, so a subject may follow them: "after China stated". */
const SUBORDINATING = words('after before since until as following like');
/** Prepositions that may sit inside a speaker: "the ambassador to France", "a review by The Times". */
const INNER_PREPOSITIONS = words('of to for at in from by with');
/** The same after a verb, where "with" is more often a manner: "said Smith with a laugh". */
const FORWARD_PREPOSITIONS = words('of to for at in by');
/** Prepositions that take a participial clause with the sentence's subject: "after saying". */
const PARTICIPIAL_PREPOSITIONS = words('after before by while when without despite since upon in');
/** Prepositions of a short time or place phrase that may end a reporting clause: "Jones wrote in April." */
const ADJUNCT_PREPOSITIONS = words('in on at during from after before last this earlier later of about');
const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday week weekend month year today yesterday
  tomorrow tonight morning afternoon evening night
`);
/** Plural nouns that do not end in "s": "People think", "Police say". */
const PLURALS = words('people police media data staff public men women children military clergy');
/** Nationality adjectives, which modify nouns: "Chinese", "Russian", "British", "Israeli". */
const DEMONYM = /(ese|ian|ean|ish|can|ic|i)$/;
/** Common irregular past tenses, to find a sentence's first verb: "Limbaugh began by …". */
const IRREGULAR_PASTS = words(`
  began became brought built bought caught chose came did drew drove fell felt fought found gave got
  grew had held kept knew led left lost made meant met paid put ran rose sat saw sent set shook spent
  spoke stood struck took taught thought told threw understood went won wore wrote
`);
/** Labels of news pages and transcripts that name no speaker: "Update:", "Q:", "Editor’s Note:". */
const LABELS = words(`
  note update updated correction clarification editor email plus remember breaking exclusive watch
  video photo photos related read more see also source sources byline dateline contributing q a
  question answer notice paid live transcript advertisement sponsored warning caption credit
`);
/** Abbreviations whose period belongs to a name: "Mr.", "Jr.". */
const ABBREVIATIONS = words('jr sr mr mrs ms dr st co inc corp ltd bros');
/** Quotation marks; a straight apostrophe is one only when doubled (''like this''). */
const QUOTES = new Set(['“', '”', '"', '‘', '’', '«', '»']);
/** Marks that always quote, unlike "’", which is also an apostrophe. */
const SURE_QUOTES = new Set(['“', '”', '"', '«', '»', '‘']);
/** Punctuation that joins the words around it inside a name: "Xi-Zelenskiy", "U.S.", "AT&T". */
const JOINERS = new Set(['-', '.', '&', '/']);
/** Marks around an appositive: "Smith, a spokesman, said", "Sims — a teacher — says". */
const APPOSITIVE_MARKS = new Set([',', '—', '–']);
const TAG_ENDS = new Set(['.', ',', ';', '!', '?', ')', '—', '–']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

// ---------------------------------------------------------------------------------------------
// Types

interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly keys: readonly string[];
  readonly lexicon: Lexicon;
  /** Whether the sentence holds a quotation. */
  readonly quoted: boolean;
  /** Whether the sentence is a headline in title case, where verbs are capitalized too. */
  readonly titled: boolean;
  /** The first token that looks like a tensed verb, or -1. */
  readonly firstVerb: number;
}

/** A run of tokens `[start, end)`. */
interface Run {
  readonly start: number;
  readonly end: number;
}

interface Cue extends Run {
  /**
   * A lexicon phrase kind, a single verb (`verb`), a noun before "that", a "Name:" label, or an
   * unknown verb that frames a quotation.
   */
  readonly kind: PhraseKind | 'noun' | 'label' | 'frame';
  readonly strength: CueStrength;
  readonly base: string;
  readonly inflections: readonly Inflection[];
  /** Where a speaker named inside the phrase ends ("officials" in "officials say"). */
  readonly speakerEnd?: number;
}

interface Speaker {
  readonly run: Run;
  readonly name: string;
  /** A pronoun names nobody. */
  readonly pronoun?: boolean;
  /** The subject of an earlier verb ("X welcomed …, but emphasized"), left out of the claim's span. */
  readonly distant?: boolean;
}

interface Found {
  readonly claim: DetectedClaim;
  readonly cue: Cue;
  /** Token index after everything the claim used, where the search resumes. */
  readonly resume: number;
}

/**
 * What follows a verb: a "that"-clause, a colon, a quotation, a bare or "whether" clause, an
 * infinitive, an "as" phrase, a channel ("wrote in an email"), nothing, as in a dialogue tag
 * ("Cruz wrote." / "…, he added, …"), or only a time or place ("Jones wrote in April.").
 */
type Evidence = 'that' | 'colon' | 'quote' | 'clause' | 'to' | 'as' | 'channel' | 'tag' | 'adjunct' | 'none';

/**
 * - `finite`: the verb of a clause, with its subject before it ("X said", "X has said").
 * - `passive`: "was criticized (by X)".
 * - `participial`: "…, saying that …", "after insisting …": the speaker is the sentence's subject.
 * - `absolute`: "with Moscow insisting that …", "a report saying that …": the speaker is just before.
 */
type VerbUse = 'finite' | 'passive' | 'participial' | 'absolute';

const BASE_CONFIDENCE: Readonly<Record<CueStrength, number>> = { speech: 0.75, stance: 0.6, weak: 0.5, belief: 0.45 };

// ---------------------------------------------------------------------------------------------
// Entry point

/** The attribution claims of `text[sentence]`, at most one per cue, in text order. */
export function detectAttributions(text: string, sentence: Span, lexicon: Lexicon): DetectedClaim[] {
  const tokens = tokenize(text, sentence);
  const keys = tokens.map((t) => lexiconKey(t.text));
  const s: Sentence = {
    text,
    tokens,
    keys,
    lexicon,
    quoted: tokens.some((t, k) => SURE_QUOTES.has(t.text) || (t.text === "'" && tokens[k + 1]?.text === "'")),
    titled: isTitleCase(tokens),
    firstVerb: firstVerb(tokens, keys, lexicon),
  };
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    const cue = cueAt(s, i);
    const result = cue === undefined ? undefined : judge(s, cue);
    if (result !== undefined) found.push(result);
    i = Math.max(i + 1, result?.resume ?? cue?.end ?? 0);
  }
  return select(found);
}

/** A "where it was said" phrase yields to any other cue; a claim inside another's span is part of it. */
function select(found: readonly Found[]): DetectedClaim[] {
  const main = found.filter((f) => f.cue.kind !== 'channel');
  const claims = (main.length > 0 ? main : found).map((f) => f.claim);
  // Sorted by start, then longest first, a claim lies inside another when an earlier one reaches
  // past its end, or as far from further left.
  claims.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DetectedClaim[] = [];
  let reach = -1;
  let reachStart = -1;
  for (const c of claims) {
    const inside = reach > c.span.end || (reach === c.span.end && reachStart < c.span.start);
    if (!inside) kept.push(c);
    if (c.span.end > reach) {
      reach = c.span.end;
      reachStart = c.span.start;
    }
  }
  return kept;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length < 4) continue;
    long++;
    if (isCapitalized(t)) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.7;
}

/** The sentence's first tensed verb, whose subject is the subject of "…, but emphasized" and "…, saying". */
function firstVerb(tokens: readonly Token[], keys: readonly string[], lexicon: Lexicon): number {
  for (let k = 1; k < tokens.length; k++) {
    const key = keys[k] ?? '';
    if (tokens[k]?.type !== 'word' || isCapitalized(tokens[k]) || DETERMINERS.has(keys[k - 1] ?? '')) continue;
    const verb = lexicon.verbs.get(key);
    const tensed = verb !== undefined && (verb.inflections.includes('past') || verb.inflections.includes('third'));
    if (tensed || isAuxiliary(key) || IRREGULAR_PASTS.has(key) || isPastLike(key)) return k;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Cues

function cueAt(s: Sentence, i: number): Cue | undefined {
  const token = s.tokens[i];
  if (token === undefined || token.type !== 'word') return undefined;
  const key = s.keys[i] ?? '';
  const phrase = matchPhrase(s.lexicon, s.keys, i);
  if (phrase !== undefined) {
    const start = i + phrase.speakerTokens;
    return {
      start,
      end: i + phrase.tokens.length,
      kind: phrase.kind,
      strength: phrase.strength,
      base: s.lexicon.verbs.get(key)?.base ?? key,
      inflections: phrase.inflections,
      ...(phrase.speakerTokens > 0 ? { speakerEnd: start } : {}),
    };
  }
  const single = { start: i, end: i + 1, strength: 'speech', base: key, inflections: [] } as const;
  const verb = s.lexicon.verbs.get(key);
  // Inside a sentence, a capitalized verb form is a name: "the United States".
  const named = i > 0 && isCapitalized(token) && !s.titled && !isOpenQuote(s, i - 1) && s.tokens[i - 1]?.text !== ':';
  // "Clinton’s claim that …", "amid reports that …": a noun of saying, not the verb.
  const noun = verb === undefined || named || modifiesNoun(s, i) || objectOfPreposition(s, i);
  if (s.lexicon.cueNouns.has(key) && s.keys[i + 1] === 'that' && noun) return { ...single, kind: 'noun' };
  if (verb !== undefined && !named) return { ...single, kind: 'verb', strength: verb.strength, base: verb.base, inflections: verb.inflections };
  // "in a CNN national poll", "in a September 2012 email".
  const medium = key === 'in' ? namedChannel(s, i + 1) : undefined;
  if (medium !== undefined) return { ...single, end: medium + 1, kind: 'channel' };
  if (i === 0) return speakerLabel(s);
  if (framesQuote(s, i)) return { ...single, kind: 'frame' };
  return undefined;
}

/** "Bernie Sanders: I’m Not Much Of A Socialist", "FALLIN: Well, I think …": a name, a colon, words. */
function speakerLabel(s: Sentence): Cue | undefined {
  for (let k = 0; k < Math.min(s.tokens.length, 5); k++) {
    const token = s.tokens[k];
    const key = s.keys[k] ?? '';
    if (token === undefined) return undefined;
    if (token.text === ':') {
      const said = s.tokens[k + 1];
      return k > 0 && said !== undefined && (said.type === 'word' || isOpenQuote(s, k + 1))
        ? { start: k, end: k + 1, kind: 'label', strength: 'speech', base: ':', inflections: [], speakerEnd: k }
        : undefined;
    }
    const joined = token.type === 'punct' && JOINERS.has(token.text) && !token.spaceBefore;
    const name = isCapitalized(token) && !key.endsWith("'s") && !LABELS.has(key) && !DETERMINERS.has(key) && !CONJUNCTIONS.has(key);
    if (!joined && !name) return undefined;
  }
  return undefined;
}

/**
 * Any verb that introduces or tags a quotation reports it: "Clinton boomed, “Today, …”", "“…,”
 * Smith quipped." The verb must look tensed ("-ed", "-s", an irregular past).
 */
function framesQuote(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  const key = s.keys[i] ?? '';
  if (token === undefined || isCapitalized(token) || !isNominal(s, i)) return false;
  if (!(isPastLike(key) || IRREGULAR_PASTS.has(key) || /[^s]s$/.test(key))) return false;
  const next = s.tokens[i + 1];
  if ((next?.text === ',' || next?.text === ':') && isOpenQuote(s, i + 2)) return true;
  const ends = next === undefined || SENTENCE_ENDS.has(next.text) || next.text === ',';
  const subject = nounPhraseBefore(s, i - 1) ?? (SUBJECT_PRONOUNS.has(s.keys[i - 1] ?? '') ? { start: i - 1, end: i } : undefined);
  if (!ends || subject === undefined) return false;
  return followsQuote(s, subject.start);
}

/** Whether token `k` comes right after a quotation: "“…,” Smith", "“…”, Smith". */
function followsQuote(s: Sentence, k: number): boolean {
  return isCloseQuote(s, k - 1) || (s.tokens[k - 1]?.text === ',' && isCloseQuote(s, k - 2));
}

// ---------------------------------------------------------------------------------------------
// Judging cues

function judge(s: Sentence, cue: Cue): Found | undefined {
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
    case 'label': {
      const name: Run = { start: 0, end: cue.start };
      return claim(s, cue, { run: name, name: textOf(s, name) }, cue, 0.6);
    }
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
  };
  return { claim: detected, cue, resume };
}

/** "according to Chinese state media reports": the source follows the cue. */
function judgeSource(s: Sentence, cue: Cue): Found {
  const np = nounPhraseAfter(s, cue.end);
  // "according to plan" names no source: a source has a name, a determiner or is a source noun.
  if (np === undefined || !isSourceLike(s, np)) return claim(s, cue, undefined, cue, 0.4);
  return claim(s, cue, { run: np, name: textOf(s, np) }, cue, 0.9, np.end);
}

function isSourceLike(s: Sentence, np: Run): boolean {
  for (let k = np.start; k < np.end; k++) {
    const key = s.keys[k] ?? '';
    if (isCapitalized(s.tokens[k]) || DETERMINERS.has(key) || QUANTIFIERS.has(key) || OBJECT_PRONOUNS.has(key) || SUBJECT_PRONOUNS.has(key)) return true;
    if (key.endsWith("'s") || s.lexicon.sourceNouns.has(key) || s.lexicon.documentNouns.has(key)) return true;
  }
  return false;
}

/** "it was reported", "is said to", "officials say", "reportedly". */
function judgeAgentless(s: Sentence, cue: Cue): Found {
  if (cue.speakerEnd !== undefined) {
    const np = nounPhraseBefore(s, cue.speakerEnd - 1);
    return claim(s, cue, np === undefined ? undefined : { run: np, name: textOf(s, np) }, cue, 0.8);
  }
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

function judgeVerb(s: Sentence, cue: Cue): Found | undefined {
  if (modifiesNoun(s, cue.start)) return undefined;
  const evidence = complement(s, cue);
  const inverted = invertedSpeaker(s, cue);
  const use = inverted === undefined ? verbUse(s, cue, evidence) : 'finite';
  if (use === undefined) return undefined;
  let speaker: Speaker | undefined;
  if (inverted !== undefined) speaker = inverted;
  else if (use === 'passive') speaker = agent(s, cue.end);
  else if (use === 'participial') speaker = subjectOf(s, cue.start);
  else speaker = speakerBefore(s, cue.start);
  // After a preposition, a phrase is no subject and the form a noun: "after ambiguous remarks a week ago".
  const prepositional = speaker !== undefined && !speaker.distant && use !== 'absolute' && objectOfPreposition(s, speaker.run.start);
  if (prepositional && !isStrong(evidence) && nounUse(s, cue, cue.start - 1, true)) return undefined;

  // "“…,” Smith added": the quotation just before the speaker is what was said.
  const quoted = inverted !== undefined || followsQuote(s, Math.min(speaker?.run.start ?? cue.start, cue.start));
  if (!accepts(s, cue, use, evidence, speaker, quoted)) return undefined;

  let confidence = BASE_CONFIDENCE[cue.strength];
  if (isStrong(evidence) || quoted || (s.quoted && speaker !== undefined)) confidence += 0.15;
  else if (evidence !== 'none') confidence += 0.05;
  if (speaker === undefined) confidence -= use === 'passive' ? 0.3 : 0.15;
  else if (!speaker.pronoun) confidence += 0.1;
  const span: Run = use === 'passive' && speaker === undefined ? { start: auxiliaryStart(s, cue.start), end: cue.end } : cue;
  const resume = inverted !== undefined || use === 'passive' ? Math.max(cue.end, speaker?.run.end ?? 0) : cue.end;
  return claim(s, cue, speaker, span, confidence, resume);
}

/** Whether what was found around a verb is enough to read it as reporting, given its strength. */
function accepts(s: Sentence, cue: Cue, use: VerbUse, evidence: Evidence, speaker: Speaker | undefined, quoted: boolean): boolean {
  const strong = isStrong(evidence);
  const characterized = evidence === 'as' && s.lexicon.asComplement.has(cue.base);
  const infinitive = evidence === 'to' && s.lexicon.toComplement.has(cue.base);
  // "was underscored when …" reports nothing; "was told that …", "is also expected to …" and
  // "are seen as …" do.
  if (use === 'passive') return speaker !== undefined || (strong && cue.strength !== 'belief') || s.keys[cue.end] === 'to' || characterized;
  // "…, saying that …", "…, decrying the influence of …", but not "with 100 percent of precincts
  // reporting" nor "private pleading".
  const bare = evidence === 'none' || evidence === 'tag' || evidence === 'adjunct';
  if (use === 'absolute' && bare) return false;
  const transitive = (cue.strength === 'speech' || cue.strength === 'stance') && objectFollows(s, cue.end);
  if (use === 'participial' && bare && !transitive) return false;
  switch (cue.strength) {
    case 'speech':
      return speaker !== undefined || strong || evidence === 'clause' || s.quoted;
    case 'stance':
      return speaker !== undefined;
    case 'weak': {
      // "Cruz wrote.", "…, Fox found." and "…, the airline added, …" are reporting clauses; "the
      // ceasefire is holding." is not.
      const start = speaker?.run.start ?? 0;
      const lead = s.tokens[start - 1];
      const reporting = speaker !== undefined && (start === 0 || (lead !== undefined && APPOSITIVE_MARKS.has(lead.text)) || isCloseQuote(s, start - 1));
      const tag = (evidence === 'tag' || evidence === 'adjunct') && (s.quoted || reporting);
      const framed = evidence === 'clause' || evidence === 'channel' || tag || infinitive || (speaker !== undefined && namesDocument(s, speaker.run));
      return strong || quoted || characterized || (speaker !== undefined && framed);
    }
    case 'belief':
      return speaker !== undefined && (strong || evidence === 'clause' || evidence === 'tag' || characterized || infinitive);
  }
}

function isStrong(evidence: Evidence): boolean {
  return evidence === 'that' || evidence === 'colon' || evidence === 'quote';
}

/**
 * Whether a phrase's head, or the head of a phrase inside it, is a document: "the study", "an
 * average of recent polls by RealClearPolitics", but not "the ruling party".
 */
function namesDocument(s: Sentence, run: Run): boolean {
  for (let k = run.start; k < run.end; k++) {
    const head = k === run.end - 1 || INNER_PREPOSITIONS.has(s.keys[k + 1] ?? '');
    if (head && s.lexicon.documentNouns.has(s.keys[k] ?? '')) return true;
  }
  return false;
}

function objectFollows(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const key = s.keys[k] ?? '';
  return token !== undefined && (DETERMINERS.has(key) || isCapitalized(token) || OBJECT_PRONOUNS.has(key) || key.endsWith("'s"));
}

// ---------------------------------------------------------------------------------------------
// How a verb form is used

function verbUse(s: Sentence, cue: Cue, evidence: Evidence): VerbUse | undefined {
  const tags = cue.inflections;
  const before = skipBack(s, cue.start - 1);
  const word = s.keys[before] ?? '';
  const token = s.tokens[before];
  const auxiliary = nearestAuxiliary(s, before, cue.start);
  const boundary = token !== undefined && (isCloseQuote(s, before) || APPOSITIVE_MARKS.has(token.text));
  if (tags.includes('gerund')) {
    if (auxiliary !== undefined && BE.has(auxiliary)) return 'finite';
    // "Noting that …, Schlafly said": a sentence-initial participle's subject comes later.
    if (token === undefined) return isStrong(evidence) ? 'participial' : undefined;
    const preposition = PARTICIPIAL_PREPOSITIONS.has(word) || (PREPOSITIONS.has(word) && isStrong(evidence));
    if (boundary || preposition || CONJUNCTIONS.has(word)) return 'participial';
    return isNominal(s, before) && !PREPOSITIONS.has(word) ? 'absolute' : undefined;
  }
  // "was criticized", and "the campaign, first reported by The Washington Post".
  if (tags.includes('participle') && ((auxiliary !== undefined && BE.has(auxiliary)) || s.keys[cue.end] === 'by')) return 'passive';
  if (tags.includes('participle') && auxiliary !== undefined && HAVE.has(auxiliary)) return 'finite';
  if (tags.includes('past')) return nounUse(s, cue, before) ? undefined : 'finite';
  if (tags.includes('base') && auxiliary !== undefined && MODALS.has(auxiliary)) return 'finite';
  if (word === 'to') return undefined;
  if (tags.includes('third') && token !== undefined && (token.type === 'word' || boundary)) {
    return nounUse(s, cue, before) ? undefined : 'finite';
  }
  if (!tags.includes('base')) return undefined;
  if (pluralSubject(s, before)) return nounUse(s, cue, before) ? undefined : 'finite';
  // "Democrats trying to regain the Senate say they …": what follows the verb vouches for it.
  const vouched = evidence === 'that' || evidence === 'clause' || (isStrong(evidence) && (boundary || opensClause(s, cue.end)));
  return (isNominal(s, before) || boundary) && vouched ? 'finite' : undefined;
}

function opensClause(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  return key === 'that' || s.tokens[k]?.text === ':' || isOpenQuote(s, k) || SUBJECT_PRONOUNS.has(key) || isPronounContraction(key);
}

/** The auxiliary nearest before the verb, between `from` and `to`, without its "n't". */
function nearestAuxiliary(s: Sentence, from: number, to: number): string | undefined {
  for (let k = to - 1; k > from; k--) {
    const key = s.keys[k] ?? '';
    const bare = key.endsWith("n't") ? (NEGATED[key] ?? key.slice(0, -3)) : key;
    if (AUXILIARIES.has(bare)) return bare;
  }
  return undefined;
}

/** Nouns and adjectives: "the said agreement", "his claims", "critics’ claims", "so-called". */
function modifiesNoun(s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  const key = s.keys[k - 1] ?? '';
  if (prev === undefined) return false;
  if (DETERMINERS.has(key) || /['’]s$/.test(key)) return true;
  // "the hotly contested race", "a widely reported incident".
  if (isAdverb(s, k - 1) && DETERMINERS.has(s.keys[k - 2] ?? '')) return true;
  if (prev.text === '-' && !s.tokens[k]?.spaceBefore) return true;
  return /^['’]$/.test(prev.text) && !prev.spaceBefore && /s$/i.test(s.tokens[k - 2]?.text ?? '');
}

function objectOfPreposition(s: Sentence, k: number): boolean {
  const key = s.keys[k - 1] ?? '';
  return PREPOSITIONS.has(key) && !SUBORDINATING.has(key);
}

/**
 * A form that is as often a noun ("claims", "reports", "forecast") is a verb after a clear subject
 * ("it reports", "Trump claims") or before a plain complement ("the company claims that").
 * `subjectless`: no subject was found, so a noun form is a noun.
 */
function nounUse(s: Sentence, cue: Cue, before: number, subjectless = false): boolean {
  if (cue.end - cue.start > 1 || !s.lexicon.nounForms.has(s.keys[cue.start] ?? '')) return false;
  if (!cue.inflections.includes('base') && !cue.inflections.includes('third')) return false;
  if (subjectless) return true;
  if (clearSubject(s, before)) return false;
  // "the study finds", "a spokesman says": no compound noun ends so.
  const subject = s.keys[before] ?? '';
  if (s.lexicon.documentNouns.has(subject) || s.lexicon.sourceNouns.has(subject)) return false;
  const next = s.tokens[cue.end];
  const key = s.keys[cue.end] ?? '';
  // "…,” Bozell notes.": after a quotation, a verb ending the sentence is its tag.
  if (next === undefined || TAG_ENDS.has(next.text)) return !s.quoted;
  if (next.type === 'number' || isOpenQuote(s, cue.end) || next.text === ':') return false;
  if (next.type !== 'word') return true;
  // "such" follows nouns too: "states such as Ukraine".
  const determiner = DETERMINERS.has(key) && key !== 'such';
  const pronoun = SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key);
  return !(key === 'that' || key === 'to' || pronoun || determiner || QUANTIFIERS.has(key) || isAdverb(s, cue.end) || isCapitalized(next));
}

/**
 * A subject that must be followed by a verb: a pronoun, a relative pronoun, a name ("it reports",
 * "who claims", "Sanders wants"), but not a capitalized modifier ("ex-Soviet states", "Russian claims").
 */
function clearSubject(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  if (SUBJECT_PRONOUNS.has(key) || RELATIVES.has(key) || isPronounContraction(key)) return true;
  const token = s.tokens[k];
  const joined = s.tokens[k - 1]?.text === '-' && token?.spaceBefore === false;
  return isCapitalized(token) && !s.titled && !joined && !DEMONYM.test(key) && !QUANTIFIERS.has(key) && isNominal(s, k);
}

/** A subject that takes a plural verb: "they", "officials", "47%", "Jeb Bush and Chris Christie". */
function pluralSubject(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  const token = s.tokens[k];
  if (token?.type === 'number' || token?.text === '%') return true;
  if (token === undefined || token.type !== 'word') return false;
  const np = isCapitalized(token) ? nounPhraseBefore(s, k) : undefined;
  if (np !== undefined && s.keys.slice(np.start, np.end).includes('and')) return true;
  if (['i', 'you', 'we', 'they'].includes(key) || QUANTIFIERS.has(key) || RELATIVES.has(key) || PLURALS.has(key)) return true;
  if (/^(i|you|we|they)'(ve|d|ll)$/.test(key)) return true;
  return /[^su]s$/.test(key) && !key.endsWith("'s") && isNominal(s, k);
}

// ---------------------------------------------------------------------------------------------
// What follows a verb

/** What follows a verb, looking a few tokens ahead: "told reporters on Monday that …". */
function complement(s: Sentence, cue: Cue): Evidence {
  let k = cue.end;
  // "said there was": "there" is the clause's subject here, not an adverb.
  while (k < s.tokens.length && s.keys[k] !== 'there' && (isAdverb(s, k) || TIME_WORDS.has(s.keys[k] ?? '') || s.keys[k] === 'on')) k++;
  const first = s.tokens[k];
  if (first === undefined || TAG_ENDS.has(first.text) || isCloseQuote(s, k)) {
    return first?.text === ',' && isOpenQuote(s, k + 1) ? 'quote' : 'tag';
  }
  const key = s.keys[k] ?? '';
  if (key === 'that') return 'that';
  if (first.text === ':') return 'colon';
  if (isOpenQuote(s, k)) return 'quote';
  if (SUBJECT_PRONOUNS.has(key) || isPronounContraction(key) || key === 'there' || WH_WORDS.has(key)) return 'clause';
  if ((key === 'in' || key === 'on') && channelAhead(s, k + 1) !== undefined) return 'channel';
  if (trailingAdjunct(s, k)) return 'adjunct';
  return objectThen(s, cue, k);
}

/** "Jones wrote in April.": a verb followed only by a short time or place phrase is a dialogue tag. */
function trailingAdjunct(s: Sentence, k: number): boolean {
  if (!ADJUNCT_PREPOSITIONS.has(s.keys[k] ?? '')) return false;
  for (let j = k + 1; j < Math.min(s.tokens.length + 1, k + 7); j++) {
    const t = s.tokens[j];
    if (t === undefined || SENTENCE_ENDS.has(t.text) || isCloseQuote(s, j)) return true;
    if (t.type === 'punct' && !JOINERS.has(t.text)) return false;
    if (t.type === 'word' && !isNominal(s, j) && !DETERMINERS.has(s.keys[j] ?? '')) return false;
  }
  return false;
}

/**
 * Past an object: "told reporters that", "assured Zelenskiy that", "called him a “liar”",
 * "asked Obama what", "believes the economy will", "expects prices to", "criticized it as".
 */
function objectThen(s: Sentence, cue: Cue, k: number): Evidence {
  const first = s.tokens[k];
  const key = s.keys[k] ?? '';
  let clause = first !== undefined && (DETERMINERS.has(key) || isCapitalized(first) || QUANTIFIERS.has(key) || isNominal(s, k));
  let found: Evidence = 'none';
  for (let j = k; j < Math.min(s.tokens.length, k + 12); j++) {
    const t = s.tokens[j];
    const w = s.keys[j] ?? '';
    if (t === undefined) break;
    // A quotation after an object is what was said, or what it was called: "called Obama’s
    // ignorance of … “disrespectful”"; so is what a colon introduces, except after a verb of belief.
    if (j > k && (isOpenQuote(s, j) || (t.text === ',' && isOpenQuote(s, j + 1)))) return 'quote';
    if (j > k && cue.strength !== 'belief' && t.text === ':') return 'colon';
    if (t.type === 'punct' && !JOINERS.has(t.text) && !/['’]/.test(t.text)) break;
    if (j >= k + 10) continue;
    // A "that" past an object is a relative pronoun as often, except after verbs of telling or a
    // prepositional phrase: "wrote in a Baltimore Sun op-ed that".
    if (j > k && w === 'that' && (cue.strength === 'speech' || PREPOSITIONS.has(key))) return 'that';
    if (j > k && WH_WORDS.has(w) && w !== 'which' && w !== 'who') return 'clause';
    // "held 33 percent and Bloomberg had …": a verb past a conjunction is another clause's, though
    // "believes Smith and Jones are …" has one subject.
    if (CLAUSE_BREAKS.has(w) || (w === 'and' && (cue.strength === 'weak' || cue.strength === 'stance'))) clause = false;
    if (j > k && clause && (isAuxiliary(w) || pastWithObject(s, j))) return 'clause';
    if (found === 'none' && w === 'to' && s.tokens[j + 1]?.type === 'word') found = 'to';
    if (found === 'none' && w === 'as') found = 'as';
  }
  return found;
}

/**
 * A regular past tense after a noun and before an object makes a clause: "said Carter used a
 * personal account", but not "found the car abandoned near the border" nor "an advantage based on".
 */
function pastWithObject(s: Sentence, j: number): boolean {
  const next = s.tokens[j + 1];
  const key = s.keys[j + 1] ?? '';
  const object =
    next !== undefined &&
    (next.type === 'number' || DETERMINERS.has(key) || QUANTIFIERS.has(key) || OBJECT_PRONOUNS.has(key) || isCapitalized(next) || key === 'more');
  return object && isPastLike(s.tokens[j]?.text ?? '') && isNominal(s, j - 1) && !PREPOSITIONS.has(s.keys[j - 1] ?? '');
}

/**
 * "in a CNN national poll", "in Monday's statement": a determined, singular document heading the
 * object of "in" is a source ("in the polls" is not).
 */
function namedChannel(s: Sentence, k: number): number | undefined {
  const first = s.tokens[k];
  const key = s.keys[k] ?? '';
  if (first === undefined || !(DETERMINERS.has(key) || key.endsWith("'s") || isCapitalized(first))) return undefined;
  const head = channelAhead(s, k);
  if (head === undefined) return undefined;
  const noun = s.keys[head] ?? '';
  if (noun.endsWith('s') && !noun.endsWith('ss')) return undefined;
  const next = s.tokens[head + 1];
  const nextKey = s.keys[head + 1] ?? '';
  const ends = next === undefined || next.type === 'punct' || PREPOSITIONS.has(nextKey) || RELATIVES.has(nextKey) || /^[a-z]+(ed|ing)$/.test(next.text);
  return ends ? head : undefined;
}

/** "(wrote) in a September 2012 email": where the object of a preposition is a medium or a document. */
function channelAhead(s: Sentence, k: number): number | undefined {
  for (let j = k; j < Math.min(s.tokens.length, k + 6); j++) {
    const t = s.tokens[j];
    // "in the form of a letter": the document must head the phrase.
    if (t === undefined || (t.type === 'punct' && !JOINERS.has(t.text)) || PREPOSITIONS.has(s.keys[j] ?? '')) return undefined;
    if (s.lexicon.documentNouns.has(s.keys[j] ?? '')) return j;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Speakers

/** "…, said Smith." / "“…,” said the minister." / "…, say experts, …": the speaker follows the verb. */
function invertedSpeaker(s: Sentence, cue: Cue): Speaker | undefined {
  if (cue.strength !== 'speech' && cue.strength !== 'weak') return undefined;
  if (!cue.inflections.some((t) => t === 'past' || t === 'third' || t === 'base')) return undefined;
  const prev = s.tokens[cue.start - 1]?.text ?? '';
  if (!APPOSITIVE_MARKS.has(prev) && !isCloseQuote(s, cue.start - 1)) return undefined;
  const np = nounPhraseAfter(s, cue.end);
  if (np === undefined) return undefined;
  const next = s.tokens[np.end];
  const key = s.keys[np.end] ?? '';
  const ends = next === undefined || (next.type === 'punct' && next.text !== '-') || PREPOSITIONS.has(key) || CONJUNCTIONS.has(key) || RELATIVES.has(key) || TIME_WORDS.has(key);
  if (!ends) return undefined;
  const pronoun = np.end - np.start === 1 && SUBJECT_PRONOUNS.has(s.keys[np.start] ?? '');
  return { run: np, name: textOf(s, np), ...(pronoun ? { pronoun } : {}) };
}

/** "was welcomed by French President Emmanuel Macron". */
function agent(s: Sentence, k: number): Speaker | undefined {
  if (s.keys[k] !== 'by') return undefined;
  const np = nounPhraseAfter(s, k + 1);
  return np === undefined ? undefined : { run: np, name: textOf(s, np) };
}

/** The subject of a verb at `cue`, found by walking back over adverbs, auxiliaries and asides. */
function speakerBefore(s: Sentence, cue: number): Speaker | undefined {
  const j = skipChannel(s, skipBack(s, cue - 1));
  const token = s.tokens[j];
  const key = s.keys[j] ?? '';
  if (token === undefined) return undefined;
  if (token.type === 'word' && (SUBJECT_PRONOUNS.has(key) || isPronounContraction(key))) {
    return { run: { start: j, end: j + 1 }, name: token.text, pronoun: true };
  }
  if (RELATIVES.has(key)) return antecedent(s, j);
  if (key === 'and' || key === 'but' || (token.text === ',' && ['and', 'but'].includes(s.keys[j - 1] ?? ''))) return subjectOf(s, j);
  if (APPOSITIVE_MARKS.has(token.text)) return appositiveSubject(s, j);
  // "A poll released this week found": the subject is the noun before a participle.
  const np = nounPhraseBefore(s, reducedRelative(s, j) ? j - 1 : j);
  if (np === undefined) return undefined;
  if (s.keys[np.start - 1] === 'whose') return whoseSpeaker(s, np);
  const alone = np.end - np.start === 1 && QUANTIFIERS.has(s.keys[np.start] ?? '');
  return { run: np, name: textOf(s, np), ...(alone ? { pronoun: true } : {}) };
}

/** Whether token `j` is a participle after a noun: "a poll released …", "records compiled by …". */
function reducedRelative(s: Sentence, j: number): boolean {
  const form = s.lexicon.verbs.get(s.keys[j] ?? '');
  const participle = form !== undefined ? form.inflections.includes('participle') : isPastLike(s.tokens[j]?.text ?? '');
  return participle && !isCapitalized(s.tokens[j]) && isNominal(s, j - 1) && s.tokens[j - 1]?.type === 'word';
}

/** Steps back over "in a statement" and the like: "The ministry in a statement said". */
function skipChannel(s: Sentence, j: number): number {
  for (let k = Math.max(0, j - 5); k < j; k++) {
    const phrase = matchPhrase(s.lexicon, s.keys, k);
    if (phrase?.kind === 'channel' && k + phrase.tokens.length === j + 1) return skipBack(s, k - 1);
  }
  return j;
}

/** "Smith, a spokesman for the ministry, said": the subject is before the appositive. */
function appositiveSubject(s: Sentence, close: number): Speaker | undefined {
  const mark = s.tokens[close]?.text;
  for (let k = close - 1; k >= Math.max(0, close - 20); k--) {
    const t = s.tokens[k];
    if (t === undefined) break;
    if (t.text === mark) {
      const np = nounPhraseBefore(s, k - 1);
      return np === undefined ? undefined : { run: np, name: textOf(s, np) };
    }
    if (t.type === 'punct' && !JOINERS.has(t.text) && !/['’]/.test(t.text)) break;
  }
  return undefined;
}

/** "Macron, who said", "the data that show": the speaker is what the relative pronoun stands for. */
function antecedent(s: Sentence, relative: number): Speaker | undefined {
  const np = nounPhraseBefore(s, s.tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1);
  return np === undefined ? undefined : { run: np, name: textOf(s, np) };
}

/** "Emmanuel Macron, whose office disclosed": the speaker is Macron's office. */
function whoseSpeaker(s: Sentence, np: Run): Speaker {
  const owner = antecedent(s, np.start - 1);
  const whose = { start: np.start - 1, end: np.end };
  if (owner === undefined) return { run: whose, name: textOf(s, whose) };
  const apostrophe = s.text.includes('’') ? '’' : "'";
  return { run: whose, name: `${owner.name}${apostrophe}s ${textOf(s, np)}` };
}

/** "Trump's claim": the owner, without the possessive ending. */
function possessor(s: Sentence, k: number): Speaker | undefined {
  const np = nounPhraseBefore(s, k);
  return np === undefined ? undefined : { run: np, name: textOf(s, np).replace(/['’]s$/, '') };
}

/** The subject of the sentence's first verb, when that verb comes before token `before`. */
function subjectOf(s: Sentence, before: number): Speaker | undefined {
  if (s.firstVerb < 0 || s.firstVerb >= before) return undefined;
  const j = skipBack(s, s.firstVerb - 1);
  const subject = s.tokens[j];
  if (subject !== undefined && (SUBJECT_PRONOUNS.has(s.keys[j] ?? '') || isPronounContraction(s.keys[j] ?? ''))) {
    return { run: { start: j, end: j + 1 }, name: subject.text, pronoun: true, distant: true };
  }
  const np = nounPhraseBefore(s, j);
  return np === undefined ? undefined : { run: np, name: textOf(s, np), distant: true };
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

/**
 * The noun phrase ending at token `k`: names, nouns, adjectives, possessives and inner
 * prepositional phrases ("China’s ambassador to France"). Stops at function words, verbs and
 * punctuation, and after twelve tokens.
 */
function nounPhraseBefore(s: Sentence, k: number): Run | undefined {
  if (ARTICLES.has(s.keys[k] ?? '')) return undefined;
  let start = -1;
  for (let j = k; j >= 0 && k - j < 12; j--) {
    const token = s.tokens[j];
    const key = s.keys[j] ?? '';
    if (token === undefined) break;
    if (token.type === 'punct') {
      const joined = start === j + 1 && !s.tokens[j + 1]?.spaceBefore && !token.spaceBefore && JOINERS.has(token.text);
      // "critics’ remarks": the apostrophe of a plural possessive.
      const possessive = /['’]/.test(token.text) && !token.spaceBefore && /s$/i.test(s.tokens[j - 1]?.text ?? '');
      if (joined || possessive || abbreviationPeriod(s, j)) continue;
      break;
    }
    if (token.type === 'number') {
      start = j;
      continue;
    }
    if (DETERMINERS.has(key) || QUANTIFIERS.has(key)) {
      if (key === 'whose') break;
      start = j;
      // "a video of the episode": a determiner may open the object of an inner preposition.
      if (INNER_PREPOSITIONS.has(s.keys[j - 1] ?? '') && isNominal(s, j - 2)) continue;
      break;
    }
    if (INNER_PREPOSITIONS.has(key) && start !== -1 && isNominal(s, j - 1)) continue;
    if (key === 'and' && start !== -1 && isCapitalized(s.tokens[j + 1]) && isCapitalized(s.tokens[j - 1])) continue;
    // "a source close to him": an object pronoun ends a phrase only after a preposition.
    if (OBJECT_PRONOUNS.has(key) && j === k && INNER_PREPOSITIONS.has(s.keys[j - 1] ?? '')) {
      start = j;
      continue;
    }
    if (!isNominal(s, j) || SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key) || TIME_WORDS.has(key) || isPronounContraction(key)) break;
    // "a study published in The Lancet": a participle between a noun and its complement.
    const relative = start !== -1 && (INNER_PREPOSITIONS.has(s.keys[j + 1] ?? '') || TIME_WORDS.has(s.keys[j + 1] ?? '')) && reducedRelative(s, j);
    if (!isCapitalized(token) && !adjectiveLike(s, j) && !relative) break;
    start = j;
  }
  if (start === -1) return undefined;
  // An inner preposition or a joiner cannot start the phrase.
  while (start <= k && (s.tokens[start]?.type === 'punct' || INNER_PREPOSITIONS.has(s.keys[start] ?? ''))) start++;
  return start <= k ? { start, end: k + 1 } : undefined;
}

/** The noun phrase starting at token `k`: "Chinese state media reports", "a spokesman for the ministry". */
function nounPhraseAfter(s: Sentence, k: number): Run | undefined {
  let end = k;
  for (let j = k; j < s.tokens.length && j - k < 12; j++) {
    const token = s.tokens[j];
    const key = s.keys[j] ?? '';
    const next = s.tokens[j + 1];
    if (token === undefined) break;
    if (token.type === 'punct') {
      const joined = !token.spaceBefore && end === j && !next?.spaceBefore && next?.type === 'word' && JOINERS.has(token.text);
      const possessive = /['’]/.test(token.text) && !token.spaceBefore && /s$/i.test(s.tokens[j - 1]?.text ?? '') && next?.type === 'word';
      if (joined || possessive || (abbreviationPeriod(s, j) && next?.type === 'word')) continue;
      break;
    }
    if (j === k && (OBJECT_PRONOUNS.has(key) || SUBJECT_PRONOUNS.has(key))) return { start: k, end: k + 1 };
    if (DETERMINERS.has(key) || QUANTIFIERS.has(key)) {
      if (end !== j || (j > k && !INNER_PREPOSITIONS.has(s.keys[j - 1] ?? ''))) break;
      continue;
    }
    // "officials in Kyiv", but not "said Smith in a statement".
    const inner = FORWARD_PREPOSITIONS.has(key) && j > k && ((key !== 'in' && key !== 'at') || isCapitalized(next));
    if (inner) {
      if (TIME_WORDS.has(s.keys[j + 1] ?? '') || (next?.type !== 'word' && next?.type !== 'number')) break;
      continue;
    }
    if (key === 'and' && isCapitalized(s.tokens[j - 1]) && isCapitalized(next)) continue;
    if (token.type === 'word' && (!isNominal(s, j) || SUBJECT_PRONOUNS.has(key) || OBJECT_PRONOUNS.has(key) || TIME_WORDS.has(key))) break;
    const verbal = s.lexicon.verbs.has(key) && !s.lexicon.nounForms.has(key);
    if (token.type === 'word' && !isCapitalized(token) && verbal && !adjectiveLike(s, j)) break;
    end = j + 1;
  }
  // Trailing function words belong to what follows.
  while (end > k && !isNominal(s, end - 1)) end--;
  return end > k ? { start: k, end } : undefined;
}

/** Whether a lowercase word can sit inside a noun phrase: not a verb form, unless used as an adjective. */
function adjectiveLike(s: Sentence, j: number): boolean {
  const key = s.keys[j] ?? '';
  const verb = s.lexicon.verbs.get(key);
  const participle =
    verb !== undefined ? !verb.inflections.includes('base') && !verb.inflections.includes('third') : key.length > 4 && /([^e]ed|ing)$/.test(key);
  const prev = s.tokens[j - 1];
  const prevKey = s.keys[j - 1] ?? '';
  if (participle && !s.lexicon.nounForms.has(key)) {
    // "the unnamed officials", "two leading economists", "the ruling party".
    return prev === undefined || prev.type !== 'word' || DETERMINERS.has(prevKey) || QUANTIFIERS.has(prevKey);
  }
  // "he says reports suggest": a verb after a subject pronoun ends the phrase.
  return verb === undefined || !SUBJECT_PRONOUNS.has(prevKey);
}

/** The period of "Mr.", "Jr." or "U.S.", which belongs to a name. */
function abbreviationPeriod(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const before = s.tokens[k - 1];
  if (token?.text !== '.' || token.spaceBefore || before === undefined) return false;
  return ABBREVIATIONS.has(s.keys[k - 1] ?? '') || /^\p{Lu}$/u.test(before.text);
}

// ---------------------------------------------------------------------------------------------
// Tokens

/**
 * Steps back from `k` over what may come between a subject and its verb: adverbs, auxiliaries,
 * time phrases ("on Monday"), a parenthesis ("Hank Johnson (D-Ga.) said"), ", however,".
 */
function skipBack(s: Sentence, k: number): number {
  let j = k;
  while (j >= 0) {
    const key = s.keys[j] ?? '';
    // Inside a sentence, a capitalized "Will" or "May" is a name.
    const name = j > 0 && isCapitalized(s.tokens[j]) && !s.titled;
    if (!name && (isAdverb(s, j) || AUXILIARIES.has(key) || key.endsWith("n't"))) j--;
    else if (TIME_WORDS.has(key)) j -= ['on', 'last', 'this', 'late', 'early', 'next'].includes(s.keys[j - 1] ?? '') ? 2 : 1;
    else if (key === ')') {
      const open = openingParenthesis(s, j);
      if (open === undefined) break;
      j = open - 1;
    } else if (key === ',' && isAdverb(s, j - 1) && s.keys[j - 2] === ',') j -= 3;
    else break;
  }
  return j;
}

function openingParenthesis(s: Sentence, close: number): number | undefined {
  for (let j = close - 1; j >= Math.max(0, close - 20); j--) if (s.tokens[j]?.text === '(') return j;
  return undefined;
}

/** Where the auxiliaries before a passive participle start: "was reported". */
function auxiliaryStart(s: Sentence, k: number): number {
  let j = k;
  while (j > 0 && (AUXILIARIES.has(s.keys[j - 1] ?? '') || isAdverb(s, j - 1))) j--;
  return j;
}

/** Whether token `k` can be part of a noun phrase: a noun, a name, an adjective, a number. */
function isNominal(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  const key = s.keys[k] ?? '';
  if (token === undefined) return false;
  if (token.type === 'number') return true;
  if (token.type !== 'word') return false;
  const functional = DETERMINERS.has(key) || AUXILIARIES.has(key) || CONJUNCTIONS.has(key) || PREPOSITIONS.has(key) || RELATIVES.has(key);
  return !functional && !isAdverb(s, k);
}

/** A listed adverb, or a lowercase word in "-ly" ("publicly"; "Jolly" is a name). */
function isAdverb(s: Sentence, k: number): boolean {
  const key = s.keys[k] ?? '';
  if (ADVERBS.has(key)) return true;
  return key.length > 4 && key.endsWith('ly') && !LY_WORDS.has(key) && !isCapitalized(s.tokens[k]);
}

function isAuxiliary(key: string): boolean {
  return MODALS.has(key) || BE.has(key) || HAVE.has(key) || key.endsWith("n't");
}

/** A lowercase word that looks like a regular past tense or participle ("filed", "released"). */
function isPastLike(word: string): boolean {
  return word.length >= 5 && /^[a-z]+[^e]ed$/.test(word);
}

function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && /^\p{Lu}/u.test(token.text);
}

function isPronounContraction(key: string): boolean {
  return /^(i|you|he|she|it|we|they|who|that|there)'(s|ve|d|ll|re|m)$/.test(key);
}

function isQuote(s: Sentence, k: number): boolean {
  const text = s.tokens[k]?.text ?? '';
  return QUOTES.has(text) || (text === "'" && (s.tokens[k - 1]?.text === "'" || s.tokens[k + 1]?.text === "'"));
}

/** A quotation mark that ends a quotation: it hugs the word before it. */
function isCloseQuote(s: Sentence, k: number): boolean {
  return isQuote(s, k) && s.tokens[k]?.spaceBefore === false && s.tokens[k]?.text !== '“';
}

/** A quotation mark that opens a quotation: it follows a space or other punctuation. */
function isOpenQuote(s: Sentence, k: number): boolean {
  const token = s.tokens[k];
  if (token === undefined || !isQuote(s, k) || token.text === '”') return false;
  const prev = s.tokens[k - 1];
  return prev === undefined || token.spaceBefore || prev.type === 'punct';
}

function textOf(s: Sentence, run: Run): string {
  return s.text.slice(s.tokens[run.start]?.start ?? 0, s.tokens[run.end - 1]?.end ?? 0);
}
