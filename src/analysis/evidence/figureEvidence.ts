// The sentences behind one outlet's figure: the rows each metric counted, one entry per sentence,
// so a chart or card can open its evidence without leaving the page. The filters are the metrics'
// own (sources/, hedging/, claims/outletMetrics.ts): the counts here match the figure's.
import type {AnalysisTables} from "../outlets.js";
import type {AttributionRow, HedgeRow, QuoteRow, SourceCategory} from "../types.js";
import {INDEPENDENT_CATEGORIES} from "../sources/outletMetrics.js";
import {claimPresence} from "../claims/presence.js";
import {compareText} from "../outlets.js";

/** Which table a figure's evidence comes from (and which download holds it). */
export type EvidenceTable = "attributions" | "quotes" | "hedges" | "claims";

/** One sentence of evidence and the rows of its table that made it count. */
export interface EvidenceSentence {
  article_id: string;
  sentence_index: number;
  attributions: AttributionRow[];
  quotes: QuoteRow[];
  hedges: HedgeRow[];
  /** For claim figures: the claim's outlets and independent origins within the tables given. */
  claim?: {id: string; outlets: string[]; origins: number};
}

export interface FigureEvidence {
  table: EvidenceTable;
  sentences: EvidenceSentence[];
}

/** What a link asks for: a figure (an outlet-table column) of one outlet, optionally one source category. */
export interface EvidenceRequest {
  figure: string;
  outlet: string;
  category?: SourceCategory | null;
}

const ATTRIBUTION_FIGURES: Record<string, (categories: Set<SourceCategory>) => boolean> = {
  attributed_share: () => true,
  state_media_dependence: (c) => c.has("state_media"),
  independent_share: (c) => INDEPENDENT_CATEGORIES.some((k) => c.has(k)),
  anonymous_share: (c) => c.has("anonymous"),
};

/** The figures whose evidence can be opened, i.e. that `figureEvidence` knows. */
export const EVIDENCE_FIGURES = [...Object.keys(ATTRIBUTION_FIGURES), "named_analyst_quotes", "named_analyst_quotes_per_1000_words", "quotes", "hedges_per_1000_words", "corroboration_rate", "independent_corroboration_rate"];

/**
 * The evidence behind `figure` for `outlet`, in reading order (article, then sentence); null for
 * a figure it does not know.
 * @example figureEvidence(tables, {figure: "state_media_dependence", outlet: "Republika"})?.sentences.length // = its state_media_sentences
 */
export function figureEvidence(tables: AnalysisTables, {figure, outlet, category = null}: EvidenceRequest): FigureEvidence | null {
  const ids = new Set(tables.articles.filter((a) => a.outlet === outlet).map((a) => a.id));
  const mine = <R extends {article_id: string}>(rows: readonly R[]) => rows.filter((r) => ids.has(r.article_id));
  const resting = ATTRIBUTION_FIGURES[figure];
  if (resting) {
    // A sentence counts by the categories of its counting attributions, as in sourcingColumns.
    const counting = mine(tables.attributions).filter((a) => a.counts !== false);
    const sentences = groupBySentence(counting, (e, a) => e.attributions.push(a)).filter((e) => resting(new Set(e.attributions.map((a) => a.category))));
    return {table: "attributions", sentences};
  }
  if (figure === "named_analyst_quotes" || figure === "named_analyst_quotes_per_1000_words" || figure === "quotes") {
    const wanted = (q: QuoteRow) => (figure === "quotes" ? category === null || q.category === category : q.category === "analyst" && q.named !== false);
    return {table: "quotes", sentences: groupBySentence(mine(tables.quotes).filter(wanted), (e, q) => e.quotes.push(q))};
  }
  if (figure === "hedges_per_1000_words") {
    // Only cues in the outlet's body sentences count, as in hedgingMetrics.
    const known = new Set(tables.sentences.map((s) => `${s.article_id}\u0000${s.index}`));
    const hedges = mine(tables.hedges).filter((h) => h.kind === "hedge" && known.has(`${h.article_id}\u0000${h.sentence_index}`));
    return {table: "hedges", sentences: groupBySentence(hedges, (e, h) => e.hedges.push(h))};
  }
  if (figure === "corroboration_rate" || figure === "independent_corroboration_rate") {
    const corroborated = (p: {outlets: Set<string>; origins: number}) => (figure === "corroboration_rate" ? p.outlets.size >= 2 : p.origins >= 2);
    const sentences: EvidenceSentence[] = [];
    for (const presence of claimPresence(tables.claims, tables.articles)) {
      if (!presence.outlets.has(outlet) || !corroborated(presence)) continue;
      const claim = {id: presence.claim.id, outlets: [...presence.outlets].sort(), origins: presence.origins};
      for (const s of presence.sentences.filter((s) => s.outlet === outlet)) sentences.push({article_id: s.article_id, sentence_index: s.sentence_index, attributions: [], quotes: [], hedges: [], claim});
    }
    return {table: "claims", sentences: sentences.sort(readingOrder)};
  }
  return null;
}

/** Rows gathered per sentence, in reading order. */
function groupBySentence<R extends {article_id: string; sentence_index: number}>(rows: readonly R[], add: (entry: EvidenceSentence, row: R) => void): EvidenceSentence[] {
  const entries = new Map<string, EvidenceSentence>();
  for (const row of rows) {
    const key = `${row.article_id}\u0000${row.sentence_index}`;
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = {article_id: row.article_id, sentence_index: row.sentence_index, attributions: [], quotes: [], hedges: []}));
    add(entry, row);
  }
  return [...entries.values()].sort(readingOrder);
}

function readingOrder(a: {article_id: string; sentence_index: number}, b: {article_id: string; sentence_index: number}): number {
  return compareText(a.article_id, b.article_id) || a.sentence_index - b.sentence_index;
}
