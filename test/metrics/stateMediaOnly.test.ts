// The notebook's example metric (src/notebook.md): the share of attributed sentences resting only
// on state media. Checked on hand-made rows with known answers, and on the default corpus against
// the outlet table's own counts; test/browser.test.ts checks the page shows these same figures.
import {test} from "node:test";
import assert from "node:assert/strict";
import {attributedSentences, outletShare, stateMediaOnly} from "../../src/analysis/metrics/stateMediaOnly.js";
import {wilson} from "../../src/analysis/stats/wilson.js";
import {analyzeFolder} from "../../data-loaders/analyzeFolder.js";
import {eventsOf, forEvent} from "../../src/analysis/select.js";
import type {ArticleRow, AttributionRow, SourceCategory} from "../../src/analysis/types.js";

const article = (id: string, outlet: string): ArticleRow => ({id, file: `${id}.txt`, outlet, outlet_basis: "front_matter", event: "e", language: "id", title: null, url: null, published: null, based_on: [], place: null, reprint_of: null, words: 0, sentence_count: 0});
const attribution = (article_id: string, sentence_index: number, category: SourceCategory, counts = true): AttributionRow => ({article_id, sentence_index, source: category, category, cue: "kata", direct_quote: false, counts});

// Outlet A: sentence 0 only KCNA (twice), 1 KCNA and a government, 2 an analyst, 3 only a meta
// mention (not attributed). Outlet B: sentence 0 only state media. Outlet C: nothing attributed.
const tables = {
  articles: [article("a1", "A"), article("a2", "A"), article("b1", "B"), article("c1", "C")],
  attributions: [
    attribution("a1", 0, "state_media"), attribution("a1", 0, "state_media"),
    attribution("a1", 1, "state_media"), attribution("a1", 1, "government"),
    attribution("a2", 2, "analyst"),
    attribution("a2", 3, "state_media", false),
    attribution("b1", 0, "state_media"),
  ],
};

test("one sentence resting only on state media of A's three attributed sentences; B one of one; C none to count", () => {
  assert.deepEqual(stateMediaOnly(tables), [
    {outlet: "A", sentences: 3, counted: 1, ...pick(wilson(1, 3))},
    {outlet: "B", sentences: 1, counted: 1, ...pick(wilson(1, 1))},
    {outlet: "C", sentences: 0, counted: 0, value: null, low: null, high: null},
  ]);
});

test("attributedSentences has one row per attributed sentence, with its outlet and counts per category", () => {
  const rows = attributedSentences(tables).objects() as Record<string, unknown>[];
  assert.deepEqual(rows.map((r) => [r.article_id, r.sentence_index, r.outlet, r.attributions, r.state_media, r.government]), [
    ["a1", 0, "A", 2, 2, 0],
    ["a1", 1, "A", 2, 1, 1],
    ["a2", 2, "A", 1, 0, 0],
    ["b1", 0, "B", 1, 1, 0],
  ]);
  // Another metric from the same verbs: sentences citing any named analyst.
  const analysts = outletShare(attributedSentences(tables).derive({counted: (d: {analyst: number}) => d.analyst > 0}), tables.articles);
  assert.deepEqual(analysts.map((r) => [r.outlet, r.counted, r.sentences]), [["A", 1, 3], ["B", 0, 1], ["C", 0, 0]]);
});

test("on the default corpus: the same sentences the outlet table counts as attributed, at most its state-media ones, and a plain count agrees", async () => {
  const corpus = await analyzeFolder();
  const event = forEvent(corpus, eventsOf(corpus)[0]);
  const metric = stateMediaOnly(event);
  assert.equal(metric.length, event.outlets.length);
  for (const row of metric) {
    const outlet = event.outlets.find((o) => o.outlet === row.outlet) as unknown as Record<string, number>;
    assert.equal(row.sentences, outlet.attributed_sentences, row.outlet);
    assert.ok(row.counted <= outlet.state_media_sentences, row.outlet);
    // The same metric by hand: categories per attributed sentence of this outlet.
    const ids = new Set(event.articles.filter((a) => a.outlet === row.outlet).map((a) => a.id));
    const categories = new Map<string, Set<string>>();
    for (const a of event.attributions) if (ids.has(a.article_id) && a.counts !== false) categories.set(`${a.article_id}/${a.sentence_index}`, (categories.get(`${a.article_id}/${a.sentence_index}`) ?? new Set()).add(a.category));
    const only = [...categories.values()].filter((c) => c.size === 1 && c.has("state_media")).length;
    assert.equal(row.counted, only, row.outlet);
  }
  // Not the state-media dependence under another name: some sentence cites state media beside another source.
  assert.ok(metric.some((r) => r.counted < (event.outlets.find((o) => o.outlet === r.outlet) as unknown as Record<string, number>).state_media_sentences));
});

function pick({value, low, high}: {value: number | null; low: number | null; high: number | null}) {
  return {value, low, high};
}
