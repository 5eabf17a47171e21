// The pure part of scripts/related-words.mjs: word vectors in, the table of related stems out, and
// its file's text. See that script for what the table is.

/**
 * The related stems of `words` (each `{ word, stem, vector }`, most frequent first): `stems` in the
 * order their first word comes, and `pairs` of stem indexes `[i, j, weight]` with i < j, the weight
 * being the cosine of their vectors in hundredths, for each stem and each of its `neighbours`
 * nearest stems at cosine `least` or more. Pairs are sorted by i then j.
 */
export function distil(words, { neighbours, least }) {
  const index = new Map();
  const sums = [];
  words.forEach(({ stem, vector }, rank) => {
    let i = index.get(stem);
    if (i === undefined) {
      index.set(stem, (i = sums.length));
      sums.push(new Float64Array(vector.length));
    }
    // Zipf's law: a word's frequency is about one over its rank.
    const weight = 1 / (rank + 1) / norm(vector);
    const sum = sums[i];
    for (let d = 0; d < vector.length; d++) sum[d] += weight * vector[d];
  });
  const dimensions = sums[0]?.length ?? 0;
  const unit = new Float64Array(sums.length * dimensions);
  sums.forEach((sum, i) => {
    const n = norm(sum) || 1;
    for (let d = 0; d < dimensions; d++) unit[i * dimensions + d] = sum[d] / n;
  });

  // Each stem's nearest, as [cosine, other] sorted nearest first (ties: the more frequent stem).
  const nearest = sums.map(() => []);
  const offer = (list, cosine, other) => {
    if (list.length === neighbours && cosine <= list[neighbours - 1][0]) return;
    let at = list.length;
    while (at > 0 && cosine > list[at - 1][0]) at--;
    list.splice(at, 0, [cosine, other]);
    if (list.length > neighbours) list.pop();
  };
  for (let i = 0; i < sums.length; i++) {
    const a = i * dimensions;
    for (let j = i + 1; j < sums.length; j++) {
      const b = j * dimensions;
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += unit[a + d] * unit[b + d];
      if (dot < least) continue;
      offer(nearest[i], dot, j);
      offer(nearest[j], dot, i);
    }
  }

  const pairs = new Map();
  nearest.forEach((list, i) => {
    for (const [cosine, j] of list) {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      // Below 1, which is a shared word's: "tuesday" and "wednesday" are near enough to round up.
      pairs.set(lo * sums.length + hi, [lo, hi, Math.min(99, Math.round(cosine * 100))]);
    }
  });
  // The cosine of any two stems' vectors, by index, for pairs that other sources propose.
  const cosine = (i, j) => {
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += unit[i * dimensions + d] * unit[j * dimensions + d];
    return dot;
  };
  return { stems: [...index.keys()], pairs: [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]), cosine };
}

/**
 * `table` (as `distil` makes it, with its `cosine`) with the pairs of `proposed` (stem pairs, in
 * any order) added whose cosine is `least` or more, each weighted as `distil` weighs its own; the
 * pairs it has are kept as they are. Pairs are sorted by i then j.
 */
export function withPairs(table, proposed, least) {
  const index = new Map(table.stems.map((stem, i) => [stem, i]));
  const n = table.stems.length;
  const pairs = new Map(table.pairs.map((p) => [p[0] * n + p[1], p]));
  let added = 0;
  for (const [a, b] of proposed) {
    const [x, y] = [index.get(a), index.get(b)];
    if (x === undefined || y === undefined || x === y) continue;
    const [lo, hi] = x < y ? [x, y] : [y, x];
    if (pairs.has(lo * n + hi)) continue;
    const cosine = table.cosine(lo, hi);
    if (cosine < least) continue;
    pairs.set(lo * n + hi, [lo, hi, Math.min(99, Math.round(cosine * 100))]);
    added++;
  }
  return { table: { ...table, pairs: [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]) }, added };
}

/**
 * The table's file: JSON with what made it (`about`), the stems that have related stems, space
 * separated, and `related`: for each of those stems in order, the stems after it that it relates
 * to, in order, as "d w" pairs separated by spaces (d: how many stems further on than the pair
 * before, or than the list's stem; w: the weight), the lists separated by ";". Indexes count the
 * stems kept, so a stem with no pairs costs nothing.
 */
export function encode({ stems, pairs }, about) {
  const kept = [...new Set(pairs.flatMap(([i, j]) => [i, j]))].sort((x, y) => x - y);
  const at = new Map(kept.map((s, k) => [s, k]));
  const groups = kept.map(() => []);
  for (const [i, j, w] of pairs) groups[at.get(i)].push([at.get(j), w]);
  // Steps from the pair before are smaller numbers than distances from the list's stem, and the
  // package, which ships the table compressed, smaller by about 9 KB.
  const lists = groups.map((group, i) => {
    let before = i;
    return group
      .sort(([x], [y]) => x - y)
      .map(([j, w]) => {
        const step = j - before;
        before = j;
        return `${step} ${w}`;
      })
      .join(' ');
  });
  const table = { about, stems: kept.map((s) => stems[s]).join(' '), related: lists.join(';') };
  return JSON.stringify(table, null, 1) + '\n';
}

function norm(vector) {
  let sum = 0;
  for (const x of vector) sum += x * x;
  return Math.sqrt(sum);
}

/** The cosine of two vectors. */
export function cosineOf(a, b) {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d] * b[d];
  return dot / ((norm(a) || 1) * (norm(b) || 1));
}
