import type { Token } from '../text/tokens';

// What a sentence's mood says of its claims. An instruction ("Use a 16-character password", "Hold
// more than 40 webinars a year") or a supposition ("If 40 percent turn out…", "Whether makers
// shipped 1 billion or 990 million…") states no fact about the world: its figures are no claims a
// source could back, and a speaker in it is the writer, telling the reader what to do.

/** Verbs that open an instruction to the reader, and are seldom a sentence's first noun. */
export const INSTRUCTIONS: ReadonlySet<string> = new Set(
  `please make let keep use check try remember be do don't never take give get read visit hold create add choose include
   avoid limit write click select consider ask find follow allow spend put tap type enter send share offer provide pay`.split(/\s+/),
);
const SUPPOSITIONS: ReadonlySet<string> = new Set(['if', 'whether', 'imagine', 'suppose', 'unless']);

/** The index of the sentence's first word: after any bracket, mark or list number. */
export function firstWord(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.type === 'word');
}

/**
 * Whether the sentence tells the reader what to do or supposes: its first word is an instruction
 * verb not followed by "of" or a name ("Use of force…", "Hope Hicks…"), or "if", "whether".
 */
export function isInstructionOrSupposition(tokens: readonly Token[], keys: readonly string[]): boolean {
  const first = firstWord(tokens);
  if (first === -1) return false;
  const key = keys[first] ?? '';
  if (SUPPOSITIONS.has(key)) return true;
  if (!INSTRUCTIONS.has(key)) return false;
  const next = tokens[first + 1];
  return next !== undefined && keys[first + 1] !== 'of' && !(next.type === 'word' && /^\p{Lu}/u.test(next.text) && key !== 'please');
}
