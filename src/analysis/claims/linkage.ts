// Average-link agglomerative clustering on a sparse similarity graph. Average link merges two
// groups only when their sentences are similar on average, so a chain of pairwise look-alikes
// (A~B, B~C, C~D) does not grow a whole topic into one "claim" the way single link does.
import type {SimilarityGraph} from "./graph.js";

interface Candidate {
  average: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Larger average first; ties broken by node ids so the result never depends on heap order. */
function before(p: Candidate, q: Candidate): boolean {
  if (p.average !== q.average) return p.average > q.average;
  return p.x !== q.x ? p.x < q.x : p.y < q.y;
}

class CandidateHeap {
  private items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l], items[m])) m = l;
        if (r < items.length && before(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Partition the nodes of a graph into clusters whose average pairwise similarity (missing edges
 * count as 0) is at least `threshold`, merging the most similar pair of clusters first (UPGMA).
 * Returns a cluster number per node; clusters are numbered by their first node, so node 0 is in
 * cluster 0 and numbers increase in node order.
 * @example clusterAt(graphFromEdges(3, [[0, 1, 0.9], [1, 2, 0.6]], 0.1), 0.5) // [0, 0, 1]: node 2 averages (0.6 + 0) / 2 = 0.3 with {0, 1}
 */
export function clusterAt(graph: SimilarityGraph, threshold: number): Int32Array {
  const n = graph.size;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  // links[c]: similarity sums from cluster c to each neighbouring cluster.
  const links: Array<Map<number, number> | undefined> = new Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const heap = new CandidateHeap();
  for (let e = 0; e < graph.a.length; e++) {
    const x = graph.a[e];
    const y = graph.b[e];
    const s = graph.similarity[e];
    (links[x] ??= new Map()).set(y, s);
    (links[y] ??= new Map()).set(x, s);
    if (s >= threshold) heap.push({average: s, x, y, vx: 0, vy: 0});
  }
  while (heap.size > 0) {
    const top = heap.pop()!;
    if (top.average < threshold) break;
    if (version[top.x] !== top.vx || version[top.y] !== top.vy) continue;
    // Keep the cluster with more neighbours as the root: fewer map entries move.
    let keep = top.x;
    let gone = top.y;
    if ((links[gone]?.size ?? 0) > (links[keep]?.size ?? 0)) [keep, gone] = [gone, keep];
    const kept = links[keep]!;
    kept.delete(gone);
    for (const [other, sum] of links[gone]!) {
      if (other === keep) continue;
      kept.set(other, (kept.get(other) ?? 0) + sum);
      const back = links[other]!;
      back.delete(gone);
      back.set(keep, kept.get(other)!);
    }
    links[gone] = undefined;
    parent[gone] = keep;
    size[keep] += size[gone];
    version[keep]++;
    version[gone]++;
    for (const [other, sum] of kept) {
      const average = sum / (size[keep] * size[other]);
      if (average < threshold) continue;
      const [x, y] = keep < other ? [keep, other] : [other, keep];
      heap.push({average, x, y, vx: version[x], vy: version[y]});
    }
  }
  return numberClusters(parent);
}

function root(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Cluster numbers in order of each cluster's first node. */
function numberClusters(parent: Int32Array): Int32Array {
  const label = new Int32Array(parent.length);
  const number = new Map<number, number>();
  for (let i = 0; i < parent.length; i++) {
    const r = root(parent, i);
    let k = number.get(r);
    if (k === undefined) number.set(r, (k = number.size));
    label[i] = k;
  }
  return label;
}
