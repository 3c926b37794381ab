// Claim clusters: every body sentence in exactly one claim, within its event. A claim is one
// statement reported by one or more outlets. The costly part (vectors and the similarity graph)
// is built once by `claimGraph`; `claimsAt` cuts it at any threshold, cheaply, for a slider.
import type {ArticleRow, ClaimRow, SentenceRow} from "../types.js";
import {DEFAULT_VECTOR_OPTIONS, tfidfVectors, type VectorOptions} from "./vectors.js";
import {claimSimilarity, penalized} from "./similarity.js";
import {indexedPairs} from "./candidates.js";
import {graphFromEdges, type SimilarityGraph} from "./graph.js";
import {clusterAt} from "./linkage.js";
import {claimRows} from "./rows.js";

export interface ClaimOptions extends VectorOptions {
  /** Average-link cut: a claim's sentences are at least this similar on average. */
  threshold: number;
  /** Similarity factor lost when two sentences name different holders of one title (Putin's letter, Xi's letter). */
  namePenalty: number;
  /** Two sentences of different outlets in one claim at least this similar are shared copy (near-verbatim or lightly edited). */
  verbatimThreshold: number;
  /** Pairs below this similarity are left out of the graph; a cut below it behaves as at it. */
  minSimilarity: number;
  /** Events with at most this many sentences compare every pair; larger ones use the prefix-filtered index. */
  exactLimit: number;
  /** Large events: rare features indexed per sentence, and the most sentences an indexed feature may be in (candidates.ts). */
  candidateFeatures: number;
  candidateMaxDf: number;
  /** Large events keep only pairs at or above this (weak pairs are most pairs there); a cut below it behaves as at it. */
  largeEventFloor: number;
}

/**
 * Defaults chosen on the seed gold (test/gold/claims.json; `npm run eval` prints the sweep):
 * B-cubed F1 stays at or above 0.85 from 0.22 to 0.28 and peaks at 0.25 (0.879). `variants` and
 * `stopwords` are empty here: load them from src/reference/claim-terms.json (see docs/claims.md).
 */
export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  ...DEFAULT_VECTOR_OPTIONS,
  threshold: 0.25,
  namePenalty: 0.75,
  verbatimThreshold: 0.5,
  minSimilarity: 0.1,
  exactLimit: 1500,
  candidateFeatures: 12,
  candidateMaxDf: 50,
  largeEventFloor: 0.25,
};

/** The sentence similarity graph of a corpus with what a claim row needs to know of each node. */
export interface ClaimGraph extends SimilarityGraph {
  /** Nodes in order: by event, article id, sentence index. */
  sentences: SentenceRow[];
  events: string[];
  outlets: string[];
  verbatimThreshold: number;
}

/**
 * Build the similarity graph: vectors per event, then the pairs of sentences of the same event
 * at or above `minSimilarity`: all pairs for events up to `exactLimit` sentences; for larger ones
 * the candidates of a rare-feature index (candidates.ts), kept at or above `largeEventFloor`.
 * @example const graph = claimGraph(tables.sentences, tables.articles); claimsAt(graph, 0.3)
 */
export function claimGraph(sentences: readonly SentenceRow[], articles: readonly ArticleRow[], options: Partial<ClaimOptions> = {}): ClaimGraph {
  const o = {...DEFAULT_CLAIM_OPTIONS, ...options};
  const byId = new Map(articles.map((a) => [a.id, a]));
  const nodes = sentences.filter((s) => byId.has(s.article_id));
  const eventOf = (s: SentenceRow) => byId.get(s.article_id)!.event;
  nodes.sort((x, y) => compare(eventOf(x), eventOf(y)) || compare(x.article_id, y.article_id) || x.index - y.index);
  const events = nodes.map(eventOf);
  const edges: Array<[number, number, number]> = [];
  let floor = o.minSimilarity;
  for (let start = 0; start < nodes.length; ) {
    let end = start;
    while (end < nodes.length && events[end] === events[start]) end++;
    const group = nodes.slice(start, end);
    const {vectors} = tfidfVectors(group.map((s) => s.text), o, group.map((s) => byId.get(s.article_id)!.language));
    const similarity = (i: number, j: number) => claimSimilarity(vectors[i], vectors[j], o.namePenalty);
    const exact = group.length <= o.exactLimit;
    const pairs = exact ? allPairs(group.length, o.minSimilarity, similarity) : indexedPairs(vectors, Math.max(o.minSimilarity, o.largeEventFloor), (i, j, c) => penalized(vectors[i], vectors[j], c, o.namePenalty), o.candidateMaxDf, o.candidateFeatures);
    if (!exact) floor = Math.max(floor, o.largeEventFloor);
    for (const [i, j, s] of pairs) edges.push([start + i, start + j, s]);
    start = end;
  }
  // The floor of a graph is the highest of its events' floors: below it some edges are missing.
  const graph = {...graphFromEdges(nodes.length, edges, o.minSimilarity), floor};
  return {...graph, sentences: nodes, events, outlets: nodes.map((s) => byId.get(s.article_id)!.outlet), verbatimThreshold: o.verbatimThreshold};
}

/**
 * Every pair (i < j) of `n` items whose similarity reaches `floor`: the exact, quadratic method.
 * @example allPairs(3, 0.5, (i, j) => (i + j === 1 ? 0.9 : 0)) // [[0, 1, 0.9]]
 */
export function allPairs(n: number, floor: number, similarity: (i: number, j: number) => number): Array<[number, number, number]> {
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = similarity(i, j);
      if (s >= floor) pairs.push([i, j, s]);
    }
  }
  return pairs;
}

/**
 * The claims of a graph cut at `threshold` (cheap: no text is read again).
 * @example claimsAt(claimGraph(sentences, articles), 0.4) // fewer, tighter multi-outlet claims than at 0.25
 */
export function claimsAt(graph: ClaimGraph, threshold: number): ClaimRow[] {
  return claimRows(graph, clusterAt(graph, threshold));
}

/**
 * Partition body sentences into cross-outlet claim clusters, within each event.
 * @example clusterClaims(tables.sentences, tables.articles, DEFAULT_CLAIM_OPTIONS) // one row per claim
 */
export function clusterClaims(sentences: SentenceRow[], articles: ArticleRow[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): ClaimRow[] {
  return claimsAt(claimGraph(sentences, articles, options), options.threshold);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The reference data of src/reference/claim-terms.json. */
export interface ClaimTermsReference {
  variants: Record<string, string>;
  stopwords: string[];
}

/**
 * Options with the variants and stopwords of a reference file (read on the Node side or with
 * FileAttachment in a page, then passed in here).
 * @example withClaimTerms(DEFAULT_CLAIM_OPTIONS, readReference("claim-terms.json")).variants.tiongkok // "china"
 */
export function withClaimTerms(options: ClaimOptions, reference: ClaimTermsReference): ClaimOptions {
  return {...options, variants: reference.variants, stopwords: reference.stopwords};
}
