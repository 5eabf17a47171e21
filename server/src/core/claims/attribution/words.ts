import type { Token } from '../../text/tokens';

// Word classes the attribution reader knows, by list or by shape. Keys are lowercase with straight
// apostrophes (see `tokenKey` in ../../text/tokens).

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Words that make the next word a noun or adjective: "the said agreement", "his claims". */
export const DETERMINERS = words('the a an this these those his her its their our my your no every each such whose');
/** Adjectives of how often, which make the cue after them a noun: "quarterly report writing", "the annual survey found". */
export const FREQUENCIES = words('hourly daily nightly weekly biweekly monthly quarterly yearly annual biannual');
/** Determiners that cannot end a noun phrase, unlike "those" in "those who said". */
export const ARTICLES = words('the a an its their our my your every each no');
/** Words that can stand alone as a subject: "Some fear", "Many believe". */
export const QUANTIFIERS = words('some many most all few several both others none either neither much one another');
export const SUBJECT_PRONOUNS = words('i you he she it we they');
export const OBJECT_PRONOUNS = words('me him her us them');
/** Words for people in general: "everyone wants", "people think". */
export const INDEFINITES = words('everyone everybody someone somebody anyone anybody nobody people');
/** The writer and the reader: a speaker who is one of them is the writer's own voice. */
export const PERSONAL_PRONOUNS = words("i me we us you let's");
/** Determiners that make a phrase the writer's or the reader's: "our team", "my colleagues", "your agency". */
export const PERSONAL_DETERMINERS = words('our my your');
export const RELATIVES = words('who which that');
export const WH_WORDS = words('whether if why how what when where who whom which');
export const BE = words("is are was were be been being am 're 's");
export const HAVE = words("has have had having 've");
export const MODALS = words("will would could should can cannot may might must shall did does do 'll 'd");
/** Modals that make a verb a possibility or a prospect rather than a report: "research may show", "managers who will defend us". */
export const HEDGES = words("may might could can cannot should would must will 'll won't can't couldn't wouldn't shouldn't");
/** Every auxiliary and modal: "has", "would", "is", "'ve". */
export const AUXILIARIES: ReadonlySet<string> = new Set([...HAVE, ...MODALS, ...BE]);
/** Negated auxiliaries that do not end in their auxiliary plus "n't". */
export const NEGATED: Readonly<Record<string, string>> = { "won't": 'will', "can't": 'can', "shan't": 'shall' };
/** Adverbs met between a subject and its verb: "has since affirmed", "have long called". */
export const ADVERBS = words(`
  also long since previously repeatedly reportedly publicly later again already once recently never often
  always still then now not too even just only first further earlier initially originally subsequently
  separately similarly likewise meanwhile nevertheless however yet ever soon instead perhaps maybe
  allegedly apparently purportedly supposedly indeed thus therefore so both either there here very quite
  rather
`);
/** Adverbs ending in "-ly" are recognized by their suffix, except these words. */
export const LY_WORDS = words(`
  family ally rally italy july reply supply apply belly bully jelly holly lily assembly monopoly anomaly
  early elderly daily weekly monthly quarterly yearly friendly costly
`);
export const CONJUNCTIONS = words(`
  and but or nor so yet because although though while whereas if unless whether when where as once since
  until after before than what how why whom whose
`);
/** Conjunctions that start another clause; "before", "after" and "as" are prepositions as often. */
export const CLAUSE_BREAKS = words('but or nor so yet because although though while whereas if unless when where what how why');
export const PREPOSITIONS = words(`
  of in on at for with by from about to into over after before without under against among between through
  during despite amid amidst toward towards upon within across behind beyond since until via per like
  unlike around near outside inside following including
`);
/** Prepositions that also introduce clauses, so a subject may follow them: "after China stated". */
export const SUBORDINATING = words('after before since until as following like');
/** Prepositions that may sit inside a speaker: "the ambassador to France", "a review by The Times". */
export const INNER_PREPOSITIONS = words('of to for at in from by with');
/** The same after a verb, where "with" is more often a manner: "said Smith with a laugh". */
export const FORWARD_PREPOSITIONS = words('of to for at in by');
/** Prepositions that take a participial clause with the sentence's subject: "after saying". */
export const PARTICIPIAL_PREPOSITIONS = words('after before by while when without despite since upon in');
/** Prepositions of a short time or place phrase that may end a reporting clause: "Jones wrote in April." */
export const ADJUNCT_PREPOSITIONS = words('in on at during from after before last this earlier later of about');
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday week weekend month year today yesterday
  tomorrow tonight morning afternoon evening night
`);
/** Plural nouns that do not end in "s": "People think", "Police say". */
export const PLURALS = words('people police media data staff public men women children military clergy');
/** Nationality and region adjectives, which modify nouns: "Chinese", "Russian", "British", "Israeli", "Western". */
export const DEMONYM = /(ese|ian|ean|ish|can|ic|i|ern)$/;
/** Common irregular past tenses, to find a sentence's first verb: "Limbaugh began by …". */
export const IRREGULAR_PASTS = words(`
  began became brought built bought caught chose came did drew drove fell felt fought found gave got
  grew had held kept knew led left lost made meant met paid put ran rose sat saw sent set shook spent
  spoke stood struck took taught thought told threw understood went won wore wrote
