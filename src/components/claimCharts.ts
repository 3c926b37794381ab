// Charts of claim overlap: which outlet carried which claim, which combinations of outlets share
// claims, and how similar each pair of outlets is.
import * as Plot from "@observablehq/plot";
import type {ClaimRow, OutletPairRow} from "../analysis/types.js";

export interface ClaimCell {
  claim: string;
  label: string;
  outlet: string;
  /** `shared copy`: this outlet's sentence is near-verbatim or lightly edited copy of another outlet's. */
  carriage: "own wording" | "shared copy";
  claimRow: ClaimRow;
}

/** One cell per claim and outlet that carried it, for claims reported by at least `minOutlets` outlets. */
export function claimCells(claims: ClaimRow[], outletOf: (articleId: string) => string, minOutlets = 2): ClaimCell[] {
  const cells: ClaimCell[] = [];
  const shown = claims.filter((c) => c.outlets.length >= minOutlets).sort((a, b) => b.outlets.length - a.outlets.length || b.size - a.size || (a.id < b.id ? -1 : 1));
  for (const claim of shown) {
    const copied = new Set(claim.copy_pairs.flat().map((i) => outletOf(claim.sentences[i].article_id)));
    for (const outlet of claim.outlets) {
      cells.push({claim: claim.id, label: truncate(claim.representative, 58), outlet, carriage: copied.has(outlet) ? "shared copy" : "own wording", claimRow: claim});
    }
  }
  return cells;
}

/**
 * The claim × outlet matrix: a row per claim (most widely reported first), a filled cell where an
 * outlet carried it. Cells link to the claim's sentences.
 * @example claimMatrix(claimCells(claims, outletOf), outlets, {width, href: (d) => `#claim`})
 */
export function claimMatrix(cells: ClaimCell[], outlets: string[], {width, href}: {width: number; href?: (d: ClaimCell) => string}) {
  const claims = [...new Set(cells.map((c) => c.claim))];
  const labels = new Map(cells.map((c) => [c.claim, c.label]));
  return Plot.plot({
    width: Math.max(width, 640),
    height: 130 + 20 * Math.max(1, claims.length),
    marginLeft: Math.min(460, Math.max(260, width * 0.45)),
    marginTop: 110,
    marginRight: 150,
    x: {label: null, domain: outlets, axis: "top", tickRotate: -35},
    y: {label: null, domain: claims, tickFormat: (id: string) => labels.get(id) ?? id},
    color: {domain: ["own wording", "shared copy"], range: ["#0072b2", "#e69f00"], legend: true},
    marks: [
      Plot.cell(cells, {
        x: "outlet",
        y: "claim",
        fill: "carriage",
        inset: 1.5,
        href: href as never,
        title: (d: ClaimCell) => `${d.outlet} · ${d.carriage}\n${d.claimRow.representative}\n${d.claimRow.outlets.length} outlets, ${d.claimRow.origins} independent origin(s)`,
      }),
    ],
  });
}

export interface Intersection {
  outlets: string;
  count: number;
  size: number;
}

/**
 * Claims per exact combination of outlets (an UpSet-style count), most common first.
 * @example intersections(claims) // [{outlets: "A + B", count: 4, size: 2}, ...]
 */
export function intersections(claims: ClaimRow[]): Intersection[] {
  const counts = new Map<string, Intersection>();
  for (const claim of claims) {
    const key = claim.outlets.join(" + ");
    const row = counts.get(key) ?? {outlets: key, count: 0, size: claim.outlets.length};
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.size - a.size || (a.outlets < b.outlets ? -1 : 1));
}

/**
 * Horizontal bars of intersection counts. On a phone each set of outlets is written above its bar,
 * since the names are longer than the screen is wide.
 */
export function intersectionBars(rows: Intersection[], {width, limit = 15}: {width: number; limit?: number}) {
  const shown = rows.slice(0, limit);
  const narrow = width < 560;
  const marginLeft = narrow ? 0 : Math.min(520, Math.max(200, width * 0.5));
  return Plot.plot({
    width,
    height: 50 + (narrow ? 52 : 24) * Math.max(1, shown.length),
    marginLeft,
    marginRight: 30,
    x: {label: "Claims →", grid: true},
    y: {label: null, domain: shown.map((r) => r.outlets), axis: narrow ? null : "left"},
    color: {type: "ordinal", scheme: "blues", label: "Outlets"},
    marks: [
      Plot.barX(shown, {y: "outlets", x: "count", fill: "size", insetTop: narrow ? 28 : 0, title: (r: Intersection) => `${r.count} claim(s) reported by exactly: ${r.outlets}`}),
      Plot.text(shown, {y: "outlets", x: "count", text: "count", dx: 8, dy: narrow ? 14 : 0, textAnchor: "start"}),
      narrow ? Plot.text(shown, {y: "outlets", frameAnchor: "left", text: "outlets", textAnchor: "start", lineAnchor: "bottom", dy: 2, lineWidth: (width - 40) / 10}) : null,
      Plot.ruleX([0]),
    ],
  });
}

type PairCell = {a: string; b: string; value: number | null; pair: OutletPairRow};

/**
 * Pairwise overlap heatmap (both triangles): Jaccard of claims, or the share of text that is shared copy.
 * @example overlapHeatmap(pairs, outlets, {width, metric: "jaccard"})
 */
export function overlapHeatmap(pairs: OutletPairRow[], outlets: string[], {width, metric}: {width: number; metric: "jaccard" | "shared_copy_share"}) {
  const cells: PairCell[] = pairs.flatMap((pair) => [
    {a: pair.outlet_a, b: pair.outlet_b, value: pair[metric], pair},
    {a: pair.outlet_b, b: pair.outlet_a, value: pair[metric], pair},
  ]);
  // Fit the card, but never below ~40 px a cell: on a phone the heatmap scrolls in its card instead.
  const size = Math.max(Math.min(width, 220 + 70 * outlets.length), 200 + 40 * outlets.length);
  return Plot.plot({
    width: size,
    height: size - 60,
    marginLeft: 200,
    marginBottom: 110,
    x: {label: null, domain: outlets, tickRotate: -35},
    y: {label: null, domain: outlets},
    color: {scheme: "blues", domain: [0, 1], legend: true, label: metric === "jaccard" ? "Jaccard of claims" : "Share of text that is shared copy", tickFormat: "%"},
    marks: [
      Plot.cell(cells, {
        x: "a",
        y: "b",
        fill: "value",
        inset: 1,
        title: (d: PairCell) =>
          `${d.pair.outlet_a} & ${d.pair.outlet_b}\nshared claims: ${d.pair.shared_claims} (Jaccard ${pct(d.pair.jaccard)})\n` +
          `${pct(d.pair.containment_a_in_b)} of ${d.pair.outlet_a}'s claims are in ${d.pair.outlet_b}; ${pct(d.pair.containment_b_in_a)} the other way\n` +
          `shared copy: ${d.pair.verbatim_pairs} sentence pair(s), ${pct(d.pair.shared_copy_share)} of their text`,
      }),
      Plot.text(cells, {x: "a", y: "b", text: (d: PairCell) => pct(d.value), fill: (d: PairCell) => ((d.value ?? 0) > 0.5 ? "white" : "black"), fontSize: 11}),
    ],
  });
}

function pct(x: number | null): string {
  return x === null ? "–" : `${Math.round(x * 100)}%`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
