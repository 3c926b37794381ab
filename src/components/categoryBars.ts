// How each outlet's attributed sentences split across source categories: stacked bars of shares.
import * as Plot from "@observablehq/plot";
import type {AttributionRow} from "../analysis/types.js";
import {CATEGORY_LABELS, CATEGORY_ORDER, categoryColorScale} from "./palette.js";

export interface CategoryCount {
  outlet: string;
  category: AttributionRow["category"];
  /** Attributed sentences of this outlet citing this category (a sentence citing two categories counts in both). */
  sentences: number;
  share: number;
}

/**
 * Sentences per outlet and category, from attribution rows joined to their article's outlet.
 * @example categoryCounts(corpus.attributions, outletOf)
 */
export function categoryCounts(attributions: AttributionRow[], outletOf: (articleId: string) => string): CategoryCount[] {
  const sets = new Map<string, Set<string>>();
  for (const a of attributions) {
    const key = `${outletOf(a.article_id)}\u0000${a.category}`;
    sets.get(key)?.add(`${a.article_id}#${a.sentence_index}`) ?? sets.set(key, new Set([`${a.article_id}#${a.sentence_index}`]));
  }
  const totals = new Map<string, number>();
  const rows = [...sets].map(([key, sentences]) => {
    const [outlet, category] = key.split("\u0000") as [string, AttributionRow["category"]];
    totals.set(outlet, (totals.get(outlet) ?? 0) + sentences.size);
    return {outlet, category, sentences: sentences.size, share: 0};
  });
  for (const row of rows) row.share = row.sentences / totals.get(row.outlet)!;
  return rows.sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category)));
}

/**
 * Stacked horizontal bars, one per outlet; each segment links to its evidence.
 * @example categoryBars(categoryCounts(attributions, outletOf), {width, href: (d) => `#evidence`})
 */
export function categoryBars(counts: CategoryCount[], {width, href}: {width: number; href?: (d: CategoryCount) => string}) {
  const outlets = [...new Set(counts.map((c) => c.outlet))];
  return Plot.plot({
    width,
    height: 60 + 32 * Math.max(1, outlets.length),
    marginLeft: 190,
    x: {label: "Share of attribution mentions by category →", tickFormat: "%", domain: [0, 1]},
    y: {label: null, domain: outlets},
    color: categoryColorScale(),
    marks: [
      Plot.barX(counts, {
        y: "outlet",
        x: "share",
        fill: "category",
        order: CATEGORY_ORDER,
        href: href as never,
        title: (d: CategoryCount) => `${d.outlet}\n${CATEGORY_LABELS[d.category]}: ${d.sentences} sentence(s), ${(d.share * 100).toFixed(0)}%`,
      }),
      Plot.ruleX([0]),
    ],
  });
}
