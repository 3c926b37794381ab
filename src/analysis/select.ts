import type {Tables} from "./types.js";
import {outletTable} from "./outlets.js";

/** The events in a corpus, in order of first appearance. */
export function eventsOf(tables: Pick<Tables, "articles">): string[] {
  return [...new Set(tables.articles.map((a) => a.event))];
}

/**
 * The tables restricted to one event, with the per-outlet metrics recomputed for it; `null`
 * keeps every event. Problems are kept whole: a broken file belongs to no event.
 * @example forEvent(tables, "shoigu-pyongyang-2023").outlets
 */
export function forEvent<T extends Tables>(tables: T, event: string | null): T {
  if (event === null) return tables;
  const ids = new Set(tables.articles.filter((a) => a.event === event).map((a) => a.id));
  const keep = <R extends {article_id: string}>(rows: R[]) => rows.filter((r) => ids.has(r.article_id));
  const selected = {
    ...tables,
    articles: tables.articles.filter((a) => ids.has(a.id)),
    sentences: keep(tables.sentences),
    spans: keep(tables.spans),
    attributions: keep(tables.attributions),
    quotes: keep(tables.quotes),
    hedges: keep(tables.hedges),
    claims: tables.claims.filter((c) => c.sentences.some((s) => ids.has(s.article_id))),
    outlet_pairs: tables.outlet_pairs.filter((p) => p.event === event),
  };
  return {...selected, outlets: outletTable(selected)};
}
