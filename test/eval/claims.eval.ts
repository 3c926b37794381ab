// Claim clustering against the hand-made gold (test/gold/claims.json): B-cubed precision, recall
// and F1 at the default threshold, a sweep of thresholds, and the issue-5 checks on the seeds.
import {readFileSync} from "node:fs";
import type {EvalResult} from "./index.js";
import {seedTables} from "./corpus.js";
import {resolveAnchor, type SentenceAnchor} from "./anchor.js";
import {claimGraph, claimsAt, DEFAULT_CLAIM_OPTIONS, type ClaimOptions} from "../../src/analysis/claims/cluster.js";
import {strongestCopyPair} from "../../src/analysis/claims/outletPairs.js";
import type {ClaimRow, Tables} from "../../src/analysis/types.js";
import {bcubed} from "../claims/bcubed.js";
import {referenceClaimOptions} from "../claims/settings.js";

interface Gold {
  event: string;
  clusters: Array<{claim: string; sentences: SentenceAnchor[]}>;
}

const gold = JSON.parse(readFileSync(new URL("../gold/claims.json", import.meta.url), "utf8")) as Gold;
const SWEEP = [0.1, 0.15, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];
const f = (x: number) => x.toFixed(3);

/** Gold and predicted labels for the gold event's sentences; sentences the gold does not list are singletons. */
function labels(tables: Tables, claims: ClaimRow[]): {predicted: string[]; truth: string[]} {
  const eventOf = new Map(tables.articles.map((a) => [a.id, a.event]));
  const sentences = tables.sentences.filter((s) => eventOf.get(s.article_id) === gold.event);
  const key = (articleId: string, index: number) => `${articleId}:${index}`;
  const goldOf = new Map<string, string>();
  gold.clusters.forEach((cluster, k) => {
    for (const anchor of cluster.sentences) {
      const s = resolveAnchor(sentences, anchor);
      goldOf.set(key(s.article_id, s.index), `gold${k}`);
    }
  });
  const claimOf = new Map<string, string>();
  for (const claim of claims) for (const ref of claim.sentences) claimOf.set(key(ref.article_id, ref.sentence_index), claim.id);
  return {
    predicted: sentences.map((s) => claimOf.get(key(s.article_id, s.index)) ?? "missing"),
    truth: sentences.map((s) => goldOf.get(key(s.article_id, s.index)) ?? `alone:${key(s.article_id, s.index)}`),
  };
}

function score(tables: Tables, claims: ClaimRow[]) {
  const {predicted, truth} = labels(tables, claims);
  return bcubed(predicted, truth);
}

export async function run(): Promise<EvalResult> {
  const missed: string[] = [];
  const options: ClaimOptions = referenceClaimOptions();
  const tables = await seedTables({claims: options});
  const atDefault = score(tables, tables.claims);
  console.log(`gold: ${gold.clusters.length} multi-sentence claims, ${tables.sentences.length} sentences (unlisted sentences are single claims)`);
  console.log(`B-cubed at the default threshold ${options.threshold} (with src/reference/claim-terms.json):  P ${f(atDefault.precision)}  R ${f(atDefault.recall)}  F1 ${f(atDefault.f1)}`);
  if (atDefault.f1 < 0.85) missed.push(`B-cubed F1 ${f(atDefault.f1)} < 0.85 at the default threshold`);
  const bare = await seedTables({claims: DEFAULT_CLAIM_OPTIONS});
  const bareScore = score(bare, bare.claims);
  console.log(`B-cubed without the reference terms (built-in defaults only):          P ${f(bareScore.precision)}  R ${f(bareScore.recall)}  F1 ${f(bareScore.f1)}`);

  console.log("threshold sweep (one graph, cut at each threshold):");
  const graph = claimGraph(tables.sentences, tables.articles, options);
  for (const threshold of SWEEP) {
    const claims = claimsAt(graph, threshold);
    const s = score(tables, claims);
    const multi = claims.filter((c) => c.outlet_count > 1).length;
    console.log(`  ${threshold.toFixed(2).padStart(5)}  P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  claims ${String(claims.length).padStart(3)}  multi-outlet ${multi}`);
  }

  const claimOfText = (prefix: string, snippet: string) => {
    const s = tables.sentences.find((x) => x.article_id.startsWith(prefix) && x.text.includes(snippet))!;
    return tables.claims.find((c) => c.sentences.some((r) => r.article_id === s.article_id && r.sentence_index === s.index))!;
  };
  const putin = claimOfText("000", "surat dari Presiden Rusia Vladimir Putin");
  const xi = [claimOfText("002", "Xi Jinping"), claimOfText("003", "Xi Jinping")];
  console.log(`Putin's letter: ${putin.outlet_count} outlets, ${putin.origins} independent origin(s); Xi's letter in the same claim: ${xi.some((c) => c.id === putin.id)}`);
  if (putin.outlet_count !== 5) missed.push(`Putin's letter joins ${putin.outlet_count} outlets, not 5`);
  if (xi.some((c) => c.id === putin.id)) missed.push("Xi's letter is clustered with Putin's");
  const pairs = [...tables.outlet_pairs].sort((a, b) => b.verbatim_pairs - a.verbatim_pairs || (b.shared_copy_share ?? 0) - (a.shared_copy_share ?? 0));
  console.log("shared copy by outlet pair (verbatim pairs, share of their sentences):");
  for (const p of pairs.slice(0, 4)) console.log(`  ${p.outlet_a} – ${p.outlet_b}: ${p.verbatim_pairs} pairs, share ${f(p.shared_copy_share ?? 0)}, claim Jaccard ${f(p.jaccard ?? 0)}`);
  const strongest = strongestCopyPair(tables);
  const outlet = (id: string) => tables.articles.find((a) => a.id === id)?.outlet;
  if (!strongest || [strongest.outlet_a, strongest.outlet_b].sort().join() !== [outlet("003"), outlet("004")].sort().join()) missed.push("003–004 is not the strongest shared-copy pair");
  return {name: "claims", missed};
}
