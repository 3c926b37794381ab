// The front matter `telisik add` writes: the fields readArticle reads (docs/data-contract.md),
// in a fixed order, as YAML; what has no field (the byline, where the page came from) goes in
// `#` comments, as the seed articles note their datelines.
import {stringify} from "yaml";

export interface ArticleFields {
  id: string;
  outlet?: string | null;
  event: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  language?: string | null;
  based_on?: string[];
  /** The id of the earlier article this one reprints (a near-duplicate). */
  reprint_of?: string | null;
}

const ORDER: (keyof ArticleFields)[] = ["id", "outlet", "event", "title", "url", "published", "language", "based_on", "reprint_of"];

/** One YAML line: the value quoted only when YAML needs it (`"004"`, `"Kamis: banjir"`). */
function yamlLine(key: string, value: unknown): string {
  return stringify({[key]: value}, {lineWidth: 0}).trimEnd();
}

/**
 * A whole article file: front matter, then the body (no blank line between, as in the seeds).
 * Empty fields are left out so the analysis can infer them (an outlet from the dateline);
 * comment lines are made single-line.
 * @example articleFile({id: "a", event: "e"}, ["byline: Budi"], "Teks.") // "---\nid: a\nevent: e\n# byline: Budi\n---\nTeks.\n"
 */
export function articleFile(fields: ArticleFields, comments: string[], body: string): string {
  const lines = ["---"];
  for (const key of ORDER) {
    const value = fields[key];
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    lines.push(yamlLine(key, value));
  }
  for (const comment of comments) lines.push(`# ${comment.replace(/\s+/g, " ").trim()}`);
  lines.push("---", body.trim(), "");
  return lines.join("\n");
}
