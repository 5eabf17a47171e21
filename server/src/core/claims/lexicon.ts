import { tokenize, tokenKey, type Token } from '../text/tokens';
import { inflect } from './lexicon/inflect';
import {
  AGENTLESS_PARTICIPLES, AGENTLESS_PHRASES, ANONYMOUS_HEADS, AS_COMPLEMENT, BE_FORMS, BELIEF, CHANNEL_PHRASES,
  ARTIFACT_NOUNS, CUE_NOUNS, DOCUMENT_NOUNS, NOUN_FORMS, PHRASAL_VERBS, SOURCE_NOUNS, SOURCE_PHRASES, SPEECH, STANCE,
  STANCE_ADJECTIVES, TO_COMPLEMENT, WEAK, WEAK_PHRASAL_VERBS,
} from './lexicon/vocabulary';

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
 * - `adjective`: a stance after a linking verb ("were critical of", "is convinced that").
 * - `custom`: a phrase from the user's settings.
 */
export type PhraseKind = 'verb' | 'source' | 'agentless' | 'channel' | 'adjective' | 'custom';

export interface Phrase {
  /** Lowercase token keys (see `tokenKey`). */
  readonly tokens: readonly string[];
  readonly kind: PhraseKind;
  /** `speech` but for `verb` phrases with a common literal sense ("set out", "weighed in"). */
  readonly strength: CueStrength;
  /** The inflections the phrase's verb can stand for, for `verb` phrases ("called on": past, participle). */
  readonly inflections: readonly Inflection[];
  /** Leading tokens that name the speaker rather than the cue: 1 in "officials say". */
  readonly speakerTokens: number;
}

/**
 * The phrases that start with one word, by their second word, longest first, and the word alone
 * if it is a phrase: a word such as "it" starts hundreds ("it is said", "it was reported"), and
 * every "it" of a draft is looked up.
 */
export interface PhrasesFrom {
  readonly bySecond: ReadonlyMap<string, readonly Phrase[]>;
  readonly alone?: Phrase;
}

export interface Lexicon {
  /** Every inflected form of a reporting verb, by lowercase key. */
  readonly verbs: ReadonlyMap<string, VerbForm>;
  /** Phrases by their first token's key (see `PhrasesFrom`). */
  readonly phrases: ReadonlyMap<string, PhrasesFrom>;
  /** Nouns that carry a reported clause: "his claim that …", "amid reports that …". */
  readonly cueNouns: ReadonlySet<string>;
  /** The keys of every verb form, phrase start and cue noun: a word outside it opens no cue of those. */
  readonly cueStarts: ReadonlySet<string>;
  /** Nouns of people and bodies that speak: "officials", "a spokeswoman", "the ministry". */
  readonly sourceNouns: ReadonlySet<string>;
  /** Documents, data and media that report: "the study found", "records show", "in an email". */
  readonly documentNouns: ReadonlySet<string>;
  /** Tools and software: "the app tells you", "a web page calls for the code" report nothing. */
  readonly artifactNouns: ReadonlySet<string>;
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
  return withNameKeys(tokens, tokens.map((t) => tokenKey(t.text)));
}

/** `keys` (of `tokens`) with "The WHO" keyed as written: the World Health Organization, not the pronoun "who". */
export function withNameKeys(tokens: readonly Token[], keys: string[]): string[] {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]?.text === 'WHO' && keys[i - 1] === 'the') keys[i] = 'WHO';
  return keys;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

function phraseList(list: string): string[] {
  return list
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}


/** Adds the British spelling of "-ize" verbs ("emphasise", "criticise"). */
function withBritish(bases: readonly string[]): string[] {
  return bases.flatMap((b) => (b.endsWith('ize') ? [b, b.slice(0, -3) + 'ise'] : [b]));
}

function phraseKeys(phrase: string): string[] {
  // Word by word, the same tokens as the phrase whole (no token spans white space). Phrases are
  // often built by concatenation: V8 would tune the tokenizer to such strings while the lexicon
  // is built, and it then split every sentence of every draft about 1.7 times slower.
  return phrase.split(/\s+/).flatMap((word) => tokenize(word).map((t) => tokenKey(t.text)));
}

/** Verb forms far commoner as prepositions: "what the public cares about regarding the agency". */
const PREPOSITION_FORMS: ReadonlySet<string> = new Set(['regarding', 'concerning']);

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
        if (!verbs.has(form) && !PREPOSITION_FORMS.has(form)) verbs.set(form, { base, strength, inflections });
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
  for (const phrase of phraseList(STANCE_ADJECTIVES)) add(phrase, 'adjective', { strength: 'stance' });
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

/** Indexes phrases by first and second token, longest first, so the longest match is found first. */
function indexPhrases(phrases: readonly Phrase[]): Map<string, PhrasesFrom> {
  const byFirst = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const id = phrase.tokens.join(' ');
    if (seen.has(id)) continue;
    seen.add(id);
    const first = phrase.tokens[0] ?? '';
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [phrase]);
    else list.push(phrase);
  }
  const index = new Map<string, PhrasesFrom>();
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    const bySecond = new Map<string, Phrase[]>();
    let alone: Phrase | undefined;
    for (const phrase of list) {
      const second = phrase.tokens[1];
      if (second === undefined) {
        alone = phrase;
        continue;
      }
      const same = bySecond.get(second);
      if (same === undefined) bySecond.set(second, [phrase]);
      else same.push(phrase);
    }
    index.set(first, alone === undefined ? { bySecond } : { bySecond, alone });
  }
  return index;
}

/** Builds a lexicon; `extraPhrases` (from user settings) are matched as literal token sequences. */
export function createLexicon(extraPhrases: readonly string[] = []): Lexicon {
  const { verbs, baseCount } = buildVerbs();
  const phrases = indexPhrases(buildPhrases(extraPhrases));
  let phraseCount = 0;
  for (const { bySecond, alone } of phrases.values()) {
    for (const list of bySecond.values()) phraseCount += list.length;
    if (alone !== undefined) phraseCount++;
  }
  const cueNouns = new Set(words(CUE_NOUNS));
  return {
    verbs,
    phrases,
    cueNouns,
    cueStarts: new Set([...verbs.keys(), ...phrases.keys(), ...cueNouns]),
    sourceNouns: new Set(words(SOURCE_NOUNS)),
    documentNouns: new Set(words(DOCUMENT_NOUNS)),
    artifactNouns: new Set(words(ARTIFACT_NOUNS)),
    nounForms: new Set([...words(NOUN_FORMS), ...words(CUE_NOUNS), ...words(SOURCE_NOUNS), ...words(DOCUMENT_NOUNS)]),
    asComplement: new Set(withBritish(words(AS_COMPLEMENT))),
    toComplement: new Set(words(TO_COMPLEMENT)),
    baseCount,
    phraseCount,
  };
}

/** The longest phrase of `lexicon` that starts at `keys[i]`. */
export function matchPhrase(lexicon: Lexicon, keys: readonly string[], i: number): Phrase | undefined {
  const from = lexicon.phrases.get(keys[i] ?? '');
  if (from === undefined) return undefined;
  const candidates = from.bySecond.get(keys[i + 1] ?? '');
  // Plain loops: this runs for every word, and closures here showed in profiles.
  if (candidates !== undefined) {
    for (const phrase of candidates) {
      let k = 2;
      while (k < phrase.tokens.length && keys[i + k] === phrase.tokens[k]) k++;
      if (k === phrase.tokens.length) return phrase;
    }
  }
  return from.alone;
}
