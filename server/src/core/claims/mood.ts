import type { Token } from '../text/tokens';
import { EMPHASIS_MARKS, isNameLike, PREPOSITIONS } from './attribution/words';
import { NUMBER_WORDS } from './quantity/words';

// What a sentence's mood says of its claims. An instruction ("Use a 16-character password", "Hold
// more than 40 webinars a year") or a supposition ("If 40 percent turn out…", "Whether makers
// shipped 1 billion or 990 million…") states no fact about the world: its figures are no claims a
// source could back, and a speaker in it is the writer, telling the reader what to do.

/** Verbs that open an instruction to the reader, and are seldom a sentence's first noun. */
const INSTRUCTIONS: ReadonlySet<string> = new Set(
  `please make let keep use check try remember be do don't never take give get read visit hold create add choose include
   avoid limit write click select consider ask find follow allow spend put tap type enter send share offer provide pay
   seek learn join explore tweet identify respond promote engage monitor submit upload download install register
   ensure establish prioritize remove replace delete edit pull save define compare invite embed subscribe integrate
   leverage connect discuss see`.split(/\s+/),
);
/** Leads that may open an instruction before a comma: "Also, identify one or two champions", "In other words, demand accountability". */
const LEADS: readonly (readonly string[])[] = [
  ...['also', 'finally', 'next', 'then', 'first', 'second', 'third', 'lastly', 'additionally', 'instead'].map((w) => [w]),
  ['in', 'other', 'words'],
  ['in', 'short'],
];

/** The most words of a phrase of where, when or how that may open an instruction before its comma: "As a team, discuss …". */
const MAX_PHRASE_LEAD = 5;

/** The sentence's first word past a lead and its comma, if it opens with one: a word of the list, or a short phrase after a preposition. */
function afterLead(tokens: readonly Token[], keys: readonly string[]): number {
  const opening = firstWord(tokens);
  const lead = LEADS.find((words) => words.every((w, n) => keys[opening + n] === w) && tokens[opening + words.length]?.text === ',');
  if (lead !== undefined) return opening + lead.length + 1;
  // Not "To help budget your time, consider this example: …", a purpose whose example may state facts.
  const preposition = keys[opening] ?? '';
  if ((!PREPOSITIONS.has(preposition) && preposition !== 'as') || preposition === 'to') return opening;
  for (let k = opening + 1; k <= opening + MAX_PHRASE_LEAD && k < tokens.length; k++) {
    if (tokens[k]?.text === ',') return k + 1;
    if (tokens[k]?.type === 'punct') break;
  }
  return opening;
}

const SUPPOSITIONS: ReadonlySet<string> = new Set(['if', 'whether', 'imagine', 'suppose', 'unless']);

/** The index of the sentence's first word: after any bracket, mark or list number. */
export function firstWord(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.type === 'word');
}

/**
 * Whether the words from `start` to before `end`, starting at most two words after the sentence's
 * first, label what follows: a colon after them, inside or past the marks that close their emphasis
 * ("Side note:", "**Efficiency challenges**:"). A `tensed` verb so placed labels only in emphasis,
 * which a speaker's words ("Smith warns: …") are not given.
 */
export function opensAsLabel(tokens: readonly Token[], start: number, end: number, tensed: boolean): boolean {
  const first = firstWord(tokens);
  if (start - first > 2) return false;
  let k = end;
  while (EMPHASIS_MARKS.has(tokens[k]?.text ?? '')) k++;
  const closed = k > end || EMPHASIS_MARKS.has(tokens[k + 1]?.text ?? '');
  if (tokens[k]?.text !== ':') return false;
  return !tensed || (closed && tokens.slice(0, first).some((t) => EMPHASIS_MARKS.has(t.text)));
}

/** A label's words at most: "Give Them a Game Plan:". */
const LABEL_WORDS = 6;

/** The first word of the sentence, or of the clause after a short label's colon before `end` ("**Tip:** For each …"). */
export function clauseOpening(tokens: readonly Token[], end: number): number {
  const first = firstWord(tokens);
  const colon = tokens.findIndex((t, k) => k > first && k < end && t.text === ':');
  if (colon < 0 || colon - first > LABEL_WORDS) return first;
  let k = colon + 1;
  while (k < end && tokens[k]?.type !== 'word') k++;
  return k;
}

/** Whether `key` is a verb that opens instructions, never a name: "Seek challenges", not "Hope Hicks". */
export function isInstructionVerb(key: string): boolean {
  return INSTRUCTIONS.has(key);
}

