import { tokenize, type Token } from '../text/tokens';

/**
 * How much a reporting word says on its own, which decides what evidence the detector wants:
 * - `speech`: a verb of saying ("said", "warned"); a speaker or a reported clause is enough.
 * - `stance`: a verb of public judgment ("criticized", "welcomed"); needs a speaker.
 * - `weak`: a verb with a common non-reporting sense ("added", "found", "showed"); needs a clause,
 *   a quotation, an inversion or a speaker that is a document ("the study found").
 * - `belief`: a verb of thought or intention ("believes", "expects", "wants"); needs a clause.
 */
export type CueStrength = 'speech' | 'stance' | 'weak' | 'belief';

export type Inflection = 'base' | 'third' | 'past' | 'participle' | 'gerund';

export interface VerbForm {
  readonly base: string;
  readonly strength: CueStrength;
  readonly inflections: readonly Inflection[];
}

/**
 * - `verb`: a multi-word reporting verb ("pointed out", "told reporters", "officials say").
 * - `source`: the source follows the phrase ("according to", "citing").
 * - `agentless`: a report with no named source ("it was reported", "is said to", "reportedly").
 * - `channel`: where something was said ("in a statement"), a cue only when no verb is found.
 * - `custom`: a phrase from the user's settings.
 */
export type PhraseKind = 'verb' | 'source' | 'agentless' | 'channel' | 'custom';

export interface Phrase {
  /** Lowercase token keys (see `lexiconKey`). */
  readonly tokens: readonly string[];
  readonly kind: PhraseKind;
  /** `speech` but for `verb` phrases with a common literal sense ("set out", "weighed in"). */
  readonly strength: CueStrength;
  /** The inflections the phrase's verb can stand for, for `verb` phrases ("called on": past, participle). */
  readonly inflections: readonly Inflection[];
  /** Leading tokens that name the speaker rather than the cue: 1 in "officials say". */
  readonly speakerTokens: number;
}

export interface Lexicon {
  /** Every inflected form of a reporting verb, by lowercase key. */
  readonly verbs: ReadonlyMap<string, VerbForm>;
  /** Phrases by their first token's key, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Nouns that carry a reported clause: "his claim that …", "amid reports that …". */
  readonly cueNouns: ReadonlySet<string>;
  /** The keys of every verb form, phrase start and cue noun: a word outside it opens no cue of those. */
  readonly cueStarts: ReadonlySet<string>;
  /** Nouns of people and bodies that speak: "officials", "a spokeswoman", "the ministry". */
  readonly sourceNouns: ReadonlySet<string>;
  /** Documents, data and media that report: "the study found", "records show", "in an email". */
  readonly documentNouns: ReadonlySet<string>;
  /** Verb forms that are as often nouns ("calls", "reports", "pledge"): a verb only with a clear subject. */
  readonly nounForms: ReadonlySet<string>;
  /** Bases that characterize their object: "criticized the plan as too vague", "called him “a liar”". */
  readonly asComplement: ReadonlySet<string>;
  /** Bases whose content may be an infinitive: "wants to", "expects prices to fall", "asked him to". */
  readonly toComplement: ReadonlySet<string>;
  /** Number of base verbs, for diagnostics. */
  readonly baseCount: number;
  /** Number of phrases, for diagnostics. */
  readonly phraseCount: number;
}

/** The keys of a sentence's tokens, found once for every detector. */
export function keysOf(tokens: readonly Token[]): string[] {
  return tokens.map((t) => lexiconKey(t.text));
}

/** The key a word is looked up by: lowercase, typographic apostrophes made straight. */
export function lexiconKey(word: string): string {
  // Most words are lower-case ASCII already: return them without a copy.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return word.toLowerCase().replace(/’/g, "'");
  }
  return word;
}

