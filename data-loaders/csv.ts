// Rows as CSV, written with d3-dsv (RFC 4180 quoting), every text cell made spreadsheet-safe.
import {csvFormatRows} from "d3";
import {spreadsheetSafe} from "./spreadsheetSafe.js";

/**
 * Rows as RFC 4180 CSV. Columns are the union of the rows' keys in first-seen order; lists and
 * objects are written as JSON, null as an empty cell; text that a spreadsheet would read as a
 * formula (`=1+2`) is prefixed with `'` (spreadsheetSafe). Numbers stay numbers, negative ones included.
 * @example toCsv([{a: 1, b: "x,y"}]) // 'a,b\n1,"x,y"\n'
 * @example toCsv([{a: "=1+2"}]) // "a\n'=1+2\n"
 */
export function toCsv(rows: Record<string, unknown>[], columns: string[] = columnsOf(rows)): string {
  return csvFormatRows([columns.map(csvCell), ...rows.map((row) => columns.map((column) => csvCell(row[column])))]) + "\n";
}

export function columnsOf(rows: Record<string, unknown>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return spreadsheetSafe(typeof value === "object" ? JSON.stringify(value) : String(value));
}
