import {test} from "node:test";
import assert from "node:assert/strict";
import {hedgingMetrics} from "../../src/analysis/hedging/outletMetrics.js";
import {wilson} from "../../src/analysis/stats/wilson.js";
import {poissonRate} from "../../src/analysis/hedging/rateInterval.js";
import type {ArticleRow, AttributionRow, HedgeRow, SentenceRow} from "../../src/analysis/types.js";

function article(id: string, outlet: string): ArticleRow {
  return {id, file: `${id}.md`, outlet, outlet_basis: "front_matter", event: "e", language: "id", title: null, url: null, published: null, based_on: [], place: null, reprint_of: null, words: 0, sentence_count: 0};
}
function sentence(article_id: string, index: number, words = 10): SentenceRow {
  return {article_id, index, paragraph: 0, text: "x", words};
}
function cue(article_id: string, sentence_index: number, kind: "hedge" | "booster" = "hedge"): HedgeRow {
  return {article_id, sentence_index, cue: kind === "hedge" ? "mungkin" : "jelas", kind, type: "other", language: "id", start: 0, end: 1, text: "x", voice: "outlet"};
}
function stateMedia(article_id: string, sentence_index: number): AttributionRow {
  return {article_id, sentence_index, source: "KCNA", category: "state_media", cue: "kata", direct_quote: false};
}

// Outlet A: two articles, 6 sentences of 50 words; hedges in sentences a1/0 (twice), a1/2, a2/1;
// one booster; state media attributed in a1/0, a1/1, a2/0 (one of them hedged).
const tables = {
  articles: [article("a1", "A"), article("a2", "A"), article("b1", "B")],
  sentences: [sentence("a1", 0, 50), sentence("a1", 1, 50), sentence("a1", 2, 50), sentence("a2", 0, 50), sentence("a2", 1, 50), sentence("a2", 2, 50), sentence("b1", 0, 40)],
  attributions: [stateMedia("a1", 0), stateMedia("a1", 0), stateMedia("a1", 1), stateMedia("a2", 0), {...stateMedia("a2", 2), category: "analyst" as const}],
  hedges: [cue("a1", 0), cue("a1", 0), cue("a1", 2), cue("a2", 1), cue("a2", 2, "booster")],
};

test("rates, shares and the state-media split are counted from the rows given", () => {
  const a = hedgingMetrics(tables).get("A")!;
  assert.equal(a.words_scanned, 300);
  assert.equal(a.sentences_scanned, 6);
  assert.equal(a.hedge_count, 4);
  assert.equal(a.booster_count, 1);
  const rate = poissonRate(4, 300, 1000);
  assert.equal(a.hedges_per_1000_words, rate.value);
  assert.equal(a.hedges_per_1000_words_low, rate.low);
  assert.equal(a.hedges_per_1000_words_high, rate.high);
  assert.ok(Math.abs((a.boosters_per_1000_words as number) - 1000 / 300) < 1e-9);
  // Three distinct sentences carry a hedge: the two cues in a1/0 count once.
  assert.equal(a.hedged_sentences, 3);
  assert.equal(a.hedged_sentence_share, 0.5);
  assert.equal(a.hedged_sentence_share_low, wilson(3, 6).low);
  // Sentences with a state-media attribution: a1/0 (hedged, attributed twice), a1/1, a2/0.
  assert.equal(a.state_media_sentences, 3);
  assert.equal(a.state_media_hedged_sentences, 1);
  assert.equal(a.hedged_share_state_media, 1 / 3);
  // Elsewhere: a1/2 (hedged), a2/1 (hedged), a2/2 (analyst, booster only).
  assert.equal(a.elsewhere_sentences, 3);
  assert.equal(a.elsewhere_hedged_sentences, 2);
  assert.equal(a.hedged_share_elsewhere, 2 / 3);
  assert.ok(Math.abs((a.state_media_hedging_gap as number) - (1 / 3 - 2 / 3)) < 1e-12);
  assert.ok((a.state_media_hedging_gap_low as number) < (a.state_media_hedging_gap as number));
  assert.ok((a.state_media_hedging_gap_high as number) > (a.state_media_hedging_gap as number));
});

test("an outlet with no hedges gets zero rates with a real upper bound, and null shares where nothing can be counted", () => {
  const b = hedgingMetrics(tables).get("B")!;
  assert.equal(b.hedge_count, 0);
  assert.equal(b.hedges_per_1000_words, 0);
  assert.equal(b.hedges_per_1000_words_low, 0);
  assert.ok((b.hedges_per_1000_words_high as number) > 50);
  assert.equal(b.state_media_sentences, 0);
  assert.equal(b.hedged_share_state_media, null);
  assert.equal(b.hedged_share_state_media_low, null);
  assert.equal(b.state_media_hedging_gap, null);
});

test("works on any subset: a filtered sentence table drops its cues too", () => {
  const subset = {...tables, sentences: tables.sentences.filter((s) => s.article_id !== "a1")};
  const a = hedgingMetrics(subset).get("A")!;
  assert.equal(a.words_scanned, 150);
  assert.equal(a.hedge_count, 1);
  assert.equal(a.hedged_sentences, 1);
  assert.equal(a.state_media_sentences, 1);
  // Without articles an outlet cannot be named, so nothing is reported.
  assert.equal(hedgingMetrics({...tables, articles: []}).size, 0);
});

test("every column is a flat number or null, and the map is ordered by outlet", () => {
  const metrics = hedgingMetrics(tables);
  assert.deepEqual([...metrics.keys()], ["A", "B"]);
  for (const columns of metrics.values()) {
    for (const [name, value] of Object.entries(columns)) {
      assert.match(name, /^[a-z0-9_]+$/);
      assert.ok(value === null || typeof value === "number", name);
    }
  }
});

test("without attribution rows every sentence counts as elsewhere", () => {
  const a = hedgingMetrics({...tables, attributions: []}).get("A")!;
  assert.equal(a.state_media_sentences, 0);
  assert.equal(a.elsewhere_sentences, 6);
  assert.equal(a.hedged_share_elsewhere, 0.5);
});

test("a meta mention of state media (counts: false) does not make a sentence state-media-attributed", () => {
  const withMeta = {...tables, attributions: [...tables.attributions, {...stateMedia("a1", 2), counts: false}]};
  const a = hedgingMetrics(withMeta).get("A")!;
  assert.equal(a.state_media_sentences, 3);
  const counted = {...tables, attributions: [...tables.attributions, stateMedia("a1", 2)]};
  assert.equal(hedgingMetrics(counted).get("A")!.state_media_sentences, 4);
});
