/**
 * Rows as RFC 4180 CSV. Columns are the union of the rows' keys in first-seen order; lists and
 * objects are written as JSON, null as an empty cell, and text that a spreadsheet would run as a
 * formula with a leading `'` (see `asText`).
 * @example toCsv([{a: 1, b: "x,y"}]) // 'a,b\n1,"x,y"\n'
 */
export function toCsv(rows: Record<string, unknown>[], columns: string[] = columnsOf(rows)): string {
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(","));
  return lines.join("\n") + "\n";
}

export function columnsOf(rows: Record<string, unknown>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/** What opens a formula in Excel, LibreOffice and Google Sheets (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Article text is untrusted: `=HYPERLINK(...)` as an outlet would run when the CSV is opened.
 * A leading apostrophe makes a spreadsheet show the cell as text. Numbers are left alone (-0.25).
 * @example asText("=1+2") // "'=1+2"
 */
export function asText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" || typeof value === "boolean" ? String(value) : asText(typeof value === "object" ? JSON.stringify(value) : String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
