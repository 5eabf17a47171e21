import type { Pair, YAMLMap } from 'yaml';
import { keyName, quote, spanOf } from './nodes';
import type { ProblemList } from './problems';

/**
 * A mapping's pairs by key name, for the keys in `allowed`; unknown and repeated keys are
 * reported and skipped. `where` ends the message of an unknown key ("in an entry"), and `noun`
 * names what a key is there ("field", "key").
 */
export function pairsByKey(map: YAMLMap<unknown, unknown>, allowed: readonly string[], problems: ProblemList, where: string, noun = 'field'): Map<string, Pair<unknown, unknown>> {
  const pairs = new Map<string, Pair<unknown, unknown>>();
  for (const pair of map.items) {
    const name = keyName(pair);
    if (!allowed.includes(name)) {
      problems.report(spanOf(pair.key), `Unknown ${noun} ${quote(name)} ${where}: expected ${allowed.join(', ')}. It is ignored.`, 'warning');
    } else if (pairs.has(name)) {
      problems.report(spanOf(pair.key), `Duplicate key ${quote(name)}: each key may appear only once in a mapping, so this one is ignored.`, 'error');
    } else {
      pairs.set(name, pair);
    }
  }
  return pairs;
}
