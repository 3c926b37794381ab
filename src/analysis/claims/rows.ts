// Claim rows from cluster labels: who reported the claim, how many independent origins that is
// (outlets linked by shared copy count once), and the sentence that best stands for it.
import type {ClaimRow, ClaimSentenceRef} from "../types.js";
import type {ClaimGraph} from "./cluster.js";

/**
 * One row per cluster, ordered by event then first sentence; ids are `event/article:index` of
 * the first sentence, so they are stable for the same clustering.
 * @example claimRows(graph, clusterAt(graph, 0.25))[0].id // "shoigu-pyongyang-2023/000:0"
 */
export function claimRows(graph: ClaimGraph, labels: Int32Array): ClaimRow[] {
  // Members and within-claim edges grouped by label as flat arrays (a counting sort): tens of
  // thousands of claims on a large event, most of them single sentences.
  let count = 0;
  for (const label of labels) count = Math.max(count, label + 1);
  const memberStart = new Int32Array(count + 1);
  for (const label of labels) memberStart[label + 1]++;
  for (let c = 0; c < count; c++) memberStart[c + 1] += memberStart[c];
  const members = new Int32Array(labels.length);
  const position = new Int32Array(labels.length);
  const fill = memberStart.slice(0, count);
  for (let node = 0; node < labels.length; node++) {
    position[node] = fill[labels[node]] - memberStart[labels[node]];
    members[fill[labels[node]]++] = node;
  }
  const edgeStart = new Int32Array(count + 1);
  for (let e = 0; e < graph.a.length; e++) if (labels[graph.a[e]] === labels[graph.b[e]]) edgeStart[labels[graph.a[e]] + 1]++;
  for (let c = 0; c < count; c++) edgeStart[c + 1] += edgeStart[c];
  const edges = new Int32Array(edgeStart[count]);
  const edgeFill = edgeStart.slice(0, count);
  for (let e = 0; e < graph.a.length; e++) if (labels[graph.a[e]] === labels[graph.b[e]]) edges[edgeFill[labels[graph.a[e]]]++] = e;
  const rows: ClaimRow[] = [];
  for (let c = 0; c < count; c++) {
    rows.push(claimRow(graph, members.subarray(memberStart[c], memberStart[c + 1]), edges.subarray(edgeStart[c], edgeStart[c + 1]), position));
  }
  return rows;
}

function claimRow(graph: ClaimGraph, nodes: Int32Array, edges: Int32Array, position: Int32Array): ClaimRow {
  if (nodes.length === 1) return singleClaim(graph, nodes[0]);
  // Nodes are already in (event, article, index) order.
  const outletOf = (node: number) => graph.outlets[node];
  const copyPairs: Array<[number, number]> = [];
  let maxSimilarity = 0;
  const centrality = new Float64Array(nodes.length);
  for (const e of edges) {
    const [a, b, s] = [graph.a[e], graph.b[e], graph.similarity[e]];
    centrality[position[a]] += s;
    centrality[position[b]] += s;
    if (outletOf(a) === outletOf(b)) continue;
    maxSimilarity = Math.max(maxSimilarity, s);
    // Shared copy: the same statement in largely the same words, rare ones included. Conservative
    // on purpose: a short formulaic sentence ("X gave Y a letter from Z, KCNA said") cannot show
    // an independent origin, so it is not counted as one.
    if (s >= graph.verbatimThreshold) copyPairs.push([position[a], position[b]]);
  }
  const origin = originGroups(Array.from(nodes, outletOf), copyPairs);
  const sentences: ClaimSentenceRef[] = Array.from(nodes, (node, k) => ({
    article_id: graph.sentences[node].article_id,
    sentence_index: graph.sentences[node].index,
    outlet: outletOf(node),
    origin: origin[k],
  }));
  let representative = 0;
  for (let k = 1; k < nodes.length; k++) if (centrality[k] > centrality[representative]) representative = k;
  const first = graph.sentences[nodes[0]];
  const event = graph.events[nodes[0]];
  const outlets = [...new Set(sentences.map((s) => s.outlet))].sort();
  return {
    id: `${event}/${first.article_id}:${first.index}`,
    event,
    sentences,
    outlets,
    outlet_count: outlets.length,
    origins: new Set(origin).size,
    size: nodes.length,
    verbatim: copyPairs.length > 0,
    max_similarity: round(maxSimilarity),
    copy_pairs: copyPairs,
    representative: graph.sentences[nodes[representative]].text,
  };
}

/** A claim of one sentence (most claims of a large event): nothing to compare. */
function singleClaim(graph: ClaimGraph, node: number): ClaimRow {
  const sentence = graph.sentences[node];
  const event = graph.events[node];
  const outlet = graph.outlets[node];
  return {
    id: `${event}/${sentence.article_id}:${sentence.index}`,
    event,
    sentences: [{article_id: sentence.article_id, sentence_index: sentence.index, outlet, origin: 0}],
    outlets: [outlet],
    outlet_count: 1,
    origins: 1,
    size: 1,
    verbatim: false,
    max_similarity: 0,
    copy_pairs: [],
    representative: sentence.text,
  };
}

/**
 * Independent origins: outlets joined by shared copy are one origin, and an outlet is one voice.
 * Returns an origin number per sentence, numbered in order of first appearance.
 * @example originGroups(["A", "B", "C"], [[0, 1]]) // [0, 0, 1]: A and B reprint one copy, C is independent
 */
export function originGroups(outlets: readonly string[], copyPairs: ReadonlyArray<readonly [number, number]>): number[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const outlet of outlets) if (!parent.has(outlet)) parent.set(outlet, outlet);
  for (const [a, b] of copyPairs) {
    const ra = find(outlets[a]);
    const rb = find(outlets[b]);
    if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
  const number = new Map<string, number>();
  return outlets.map((outlet) => {
    const r = find(outlet);
    if (!number.has(r)) number.set(r, number.size);
    return number.get(r)!;
  });
}

/** Four decimals: enough to compare, stable across platforms in JSON output. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
