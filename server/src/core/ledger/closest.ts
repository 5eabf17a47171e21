/**
 * The claims-file ids nearest to an unknown citation key, best first (ties by id), for "did you
 * mean" fixes. Nearness is the optimal string alignment distance (Levenshtein plus swapped
 * neighbours, the commonest typo), ignoring case; an id counts only within max(2, 40%) of the key's
 * length, or 1 for keys of three characters or fewer, where two edits leave little of the key.
 * Ids too long or short to be that near are skipped unread and the rest are compared within a band
 * that narrows to the worst kept distance, so 100,000 ids take milliseconds.
 */
export function closestIds(key: string, ids: Iterable<string>, limit = 3): string[] {
  if (limit < 1) return [];
  const target = key.toLowerCase();
  let bound = target.length <= 3 ? 1 : Math.max(2, Math.floor(target.length * 0.4));
  const best: Array<{ readonly id: string; readonly distance: number }> = [];
  const rows = [0, 1, 2].map(() => new Int32Array(target.length + 1));
  for (const id of ids) {
    if (Math.abs(id.length - target.length) > bound) continue;
    // Lowercasing may change the length ("İ"), and the band below needs the true one.
    const lower = id.toLowerCase();
    if (Math.abs(lower.length - target.length) > bound) continue;
    const distance = boundedDistance(target, lower, bound, rows);
    if (distance > bound) continue;
    let at = best.length;
    while (at > 0 && isBetter(distance, id, best[at - 1])) at--;
    if (at >= limit) continue;
    best.splice(at, 0, { id, distance });
    if (best.length > limit) best.pop();
    if (best.length === limit) bound = best[limit - 1]?.distance ?? bound;
  }
  return best.map((b) => b.id);
}

function isBetter(distance: number, id: string, than: { readonly id: string; readonly distance: number } | undefined): boolean {
  return than !== undefined && (distance < than.distance || (distance === than.distance && id < than.id));
}

/**
 * The distance between `a` and `b`, or `bound + 1` once it must exceed `bound`: only the cells
 * within `bound` of the diagonal are computed, and the rows stop as soon as one has no cell within
 * the bound. `rows` are three buffers of `a.length + 1` cells, reused between calls.
 */
function boundedDistance(a: string, b: string, bound: number, rows: Int32Array[]): number {
  const far = bound + 1;
  let [older, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= a.length; j++) previous[j] = Math.min(j, far);
  for (let i = 1; i <= b.length; i++) {
    const lo = Math.max(1, i - bound);
    const hi = Math.min(a.length, i + bound);
    current[0] = Math.min(i, far);
    current[lo - 1] = lo === 1 ? current[0] : far;
    let rowMin = current[lo - 1] ?? far;
    const bc = b.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const ac = a.charCodeAt(j - 1);
      let d = Math.min((previous[j] ?? far) + 1, (current[j - 1] ?? far) + 1, (previous[j - 1] ?? far) + (ac === bc ? 0 : 1));
      if (i > 1 && j > 1 && ac === b.charCodeAt(i - 2) && a.charCodeAt(j - 2) === bc) d = Math.min(d, (older[j - 2] ?? far) + 1);
      current[j] = Math.min(d, far);
      rowMin = Math.min(rowMin, d);
    }
    if (hi < a.length) current[hi + 1] = far;
    if (rowMin > bound) return far;
    [older, previous, current] = [previous, current, older];
  }
  return Math.min(previous[a.length] ?? far, far);
}
