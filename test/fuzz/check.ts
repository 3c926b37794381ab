// What the fuzz suite asserts about one run (issue 14, item 3): every input is accounted for, and
// the valid articles come out as they do without their hostile neighbours.
import {isArticleFile} from "../../data-loaders/corpusEntries.js";
import type {Tables} from "../../src/analysis/types.js";
import type {FuzzEntry} from "./generate.js";

/**
 * Does the reader consider this entry (so it must be analysed or reported)? Article-named files
 * and links outside hidden and `node_modules` folders, and links to folders whatever their name.
 * @example isInput({kind: "file", path: "h/.git/a.md", contents: "", family: "x"}) // false
 */
export function isInput(entry: FuzzEntry, linkToFolder = false): boolean {
  const parts = entry.path.split("/");
  const name = parts.pop()!;
  if (parts.some((folder) => folder.startsWith(".") || folder === "node_modules")) return false;
  return isArticleFile(name) || (entry.kind === "symlink" && linkToFolder);
}

/** Inputs that are neither an article nor in `problems` (themselves or a folder above them). */
export function unaccounted(inputs: string[], tables: Tables): string[] {
  const analysed = new Set(tables.articles.map((a) => a.file));
  const reported = new Set(tables.problems.map((p) => p.file));
  const underReported = (path: string) => path.split("/").some((_, i, parts) => reported.has(parts.slice(0, i + 1).join("/")));
  return inputs.filter((path) => !analysed.has(path) && !underReported(path));
}

const PER_ARTICLE = ["articles", "sentences", "spans", "attributions", "quotes", "hedges"] as const;

/**
 * The tables where the valid articles' rows differ between a run with and without the hostile
 * files: per-article tables by `article_id`/`id`; claims that hold a valid sentence; the valid
 * articles' outlets (their event has no hostile article, so corroboration must not move either).
 */
export function differences(alone: Tables, mixed: Tables, validIds: Set<string>): string[] {
  const rowsOf = (tables: Tables, table: (typeof PER_ARTICLE)[number]) =>
    JSON.stringify((tables[table] as {article_id?: string; id?: string}[]).filter((row) => validIds.has(row.article_id ?? row.id ?? "")));
  const claimsOf = (tables: Tables) => JSON.stringify(tables.claims.filter((c) => c.sentences.some((s) => validIds.has(s.article_id))));
  const outlets = new Set(alone.outlets.map((o) => o.outlet));
  const outletsOf = (tables: Tables) => JSON.stringify(tables.outlets.filter((o) => outlets.has(o.outlet)));
  const differing: string[] = PER_ARTICLE.filter((table) => rowsOf(alone, table) !== rowsOf(mixed, table));
  if (claimsOf(alone) !== claimsOf(mixed)) differing.push("claims");
  if (outletsOf(alone) !== outletsOf(mixed)) differing.push("outlets");
  return differing;
}
