// A reliability profile: the outlet's proportions side by side on one 0–100% axis, each with its
// interval, one panel per outlet, so profiles can be compared at a glance.
import * as Plot from "@observablehq/plot";
import {seriesColorScale} from "./palette.js";

export interface ProfileMetric {
  column: string;
  label: string;
}

/**
 * @example profileChart(outletRows, [{column: "independent_share", label: "Independent share"}], {width})
 */
export function profileChart(rows: Record<string, unknown>[], metrics: ProfileMetric[], {width, href}: {width: number; href?: (outlet: string) => string}) {
  const data = rows.flatMap((r) =>
    metrics
      .filter((m) => typeof r[m.column] === "number")
      .map((m) => ({outlet: String(r.outlet), metric: m.label, value: r[m.column] as number, low: r[`${m.column}_low`] as number | null, high: r[`${m.column}_high`] as number | null})),
  );
  const labels = metrics.map((m) => m.label);
  return Plot.plot({
    width,
    height: 40 + rows.length * (22 * metrics.length + 26),
    marginLeft: 200,
    marginRight: 230,
    x: {label: "0–100%", domain: [0, 1], tickFormat: "%", grid: true, axis: "top"},
    fy: {label: null, domain: rows.map((r) => String(r.outlet))},
    y: {label: null, domain: labels},
    color: {...seriesColorScale(labels), legend: false},
    facet: {data, y: "outlet", marginRight: 230},
    marks: [
      Plot.frame({strokeOpacity: 0.1}),
      Plot.ruleY(data, {y: "metric", x1: "low", x2: "high", stroke: "metric", strokeOpacity: 0.4, strokeWidth: 3}),
      Plot.dot(data, {y: "metric", x: "value", fill: "metric", r: 4, href: href ? (d: (typeof data)[number]) => href(d.outlet) : undefined, title: (d: (typeof data)[number]) => `${d.outlet} · ${d.metric}: ${Math.round(d.value * 100)}%` + (d.low !== null && d.low !== undefined ? ` (95% interval ${Math.round(d.low * 100)}–${Math.round((d.high ?? 0) * 100)}%)` : "")}),
    ],
  });
}
