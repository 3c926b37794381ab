// The composite index as stacked contributions: how much each component adds to an outlet's score.
import * as Plot from "@observablehq/plot";
import type {CompositeComponent, CompositeScore} from "../analysis/composite.js";
import {seriesColorScale} from "./palette.js";

/**
 * Each part links to `href(outlet, column)`: the sentences behind that component.
 * @example compositeChart(compositeScores(outlets, components), components, {width, href})
 */
export function compositeChart(scores: CompositeScore[], components: CompositeComponent[], {width, href}: {width: number; href?: (outlet: string, column: string) => string}) {
  const labels = new Map(components.map((c) => [c.column, c.label]));
  const ranked = scores.filter((s) => s.score !== null);
  const parts = ranked.flatMap((s) => s.parts.filter((p) => p.contribution > 0).map((p) => ({outlet: s.outlet, column: p.column, component: labels.get(p.column) ?? p.column, contribution: p.contribution, value: p.value, normalized: p.normalized})));
  return Plot.plot({
    width,
    height: 60 + 32 * Math.max(1, ranked.length),
    // Outlet names need room; on a phone less of it, and the score label always needs some on the right.
    marginLeft: width < 560 ? 170 : 200,
    marginRight: 64,
    x: {label: "Composite score (0–1) →", domain: [0, 1], grid: true},
    y: {label: null, domain: ranked.map((s) => s.outlet)},
    color: seriesColorScale(components.map((c) => c.label)),
    marks: [
      Plot.barX(parts, {y: "outlet", x: "contribution", fill: "component", href: href ? (d: (typeof parts)[number]) => href(d.outlet, d.column) : undefined, title: (d: (typeof parts)[number]) => `${d.outlet} · ${d.component}: adds ${d.contribution.toFixed(3)} (value ${d.value?.toFixed(3)}, on 0–1 ${d.normalized?.toFixed(3)})`}),
      Plot.text(ranked, {y: "outlet", x: "score", text: (s: CompositeScore) => `#${s.rank} · ${s.score!.toFixed(2)}`, dx: 6, textAnchor: "start"}),
      Plot.ruleX([0]),
    ],
  });
}
