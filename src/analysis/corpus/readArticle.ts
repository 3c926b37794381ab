import type {ArticleRow, ProblemRow, SourceDocument} from "../types.js";
import {normalizeText} from "../text/normalize.js";
import {parseFrontMatter, splitFrontMatter} from "./frontMatter.js";
import {idFromFileName, isArticleId} from "./articleIds.js";

/** Reference data for reading articles (src/reference/outlets.json), plus the corpus's default event. */
export interface ArticleRules {
  /** Event for files at the top of the corpus folder (the Node side sets the folder's name). */
  defaultEvent: string;
  /** House-style signals: a pattern that, found in the text, names the outlet. Weaker than a dateline. */
  houseStyles: {outlet: string; pattern: string; flags?: string; note?: string}[];
  /** Outlet names for what datelines print (`REPUBLIKA.CO.ID` → `Republika`), keys in capitals. */
  names: Record<string, string>;
}

/**
 * The outlet's name for a dateline's spelling of it; unknown spellings are kept as written.
 * @example outletName("Republika.co.id", rules) // "Republika"
 */
export function outletName(written: string, rules: ArticleRules): string {
  const key = written.toUpperCase();
  return Object.hasOwn(rules.names, key) ? rules.names[key] : written;
}

export interface ReadArticle {
  /** Null when the document cannot be analyzed; the reason is in `problems`. */
  article: ArticleRow | null;
  /** The text after front matter (and a leading Markdown `# title`). */
  body: string;
  problems: ProblemRow[];
}

const FRONT_MATTER_KEYS = new Set(["id", "outlet", "event", "title", "url", "published", "language", "based_on", "reprint_of"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parse one document: optional YAML front matter, then the body. Missing fields are derived: id
 * from the file name, event from the parent folder, outlet from house-style signals (the dateline
 * is found later, by cleaning) or `unknown (<id>)`.
 */
export function readArticle(document: SourceDocument, rules: ArticleRules): ReadArticle {
  const problems: ProblemRow[] = [];
  const problem = (severity: ProblemRow["severity"], message: string) => problems.push({file: document.file, severity, message});
  const text = normalizeText(document.text);
  const split = splitFrontMatter(text);
  if ("error" in split) {
    problem("error", split.error);
    return {article: null, body: "", problems};
  }
  let meta: Record<string, unknown> = {};
  if (split.yaml !== null) {
    const parsed = parseFrontMatter(split.yaml);
    if ("error" in parsed) {
      problem("error", parsed.error);
      return {article: null, body: "", problems};
    }
    meta = parsed.fields;
  }
  for (const key of Object.keys(meta)) if (!FRONT_MATTER_KEYS.has(key)) problem("warning", `unknown front matter field "${key}" ignored`);

  const field = (key: string): string | null => {
    const value = meta[key];
    if (value === undefined || value === null || value === "") return null;
    if (typeof value !== "string") {
      problem("warning", `front matter field "${key}" should be text; ignored`);
      return null;
    }
    const text = value.trim();
    if (text === "") problem("warning", `front matter field "${key}" is blank; ignored`);
    return text || null;
  };

  const {title: markdownTitle, body} = takeMarkdownTitle(split.body);
  const id = field("id") ?? idFromFileName(document.file);
  if (!isArticleId(id)) {
    problem("error", `article id "${id}" must be letters, digits, ".", "_" or "-", opening with a letter or digit; skipped`);
    return {article: null, body, problems};
  }
  let published = field("published");
  if (published !== null && !DATE.test(published)) {
    problem("warning", `published "${published}" is not YYYY-MM-DD; ignored`);
    published = null;
  }
  const declaredOutlet = field("outlet");
  const house = declaredOutlet === null ? houseStyleOutlet(body, rules) : null;
  const article: ArticleRow = {
    id,
    file: document.file,
    outlet: declaredOutlet ?? house ?? `unknown (${id})`,
    outlet_basis: declaredOutlet !== null ? "front_matter" : house !== null ? "house_style" : "unknown",
    event: field("event") ?? parentFolder(document.file) ?? rules.defaultEvent,
    language: field("language") ?? "id",
    title: field("title") ?? markdownTitle,
    url: field("url"),
    published,
    based_on: basedOn(meta.based_on, problem),
    place: null,
    reprint_of: field("reprint_of"),
    words: 0,
    sentence_count: 0,
  };
  return {article, body, problems};
}

/** A Markdown file may open with `# Title`; it is metadata, not reporting. */
function takeMarkdownTitle(body: string): {title: string | null; body: string} {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(body);
  if (!match) return {title: null, body};
  return {title: match[1].trim(), body: body.slice(match[0].length)};
}

function houseStyleOutlet(body: string, rules: ArticleRules): string | null {
  for (const style of rules.houseStyles) if (new RegExp(style.pattern, style.flags ?? "u").test(body)) return style.outlet;
  return null;
}

function basedOn(value: unknown, problem: (severity: ProblemRow["severity"], message: string) => void): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const names = list.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map((v) => String(v).trim()).filter(Boolean);
  if (names.length !== list.length) problem("warning", `front matter field "based_on" should be a list of names; kept ${names.length} of ${list.length}`);
  return names;
}

function parentFolder(file: string): string | null {
  const parts = file.split("/");
  return parts.length > 1 ? parts[parts.length - 2] : null;
}
