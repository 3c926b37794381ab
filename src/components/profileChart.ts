// A reliability profile: the outlet's proportions side by side on one 0–100% axis, each with its
// interval, one panel per outlet, so profiles can be compared at a glance.
import * as Plot from "@observablehq/plot";
import {seriesColorScale} from "./palette.js";

export interface ProfileMetric {
  column: string;
  label: string;
}

/** Below this width (px) the panels are titled above, not labelled on the right. */
export const PROFILE_NARROW = 560;

/**
 * Each dot links to `href(outlet, column)`: the sentences behind that proportion.
 * @example profileChart(outletRows, [{column: "independent_share", label: "Independent share"}], {width, href: (outlet, column) => evidenceHref({figure: column, outlet}, event)})
 */
export function profileChart(rows: Record<string, unknown>[], metrics: ProfileMetric[], {width, href}: {width: number; href?: (outlet: string, column: string) => string}) {
  const data = rows.flatMap((r) =>
    metrics
      .filter((m) => typeof r[m.column] === "number")
      .map((m) => ({outlet: String(r.outlet), column: m.column, metric: m.label, value: r[m.column] as number, low: r[`${m.column}_low`] as number | null, high: r[`${m.column}_high`] as number | null})),
  );
  const labels = metrics.map((m) => m.label);
  // On a phone there is no room for outlet names on the right: each panel is titled above instead.
  const narrow = width < PROFILE_NARROW;
  const marginLeft = narrow ? 150 : 200;
  const titleRoom = narrow ? 18 : 0;
  return Plot.plot({
    width,
    height: 40 + rows.length * (22 * metrics.length + 26 + titleRoom),
    marginLeft,
    marginRight: narrow ? 12 : 230,
    x: {label: "0–100%", domain: [0, 1], tickFormat: "%", grid: true, axis: "top", ticks: narrow ? 4 : undefined},
    fy: {label: null, domain: rows.map((r) => String(r.outlet)), axis: narrow ? null : "right"},
    y: {label: null, domain: labels, insetTop: titleRoom},
    color: {...seriesColorScale(labels), legend: false},
    facet: {data, y: "outlet", marginRight: narrow ? 12 : 230},
    marks: [
      Plot.frame({strokeOpacity: 0.1}),
      narrow ? Plot.text(rows, {fy: (r: Record<string, unknown>) => String(r.outlet), text: (r: Record<string, unknown>) => String(r.outlet), frameAnchor: "top-left", dx: 4 - marginLeft, dy: 4, textAnchor: "start", fontWeight: 600}) : null,
      Plot.ruleY(data, {y: "metric", x1: "low", x2: "high", stroke: "metric", strokeOpacity: 0.4, strokeWidth: 3}),
      Plot.dot(data, {y: "metric", x: "value", fill: "metric", r: 4, href: href ? (d: (typeof data)[number]) => href(d.outlet, d.column) : undefined, title: (d: (typeof data)[number]) => `${d.outlet} · ${d.metric}: ${Math.round(d.value * 100)}%` + (d.low !== null && d.low !== undefined ? ` (95% interval ${Math.round(d.low * 100)}–${Math.round((d.high ?? 0) * 100)}%)` : "")}),
    ],
  });
}
