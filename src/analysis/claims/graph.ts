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
export function graphFromEdges(size: number, edges: Iterable<readonly [number, number, number]>, floor: number): SimilarityGraph {
  const best = new Map<number, number>();
  for (const [x, y, s] of edges) {
    if (x === y || !(s >= floor)) continue;
    const key = Math.min(x, y) * size + Math.max(x, y);
    const old = best.get(key);
    if (old === undefined || s > old) best.set(key, s);
  }
  const keys = [...best.keys()].sort((p, q) => p - q);
  const graph: SimilarityGraph = {size, a: new Int32Array(keys.length), b: new Int32Array(keys.length), similarity: new Float64Array(keys.length), floor};
  keys.forEach((key, i) => {
    graph.a[i] = Math.floor(key / size);
    graph.b[i] = key % size;
    graph.similarity[i] = best.get(key)!;
  });
  return graph;
}
