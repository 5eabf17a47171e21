import { isPastLike, RELATIVES } from '../attribution/words';
import { setsOffExample } from '../mood';
import { APPROXIMATORS, CAPITAL_OK, CHANGE_VERBS, CLOCK_WORDS, DASHES, DETERMINERS, FRAMES, LEVEL_VERBS, LIST_KINDS, LOCATOR_LABELS, MONTHS, NUMBER_WORDS, SOLID_BLOCKERS, SOLID_UNITS, STANDING_VERBS, STOP_WORDS, TIME_UNITS } from './words';
import { CAPITALIZED, isSolid, isWord, isWordIn, low, POSSESSIVE, type Sentence } from './sentence';

// What stands around a figure and makes it no claim (a label, a date, a frame), or widens it (an
// approximator).

/**
 * Whether what stands before the figure makes it a label, a date or part of a name. Money and
 * percentages are never a label nor part of a name, so they may follow one ("Clinton 50% to 40%",
 * "will channel $3.1 billion").
 */
export function isLocator(s: Sentence, first: number, measured = false): boolean {
  const prev = s.tokens[first - 1];
  if (prev === undefined) return false;
  // A dash written solid between a word and a percentage or an amount sets off a clause
  // ("mobile devices–96 percent of adults own one"): no label is measured.
  if (isSolid(s, first) && (prev.type === 'word' || SOLID_BLOCKERS.has(prev.text)) && !(measured && DASHES.has(prev.text))) return true;
  // "p. 3", "No. 10", "Feb. 24": a label or month, maybe abbreviated.
  const label = prev.text === '.' ? first - 2 : first - 1;
  if (!measured && isWordIn(s, label, LOCATOR_LABELS)) return true;
  if (isWordIn(s, label, MONTHS) && CAPITALIZED.test(s.tokens[label]?.text ?? '')) return true;
  // "Apollo 11", "Windows 11", "Flight 370", "Group of 20": a capitalized word names the number.
  const name = low(s, first - 1) === 'of' ? first - 2 : first - 1;
  const word = s.tokens[name];
  return (
    !measured &&
    word?.type === 'word' &&
    CAPITALIZED.test(word.text) &&
    !POSSESSIVE.test(word.text) &&
    !CAPITAL_OK.has(low(s, name)) &&
    !NUMBER_WORDS.has(low(s, name))
  );
}

/** Words a number before them names: "the 1.0 version". */
const VERSIONS: ReadonlySet<string> = new Set(['version', 'release', 'edition', 'update', 'beta', 'alpha']);
/** Their plurals, which a whole number counts ("31 releases") and a decimal one names ("the 2.0 releases"). */
const VERSION_PLURALS: ReadonlySet<string> = new Set(['versions', 'releases', 'editions', 'updates']);

/** HTTP status codes a writer names: "a 301 redirect", "404 errors". */
const HTTP_STATUS = /^(?:200|301|302|303|304|307|308|400|401|403|404|410|429|500|502|503|504)$/;
/** What a status names: only redirects and errors in the plural, since "400 pages" and "200 responses" count. */
const STATUS_NOUNS: ReadonlySet<string> = new Set(['redirect', 'redirects', 'error', 'errors', 'page', 'response', 'status', 'code']);

