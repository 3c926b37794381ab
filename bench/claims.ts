// One claim-clustering measurement in its own process (so its peak RSS is its own):
//   tsx bench/claims.ts <sentences> <fast|exact|recall>
// prints one JSON line. `fast` is the default large-event path (rare-feature index), `exact`
// compares every pair, `recall` checks the fast path's pairs against an exact reference.
import {readFileSync, readdirSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {claimGraph, claimsAt, DEFAULT_CLAIM_OPTIONS, type ClaimOptions} from "../src/analysis/claims/cluster.js";
import {tfidfVectors} from "../src/analysis/claims/vectors.js";
import {penalized} from "../src/analysis/claims/similarity.js";
import {indexedPairs} from "../src/analysis/claims/candidates.js";
import {clusterAt} from "../src/analysis/claims/linkage.js";
import {graphFromEdges} from "../src/analysis/claims/graph.js";
import {seedSentences, syntheticCorpus, type SyntheticCorpus} from "./synthetic.js";
import {bcubed} from "../test/claims/bcubed.js";

const SEED_DIR = fileURLToPath(new URL("../articles/shoigu-pyongyang-2023/", import.meta.url));

export function benchCorpus(size: number): SyntheticCorpus {
  const seeds = seedSentences(readdirSync(SEED_DIR).sort().map((f) => readFileSync(SEED_DIR + f, "utf8")));
  return syntheticCorpus(seeds, size, 20231126);
}

/** Options forcing one path: `exactLimit` decides which. */
function optionsFor(method: string): ClaimOptions {
  return {...DEFAULT_CLAIM_OPTIONS, exactLimit: method === "exact" ? Infinity : 0};
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function timed(corpus: SyntheticCorpus, method: string) {
  const options = optionsFor(method);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const graph = claimGraph(corpus.sentences, corpus.articles, options);
  const graphMs = performance.now() - start;
  const claims = claimsAt(graph, options.threshold);
  const totalMs = performance.now() - start;
  // Peak memory of the clustering itself, before the benchmark's own scoring below.
  const peakRss = Math.round(process.resourceUsage().maxRSS / 1024);
  const truth = corpus.truth.map(String);
  const label = new Map<string, string>();
  for (const c of claims) for (const r of c.sentences) label.set(`${r.article_id}:${r.sentence_index}`, c.id);
  const predicted = corpus.sentences.map((s) => label.get(`${s.article_id}:${s.index}`)!);
  // graph.sentences are sorted by article and index, as the corpus was generated: same order.
  return {
    graph_ms: Math.round(graphMs),
    cluster_ms: Math.round(totalMs - graphMs),
    total_ms: Math.round(totalMs),
    cpu_ms: Math.round(cpuMs(cpu)),
    edges: graph.a.length,
    claims: claims.length,
    f1_vs_synthetic_truth: round(bcubed(predicted, truth).f1),
    max_rss_mb: peakRss,
  };
}

/**
 * Recall of the fast path against exact pairs. Near-duplicates are pairs at or above the
 * verbatim threshold (0.5); recall at the clustering threshold (0.25) is reported too. The exact
 * reference is prefix filtering without a budget (exact by construction, and checked against
 * all pairs where those fit), and the clusterings of the two graphs are compared with B-cubed.
 */
function recall(corpus: SyntheticCorpus) {
  const o = DEFAULT_CLAIM_OPTIONS;
  const texts = corpus.sentences.map((s) => s.text);
  const {vectors} = tfidfVectors(texts, o, texts.map(() => "id"));
  const refine = (i: number, j: number, c: number) => penalized(vectors[i], vectors[j], c, o.namePenalty);
  const n = vectors.length;
  const fast = indexedPairs(vectors, o.largeEventFloor, refine, o.candidateMaxDf, o.candidateFeatures);
  const exactAt = (floor: number) => indexedPairs(vectors, floor, refine);
  const found = new Set(fast.map(([i, j]) => i * n + j));
  const share = (pairs: Array<[number, number, number]>) => (pairs.length === 0 ? 1 : pairs.filter(([i, j]) => found.has(i * n + j)).length / pairs.length);
  const near = exactAt(o.verbatimThreshold);
  const weak = exactAt(o.threshold);
  const result: Record<string, number> = {
    near_duplicate_pairs: near.length,
    recall_near_duplicates: round(share(near)),
    pairs_at_threshold: weak.length,
    recall_at_threshold: round(share(weak)),
  };
  // Same clustering either way? Cut both graphs at the default threshold and compare.
  const fastLabels = clusterAt(graphFromEdges(n, fast, o.largeEventFloor), o.threshold);
  const exactLabels = clusterAt(graphFromEdges(n, weak, o.threshold), o.threshold);
  result.bcubed_f1_fast_vs_exact_clusters = round(bcubed([...fastLabels].map(String), [...exactLabels].map(String)).f1);
  return result;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const [size, method] = [Number(process.argv[2]), process.argv[3] ?? "fast"];
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && size > 0) {
  const corpus = benchCorpus(size);
  const result = method === "recall" ? recall(corpus) : timed(corpus, method);
  const peak = "max_rss_mb" in result ? {} : {max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024)};
  console.log(JSON.stringify({sentences: corpus.sentences.length, method, ...peak, ...result}));
}
