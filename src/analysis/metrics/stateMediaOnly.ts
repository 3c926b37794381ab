// A metric of your own, in a few lines of arquero over the contract tables (docs/data-contract.md):
// the share of an outlet's attributed sentences that rest *only* on state media — no government,
// wire, analyst or anonymous source beside it. The notebook page (src/notebook.md) builds it from
// the same two verbs, so an analyst can swap the one line that says which sentences count.
import * as aq from "arquero";
import type {ColumnTable} from "arquero";
import type {ArticleRow, AttributionRow} from "../types.js";
import {SOURCE_CATEGORIES} from "../types.js";
import {wilson} from "../stats/wilson.js";
import {compareText} from "../outlets.js";

const {op} = aq;

/** One outlet's share: `value` with its Wilson 95% interval, from `counted` of `sentences`. */
export interface OutletShare {
  outlet: string;
  sentences: number;
  counted: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * One row per attributed sentence (a sentence with at least one attribution that counts; meta
 * mentions do not): `article_id`, `sentence_index`, `outlet`, `attributions` (how many), and per
 * source category how many of them are of it (`state_media`, `government`, ...).
 * @example attributedSentences(tables).filter((d) => d.anonymous > 0).numRows() // sentences citing an anonymous source
 */
export function attributedSentences(tables: {articles: ArticleRow[]; attributions: AttributionRow[]}): ColumnTable {
  const byCategory = Object.fromEntries(SOURCE_CATEGORIES.map((c) => [c, `d => op.sum(d.category === '${c}' ? 1 : 0)`]));
  return aq
    .from(tables.attributions.filter((a) => a.counts !== false))
    .groupby("article_id", "sentence_index")
    .rollup({attributions: op.count(), ...byCategory})
    .join(aq.from(tables.articles).select({id: "article_id", outlet: "outlet"}), "article_id")
    .orderby("article_id", "sentence_index");
}

/**
 * Per outlet, the share of `sentences` whose `counted` column is true, with its Wilson 95%
 * interval; every outlet of `articles` gets a row (null when it has no sentence to count).
 * @example outletShare(attributedSentences(tables).derive({counted: (d) => d.state_media === d.attributions}), tables.articles)
 */
export function outletShare(sentences: ColumnTable, articles: ArticleRow[]): OutletShare[] {
  const counts = sentences
    .derive({counted: (d: {counted: unknown}) => (d.counted ? 1 : 0)})
    .groupby("outlet")
    .rollup({sentences: op.count(), counted: op.sum("counted")});
  const byOutlet = new Map((counts.objects() as {outlet: string; sentences: number; counted: number}[]).map((r) => [r.outlet, r]));
  return [...new Set(articles.map((a) => a.outlet))].sort(compareText).map((outlet) => {
    const {sentences: n = 0, counted = 0} = byOutlet.get(outlet) ?? {};
    const {value, low, high} = wilson(counted, n);
    return {outlet, sentences: n, counted, value, low, high};
  });
}

/**
 * The share of each outlet's attributed sentences resting only on state media.
 * @example stateMediaOnly(tables).find((r) => r.outlet === "VOA Indonesia") // {sentences: 9, counted: 6, value: 0.667, ...} on the default corpus
 */
export function stateMediaOnly(tables: {articles: ArticleRow[]; attributions: AttributionRow[]}): OutletShare[] {
  const sentences = attributedSentences(tables).derive({counted: (d: {state_media: number; attributions: number}) => d.state_media === d.attributions});
  return outletShare(sentences, tables.articles);
}