/** Whether what follows the figure makes it a time of day, a date, a decade or an identifier. */
export function isTimeOrDate(s: Sentence, j: number): boolean {
  const t = s.tokens[j];
  if (t === undefined) return false;
  const w = low(s, j);
  if (!t.spaceBefore) {
    // "10:30", "9/11"; "1990s", "3pm", "5G": anything glued on but a unit.
    if ((t.text === ':' || t.text === '/') && s.tokens[j + 1]?.type === 'number') return true;
    return t.type === 'word' && !SOLID_UNITS.has(w);
  }
  if (t.type !== 'word') return false;
  // "the 1.0 version", "its 2.0 release": the number names the version.
  if (CLOCK_WORDS.has(w) || VERSIONS.has(w)) return true;
  // "301 redirects", "404 errors": an HTTP status names a kind of response.
  if (STATUS_NOUNS.has(w) && HTTP_STATUS.test(s.tokens[j - 1]?.text ?? '')) return true;
  if (VERSION_PLURALS.has(w)) return s.tokens[j - 1]?.text.includes('.') === true;
  if ((w === 'a' || w === 'p') && s.tokens[j + 1]?.text === '.' && low(s, j + 2) === 'm') return true;
  return MONTHS.has(w) && CAPITALIZED.test(t.text);
}

/**
 * "heard it a million times", "a thousand times over": a round number of times with "a" is a
 * figure of speech, unless it compares ("a hundred times more potent", "a thousand times the size").
 */
export function isHyperbole(s: Sentence, first: number, next: number): boolean {
  if (low(s, first) !== 'a' || low(s, next) !== 'times' || !ROUND_WORDS.has(low(s, next - 1))) return false;
  return !COMPARING.has(low(s, next + 1));
}
/** Round numbers said for "very many". */
const ROUND_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'zillion', 'gazillion']);
/** What makes "a hundred times" a multiple: a comparison after it. */
const COMPARING: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'as', 'the', 'that', 'what', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'faster', 'slower']);

/** "the past 10 years", "its first 100 days", "the richest 1 percent"; not the verb in "to last three days". */
export function isFrame(s: Sentence, first: number): boolean {
  // "visits per 100,000 people": a rate's base, which the rate's own figure takes in ("12 deaths per 100,000").
  if (low(s, first - 1) === 'per') return true;
  if (!FRAMES.has(low(s, first - 1))) return false;
  return DETERMINERS.has(low(s, first - 2)) || POSSESSIVE.test(s.tokens[first - 2]?.text ?? '');
}

/** Modals of what may be, not what is: "teams may lack thousands of hours". "Must" and "will" state rules and plans, which are facts. */
const POSSIBILITY: ReadonlySet<string> = new Set(['may', 'might', 'could', 'can', 'should', 'would']);
/** Words a figure's clause is read back over: up to a mark or a word that opens another clause ("and" may join two infinitives). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'but', 'while', 'because']);

/**
 * Whether the figure at `first` is only supposed: the object of an infinitive ("to handle
 * hundreds of inputs", "the potential to help millions of Americans") or of a modal of possibility
 * in its clause ("may lack hundreds of files").
 */
export function isProspect(s: Sentence, first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    if (!isWord(s, k) || CLAUSE_OPENERS.has(low(s, k))) return false;
    // "to" before a verb, not before the figure itself ("grew to thousands of") or a determiner.
    if (POSSIBILITY.has(low(s, k)) || (low(s, k) === 'to' && k + 1 < first && !DETERMINERS.has(low(s, k + 1)))) return true;
  }
  return false;
}

/**
 * Whether the figure from `first` to before `next` is given for example: ", say, 100 photos", "after
 * some time, say six weeks", "A tweet that has 10 retweets for example".
 */
export function isExample(s: Sentence, first: number, next: number): boolean {
  if (setsOffExample(s.tokens, s.keys, s.tokens[first - 1]?.text === ',' ? first - 2 : first - 1)) return true;
  return low(s, next) === 'for' && (low(s, next + 1) === 'example' || low(s, next + 1) === 'instance');
}

