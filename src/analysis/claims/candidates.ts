// Similar pairs without comparing every pair: an inverted index over each vector's prefix
// (all-pairs similarity search with prefix filtering, Bayardo et al. 2007). Features are ordered
// rarest first; a vector's prefix is its rarest features up to where the rest has norm below
// the floor. Two unit vectors whose cosine reaches the floor must share a prefix feature (the
// smaller of the two suffixes cannot make up the floor alone), so no pair at or above the floor
// is missed, yet common words never become long posting lists.
import type {SparseVector} from "./vectors.js";

/**
 * Every pair `[i, j, similarity]` (i < j) whose similarity reaches `floor`, where `similarity`
 * never exceeds the cosine of the two vectors (so the cosine bound is safe). Sub-quadratic in
 * practice: only vectors sharing a rare feature are compared.
 * @example indexedPairs(vectors, 0.25, (i, j) => cosine(vectors[i], vectors[j])) // the same pairs as all-pairs at 0.25
 */
export function indexedPairs(vectors: readonly SparseVector[], floor: number, similarity: (i: number, j: number) => number): Array<[number, number, number]> {
  if (!(floor > 0)) throw new RangeError("indexedPairs needs a floor above 0");
  const rank = rarestFirst(vectors);
  const postings = new Map<number, number[]>();
  const seen = new Int32Array(vectors.length).fill(-1);
  const pairs: Array<[number, number, number]> = [];
  const floor2 = floor * floor;
  for (let i = 0; i < vectors.length; i++) {
    const prefix = prefixFeatures(vectors[i], rank, floor2);
    for (const feature of prefix) {
      const list = postings.get(feature);
      if (!list) continue;
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const s = similarity(j, i);
        if (s >= floor) pairs.push([j, i, s]);
      }
    }
    for (const feature of prefix) {
      const list = postings.get(feature);
      if (list) list.push(i);
      else postings.set(feature, [i]);
    }
  }
  return pairs;
}

/** A rank per feature id: rarer features (lower document frequency) first, ties by id. */
function rarestFirst(vectors: readonly SparseVector[]): Int32Array {
  let size = 0;
  for (const v of vectors) if (v.ids.length > 0) size = Math.max(size, v.ids[v.ids.length - 1] + 1);
  const df = new Int32Array(size);
  for (const v of vectors) for (const id of v.ids) df[id]++;
  const order = Int32Array.from({length: size}, (_, i) => i).sort((a, b) => df[a] - df[b] || a - b);
  const rank = new Int32Array(size);
  order.forEach((id, r) => (rank[id] = r));
  return rank;
}

/** The rarest features of a unit vector until the remaining ones have squared norm below `floor2`. */
function prefixFeatures(v: SparseVector, rank: Int32Array, floor2: number): number[] {
  const order = Array.from(v.ids.keys()).sort((a, b) => rank[v.ids[a]] - rank[v.ids[b]]);
  let rest = 0;
  for (const k of order) rest += v.weights[k] * v.weights[k];
  const prefix: number[] = [];
  for (const k of order) {
    if (rest < floor2) break;
    prefix.push(v.ids[k]);
    rest -= v.weights[k] * v.weights[k];
  }
  return prefix;
}