const SPEECH = `
  say tell state note assure reassure disclose emphasize stress urge insist warn claim affirm reaffirm
  announce argue acknowledge admit allege assert comment complain concede confirm contend declare deny
  explain mention predict promise report reveal testify reiterate pledge vow demand caution tweet recount
  remark retort exclaim brag speculate posit propose recommend advise inform notify guarantee
  certify swear attest profess proclaim publicize divulge specify clarify elaborate underscore underline
  confess quip joke muse opine lament rebut concur hint imply suggest recollect shout yell whisper
  mutter vouch implore beseech entreat theorize hypothesize conjecture forewarn prophesy foretell avow
  aver postulate insinuate disclaim disavow recant retract
`;

const STANCE = `
  criticize praise welcome condemn blame accuse decry lambast lambaste slam blast rebuke dispute reject
  refute contradict threaten denounce deplore castigate assail berate chastise mock ridicule deride
  dismiss disown downplay defend justify endorse oppose advocate applaud hail laud commend congratulate
  fault scold chide reprimand admonish censure excoriate tout champion bemoan bewail challenge contest
  disparage belittle slander smear vilify demonize
`;

const WEAK = `
  add find show call ask order post answer reply respond observe indicate conclude estimate forecast
  project calculate describe characterize portray depict label brand dub continue repeat echo charge
  maintain hold cite quote brief learn hear determine discover rule question instruct request appeal
  plead alert express voice signal counter object protest recall write blog speak talk broadcast boast
  encourage require mandate share
`;

const BELIEF = `
  believe think expect fear hope doubt know suspect want feel assume presume suppose guess imagine
  surmise anticipate worry wonder understand realize recognize accept agree disagree wish intend plan
  aim seek prefer consider figure see sense trust foresee envision envisage reckon
`;

/** Verbs whose reported content may be an infinitive: "wants to", "expects prices to", "asked him to". */
const TO_COMPLEMENT = `
  want expect hope plan intend aim seek wish prefer anticipate ask request order instruct appeal call
  encourage require mandate urge advise advocate demand
`;

/** Past tense, past participle and spellings used as either, of irregular verbs. */
const IRREGULAR: Readonly<Record<string, readonly [past: string, participle: string, ...either: string[]]>> = {
  say: ['said', 'said'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  think: ['thought', 'thought'],
  know: ['knew', 'known'],
  find: ['found', 'found'],
  show: ['showed', 'shown'],
  swear: ['swore', 'sworn'],
  speak: ['spoke', 'spoken'],
  hold: ['held', 'held'],
  forecast: ['forecast', 'forecast', 'forecasted'],
  broadcast: ['broadcast', 'broadcast'],
  foresee: ['foresaw', 'foreseen'],
  foretell: ['foretold', 'foretold'],
  see: ['saw', 'seen'],
  feel: ['felt', 'felt'],
  hear: ['heard', 'heard'],
  learn: ['learned', 'learned', 'learnt'],
  understand: ['understood', 'understood'],
  seek: ['sought', 'sought'],
  // Heads of phrasal verbs ("went on to say", "made clear").
  go: ['went', 'gone'],
  make: ['made', 'made'],
  take: ['took', 'taken'],
  come: ['came', 'come'],
  set: ['set', 'set'],
  cast: ['cast', 'cast'],
  hit: ['hit', 'hit'],
  lay: ['laid', 'laid'],
  shed: ['shed', 'shed'],
  shoot: ['shot', 'shot'],
  put: ['put', 'put'],
};

/** Polysyllabic verbs that double their final consonant ("admitted", "referring"). */
const DOUBLING = new Set([
  'admit', 'commit', 'omit', 'permit', 'submit', 'regret', 'refer', 'prefer', 'concur', 'rebut', 'defer',
  'confer', 'aver', 'abet', 'compel', 'propel', 'control', 'patrol', 'occur', 'deter', 'transmit', 'forget',
]);

/** Multi-word reporting verbs; the first word is the verb and is inflected. */
const PHRASAL_VERBS = `
  call on|call upon|call for|call out|point out|go on to say|go on to add|go on to claim
  make clear|make it clear|make the case|make the point|make the argument|rule out|speak out
  lash out|take issue with|raise concerns|raise the possibility|express concern|express concerns
  express alarm|express hope|express doubt|express doubts|express support|express regret
  voice concern|voice concerns|voice support|voice doubts|sound the alarm|cast doubt on
  come out against|come out in favor of|come out in support of|take aim at|play down|insist on
  tell reporters|tell journalists|tell the press|take the view|take the position|rail against
  rail at|shoot back|fire back|take a swipe at|speak of
`;

/** Phrasal verbs with a common literal sense too: "set out at dawn", "weighed in at 70 kilos". */
const WEAK_PHRASAL_VERBS = `
  speak up|weigh in|hit back|push back|spell out|set out|lay out|open up about|talk up|shed light on
  put forward
`;

/** Phrases after which the source is named. */
const SOURCE_PHRASES = `
  according to|as reported by|as quoted by|as cited by|in the words of|in the view of
  in the opinion of|citing|quoting
`;

/** Where a statement was made; a cue on its own only when nothing better is found. */
const CHANNEL_PHRASES = `
  in a statement|in a joint statement|in a written statement|in an interview|in a tweet|in a post
  in a letter|in a speech|in remarks|in a press release|in a news release|in a report|in testimony
  in a memo|in a filing|in a court filing|in an op-ed|in an email|in a video|in a briefing
  in a news conference|in a press conference|at a news conference|at a press conference
  in a blog post|in a televised address|in an address
`;

/** Agentless reports, besides the generated "it is believed" and "is said to". */
const AGENTLESS_PHRASES = `
  reportedly|allegedly|purportedly|supposedly|rumor has it|rumour has it|word is|the word is
  reports say|reports suggest|sources say|officials say|critics say|experts say|analysts say
  observers say|insiders say
`;

/** Participles of "X is said to …" and "it is believed …". */
const AGENTLESS_PARTICIPLES = `
  said reported understood believed thought expected alleged rumored rumoured claimed feared known
  estimated announced confirmed suggested predicted learned learnt hoped assumed presumed projected
  forecast considered reckoned
`;

const BE_FORMS = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'will be', 'would be'];