/** Marks after which a clause, and so a subject, may open: "— four teams developed …". */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(']);

/**
 * Whether a count opening at `first`, of the noun ending at `last`, is the subject of a verb in the
 * past: "Three contractors submitted responses", "— four teams developed capabilities". It tallies
 * what happened, as digits do; "Three options come to mind" or "divided into three piles" do not.
 */
export function actsInPast(s: Sentence, first: number, last: number): boolean {
  const before = s.tokens[first - 1];
  const opens = before === undefined || (before.type !== 'word' && CLAUSE_MARKS.has(before.text));
  // "Three agencies selected by the panel": a participle before its agent describes the noun.
  return opens && isWord(s, last + 1) && isPastLike(low(s, last + 1)) && low(s, last + 2) !== 'by';
}

/** Extends a claim's start over an approximator before it ("nearly", "more than", "up to"). */
export function approximated(s: Sentence, start: number): number {
  for (const phrase of APPROXIMATORS) {
    const from = start - phrase.length;
    if (from >= 0 && phrase.every((w, k) => s.keys[from + k] === w && isWord(s, from + k))) return from;
  }
  return start;
}

/** The first words of a bound on a count: "over", "more than", "at least", "up to". */
const BOUNDS: ReadonlySet<string> = new Set(['over', 'under', 'more', 'fewer', 'less', 'at', 'up', 'upwards']);

/**
 * Whether the figure from `start` to `last`, a range or a bound, is all a parenthesis holds right
 * after a word: "nano influencers (1,000–10,000 followers)", "Mega (over 1 million followers)"
 * define the class the word names, and count nothing in the world.
 */
export function definesClass(s: Sentence, start: number, last: number, ranged: boolean): boolean {
  if (!ranged && !BOUNDS.has(low(s, start))) return false;
  return s.tokens[start - 1]?.text === '(' && s.tokens[last + 1]?.text === ')' && isWord(s, start - 2);
}

/** A headline in title case ("3,000 Troops Deployed"): most words of four letters or more are capitalized. */
export function isTitleCase(s: Sentence): boolean {
  let long = 0;
  let capitalized = 0;
  for (const t of s.tokens) {
    if (t.type !== 'word' || t.text.length < 4) continue;
    long++;
    if (CAPITALIZED.test(t.text)) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.7;
}

/** How far back in its clause a verb of change may stand from the "to" of its level: "limited new international student permits for 2024 to". */
const LEVEL_REACH = 8;

/**
 * Whether a bare count at `start`, ending its noun phrase before `next`, is a level a verb gives to
 * what its clause named before: "limited new permits to roughly 360,000", "attendance reached
 * 4,500", "the toll stood at 1,200", "there are over 800". Anywhere else a bare count is a tally
 * whose noun came earlier ("Trump won six").
 */
export function isLevel(s: Sentence, start: number, next: number): boolean {
  // "to 10 point font": a word after the count is what it counts, in a reading of its own.
  if (s.tokens[next]?.type === 'word' && !STOP_WORDS.has(low(s, next))) return false;
  const before = low(s, start - 1);
  if (LEVEL_VERBS.has(before)) return true;
  if (before === 'at') return STANDING_VERBS.has(low(s, start - 2));
  // "visitors have hovered around 50,000": a level standing, approximated (the figure starts at its approximator's word).
  if (STANDING_VERBS.has(before) && s.tokens[start]?.type === 'word') return true;
  // "(there are over 800)": how many there are of what the sentence names.
  if (before === 'are' || before === 'were') return low(s, start - 2) === 'there';
  if (before !== 'to' && before !== 'from') return false;
  for (let k = start - 2; k >= Math.max(0, start - 1 - LEVEL_REACH); k--) {
    if (s.tokens[k]?.type === 'punct') return false;
    if (CHANGE_VERBS.has(low(s, k))) return true;
  }
  return false;
}

/** Words that judge a figure as advice: "130 characters is ideal", "two posts a day is best". */
const ADVISED: ReadonlySet<string> = new Set('ideal best optimal recommended enough sufficient plenty fine perfect reasonable'.split(' '));
/** How far past a figure's phrase its verb may stand: "two posts a day is best". */
const ADVICE_REACH = 4;

/**
 * Whether the figure whose phrase ends before `next` is the subject of a judgement that advises
 * ("130 characters is ideal", "three to five hashtags are plenty"): the writer's advice, a figure
 * only supposed, not a fact about the world.
 */
export function isAdvised(s: Sentence, next: number): boolean {
  for (let k = next; k < Math.min(s.tokens.length, next + ADVICE_REACH); k++) {
    if (!isWord(s, k)) return false;
    const w = low(s, k);
    if (w !== 'is' && w !== 'are') continue;
    const judged = low(s, k + 1) === 'usually' || low(s, k + 1) === 'generally' ? k + 2 : k + 1;
    return ADVISED.has(low(s, judged));
  }
  return false;
}

/** Units by which a point within a recording or an event is told: "starting 7 minutes into the webinar". */
const CLOCK_UNITS: ReadonlySet<string> = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours']);
/** At most this many words make a label before a colon: "Phase II", "Solicitation close", "duration". */
const LABEL_WORDS = 4;

/**
 * Whether a duration from `start` to `last` only marks a time: a point within a recording or an
 * event ("7 minutes into the webinar"), how far along ("Now 18 months in, …"), or the whole value
 * of a label ("Phase II: 8 days", "(duration: 68 minutes)"), which is a schedule's or a listing's own.
 */
export function isTimeMark(s: Sentence, start: number, last: number): boolean {
  const unit = low(s, last);
  if (!TIME_UNITS.has(unit)) return false;
  if (CLOCK_UNITS.has(unit) && low(s, last + 1) === 'into') return true;
  // "Now 18 months in, I've found …": how far along, not how long something lasted.
  if (low(s, last + 1) === 'in' && (s.tokens[last + 2] === undefined || s.tokens[last + 2]?.type === 'punct')) return true;
  const after = s.tokens[last + 1]?.text;
  if (s.tokens[start - 1]?.text !== ':' || (after !== undefined && after !== ')' && after !== '.')) return false;
  let k = start - 2;
  while (k >= 0 && isWord(s, k)) k--;
  const words = start - 2 - k;
  return words > 0 && words <= LABEL_WORDS && (k < 0 || s.tokens[k]?.text === '(');
}

/**
 * A sentence that ends in a colon and speaks to the reader, or points ahead, or opens with "The
 * following", counts the list that follows it: "7 concrete actions you can take:", "Here are three
 * steps:", "The following are 5 categories of tests …". "The audit found 12 violations:" states a
 * count, and so does a clause before a dash or semicolon, the list's lead-in being after it: "We
 * published 394 articles in 2016 — here are the Top 10 most viewed:".
 */
export function introducesList(s: Sentence, last: number): boolean {
  const end = s.tokens.length - 1;
  const colon = s.tokens[end]?.text === ':';
  if (!colon && !(low(s, 0) === 'the' && low(s, 1) === 'following')) return false;
  // With no colon, only a count right after the opening is the list's: "The following findings
  // were based on a survey of 3,212 adults" counts the adults.
  if (!colon && last > FOLLOWING_REACH) return false;
  let from = end;
  while (from > 0 && !CLAUSE_BREAKS.has(s.tokens[from - 1]?.text ?? '')) from--;
  // "Volunteers are needed in 3 key areas:": a count of kinds or parts is the list's own. A pointer
  // in a relative clause on the counted thing points at what that thing does: "300 apps that
  // provide at least one of the following:" counts the apps.
  const relative = s.keys.findIndex((key, k) => k > last && RELATIVES.has(key));
  const pointers = s.keys.slice(from, relative === -1 ? end : relative);
  return last >= from && (LIST_KINDS.has(low(s, last)) || pointers.some((key) => LIST_POINTERS.has(key)));
}

/** The last token of a count that "The following" may open with: "The following are 5 categories of …". */
const FOLLOWING_REACH = 6;
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['—', '–', ';']);
const LIST_POINTERS: ReadonlySet<string> = new Set(['you', 'your', 'here', 'following', 'below']);
