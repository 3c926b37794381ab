// One outlet at a glance: size and the headline sourcing figures, each with its interval and a
// link to the sentences behind it.

export interface CardFigure {
  label: string;
  /** The column; a proportion also has `<column>_low`/`_high`. */
  column: string;
  format: "percent" | "number" | "rate";
  /** Where the figure's evidence is. */
  href: string;
  /** What the figure rests on, e.g. "of 12 attributed sentences". */
  basis?: (row: Record<string, unknown>) => string;
}

/**
 * @example outletCard(row, figures, {href: "./reader?article=004"})
 */
export function outletCard(row: Record<string, unknown>, figures: CardFigure[], {title}: {title: Node}): HTMLElement {
  const card = document.createElement("div");
  card.className = "card telisik-card";
  card.dataset.outlet = String(row.outlet);
  card.appendChild(document.createElement("h2")).appendChild(title);
  const size = card.appendChild(document.createElement("div"));
  size.className = "telisik-card-interval";
  size.textContent = `${row.articles} article${row.articles === 1 ? "" : "s"} · ${row.sentences} sentences · ${row.words} words`;
  const list = card.appendChild(document.createElement("dl"));
  for (const figure of figures) {
    const value = row[figure.column];
    list.appendChild(document.createElement("dt")).textContent = figure.label;
    const dd = list.appendChild(document.createElement("dd"));
    const link = dd.appendChild(document.createElement("a"));
    link.href = figure.href;
    link.textContent = formatFigure(value, figure.format);
    const low = row[`${figure.column}_low`];
    const high = row[`${figure.column}_high`];
    const notes = [];
    if (typeof low === "number" && typeof high === "number") notes.push(`95% interval ${formatFigure(low, figure.format)}–${formatFigure(high, figure.format)}`);
    if (figure.basis) notes.push(figure.basis(row));
    if (notes.length) {
      link.title = notes.join("; ");
      const interval = dd.appendChild(document.createElement("div"));
      interval.className = "telisik-card-interval";
      interval.textContent = typeof low === "number" && typeof high === "number" ? `${formatFigure(low, figure.format)}–${formatFigure(high, figure.format)}` : figure.basis?.(row) ?? "";
    }
  }
  return card;
}

/** `0.4213` → `42%` (percent), `3.2` (rate: one decimal), `7` (number); missing → `–`. */
export function formatFigure(value: unknown, format: CardFigure["format"]): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  if (format === "percent") return `${Math.round(value * 100)}%`;
  if (format === "rate") return value.toFixed(1);
  return String(Math.round(value));
}