/** Anonymous sources: the first word names the speaker, the rest is the cue. */
const ANONYMOUS_HEADS = new Set(['reports', 'sources', 'officials', 'critics', 'experts', 'analysts', 'observers', 'insiders']);

/** Nouns of saying that take a "that"-clause. */
const CUE_NOUNS = `
  claim claims allegation allegations assertion assertions announcement statement suggestion
  suggestions warning warnings assurance assurances insistence argument arguments contention belief
  beliefs fear fears hope hopes speculation rumor rumors rumour rumours report reports word promise
  promises pledge pledges vow vows accusation accusations charge charges admission acknowledgment
  acknowledgement prediction predictions forecast forecasts estimate estimates testimony indication
  indications finding findings conclusion view suspicion suspicions denial confirmation revelation
  revelations disclosure theory concern concerns expectation expectations
`;

/** People and bodies that speak. */
const SOURCE_NOUNS = `
  spokesperson spokesman spokeswoman spokespeople spokesmen official officials source sources analyst
  analysts expert experts critic critics economist economists researcher researchers scientist
  scientists observer observers insider insiders aide aides adviser advisers advisor advisors lawmaker
  lawmakers diplomat diplomats witness witnesses prosecutor prosecutors police authorities ministry
  government agency department office commission committee court judge minister president ambassador
  secretary chairman chairwoman chair director ceo executive executives representative representatives
  senator senators governor mayor leader leaders lawyer lawyers attorney attorneys campaign
  administration company firm group organization union party media newspaper outlet network
`;

/** Documents, data and media that report. */
const DOCUMENT_NOUNS = `
  statement statements report reports claim announcement assertion allegation testimony remarks
  comments estimate estimates forecast forecasts projection projections survey surveys poll polls
  polling study studies research analysis analyses data figures statistics document documents
  records memo memos letter letters filing filings complaint lawsuit indictment ruling review audit
  investigation inquiry findings census paper papers article articles release transcript transcripts
  email emails interview interviews speech speeches tweet tweets post posts blog website book column
  essay editorial message messages video podcast broadcast briefing conference twitter facebook
  instagram youtube policy law guidance guidelines regulation regulations memorandum directive bill
`;

