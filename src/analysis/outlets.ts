import type {OutletRow, Tables} from "./types.js";
import {sourcingMetrics} from "./sources/outletMetrics.js";
import {hedgingMetrics} from "./hedging/outletMetrics.js";
import {overlapMetrics} from "./claims/outletMetrics.js";

/** The row tables a per-outlet metric may read. */
export type AnalysisTables = Pick<Tables, "articles" | "sentences" | "attributions" | "quotes" | "hedges" | "claims">;

/** Metric columns keyed by outlet name; each domain contributes its own. */
export type OutletMetrics = Map<string, Record<string, unknown>>;

/**
 * One row per outlet: its size (articles, body sentences, words) and every domain's metrics.
 * Rows are sorted by outlet name so the same corpus gives the same bytes.
 */
export function outletTable(tables: AnalysisTables): OutletRow[] {
  const rows = new Map<string, OutletRow>();
  for (const article of tables.articles) {
    const row = rows.get(article.outlet) ?? {outlet: article.outlet, articles: 0, sentences: 0, words: 0};
    row.articles += 1;
    row.sentences += article.sentence_count;
    row.words += article.words;
    rows.set(article.outlet, row);
  }
  for (const metrics of [sourcingMetrics(tables), hedgingMetrics(tables), overlapMetrics(tables)]) {
    for (const [outlet, columns] of metrics) {
      const row = rows.get(outlet);
      if (row) mergeColumns(row, columns);
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.outlet, b.outlet));
}

/**
 * Add a domain's columns to an outlet row. Two domains may report the same quantity under one name
 * (both sourcing and hedging count `state_media_sentences`), but never two different values: that
 * would silently overwrite a published column, so it is an error.
 */
export function mergeColumns(row: OutletRow, columns: Record<string, unknown>): void {
  for (const [column, value] of Object.entries(columns)) {
    if (column in row && row[column] !== value) {
      throw new Error(`outlet "${row.outlet}": column "${column}" is ${JSON.stringify(row[column])} from one metric and ${JSON.stringify(value)} from another`);
    }
    row[column] = value;
  }
}

/** Locale-independent ordering, so output bytes do not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
