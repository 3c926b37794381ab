// What a person at the terminal is told about files that could not be fully read, and when a
// strict run fails: the CLI and the site build say the same thing.
import type {Tables} from "../src/analysis/types.js";

/**
 * One line per problem, as the CLI and the build print them on stderr.
 * @example problemLines([{file: "ev/empty.md", severity: "error", message: "empty file"}]) // ["telisik: error: ev/empty.md: empty file"]
 */
export function problemLines(problems: Tables["problems"]): string[] {
  return problems.map((problem) => `telisik: ${problem.severity}: ${problem.file}: ${problem.message}`);
}

/**
 * Whether `--strict` fails: an article could not be analyzed (an error, not a warning), or none was.
 * @example failsStrict({articles: [], problems: []}) // true
 */
export function failsStrict(tables: Pick<Tables, "articles" | "problems">): boolean {
  return tables.problems.some((p) => p.severity === "error") || tables.articles.length === 0;
}
