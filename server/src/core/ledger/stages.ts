import { normalizeTokens, type NormToken } from '../text/normalize';
import type { LedgerEntry } from '../types';

// The stage of a contest a claim is about: a quarter-final's audience is not the semi-final's, nor a
// first round's share of the vote the runoff's. A sentence said of a stage its entry does not name
// is another stage's claim; a final or a runoff is what an entry about a won cup or an election
// means, so naming one sets nothing apart unless the entry names another stage.

/** A stage, and the normalized words that write it, each a sequence of tokens. */
const STAGES: ReadonlyArray<readonly [string, readonly (readonly string[])[]]> = [
  ['group', [['group', 'stage'], ['group', 'stages']]],
  ['last-16', [['round', 'of', '16'], ['last', '16']]],
  ['quarter-final', [['quarter', 'final'], ['quarter', 'finals'], ['quarterfinal'], ['quarterfinals']]],
  ['semi-final', [['semi', 'final'], ['semi', 'finals'], ['semifinal'], ['semifinals']]],
  ['first-round', [['1st', 'round']]],
  ['runoff', [['runoff'], ['run', 'off'], ['2nd', 'round']]],
  ['final', [['final']]],
];

/** The words a stage's wording starts with: most tokens start none, and are passed over at one look-up. */
const FIRST_WORDS: ReadonlySet<string> = new Set(STAGES.flatMap(([, wordings]) => wordings.map((w) => w[0] ?? '')));

/** The stages `tokens` name; a "final" after "quarter" or "semi" is theirs. */
export function stagesIn(tokens: readonly NormToken[]): Set<string> {
  const found = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (!FIRST_WORDS.has(tokens[k]?.norm ?? '')) continue;
    for (const [stage, wordings] of STAGES) {
      const wording = wordings.find((w) => w.every((word, j) => tokens[k + j]?.norm === word));
      if (wording === undefined) continue;
      found.add(stage);
      k += wording.length - 1;
      break;
    }
  }
  return found;
}

/** The stages that decide a contest: what an entry that names no stage is about ("won the World Cup", "the 2022 election"). */
const DECIDING: ReadonlySet<string> = new Set(['final', 'runoff']);

/** Whether a sentence naming `ours` is of another stage than an entry naming `theirs`: a stage the entry does not name, other than a deciding one where it names none. */
export function otherStage(ours: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  for (const stage of ours) if (!theirs.has(stage) && !(DECIDING.has(stage) && theirs.size === 0)) return true;
  return false;
}

/** The stages each entry's claim and phrases name, read when an entry is first asked for, and kept. */
export function entryStagesReader(): (entry: LedgerEntry) => ReadonlySet<string> {
  const byEntry = new Map<string, ReadonlySet<string>>();
  return (entry) => {
    let stages = byEntry.get(entry.id);
    if (stages === undefined) byEntry.set(entry.id, (stages = stagesIn(normalizeTokens([entry.claim ?? '', ...entry.match].join('. ')))));
    return stages;
  };
}
