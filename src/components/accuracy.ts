// How accurate the extraction is, measured on the sealed split of real articles
// (test/gold/sealed-scores.json, docs/evaluation.md): a table for the methodology page and a
// one-line note, linking to it, for every page that shows an extracted share.

export interface MeasuredFigure {
  precision?: number;
  recall?: number;
  f1?: number;
  rate?: number;
  leaked?: number;
  set_aside?: number;
  total?: number;
}

export interface AccuracyRecord {
  /** YYYY-MM-DD of the measurement, or null when the sealed split has not been scored. */
  measured: string | null;
  commit?: string;
  first_run?: boolean;
  languages?: Record<string, {telisik: Record<string, MeasuredFigure | number>; baseline: Record<string, MeasuredFigure | number>}>;
}

export const ACCURACY_HREF = "./methodology#measured-accuracy";
const LANGUAGE_NAMES: Record<string, string> = {id: "Indonesian", en: "English"};
/** Indonesian first, then English, then any other language alphabetically. */
const byLanguage = (languages: string[]) => [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const rank = (language: string) => {
  const i = Object.keys(LANGUAGE_NAMES).indexOf(language);
  return i < 0 ? Infinity : i;
};
export const ACCURACY_MEASURES = ["attribution category", "attribution source", "quote speaker", "hedge cues", "booster cues", "sentence segmentation"];
/** Rates, lower is better: what cleaning let through, and what it took away. */
const RATES: [measure: string, label: string, count: keyof MeasuredFigure][] = [
  ["boilerplate leak rate", "boilerplate leaked into sentences", "leaked"],
  ["body set aside rate", "body sentences set aside as boilerplate", "set_aside"],
];

const fixed = (x: number | undefined) => (typeof x === "number" ? x.toFixed(2) : "–");
const percent = (x: number | undefined) => (typeof x === "number" ? `${Math.round(x * 100)}%` : "–");
const figure = (row: Record<string, MeasuredFigure | number> | undefined, measure: string) => (row?.[measure] ?? {}) as MeasuredFigure;

/**
 * The sealed-split figures: when and at which commit they were measured, then a table per
 * language (a row per measure: precision, recall, F1, and the baseline's F1), narrow enough for a
 * phone.
 * @example accuracyTable(await FileAttachment("data/accuracy.json").json())
 */
export function accuracyTable(record: AccuracyRecord): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "telisik-accuracy-tables";
  if (!record.measured || !record.languages) {
    wrap.textContent = "The sealed split has not been scored yet (npm run eval -- --record-sealed).";
    return wrap;
  }
  const measured = wrap.appendChild(document.createElement("p"));
  measured.className = "telisik-accuracy-measured";
  measured.textContent = `Measured ${record.measured}${record.first_run ? " (first run of the code on these articles)" : " (a re-measurement; the split is never used for fixes)"} at commit ${String(record.commit ?? "").slice(0, 10)}.`;
  for (const language of byLanguage(Object.keys(record.languages))) wrap.appendChild(languageTable(language, record.languages[language]));
  return wrap;
}

function languageTable(language: string, figures: NonNullable<AccuracyRecord["languages"]>[string]): HTMLElement {
  const scroll = document.createElement("div");
  scroll.className = "telisik-scroll";
  const table = scroll.appendChild(document.createElement("table"));
  table.className = "telisik-accuracy";
  table.dataset.language = language;
  table.appendChild(document.createElement("caption")).textContent = `${LANGUAGE_NAMES[language] ?? language}: ${figures.telisik.articles} articles`;
  const head = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  for (const label of ["measure", "P", "R", "F1", "baseline F1"]) head.appendChild(document.createElement("th")).textContent = label;
  const body = table.appendChild(document.createElement("tbody"));
  for (const measure of ACCURACY_MEASURES) {
    const tr = body.appendChild(document.createElement("tr"));
    tr.appendChild(document.createElement("th")).textContent = measure;
    const t = figure(figures.telisik, measure);
    const b = figure(figures.baseline, measure);
    for (const value of [fixed(t.precision), fixed(t.recall), fixed(t.f1), fixed(b.f1)]) tr.appendChild(document.createElement("td")).textContent = value;
  }
  for (const [measure, label, count] of RATES) {
    const t = figure(figures.telisik, measure);
    if (t.rate === undefined) continue; // records from before a rate was measured
    const tr = body.appendChild(document.createElement("tr"));
    tr.appendChild(document.createElement("th")).textContent = label;
    const cell = tr.appendChild(document.createElement("td"));
    cell.colSpan = 3;
    cell.textContent = `${percent(t.rate)} (${t[count] ?? "–"} of ${t.total ?? "–"})`;
    tr.appendChild(document.createElement("td")).textContent = percent(figure(figures.baseline, measure).rate);
  }
  return scroll;
}

/**
 * A line for a page that shows extracted shares: the sealed-split F1 of the measures it rests on,
 * and a link to the methodology's accuracy table.
 * @example accuracyNote(record, ["attribution category", "attribution source"])
 */
export function accuracyNote(record: AccuracyRecord, measures: string[]): HTMLElement {
  const p = document.createElement("p");
  p.className = "telisik-accuracy-note";
  if (!record.measured || !record.languages) {
    p.append("These numbers come from rule-based extraction whose accuracy has not been measured on the sealed split yet: ");
  } else {
    const parts = measures.map((m) => `${m} F1 ${byLanguage(Object.keys(record.languages!)).map((l) => `${fixed(figure(record.languages![l].telisik, m).f1)} (${l})`).join(" / ")}`);
    p.append(`Extraction makes mistakes. On real articles it was never tuned on (measured ${record.measured}): ${parts.join("; ")}. `);
  }
  const link = p.appendChild(document.createElement("a"));
  link.href = ACCURACY_HREF;
  link.textContent = "How accurate these numbers are";
  p.append(".");
  return p;
}
