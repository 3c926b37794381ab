// Per-outlet sourcing metrics (formulas in docs/sources.md). Works on any subset of the tables:
// the dashboard filters by event and recomputes in the browser with this same function.
import type {AnalysisTables, OutletMetrics} from "../outlets.js";
import {SOURCE_CATEGORIES, type AttributionRow, type SourceCategory} from "../types.js";
import {wilson} from "../stats/wilson.js";

/** Categories counted as independent of the governments involved: wires and outlets, and analysts. */
export const INDEPENDENT_CATEGORIES: readonly SourceCategory[] = ["independent_media", "analyst"];

/**
 * Sourcing columns per outlet: attributed share of sentences; state-media dependence, independent
 * share and anonymous share of the attributed sentences; the share that came through a relay; each category's share of attributions;
 * distinct sources; named-analyst quotes. Every proportion has `_low`/`_high` (Wilson 95%) and the
 * counts it came from. Meta mentions (`counts: false`) are not sourcing and are left out.
 * @example sourcingMetrics(tables).get("Republika")?.state_media_dependence // 0.4 on the seed corpus (4 of 10 attributed sentences)
 */
export function sourcingMetrics(tables: AnalysisTables): OutletMetrics {
  const outletOf = new Map(tables.articles.map((a) => [a.id, a.outlet]));
  const metrics: OutletMetrics = new Map();
  const perOutlet = new Map<string, {sentences: number; attributions: AttributionRow[]; quotes: AnalysisTables["quotes"]}>();
  const entry = (outlet: string) => {
    let e = perOutlet.get(outlet);
    if (!e) perOutlet.set(outlet, (e = {sentences: 0, attributions: [], quotes: []}));
    return e;
  };
  for (const article of tables.articles) entry(article.outlet);
  for (const s of tables.sentences) {
    const outlet = outletOf.get(s.article_id);
    if (outlet !== undefined) entry(outlet).sentences++;
  }
  for (const a of tables.attributions) {
    const outlet = outletOf.get(a.article_id);
    if (outlet !== undefined && a.counts !== false) entry(outlet).attributions.push(a);
  }
  for (const q of tables.quotes) {
    const outlet = outletOf.get(q.article_id);
    if (outlet !== undefined) entry(outlet).quotes.push(q);
  }
  for (const [outlet, {sentences, attributions, quotes}] of perOutlet) {
    metrics.set(outlet, sourcingColumns(sentences, attributions, quotes));
  }
  return metrics;
}

/**
 * The sourcing columns for one outlet, from its body-sentence count and its counting attributions and quotes.
 * @example sourcingColumns(10, [], []).attributed_share // 0
 */
export function sourcingColumns(sentences: number, attributions: AttributionRow[], quotes: AnalysisTables["quotes"]): Record<string, number | null> {
  const bySentence = new Map<string, Set<SourceCategory>>();
  for (const a of attributions) {
    const key = sentenceKey(a);
    const set = bySentence.get(key) ?? new Set<SourceCategory>();
    set.add(a.category);
    bySentence.set(key, set);
  }
  const attributed = bySentence.size;
  const resting = (test: (c: Set<SourceCategory>) => boolean) => [...bySentence.values()].filter(test).length;
  const stateMedia = resting((c) => c.has("state_media"));
  const independent = resting((c) => INDEPENDENT_CATEGORIES.some((k) => c.has(k)));
  const anonymous = resting((c) => c.has("anonymous"));
  // Nested attributions: a sentence resting on KCNA via Reuters counts in both categories above;
  // these say how much of it came second-hand.
  const relayedKeys = new Set(attributions.filter((a) => a.via).map(sentenceKey));
  const stateRelayed = new Set(attributions.filter((a) => a.via && a.category === "state_media").map(sentenceKey));
  const columns: Record<string, number | null> = {
    attributed_sentences: attributed,
    ...proportion("attributed_share", attributed, sentences),
    state_media_sentences: stateMedia,
    ...proportion("state_media_dependence", stateMedia, attributed),
    independent_sentences: independent,
    ...proportion("independent_share", independent, attributed),
    anonymous_sentences: anonymous,
    ...proportion("anonymous_share", anonymous, attributed),
    relayed_sentences: relayedKeys.size,
    ...proportion("relayed_share", relayedKeys.size, attributed),
    state_media_relayed_sentences: stateRelayed.size,
    ...proportion("state_media_relayed_share", stateRelayed.size, stateMedia),
    attributions: attributions.length,
  };
  for (const category of SOURCE_CATEGORIES) {
    const n = attributions.filter((a) => a.category === category).length;
    columns[`attributions_${category}`] = n;
    Object.assign(columns, proportion(`share_${category}`, n, attributions.length));
  }
  columns.distinct_sources = new Set(attributions.map((a) => a.source)).size;
  const quoteIds = (test: (q: AnalysisTables["quotes"][number]) => boolean) => new Set(quotes.filter(test).map((q) => q.quote_id ?? `${q.article_id}:${q.sentence_index}:${q.start ?? 0}`)).size;
  columns.quotes = quoteIds(() => true);
  columns.named_analyst_quotes = quoteIds((q) => q.category === "analyst" && q.named !== false);
  return columns;
}

const sentenceKey = (a: AttributionRow) => `${a.article_id}\u0000${a.sentence_index}`;

/** `<name>`, `<name>_low`, `<name>_high`: the proportion and its Wilson 95% interval (null when trials = 0). */
function proportion(name: string, successes: number, trials: number): Record<string, number | null> {
  const p = wilson(successes, trials);
  return {[name]: round(p.value), [`${name}_low`]: round(p.low), [`${name}_high`]: round(p.high)};
}

/** Six decimals: enough for any chart, and stable bytes across platforms. */
function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}