`);
/** Labels of news pages and transcripts that name no speaker: "Update:", "Q:", "Editor’s Note:". */
export const LABELS = words(`
  note update updated correction clarification editor email plus remember breaking exclusive watch
  video photo photos related read more see also source sources byline dateline contributing q a
  question answer notice paid live transcript advertisement sponsored warning caption credit
  example examples good better best bad worse worst right wrong do don't instead before after tip
`);
/** Abbreviations whose period belongs to a name: "Mr.", "Jr.". */
export const ABBREVIATIONS = words('jr sr mr mrs ms dr st co inc corp ltd bros');
/** Quotation marks; a straight apostrophe is one only when doubled (''like this''). */
export const QUOTES = new Set(['“', '”', '"', '‘', '’', '«', '»']);
/** Marks that always quote, unlike "’", which is also an apostrophe. */
export const SURE_QUOTES = new Set(['“', '”', '"', '«', '»', '‘']);
/** Punctuation that joins the words around it inside a name: "Xi-Zelenskiy", "U.S.", "AT&T". */
export const JOINERS = new Set(['-', '.', '&', '/']);
/** Marks around an appositive: "Smith, a spokesman, said", "Sims — a teacher — says". */
export const APPOSITIVE_MARKS = new Set([',', '—', '–']);
/** Marks of emphasis around a label or a clause's first words: "**Resources:**", "**Efficiency challenges**:". */
export const EMPHASIS_MARKS: ReadonlySet<string> = new Set(['*', '_', '**', '__']);
/** Marks that may follow the verb of a dialogue tag: "“…,” he added.", "…, he added, …". */
export const TAG_ENDS = new Set(['.', ',', ';', '!', '?', ')', '—', '–']);
export const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** An auxiliary or modal, negated or not: "has", "would", "didn't". */
export function isAuxiliary(key: string): boolean {
  return AUXILIARIES.has(key) || key.endsWith("n't");
}

/** A lowercase word that looks like a regular past tense or participle ("filed", "released"). */
export function isPastLike(word: string): boolean {
  // The last letter first: it rules out most words before the regex runs.
  return word.length >= 5 && word.charCodeAt(word.length - 1) === 0x64 && /^[a-z]+[^e]ed$/.test(word);
}

/** A lowercase word that is a past tense: an irregular one ("taught") or one that looks regular ("helped"). */
export function isPastForm(word: string): boolean {
  return IRREGULAR_PASTS.has(word) || isPastLike(word);
}

/** A word in a script without case: Han, kana, Hangul, Arabic, Hebrew, Thai… */
export function isCaseless(word: string): boolean {
  // ASCII first: these run for most words of every sentence.
  return word.charCodeAt(0) >= 0x80 && CASELESS.test(word);
}

const CASELESS = /^\p{Lo}/u;
/** A capitalized word, or one in a script without case. */
const NAME_LIKE = /^[\p{Lu}\p{Lo}]/u;

/**
 * Whether a word may be a name: it is capitalized, or written in a script without case, where no
 * capital sets names apart ("中国外交部 said").
 */
export function isNameLike(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') return false;
  const c = token.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : NAME_LIKE.test(token.text);
}

const FIRST_PERSON = words('i me my we us our');

/** The writer speaking as "I" or "we", with or without an auxiliary: "we", "our", "I'm", "we've". */
export function isFirstPerson(key: string): boolean {
  const apostrophe = key.indexOf("'");
  return FIRST_PERSON.has(apostrophe === -1 ? key : key.slice(0, apostrophe));
}

/** A pronoun with its auxiliary: "he's", "they'd", "there's". */
export function isPronounContraction(key: string): boolean {
  // Most words have no apostrophe: they need no regex.
  return key.includes("'") && CONTRACTION.test(key);
}

const CONTRACTION = /^(i|you|he|she|it|we|they|who|that|there)'(s|ve|d|ll|re|m)$/;

/** A punctuation token that is an apostrophe, straight or curly: "critics’ remarks". */
export function isApostrophe(text: string): boolean {
  return text === "'" || text === '’';
}

/** Whether a token's text ends in "s" or "S": "critics" before "’". */
export function endsInS(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x73 || c === 0x53;
}

/** What everyone says and no one in particular: "the old saying", "as the proverb goes". */
const SAYINGS: ReadonlySet<string> = new Set(['proverb', 'proverbs', 'adage', 'saying', 'sayings', 'maxim', 'cliché', 'cliche', 'idiom', 'motto', 'mantra', 'aphorism']);

/** Whether a speaker's phrase is common wisdom, by its last word: "the ancient proverb". */
export function isSaying(speaker: string): boolean {
  return SAYINGS.has(speaker.slice(speaker.lastIndexOf(' ') + 1).toLowerCase());
}
