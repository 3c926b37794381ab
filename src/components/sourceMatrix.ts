// Outlet × source: which outlet cited which source, how often. Colour is the source's category.
import * as Plot from "@observablehq/plot";
import type {AttributionRow} from "../analysis/types.js";
import {categoryColorScale, CATEGORY_LABELS} from "./palette.js";

export interface SourceCell {
  outlet: string;
  source: string;
  category: AttributionRow["category"];
  sentences: number;
}

/** Sentences per outlet and source. */
export function sourceCells(attributions: AttributionRow[], outletOf: (articleId: string) => string): SourceCell[] {
  const cells = new Map<string, SourceCell & {keys: Set<string>}>();
  for (const a of attributions) {
    const outlet = outletOf(a.article_id);
    const key = `${outlet}\u0000${a.source}`;
    const cell = cells.get(key) ?? {outlet, source: a.source, category: a.category, sentences: 0, keys: new Set<string>()};
    cell.keys.add(`${a.article_id}#${a.sentence_index}`);
    cell.sentences = cell.keys.size;
    cells.set(key, cell);
  }
  return [...cells.values()].map(({keys: _keys, ...cell}) => cell);
}

/**
 * A cell per outlet and source, sized by sentence count, sources ordered by how many outlets cite them.
 * `label` writes a source's name on the axis and in the tooltip (the semi-official mark, say).
 * @example sourceMatrix(sourceCells(attributions, outletOf), {width, label: (s) => sourceLabel(s, registry)})
 */
export function sourceMatrix(cells: SourceCell[], {width, href, label = (s: string) => s}: {width: number; href?: (d: SourceCell) => string; label?: (source: string) => string}) {
  const reach = new Map<string, number>();
  for (const c of cells) reach.set(c.source, (reach.get(c.source) ?? 0) + c.sentences);
  const sources = [...reach.keys()].sort((a, b) => reach.get(b)! - reach.get(a)! || (a < b ? -1 : 1));
  const outlets = [...new Set(cells.map((c) => c.outlet))].sort();
  const marginLeft = 230;
  const marginRight = 150;
  return Plot.plot({
    // Never narrower than its cells need: on a phone the matrix scrolls inside its card (.telisik-scroll).
    width: Math.max(width, marginLeft + marginRight + 44 * outlets.length),
    height: 150 + 24 * Math.max(1, sources.length),
    marginLeft,
    marginBottom: 10,
    // Outlet names are long: rotated labels need headroom and room to overhang on the right.
    marginTop: 110,
    marginRight,
    x: {label: null, domain: outlets, axis: "top", tickRotate: -35},
    y: {label: null, domain: sources, tickFormat: label},
    color: categoryColorScale(),
    marks: [
      Plot.cell(cells, {x: "outlet", y: "source", fill: "category", fillOpacity: 0.85, inset: 1, href: href as never, title: (d: SourceCell) => `${label(d.source)} (${CATEGORY_LABELS[d.category]})\ncited in ${d.sentences} sentence(s) by ${d.outlet}`}),
      Plot.text(cells, {x: "outlet", y: "source", text: "sentences", fill: "white", fontWeight: 600}),
    ],
  });
}
