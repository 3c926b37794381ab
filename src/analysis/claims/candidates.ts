// Similar pairs without comparing every pair: an inverted index over each vector's prefix
// (all-pairs similarity search with prefix filtering, Bayardo et al. 2007). Features are ordered
// rarest first; a vector's prefix is its rarest features up to where the rest has norm below
// the floor. Two unit vectors whose cosine reaches the floor must share a prefix feature (the
// smaller of the two suffixes cannot make up the floor alone), so no pair at or above the floor
// is missed. Capping the prefix at a few rare features trades that guarantee for speed.
import type {SparseVector} from "./vectors.js";

/** Counts for a benchmark or a test: how many pairs were compared. */
export interface CandidateStats {
  candidates: number;
}

/**
 * Pairs `[i, j, similarity]` (i < j) whose similarity reaches `floor`. Each candidate's cosine is
 * computed against a dense copy of the current sentence's vector (no merging of sorted lists);
 * pairs whose cosine reaches the floor go through `refine(i, j, cosine)`, which may only lower
 * it (the title-holder penalty). With `maxPrefix` unlimited no pair is missed (prefix filtering
 * is exact), but common features still make long posting lists. A budget of `maxPrefix` indexed
 * features per sentence (its rarest ones that occur in 2…`maxDf` sentences) makes the work
 * near-linear: near-duplicates share their rare words, so they are still found (bench/ measures
 * recall against the exact method); weak paraphrase pairs may be missed.
 * @example indexedPairs(vectors, 0.25) // the same pairs as all-pairs cosine at 0.25
 */
export function indexedPairs(
  vectors: readonly SparseVector[],
  floor: number,
  refine: (i: number, j: number, cosine: number) => number = (_i, _j, c) => c,
  maxDf = Infinity,
  maxPrefix = Infinity,
  stats: CandidateStats = {candidates: 0},
): Array<[number, number, number]> {
  if (!(floor > 0)) throw new RangeError("indexedPairs needs a floor above 0");
  const {rank, df} = rarestFirst(vectors);
  const floor2 = floor * floor;
  // Every sentence's indexed features, then the posting lists, as flat arrays (CSR): a list per
  // feature would cost an object each, and there are about as many features as words.
  const prefixes: number[][] = vectors.map((v) => (Number.isFinite(maxPrefix) ? rarestShared(v, rank, df, maxPrefix, maxDf) : prefixFeatures(v, rank, floor2).filter((f) => df[f] > 1 && df[f] <= maxDf)));
  const start = new Int32Array(df.length + 1);
  for (const prefix of prefixes) for (const f of prefix) start[f + 1]++;
  for (let f = 0; f < df.length; f++) start[f + 1] += start[f];
  const fill = start.slice(0, df.length);
  const postings = new Int32Array(start[df.length]);
  prefixes.forEach((prefix, i) => {
    for (const f of prefix) postings[fill[f]++] = i;
  });
  const seen = new Int32Array(vectors.length).fill(-1);
  const dense = new Float64Array(df.length);
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) dense[v.ids[k]] = v.weights[k];
    for (const feature of prefixes[i]) {
      // Lists are in sentence order: pair i only with earlier sentences, each pair once.
      for (let p = start[feature]; p < start[feature + 1]; p++) {
        const j = postings[p];
        if (j >= i) break;
        if (seen[j] === i) continue;
        seen[j] = i;
        stats.candidates++;
        const u = vectors[j];
        let dot = 0;
        for (let k = 0; k < u.ids.length; k++) dot += dense[u.ids[k]] * u.weights[k];
        if (dot < floor) continue;
        const s = refine(j, i, dot);
        if (s >= floor) pairs.push([j, i, s]);
      }
    }
    for (let k = 0; k < v.ids.length; k++) dense[v.ids[k]] = 0;
  }
  return pairs;
}

/**
 * The `k` rarest features of a vector among those in 2..maxDf sentences (a feature in one
 * sentence only can pair nothing), by partial selection: no full sort per sentence.
 */
function rarestShared(v: SparseVector, rank: Int32Array, df: Int32Array, k: number, maxDf: number): number[] {
  const chosen: number[] = [];
  for (const id of v.ids) {
    if (df[id] < 2 || df[id] > maxDf) continue;
    if (chosen.length === k && rank[id] >= rank[chosen[k - 1]]) continue;
    let at = chosen.length === k ? k - 1 : chosen.length;
    if (chosen.length < k) chosen.push(id);
    while (at > 0 && rank[chosen[at - 1]] > rank[id]) {
      chosen[at] = chosen[at - 1];
      at--;
    }
    chosen[at] = id;
  }
  return chosen;
}

/** A rank per feature id: rarer features (lower document frequency) first, ties by id (a counting sort). */
function rarestFirst(vectors: readonly SparseVector[]): {rank: Int32Array; df: Int32Array} {
  let size = 0;
  for (const v of vectors) if (v.ids.length > 0) size = Math.max(size, v.ids[v.ids.length - 1] + 1);
  const df = new Int32Array(size);
  for (const v of vectors) for (const id of v.ids) df[id]++;
  let maxDf = 0;
  for (const d of df) maxDf = Math.max(maxDf, d);
  const start = new Int32Array(maxDf + 2);
  for (const d of df) start[d + 1]++;
  for (let d = 1; d < start.length; d++) start[d] += start[d - 1];
  const rank = new Int32Array(size);
  for (let id = 0; id < size; id++) rank[id] = start[df[id]]++;
  return {rank, df};
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