/** Verb forms also common as nouns, besides the nouns listed above. */
const NOUN_FORMS = `
  call calls note notes comment question questions answer answers reply replies demand demands order
  orders praise blame doubt doubts plan plans aim aims wish wishes sense trust echo echoes counter
  protest protests appeal appeals request requests alert alerts signal signals hint hints record
  detail details outline outlines brief briefs quote quotes rule rules challenge challenges contest
  contests champion champions smear smears guess figure view views show shows find finds hold holds
  state states welcome advocate advocates mention mentions remark joke jokes whisper whispers shout
  shouts retort boast boasts dispute disputes talk talks want wants need needs worry worries
`;

/** Verbs that characterize their object. */
const AS_COMPLEMENT = `
  describe characterize portray depict label brand dub tout criticize dismiss reject denounce praise
  hail welcome view see regard cast paint frame present cite call
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

function phraseList(list: string): string[] {
  return list
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const VOWEL = /[aeiou]/;

/** Whether `base` doubles its last consonant: one-syllable consonant-vowel-consonant ("slam"), or listed. */
function doubles(base: string): boolean {
  if (DOUBLING.has(base)) return true;
  const plain = base.replace(/qu/g, 'q');
  if ((plain.match(/[aeiouy]+/g) ?? []).length !== 1) return false;
  const [a = '', b = '', c = ''] = plain.slice(-3);
  return plain.length >= 3 && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c);
}

/** British spelling doubles a final "l" after one vowel ("signalled", "labelling"). */
function britishDoubleL(base: string): boolean {
  return /[^aeiou][aeiou]l$/.test(base) && (base.match(/[aeiouy]+/g) ?? []).length > 1;
}

function thirdPerson(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

function gerund(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/(ee|ye|oe)$/.test(base)) return base + 'ing';
  if (base.endsWith('e')) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}

/** Every form of the verb `base`, with the inflections each form can stand for. */
export function inflect(base: string): ReadonlyMap<string, readonly Inflection[]> {
  const forms = new Map<string, Inflection[]>();
  const add = (form: string, inflection: Inflection): void => {
    const tags = forms.get(form);
    if (tags === undefined) forms.set(form, [inflection]);
    else if (!tags.includes(inflection)) tags.push(inflection);
  };
  const [past, participle, ...either] = IRREGULAR[base] ?? [regularPast(base), regularPast(base)];
  add(base, 'base');
  add(thirdPerson(base), 'third');
  add(past, 'past');
  add(participle, 'participle');
  add(gerund(base), 'gerund');
  if (britishDoubleL(base)) either.push(base + 'led');
  for (const form of either) {
    add(form, 'past');
    add(form, 'participle');
  }
  if (britishDoubleL(base)) add(base + 'ling', 'gerund');
  return forms;
}

/** Adds the British spelling of "-ize" verbs ("emphasise", "criticise"). */
function withBritish(bases: readonly string[]): string[] {
  return bases.flatMap((b) => (b.endsWith('ize') ? [b, b.slice(0, -3) + 'ise'] : [b]));
}

function phraseKeys(phrase: string): string[] {
  // Word by word, the same tokens as the phrase whole (no token spans white space). Phrases are
  // often built by concatenation: V8 would tune the tokenizer to such strings while the lexicon
  // is built, and it then split every sentence of every draft about 1.7 times slower.
  return phrase.split(/\s+/).flatMap((word) => tokenize(word).map((t) => lexiconKey(t.text)));
}

function buildVerbs(): { verbs: Map<string, VerbForm>; baseCount: number } {
  const verbs = new Map<string, VerbForm>();
  const bases = new Set<string>();
  const classes: readonly (readonly [string, CueStrength])[] = [
    [SPEECH, 'speech'],
    [STANCE, 'stance'],
    [WEAK, 'weak'],
    [BELIEF, 'belief'],
  ];
  // Earlier classes win: a verb listed twice keeps its strongest reading.
  for (const [list, strength] of classes) {
    for (const base of withBritish(words(list))) {
      if (bases.has(base)) continue;
      bases.add(base);
      for (const [form, inflections] of inflect(base)) {
        if (!verbs.has(form)) verbs.set(form, { base, strength, inflections });
      }
    }
  }
  return { verbs, baseCount: bases.size };
}

function buildPhrases(extraPhrases: readonly string[]): Phrase[] {
  const phrases: Phrase[] = [];
  const add = (text: string, kind: PhraseKind, extra: Partial<Phrase> = {}): void => {
    const tokens = phraseKeys(text);
    if (tokens.length > 0) phrases.push({ tokens, kind, strength: 'speech', speakerTokens: 0, inflections: [], ...extra });
  };
  const verbs: readonly (readonly [string, CueStrength])[] = [
    [PHRASAL_VERBS, 'speech'],
    [WEAK_PHRASAL_VERBS, 'weak'],
  ];
  for (const [list, strength] of verbs) {
    for (const phrase of phraseList(list)) {
      const [head = '', ...rest] = phrase.split(' ');
      for (const [form, inflections] of inflect(head)) add([form, ...rest].join(' '), 'verb', { inflections, strength });
    }
  }
  for (const phrase of phraseList(SOURCE_PHRASES)) add(phrase, 'source');
  for (const phrase of phraseList(CHANNEL_PHRASES)) add(phrase, 'channel');
  for (const phrase of phraseList(AGENTLESS_PHRASES)) {
    const [head = '', verb = ''] = phrase.split(' ');
    if (!ANONYMOUS_HEADS.has(head)) add(phrase, 'agentless');
    // "officials said", "sources told": the verb after an anonymous source takes any tense.
    else for (const form of inflect(verb).keys()) add(`${head} ${form}`, 'agentless', { speakerTokens: 1 });
  }
  for (const participle of words(AGENTLESS_PARTICIPLES)) {
    for (const be of BE_FORMS) {
      add(`${be} ${participle} to`, 'agentless');
      add(`it ${be} ${participle}`, 'agentless');
    }
  }
  for (const phrase of extraPhrases) add(phrase, 'custom');
  return phrases;
}

/** Indexes phrases by first token, longest first, so the longest match is found first. */
function indexPhrases(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const id = phrase.tokens.join(' ');
    if (seen.has(id)) continue;
    seen.add(id);
    const first = phrase.tokens[0] ?? '';
    const list = index.get(first);
    if (list === undefined) index.set(first, [phrase]);
    else list.push(phrase);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/** Builds a lexicon; `extraPhrases` (from user settings) are matched as literal token sequences. */
export function createLexicon(extraPhrases: readonly string[] = []): Lexicon {
  const { verbs, baseCount } = buildVerbs();
  const phrases = indexPhrases(buildPhrases(extraPhrases));
  let phraseCount = 0;
  for (const list of phrases.values()) phraseCount += list.length;
  const cueNouns = new Set(words(CUE_NOUNS));
  return {
    verbs,
    phrases,
    cueNouns,
    cueStarts: new Set([...verbs.keys(), ...phrases.keys(), ...cueNouns]),
    sourceNouns: new Set(words(SOURCE_NOUNS)),
    documentNouns: new Set(words(DOCUMENT_NOUNS)),
    nounForms: new Set([...words(NOUN_FORMS), ...words(CUE_NOUNS), ...words(SOURCE_NOUNS), ...words(DOCUMENT_NOUNS)]),
    asComplement: new Set(withBritish(words(AS_COMPLEMENT))),
    toComplement: new Set(words(TO_COMPLEMENT)),
    baseCount,
    phraseCount,
  };
}

/** The longest phrase of `lexicon` that starts at `keys[i]`. */
export function matchPhrase(lexicon: Lexicon, keys: readonly string[], i: number): Phrase | undefined {
  const candidates = lexicon.phrases.get(keys[i] ?? '');
  if (candidates === undefined) return undefined;
  // Plain loops: this runs for every word, and closures here showed in profiles.
  for (const phrase of candidates) {
    let k = 1;
    while (k < phrase.tokens.length && keys[i + k] === phrase.tokens[k]) k++;
    if (k === phrase.tokens.length) return phrase;
  }
  return undefined;
}

export const DEFAULT_LEXICON: Lexicon = createLexicon();
