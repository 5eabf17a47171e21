import { isAlias, isMap, isSeq, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import { MAX_DEPTH } from './document';
import { spanOf } from './nodes';
import type { ProblemList } from './problems';

// Aliases may share data ("sources: *un-report"), not multiply it: past this many values per
// value written, the file is a "billion laughs" attack (or an alias inside its own anchor).
const ALIAS_EXPANSION_FACTOR = 100;
const ALIAS_EXPANSION_FLOOR = 10_000;

/** The full reader's aliases: what each stands for, resolved on the first one met. */
export class Aliases {
  /** What each alias stands for; built on the first alias, `null` once aliases are refused. */
  private targets: Map<Alias, Node | undefined> | null | undefined;

  /** `file` names the file in messages. */
  constructor(
    private readonly doc: Document.Parsed,
    private readonly problems: ProblemList,
    private readonly file = 'claims file',
  ) {}

  /** The node an alias stands for (the node itself otherwise); null for an alias that cannot be followed. */
  deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    if (this.targets === undefined) this.targets = this.resolve(node);
    if (this.targets === null) return null;
    const target = this.targets.get(node);
    if (!target) {
      this.problems.report(spanOf(node), `Unknown alias *${node.source}: no anchor &${node.source} comes before it.`, 'error');
      return null;
    }
    return target;
  }

  /** Resolves every alias, or refuses them all (with an error) when they would multiply the data. */
  private resolve(first: Alias): Map<Alias, Node | undefined> | null {
    // As YAML defines it: an alias stands for the last node anchored with its name before it.
    const anchors = new Map<string, Node>();
    const targets = new Map<Alias, Node | undefined>();
    let written = 0;
    visit(this.doc, {
      Node(_key, node) {
        written++;
        if (isAlias(node)) targets.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    const limit = ALIAS_EXPANSION_FACTOR * written + ALIAS_EXPANSION_FLOOR;
    if (expandedSize(this.doc.contents, targets, new Map(), limit) <= limit) return targets;
    this.problems.report(spanOf(first), `Aliases expand the ${this.file} to more than ${limit} values (a "billion laughs" attack, or an alias inside its own anchor), so no alias is followed.`, 'error');
    return null;
  }
}

/**
 * How many values `node` holds once every alias is replaced by a copy of its anchor, counted up
 * to just past `limit` (memoized per anchor, so linear in the document).
 */
function expandedSize(node: unknown, targets: ReadonlyMap<Alias, Node | undefined>, memo: Map<Node, number>, limit: number, depth = 0): number {
  // Chains of aliases deeper than any file nests are no sharing; they would only exhaust the stack.
  if (depth > MAX_DEPTH) return Infinity;
  if (isAlias(node)) {
    const target = targets.get(node);
    if (!target) return 1;
    const known = memo.get(target);
    if (known !== undefined) return known;
    // Reaching the anchor again while counting it is a cycle: it never ends.
    memo.set(target, Infinity);
    const size = expandedSize(target, targets, memo, limit, depth + 1);
    memo.set(target, size);
    return size;
  }
  const children: unknown[] = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
  let size = 1;
  for (const child of children) {
    size += expandedSize(child, targets, memo, limit, depth + 1);
    if (size > limit) break;
  }
  return size;
}
