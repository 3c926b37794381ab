import {test} from "node:test";
import assert from "node:assert/strict";
import {seedTables, tablesFor} from "../eval/corpus.js";
import {claimGraph, claimsAt, clusterClaims, DEFAULT_CLAIM_OPTIONS} from "../../src/analysis/claims/cluster.js";
import {strongestCopyPair} from "../../src/analysis/claims/outletPairs.js";
import type {ClaimRow, Tables} from "../../src/analysis/types.js";
import {referenceClaimOptions} from "./settings.js";
import {article, FLOOD} from "./fixtures.js";

const seeds = await seedTables({claims: referenceClaimOptions()});

function claimWith(tables: Tables, articlePrefix: string, snippet: string): ClaimRow {
  const sentence = tables.sentences.find((s) => s.article_id.startsWith(articlePrefix) && s.text.includes(snippet));
  assert.ok(sentence, `no sentence ${articlePrefix} "${snippet}"`);
  const claim = tables.claims.find((c) => c.sentences.some((r) => r.article_id === sentence.article_id && r.sentence_index === sentence.index));
  assert.ok(claim, `sentence ${articlePrefix} "${snippet}" is in no claim`);
  return claim;
}

function assertPartition(tables: Tables): void {
  const seen = new Map<string, string>();
  for (const claim of tables.claims) {
    for (const ref of claim.sentences) {
      const key = `${ref.article_id}:${ref.sentence_index}`;
      assert.ok(!seen.has(key), `${key} is in ${seen.get(key)} and ${claim.id}`);
      seen.set(key, claim.id);
    }
  }
  assert.equal(seen.size, tables.sentences.length, "every body sentence is in exactly one claim");
}

test("seeds: every body sentence is in exactly one claim, and claims stay within one event", () => {
  assertPartition(seeds);
  const eventOf = new Map(seeds.articles.map((a) => [a.id, a.event]));
  for (const claim of seeds.claims) for (const ref of claim.sentences) assert.equal(eventOf.get(ref.article_id), claim.event);
});

test("seeds: Putin's letter is one claim reported by all five outlets", () => {
  const putin = claimWith(seeds, "000", "surat dari Presiden Rusia Vladimir Putin");
  assert.equal(putin.outlet_count, 5);
  assert.deepEqual([...new Set(putin.sentences.map((r) => r.article_id))], ["000", "001", "002", "003", "004"]);
});

test("seeds: Xi Jinping's letter is a different claim from Putin's", () => {
  const putin = claimWith(seeds, "000", "surat dari Presiden Rusia Vladimir Putin");
  const xi002 = claimWith(seeds, "002", "Presiden Tiongkok Xi Jinping");
  const xi003 = claimWith(seeds, "003", "Presiden China Xi Jinping");
  assert.notEqual(xi002.id, putin.id);
  assert.notEqual(xi003.id, putin.id);
});

test("seeds: 003 and 004 are the strongest shared-copy pair (most shared-copy sentence pairs)", () => {
  const outletOf = (id: string) => seeds.articles.find((a) => a.id === id)!.outlet;
  const strongest = strongestCopyPair(seeds)!;
  assert.deepEqual([strongest.outlet_a, strongest.outlet_b].sort(), [outletOf("003"), outletOf("004")].sort());
  const others = seeds.outlet_pairs.filter((p) => p.outlet_a !== strongest.outlet_a || p.outlet_b !== strongest.outlet_b);
  assert.ok(others.every((p) => p.verbatim_pairs < strongest.verbatim_pairs), "strictly more shared-copy pairs than any other pair");
});

test("a new event: paraphrases across outlets join, different holders of one title do not", () => {
  const tables = tablesFor(FLOOD, {claims: referenceClaimOptions()});
  assertPartition(tables);
  const flood = claimWith(tables, "f3", "Our reporter in Valmora");
  assert.deepEqual(flood.outlets, ["Daily Post", "Evening Star", "Harbour Radio"]);
  const lopez = claimWith(tables, "f1", "Governor Maria Lopez");
  assert.equal(claimWith(tables, "f3", "Governor Maria Lopez").id, lopez.id);
  assert.notEqual(claimWith(tables, "f4", "Governor Peter Hall").id, lopez.id);
  const exclusive = claimWith(tables, "f3", "Farmers fear");
  assert.deepEqual(exclusive.outlets, ["Harbour Radio"]);
});

test("a wire story reprinted by two outlets is one origin: they corroborate once", () => {
  const tables = tablesFor(FLOOD, {claims: referenceClaimOptions()});
  const rescue = claimWith(tables, "f1", "Rescue teams");
  assert.deepEqual(rescue.outlets, ["Daily Post", "Evening Star"]);
  assert.equal(rescue.verbatim, true);
  assert.equal(rescue.origins, 1, "two reprints of one wire sentence are one origin");
  const flood = claimWith(tables, "f1", "The river burst");
  assert.equal(flood.outlet_count, 3);
  assert.equal(flood.origins, 2, "the reprints count once, the radio's own report once");
  const radio = flood.sentences.find((s) => s.outlet === "Harbour Radio")!;
  const post = flood.sentences.find((s) => s.outlet === "Daily Post")!;
  const star = flood.sentences.find((s) => s.outlet === "Evening Star")!;
  assert.equal(post.origin, star.origin);
  assert.notEqual(radio.origin, post.origin);
});

test("identical sentences in two events never share a claim", () => {
  const body = "The committee approved the budget of 12 million on Friday.";
  const tables = tablesFor([article("e1", "A", "event-one", body), article("e2", "B", "event-two", body)]);
  assert.equal(tables.claims.length, 2);
  assert.deepEqual(tables.claims.map((c) => c.event), ["event-one", "event-two"]);
});

test("the same corpus gives byte-identical claims, whatever order the sentences come in", () => {
  const tables = tablesFor(FLOOD, {claims: referenceClaimOptions()});
  const again = tablesFor([...FLOOD].reverse(), {claims: referenceClaimOptions()});
  assert.equal(JSON.stringify(again.claims), JSON.stringify(tables.claims));
  const shuffled = clusterClaims([...tables.sentences].reverse(), [...tables.articles].reverse(), referenceClaimOptions());
  assert.equal(JSON.stringify(shuffled), JSON.stringify(tables.claims));
});

test("cutting a prebuilt graph equals clustering from scratch at that threshold (the slider path)", () => {
  const options = referenceClaimOptions();
  const graph = claimGraph(seeds.sentences, seeds.articles, options);
  for (const threshold of [0.15, 0.25, 0.4, 0.7]) {
    const fromScratch = clusterClaims(seeds.sentences, seeds.articles, {...options, threshold});
    assert.deepEqual(claimsAt(graph, threshold), fromScratch);
  }
  // A higher threshold never makes claims bigger: fewer multi-sentence claims at 0.7 than at 0.25.
  const multi = (t: number) => claimsAt(graph, t).filter((c) => c.size > 1).length;
  assert.ok(multi(0.7) < multi(0.25));
});

test("the default options are documented values and the claim ids name event and first sentence", () => {
  assert.equal(DEFAULT_CLAIM_OPTIONS.threshold, 0.25);
  const first = seeds.claims[0];
  assert.match(first.id, /^shoigu-pyongyang-2023\/000:0$/);
  assert.equal(new Set(seeds.claims.map((c) => c.id)).size, seeds.claims.length);
});
