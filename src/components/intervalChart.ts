// One metric per outlet as a dot with its interval: small samples get wide bars, so a reader sees
// at a glance which differences the data can support.
import * as Plot from "@observablehq/plot";

export interface IntervalChartOptions {
  /** The column; its interval is `<column>_low` and `<column>_high`. */
  column: string;
  label: string;
  width: number;
  /** Show as percentages on a fixed 0–100% axis (proportions). */
  percent?: boolean;
  /** Where a dot links to (e.g. the evidence for that outlet). */
  href?: (row: Record<string, unknown>) => string;
  /** How many of the rows' units the value rests on, for the tooltip (e.g. "sentences"). */
  basis?: (row: Record<string, unknown>) => string;
}

/**
 * Dot-and-interval chart, one row per outlet.
 * @example intervalChart(outlets, {column: "independent_share", label: "Independent share", width, percent: true})
 */
export function intervalChart(rows: Record<string, unknown>[], {column, label, width, percent = false, href, basis}: IntervalChartOptions): SVGSVGElement | HTMLElement {
  const data = rows.filter((r) => typeof r[column] === "number");
  const low = `${column}_low`;
  const high = `${column}_high`;
  const format = percent ? (x: number) => `${(x * 100).toFixed(0)}%` : (x: number) => x.toFixed(1);
  return Plot.plot({
    width,
    height: 40 + 28 * Math.max(1, data.length),
    marginLeft: 190,
    x: {label, domain: percent ? [0, 1] : undefined, tickFormat: percent ? "%" : undefined, grid: true, nice: true},
    y: {label: null, domain: data.map((r) => String(r.outlet))},
    marks: [
      Plot.ruleY(data.filter((r) => typeof r[low] === "number"), {y: "outlet", x1: low, x2: high, strokeWidth: 3, strokeOpacity: 0.35}),
      Plot.dot(data, {
        y: "outlet",
        x: column,
        r: 5,
        fill: "currentColor",
        href: href as never,
        title: (r: Record<string, unknown>) =>
          `${r.outlet}: ${format(r[column] as number)}` +
          (typeof r[low] === "number" ? ` (95% interval ${format(r[low] as number)}–${format(r[high] as number)})` : "") +
          (basis ? `\n${basis(r)}` : "") +
          (href ? "\nclick for the sentences" : ""),
      }),
      Plot.text(data, {y: "outlet", x: column, text: (r: Record<string, unknown>) => format(r[column] as number), dy: -11, fontSize: 11}),
    ],
  });
}
