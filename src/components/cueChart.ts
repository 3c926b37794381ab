// How often each hedge and booster cue occurs, per outlet.
import * as Plot from "@observablehq/plot";
import type {CueCount} from "../analysis/hedging/cueCounts.js";
import {seriesColorScale} from "./palette.js";

/**
 * Bars of cue counts (most frequent first), split by outlet, from `cueCounts` rows.
 * @example cueChart(cueCounts(hedges, articles), {width})
 */
export function cueChart(counts: CueCount[], {width, limit = 25, href}: {width: number; limit?: number; href?: (outlet: string) => string}) {
  const label = (c: CueCount) => `${c.kind}: ${c.cue}`;
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(label(c), (totals.get(label(c)) ?? 0) + c.count);
  const cues = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1)).slice(0, limit);
  const shown = new Set(cues);
  const rows = counts.filter((c) => shown.has(label(c)));
  const outlets = [...new Set(counts.map((c) => c.outlet))].sort();
  return Plot.plot({
    width,
    height: 50 + 22 * Math.max(1, cues.length),
    marginLeft: 230,
    x: {label: "Occurrences →", grid: true},
    y: {label: null, domain: cues},
    color: seriesColorScale(outlets, "Outlet"),
    marks: [
      Plot.barX(rows, {y: label, x: "count", fill: "outlet", href: href ? (c: CueCount) => href(c.outlet) : undefined, title: (c: CueCount) => `${c.outlet}: ${label(c)} × ${c.count}`} as never),
      Plot.ruleX([0]),
    ],
  });
}

/**
 * Hedged share of sentences inside state-media-attributed sentences beside elsewhere, per outlet.
 * @example stateMediaHedging(outletRows, {width})
 */
export function stateMediaHedging(outlets: Record<string, unknown>[], {width}: {width: number}) {
  const rows = outlets.flatMap((o) => [
    {outlet: o.outlet, where: "state-media sentences", value: o.hedged_share_state_media, low: o.hedged_share_state_media_low, high: o.hedged_share_state_media_high, n: o.state_media_sentences},
    {outlet: o.outlet, where: "elsewhere", value: o.hedged_share_elsewhere, low: o.hedged_share_elsewhere_low, high: o.hedged_share_elsewhere_high, n: o.elsewhere_sentences},
  ]).filter((r) => typeof r.value === "number");
  return Plot.plot({
    width,
    height: 60 + 34 * Math.max(1, outlets.length),
    marginLeft: 190,
    x: {label: "Share of sentences hedged", domain: [0, 1], tickFormat: "%", grid: true},
    y: {label: null, domain: outlets.map((o) => String(o.outlet))},
    color: {domain: ["state-media sentences", "elsewhere"], range: ["#d55e00", "#0072b2"], legend: true},
    // Two rows per outlet, nudged apart: dy is a constant per mark, so each group gets its own marks.
    marks: (["state-media sentences", "elsewhere"] as const).flatMap((where, i) => {
      const group = rows.filter((r) => r.where === where);
      const dy = i === 0 ? -5 : 5;
      return [
        Plot.ruleY(group, {y: "outlet", x1: "low", x2: "high", stroke: "where", strokeOpacity: 0.4, strokeWidth: 3, dy}),
        Plot.dot(group, {y: "outlet", x: "value", fill: "where", r: 5, dy, title: (r: (typeof rows)[number]) => `${r.outlet}, ${r.where}: ${((r.value as number) * 100).toFixed(0)}% of ${r.n} sentences`}),
      ];
    }),
  });
}
