/**
 * Rows as RFC 4180 CSV. Columns are the union of the rows' keys in first-seen order; lists and
 * objects are written as JSON, null as an empty cell.
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

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