/**
 * Whether the sentence tells the reader what to do: it opens with "please", or with an instruction
 * verb (or, given a lexicon's test, any verb in its base form) followed by neither "of" nor a name
 * ("Use of force…", "Visit Britain…"). Not where it asks the reader to mind a fact ("Note that …").
 */
export function isInstruction(tokens: readonly Token[], keys: readonly string[], isBaseVerb: (key: string) => boolean = () => false): boolean {
  const first = afterLead(tokens, keys);
  const key = keys[first] ?? '';
  if (pointsOut(keys, key === 'please' ? first + 1 : first)) return false;
  if (key === 'please') return true;
  const next = tokens[first + 1];
  // "See, I thought …", "Look, …": a verb set off by a comma calls for attention, and instructs nothing.
  return (INSTRUCTIONS.has(key) || isBaseVerb(key)) && next !== undefined && keys[first + 1] !== 'of' && next.text !== ',' && !isNameLike(next);
}

/** Verbs that ask the reader to mind a fact, which the clause after "that" states: "Please note that this is only one study of 70 students". */
const NOTICING: ReadonlySet<string> = new Set(['note', 'notice', 'remember', 'recall', 'know', 'understand', 'realize', 'realise']);

/** Whether the words from `k` ask the reader to mind what a "that" clause then states ("note that", "keep in mind that", "be aware that"). */
function pointsOut(keys: readonly string[], k: number): boolean {
  const verb = keys[k] ?? '';
  // Where the "that" would stand: after the verb, "be aware" or "keep in mind".
  const that = NOTICING.has(verb) ? k + 1 : verb === 'be' && keys[k + 1] === 'aware' ? k + 2 : (verb === 'keep' || verb === 'bear') && keys[k + 1] === 'in' && keys[k + 2] === 'mind' ? k + 3 : -1;
  return that > 0 && keys[that] === 'that';
}

/**
 * Where a supposition opens inside the sentence ("…: if you believe your post has not appeared
 * within 24 business hours"), as a text offset; figures after it state nothing. Infinity if none.
 */
export function suppositionStart(tokens: readonly Token[], keys: readonly string[]): number {
  for (let k = 1; k < tokens.length; k++) {
    if ((keys[k] === 'if' || keys[k] === 'unless') && tokens[k - 1]?.type === 'punct') return tokens[k]?.start ?? Infinity;
  }
  return Infinity;
}

/**
 * Whether token `k` is "say" setting off an example, after a comma and before a figure: ", say, 100
 * photos", "after some time, say six weeks". No one says anything, and the figure is supposed.
 */
export function setsOffExample(tokens: readonly Token[], keys: readonly string[], k: number): boolean {
  if (keys[k] !== 'say' || tokens[k - 1]?.text !== ',') return false;
  const next = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  return tokens[next]?.type === 'number' || NUMBER_WORDS.has(keys[next] ?? '');
}

/** Whether the sentence tells the reader what to do, or supposes: "if", "whether". */
export function isInstructionOrSupposition(tokens: readonly Token[], keys: readonly string[]): boolean {
  const first = firstWord(tokens);
  // "What if a single piece of paper could make your app work 20 percent better?" supposes, and so
  // does "Perhaps 60 photos would have an identical score" ("Perhaps 10,000 attended" estimates).
  const conjectures = HEDGES.has(keys[first] ?? '') && keys.some((key) => CONDITIONALS.has(key));
  // "Hypothesis: getting 12 partners to link … will lead to a 10% increase": a figure aimed at or supposed.
  const posited = POSITED.has(keys[first] ?? '') && tokens[first + 1]?.text === ':';
  return SUPPOSITIONS.has(keys[first] ?? '') || (keys[first] === 'what' && keys[first + 1] === 'if') || conjectures || posited || isInstruction(tokens, keys);
}

/** Labels of what is supposed or aimed at, before a colon: "Hypothesis:", "Goal:". */
const POSITED: ReadonlySet<string> = new Set(['hypothesis', 'assumption', 'scenario', 'goal', 'goals', 'objective', 'objectives', 'target', 'targets']);

/** Words that open a conjecture, with a conditional after them: "Perhaps … would". */
const HEDGES: ReadonlySet<string> = new Set(['perhaps', 'maybe']);
const CONDITIONALS: ReadonlySet<string> = new Set(['would', 'could', 'might']);
