// The sentence similarity graph: one edge per pair of sentences of the same event whose
// similarity reaches a floor. Built once (the costly part); clustering at any threshold at or
// above the floor then reads only the edges.

/** Undirected weighted edges between node indices, `a < b`, sorted by (a, b). */
export interface SimilarityGraph {
  /** Number of nodes (sentences). */
  size: number;
  a: Int32Array;
  b: Int32Array;
  similarity: Float64Array;
  /** Pairs below this similarity are not edges: a cut below it sees them as 0. */
  floor: number;
}

/**
 * A graph from edge triples, in a canonical order (so the same pairs give the same graph
 * whatever order they were found in). Self-loops are dropped; for a pair given twice the higher
 * similarity is kept.
 * @example graphFromEdges(3, [[2, 0, 0.9]], 0.2) // {size: 3, a: [0], b: [2], similarity: [0.9], floor: 0.2}
 */
export function graphFromEdges(size: number, edges: ReadonlyArray<readonly [number, number, number]>, floor: number): SimilarityGraph {
  const kept = edges.filter(([x, y, s]) => x !== y && s >= floor);
  const key = Float64Array.from(kept, ([x, y]) => Math.min(x, y) * size + Math.max(x, y));
  const order = Uint32Array.from(kept.keys()).sort((p, q) => key[p] - key[q] || kept[q][2] - kept[p][2]);
  const a: number[] = [];
  const b: number[] = [];
  const similarity: number[] = [];
  let last = -1;
  for (const k of order) {
    // Sorted by key, then by similarity descending: the first of equal keys is the highest.
    if (key[k] === last) continue;
    last = key[k];
    a.push(Math.floor(key[k] / size));
    b.push(key[k] % size);
    similarity.push(kept[k][2]);
  }
  return {size, a: Int32Array.from(a), b: Int32Array.from(b), similarity: Float64Array.from(similarity), floor};
}
