// Where a figure's evidence lives. Every card number and chart mark links to a real page (so a
// new tab, a copied link or a reader without scripts still gets the sentences); the link also
// names the figure, so a plain click can open the same sentences in place instead
// (src/components/drillDown.ts).
import type {EvidenceRequest} from "../analysis/evidence/figureEvidence.js";
import type {SourceCategory} from "../analysis/types.js";

/** The page (and the filter on it) that lists each figure's evidence. */
const PAGE_OF: Record<string, {page: string; category?: string; hash?: string}> = {
  attributed_share: {page: "./sources", hash: "#evidence"},
  state_media_dependence: {page: "./sources", category: "state_media", hash: "#evidence"},
  independent_share: {page: "./sources", category: "independent", hash: "#evidence"},
  anonymous_share: {page: "./sources", category: "anonymous", hash: "#evidence"},
  named_analyst_quotes: {page: "./analysts"},
  named_analyst_quotes_per_1000_words: {page: "./analysts"},
  quotes: {page: "./analysts", hash: "#quotes"},
  hedges_per_1000_words: {page: "./hedging"},
  corroboration_rate: {page: "./claims"},
  independent_corroboration_rate: {page: "./claims"},
};

/**
 * The address of one outlet's evidence for a figure.
 * @example evidenceHref({figure: "state_media_dependence", outlet: "VOA Indonesia"}, "shoigu-pyongyang-2023")
 * // "./sources?event=shoigu-pyongyang-2023&outlet=VOA+Indonesia&category=state_media&figure=state_media_dependence#evidence"
 */
export function evidenceHref({figure, outlet, category}: EvidenceRequest, event: string): string {
  const place = PAGE_OF[figure] ?? {page: "./reader"};
  const params = new URLSearchParams({event, outlet});
  const filter = category ?? place.category;
  if (filter) params.set("category", filter);
  params.set("figure", figure);
  return `${place.page}?${params}${place.hash ?? ""}`;
}

/**
 * The evidence a link asks for, or null when it is not an evidence link (no `figure`).
 * @example evidenceRequest("./analysts?event=e&outlet=A&category=analyst&figure=quotes#quotes") // {figure: "quotes", outlet: "A", category: "analyst"}
 */
export function evidenceRequest(href: string): EvidenceRequest | null {
  let url: URL;
  try {
    url = new URL(href, "http://telisik.invalid/");
  } catch {
    return null;
  }
  const figure = url.searchParams.get("figure");
  const outlet = url.searchParams.get("outlet");
  if (!figure || outlet === null || !(figure in PAGE_OF)) return null;
  const category = url.searchParams.get("category");
  // The sources page's "independent" group is the figure itself, not one category.
  return figure === "quotes" ? {figure, outlet, category: category as SourceCategory | null} : {figure, outlet};
}
