// Bulk import lists: a CSV file or JSON Lines, one article per row, with the columns
// outlet, url, published, title, text | html, event, language (and optionally id). Each row is
// read on its own: a broken row becomes an error with its row number, and the rest go on.
import {csvParse} from "d3";

export const ROW_FIELDS = ["id", "outlet", "url", "published", "title", "text", "html", "event", "language"] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export type RowFields = Partial<Record<RowField, string>>;

export type BulkRow = {label: string; fields: RowFields; warnings: string[]} | {label: string; error: string};

/** Keep the known columns, as trimmed non-empty text; anything else is named in a warning. */
function rowFields(record: Record<string, unknown>): {fields: RowFields; warnings: string[]} | {error: string} {
  const fields: RowFields = {};
  const warnings: string[] = [];
  for (const [rawKey, value] of Object.entries(record)) {
    const key = rawKey.trim().toLowerCase();
    if (!(ROW_FIELDS as readonly string[]).includes(key)) {
      if (value !== "" && value !== null && value !== undefined) warnings.push(`unknown column "${rawKey}" ignored`);
      continue;
    }
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string" && typeof value !== "number") return {error: `"${rawKey}" should be text, not ${Array.isArray(value) ? "a list" : typeof value}`};
    const text = key === "text" || key === "html" ? String(value) : String(value).trim();
    if (text.trim()) fields[key as RowField] = text;
  }
  return {fields, warnings};
}

/**
 * Rows of a CSV file (header line first; quoted fields may hold commas and line breaks).
 * @example parseCsvRows("outlet,url\nKompas,https://kompas.example/a\n")[0] // {label: "row 1", fields: {outlet: "Kompas", url: "..."}, warnings: []}
 */
export function parseCsvRows(text: string): BulkRow[] {
  const records = csvParse(text.replace(/^\uFEFF/, ""));
  return records.map((record, i) => {
    const label = `row ${i + 1}`;
    const read = rowFields(record as Record<string, unknown>);
    return "error" in read ? {label, error: read.error} : {label, ...read};
  });
}

/**
 * Rows of a JSON Lines file: one JSON object per line; blank lines are skipped.
 * @example parseJsonLines('{"outlet": "Kompas", "text": "Isi."}\n')[0].label // "line 1"
 */
export function parseJsonLines(text: string): BulkRow[] {
  const rows: BulkRow[] = [];
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const label = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      rows.push({label, error: `not valid JSON (${(error as Error).message})`});
      return;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      rows.push({label, error: "expected one JSON object per line"});
      return;
    }
    const read = rowFields(value as Record<string, unknown>);
    rows.push("error" in read ? {label, error: read.error} : {label, ...read});
  });
  return rows;
}
