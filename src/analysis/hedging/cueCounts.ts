// Counts behind the hedging page's "which cues, where" chart, so the chart and the CSV agree.
import type {ArticleRow, HedgeRow} from "../types.js";

/** How often one cue occurs in one outlet. */
export interface CueCount {
  outlet: string;
  kind: HedgeRow["kind"];
  type: string;
  cue: string;
  count: number;
}

/**
 * Cue occurrences per outlet and cue, sorted by outlet, then most frequent, then cue name.
 * Hedges of articles not in `articles` (filtered away) are left out.
 *
 * @example cueCounts(tables.hedges, tables.articles)
 * // [{outlet: "Republika", kind: "hedge", type: "shield", cue: "apa yang dikatakan sebagai", count: 1}, ...]
 */
export function cueCounts(hedges: HedgeRow[], articles: Pick<ArticleRow, "id" | "outlet">[]): CueCount[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const counts = new Map<string, CueCount>();
  for (const h of hedges) {
    const outlet = outletOf.get(h.article_id);
    if (outlet === undefined) continue;
    const key = [outlet, h.kind, h.type, h.cue].join("\u0000");
    const row = counts.get(key) ?? {outlet, kind: h.kind, type: h.type, cue: h.cue, count: 0};
    row.count += 1;
    counts.set(key, row);
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...counts.values()].sort((a, b) => text(a.outlet, b.outlet) || b.count - a.count || text(a.kind, b.kind) || text(a.cue, b.cue));
}
