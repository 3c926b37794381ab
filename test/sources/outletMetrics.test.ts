import {test} from "node:test";
import assert from "node:assert/strict";
import {sourcingMetrics} from "../../src/analysis/sources/outletMetrics.js";
import type {AnalysisTables} from "../../src/analysis/outlets.js";
import type {ArticleRow, AttributionRow, QuoteRow, SentenceRow, SourceCategory} from "../../src/analysis/types.js";
import {wilson} from "../../src/analysis/stats/wilson.js";

const articleRow = (id: string, outlet: string): ArticleRow => ({id, file: `${id}.txt`, outlet, outlet_basis: "front_matter", event: "e", language: "id", title: null, url: null, published: null, based_on: [], place: null, reprint_of: null, words: 0, sentence_count: 0});
const sentences = (id: string, n: number): SentenceRow[] => Array.from({length: n}, (_, index) => ({article_id: id, index, paragraph: index, text: "x", words: 1}));
const attribution = (article_id: string, sentence_index: number, source: string, category: SourceCategory, counts = true): AttributionRow => ({article_id, sentence_index, source, category, cue: "kata", direct_quote: false, counts});
const quote = (article_id: string, sentence_index: number, speaker: string, category: SourceCategory, quote_id: string, named = true): QuoteRow => ({article_id, sentence_index, speaker, category, affiliation: null, direct: true, named, quote_id});

// Outlet A: 10 sentences. Sentence 0 rests on KCNA and an analyst, 1 on KCNA, 2 on an anonymous
// source, 3 only on a meta mention (not counted). Outlet B: 4 sentences, none attributed.
const tables: AnalysisTables = {
  articles: [articleRow("a1", "A"), articleRow("b1", "B")],
  sentences: [...sentences("a1", 10), ...sentences("b1", 4)],
  attributions: [
    attribution("a1", 0, "KCNA", "state_media"),
    attribution("a1", 0, "Ana Putri", "analyst"),
    attribution("a1", 1, "KCNA", "state_media"),
    attribution("a1", 2, "unnamed sources", "anonymous"),
    attribution("a1", 3, "Xinhua", "state_media", false),
  ],
  quotes: [quote("a1", 0, "Ana Putri", "analyst", "q1"), quote("a1", 1, "Ana Putri", "analyst", "q1"), quote("a1", 2, "unnamed analysts", "analyst", "q2", false)],
  hedges: [],
  claims: [],
};

test("proportions follow the documented formulas, with Wilson intervals and their counts", () => {
  const a = sourcingMetrics(tables).get("A")!;
  assert.equal(a.attributed_sentences, 3);
  assert.equal(a.attributed_share, 0.3); // 3 of 10 sentences
  const w = wilson(3, 10);
  assert.equal(a.attributed_share_low, Math.round(w.low! * 1e6) / 1e6);
  assert.equal(a.attributed_share_high, Math.round(w.high! * 1e6) / 1e6);
  assert.equal(a.state_media_sentences, 2);
  assert.equal(a.state_media_dependence, Math.round((2 / 3) * 1e6) / 1e6); // of attributed sentences
  assert.equal(a.independent_sentences, 1); // the analyst in sentence 0
  assert.equal(a.anonymous_share, Math.round((1 / 3) * 1e6) / 1e6);
  assert.equal(a.attributions, 4, "the meta mention is not sourcing");
  assert.equal(a.attributions_state_media, 2);
  assert.equal(a.share_state_media, 0.5); // 2 of 4 attributions
  assert.equal(a.share_government, 0);
  assert.equal(a.distinct_sources, 3);
  assert.equal(a.quotes, 2, "a quote spanning two sentences counts once");
  assert.equal(a.named_analyst_quotes, 1, "an unnamed analyst's quote is not a named-analyst quote");
});

test("an outlet with nothing attributed gets zeros and null proportions, not NaN", () => {
  const b = sourcingMetrics(tables).get("B")!;
  assert.equal(b.attributed_share, 0);
  assert.equal(b.state_media_dependence, null);
  assert.equal(b.state_media_dependence_low, null);
  assert.equal(b.distinct_sources, 0);
  for (const value of Object.values(b)) assert.ok(value === null || Number.isFinite(value));
});

test("works on any subset of the tables: filtering to one outlet gives that outlet's same numbers", () => {
  const onlyA: AnalysisTables = {...tables, articles: tables.articles.filter((a) => a.outlet === "A"), sentences: tables.sentences.filter((s) => s.article_id === "a1")};
  const metrics = sourcingMetrics(onlyA);
  assert.deepEqual([...metrics.keys()], ["A"]);
  assert.deepEqual(metrics.get("A"), sourcingMetrics(tables).get("A"));
  // Rows of articles outside the subset are ignored rather than misassigned.
  assert.deepEqual(sourcingMetrics({...tables, articles: [], sentences: []}), new Map());
});

test("every column is a flat number or null (CSV-friendly)", () => {
  for (const columns of sourcingMetrics(tables).values()) {
    for (const [name, value] of Object.entries(columns)) {
      assert.match(name, /^[a-z_]+$/);
      assert.ok(value === null || typeof value === "number", name);
    }
  }
});

test("a sentence resting on KCNA via Reuters is state-media dependent, cites independent media, and counts as relayed", () => {
  const relayed: AnalysisTables = {
    ...tables,
    attributions: [
      {...attribution("b1", 0, "Reuters", "independent_media"), relay: true},
      {...attribution("b1", 0, "KCNA", "state_media"), via: "Reuters"},
      attribution("b1", 1, "KCNA", "state_media"),
      {...attribution("b1", 2, "Kim Jong Un", "government"), via: "KCNA"},
      {...attribution("b1", 2, "KCNA", "state_media"), relay: true},
    ],
  };
  const b = sourcingMetrics(relayed).get("B")!;
  assert.equal(b.state_media_sentences, 3);
  assert.equal(b.independent_sentences, 1, "the wire that relayed KCNA is still an independent source of the sentence");
  assert.equal(b.relayed_sentences, 2);
  assert.equal(b.relayed_share, Math.round((2 / 3) * 1e6) / 1e6);
  // Only sentence 0 reached state media second-hand; in sentence 2 KCNA itself is the relay.
  assert.equal(b.state_media_relayed_sentences, 1);
  assert.equal(b.state_media_relayed_share, Math.round((1 / 3) * 1e6) / 1e6);
  assert.equal(sourcingMetrics(tables).get("A")!.relayed_sentences, 0);
});
