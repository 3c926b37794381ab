// What the published site offers for download: every table of the data contract as CSV, with the
// event and outlet beside each row and the sentence beside each piece of evidence, so a
// spreadsheet needs no joins. Files cover every event (filter on `event`): a page's link must
// name a file the build knows, and the build does not know which event a reader will pick.
import JSZip from "jszip";
import {eventsOf, forEvent} from "../src/analysis/select.js";
import {TABLE_NAMES, type Tables} from "../src/analysis/types.js";
import {toCsv} from "./csv.js";

/** The rows behind each evidence list that is not a contract table of its own. */
const EVIDENCE = {
  analysts: (tables: Tables) => tables.attributions.filter((a) => a.category === "analyst" || a.category === "anonymous"),
};

/** Tables whose rows are sentences' evidence: they carry the sentence's text. */
const WITH_SENTENCE = new Set(["attributions", "quotes", "hedges", "analysts"]);

/**
 * Rows of each download, by file name (`attributions.csv`...).
 * @example downloadTables(tables)["attributions.csv"][0] // {event, outlet, article_id, sentence_index, source, ..., sentence}
 */
export function downloadTables(tables: Tables): Record<string, Record<string, unknown>[]> {
  const articles = new Map(tables.articles.map((a) => [a.id, a]));
  const sentences = new Map(tables.sentences.map((s) => [`${s.article_id}\u0000${s.index}`, s.text]));
  // Outlet metrics are per event: computed across events they would mix two stories.
  const perEvent = eventsOf(tables).flatMap((event) => forEvent(tables, event).outlets.map((o) => ({event, ...o})));
  const sources: Record<string, Record<string, unknown>[]> = {};
  for (const name of TABLE_NAMES) sources[name] = name === "outlets" ? perEvent : (tables[name] as unknown as Record<string, unknown>[]);
  for (const [name, rows] of Object.entries(EVIDENCE)) sources[name] = rows(tables) as unknown as Record<string, unknown>[];
  const files: Record<string, Record<string, unknown>[]> = {};
  for (const [name, rows] of Object.entries(sources)) {
    files[`${name}.csv`] = rows.map((row) => {
      if (typeof row.article_id !== "string") return row;
      const article = articles.get(row.article_id);
      const sentence = WITH_SENTENCE.has(name) ? {sentence: sentences.get(`${row.article_id}\u0000${row.sentence_index}`) ?? null} : {};
      return {event: article?.event ?? null, outlet: article?.outlet ?? null, ...row, ...sentence};
    });
  }
  return files;
}

/** The downloads as one zip archive (`downloads/<table>.csv`), which Framework unpacks at build time. */
export async function downloadsZip(tables: Tables): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [file, rows] of Object.entries(downloadTables(tables))) zip.file(file, toCsv(rows));
  // A fixed date, so the same corpus gives a byte-identical archive.
  for (const file of Object.values(zip.files)) file.date = new Date(Date.UTC(2000, 0, 1));
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}
