import type { Nodes, Parents } from 'mdast';

/** Called on entering a node; returning false skips the nodes under it. */
export type Enter = (node: Nodes, parent: Parents | undefined, index: number) => boolean | void;

/**
 * Visits `root` and every node under it in document order, calling `enter` on the way down and
 * `leave` (if given) once a node's children are done or skipped. With a stack of its own rather than
 * recursion: a syntax tree is as deep as the draft nests (quotes in quotes, emphasis in emphasis),
 * and a few kilobytes of nesting would exhaust the call stack.
 */
export function walk(root: Nodes, enter: Enter, leave?: (node: Nodes) => void): void {
  // Parallel stacks: a node, its parent and index, and whether it is being left (its children done).
  const nodes: Nodes[] = [root];
  const parents: Array<Parents | undefined> = [undefined];
  const indexes: number[] = [0];
  const leaving: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes;
    const parent = parents.pop();
    const index = indexes.pop() ?? 0;
    if (leaving.pop()) {
      leave?.(node);
      continue;
    }
    const inside = enter(node, parent, index) !== false && 'children' in node;
    if (leave) {
      nodes.push(node);
      parents.push(parent);
      indexes.push(index);
      leaving.push(true);
    }
    if (!inside) continue;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i] as Nodes);
      parents.push(node);
      indexes.push(i);
      leaving.push(false);
    }
  }
}
