import {test} from "node:test";
import assert from "node:assert/strict";
import {overlapMetrics} from "../../src/analysis/claims/outletMetrics.js";
import {outletPairs, strongestCopyPair} from "../../src/analysis/claims/outletPairs.js";
import type {ArticleRow, ClaimRow, SentenceRow} from "../../src/analysis/types.js";

function articleRow(id: string, outlet: string, event = "e"): ArticleRow {
  return {id, file: `${id}.md`, outlet, outlet_basis: "front_matter", event, language: "en", title: null, url: null, published: null, based_on: [], place: null, reprint_of: null, words: 10, sentence_count: 3};
}

/** A claim from (article, sentence, origin) triples; copy pairs by position. */
function claim(id: string, refs: Array<[string, number, number]>, copyPairs: Array<[number, number]> = []): ClaimRow {
  const outletOf: Record<string, string> = {a1: "A", b1: "B", c1: "C", d1: "D"};
  const sentences = refs.map(([article_id, sentence_index, origin]) => ({article_id, sentence_index, outlet: outletOf[article_id], origin}));
  const outlets = [...new Set(sentences.map((s) => s.outlet))].sort();
  return {id, event: "e", sentences, outlets, outlet_count: outlets.length, origins: new Set(refs.map((r) => r[2])).size, size: refs.length, verbatim: copyPairs.length > 0, max_similarity: 0, copy_pairs: copyPairs, representative: ""};
}

const articles = [articleRow("a1", "A"), articleRow("b1", "B"), articleRow("c1", "C"), articleRow("d1", "D")];
const sentences: SentenceRow[] = articles.flatMap((a) => [0, 1, 2].map((index) => ({article_id: a.id, index, paragraph: 0, text: "x", words: 1})));
// Claim 1: A, B, C; A and B reprint one wire sentence (one origin), C its own. Claim 2: A and B, same copy.
// Claim 3: A alone. Claim 4: D alone. Claim 5: B and C, independent.
const claims = [
  claim("e/a1:0", [["a1", 0, 0], ["b1", 0, 0], ["c1", 0, 1]], [[0, 1]]),
  claim("e/a1:1", [["a1", 1, 0], ["b1", 1, 0]], [[0, 1]]),
  claim("e/a1:2", [["a1", 2, 0]]),
  claim("e/d1:0", [["d1", 0, 0]]),
  claim("e/b1:2", [["b1", 2, 0], ["c1", 2, 1]]),
];
const tables = {articles, sentences, claims, attributions: [], quotes: [], hedges: []};

test("corroboration counts other outlets; independent corroboration counts origins", () => {
  const a = overlapMetrics(tables).get("A")!;
  assert.equal(a.claims, 3);
  assert.equal(a.corroborated_claims, 2);
  assert.equal(a.exclusive_claims, 1);
  assert.equal(a.independently_corroborated_claims, 1, "claim 2 is B reprinting the same copy: no independent corroboration");
  assert.equal(a.corroboration_rate, 2 / 3);
  assert.ok((a.corroboration_rate_low as number) < 2 / 3 && (a.corroboration_rate_high as number) > 2 / 3);
  assert.equal(a.shared_copy_sentences, 2);
  assert.equal(a.claim_sentences, 3);
  const d = overlapMetrics(tables).get("D")!;
  assert.equal(d.corroboration_rate, 0);
  assert.equal(d.consensus_claims, 0);
});

test("the consensus core is claims in at least k outlets", () => {
  assert.equal(overlapMetrics(tables).get("C")!.consensus_claims, 1);
  assert.equal(overlapMetrics(tables, {consensusOutlets: 2}).get("C")!.consensus_claims, 2);
});

test("metrics work on a subset: without C's article, claim 5 is B's alone", () => {
  const subset = {...tables, articles: articles.filter((x) => x.outlet !== "C")};
  const b = overlapMetrics(subset).get("B")!;
  assert.equal(b.claims, 3);
  assert.equal(b.exclusive_claims, 1);
  assert.equal(b.independently_corroborated_claims, 0, "only A's reprints are left beside B");
  assert.equal(overlapMetrics(subset).has("C"), false);
});

test("an outlet with no claims gets null rates, not a division by zero", () => {
  const alone = overlapMetrics({...tables, claims: []}).get("A")!;
  assert.equal(alone.claims, 0);
  assert.equal(alone.corroboration_rate, null);
  assert.equal(alone.corroboration_rate_low, null);
});

test("outlet pairs: Jaccard, containment both ways and shared copy", () => {
  const pairs = outletPairs(tables);
  assert.equal(pairs.length, 6, "every pair of the four outlets");
  const ab = pairs.find((p) => p.outlet_a === "A" && p.outlet_b === "B")!;
  assert.equal(ab.shared_claims, 2);
  assert.equal(ab.jaccard, 2 / 4);
  assert.ok(Math.abs(ab.containment_a_in_b! - 2 / 3) < 1e-4, "rounded to four decimals");
  assert.ok(Math.abs(ab.containment_b_in_a! - 2 / 3) < 1e-4);
  assert.equal(ab.verbatim_pairs, 2);
  assert.equal(ab.shared_copy_sentences, 4);
  assert.ok(Math.abs(ab.shared_copy_share! - 4 / 6) < 1e-4);
  const ad = pairs.find((p) => p.outlet_a === "A" && p.outlet_b === "D")!;
  assert.equal(ad.jaccard, 0);
  assert.equal(strongestCopyPair(tables)?.outlet_b, "B");
});
