// Colours for source categories: the Okabe–Ito palette, distinguishable with the common forms of
// colour-vision deficiency. Same values as the --cat-* variables in style.css.
import type {SourceCategory} from "../analysis/types.js";

export const CATEGORY_ORDER: SourceCategory[] = ["state_media", "government", "independent_media", "analyst", "anonymous", "other"];

export const CATEGORY_LABELS: Record<SourceCategory, string> = {
  state_media: "State media",
  government: "Government",
  independent_media: "Independent media",
  analyst: "Named analyst",
  anonymous: "Anonymous",
  other: "Other",
};

export const CATEGORY_COLORS: Record<SourceCategory, string> = {
  state_media: "#d55e00",
  government: "#cc79a7",
  independent_media: "#0072b2",
  analyst: "#009e73",
  anonymous: "#e69f00",
  other: "#999999",
};

/** A Plot color scale for categories, with readable labels in the legend. */
export function categoryColorScale() {
  return {
    domain: CATEGORY_ORDER,
    range: CATEGORY_ORDER.map((c) => CATEGORY_COLORS[c]),
    tickFormat: (c: SourceCategory) => CATEGORY_LABELS[c] ?? c,
    legend: true,
  };
}

/** A swatch legend for the highlight classes used in text (sources, quotes, hedges, set-aside). */
export function highlightLegend(): HTMLElement {
  const legend = document.createElement("div");
  legend.className = "telisik-legend";
  const item = (className: string, label: string) => {
    const entry = legend.appendChild(document.createElement("span"));
    const swatch = entry.appendChild(document.createElement("mark"));
    swatch.className = className;
    swatch.textContent = label;
  };
  for (const category of CATEGORY_ORDER) item(`source cat-${category}`, CATEGORY_LABELS[category]);
  item("quote", "quote");
  item("hedge", "hedge");
  item("booster", "booster");
  const aside = legend.appendChild(document.createElement("span"));
  aside.className = "set-aside";
  aside.textContent = "set aside (not analyzed)";
  return legend;
}

/** Okabe–Ito, for series that are not source categories (outlets, metrics); repeats past eight. */
export const SERIES_COLORS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"];

/** A Plot ordinal color scale over `domain` with the colour-blind-safe series colours. */
export function seriesColorScale(domain: string[], label?: string) {
  return {domain, range: domain.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]), legend: true, label};
}
