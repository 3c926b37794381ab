// The composite index's formula with the reader's weights, as the overview prints it.
import type {CompositeComponent} from "../analysis/composite.js";

/**
 * The formula with the weights in it; null when every weight is 0 (there is no score to write).
 * @example compositeFormula([{column: "independent_share", direction: 1, scale: "proportion", weight: 2, label: ""}]) // "score = (2·independent_share) / 2"
 */
export function compositeFormula(components: CompositeComponent[]): string | null {
  const used = components.filter((c) => c.weight > 0);
  if (used.length === 0) return null;
  const term = (c: CompositeComponent) => (c.direction === -1 ? `(1 − ${c.column})` : c.scale === "relative" ? `${c.column}/max` : c.column);
  return `score = (${used.map((c) => `${c.weight}·${term(c)}`).join(" + ")}) / ${used.reduce((sum, c) => sum + c.weight, 0)}`;
}
