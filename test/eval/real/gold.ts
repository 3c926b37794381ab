// The real-article gold (docs/annotation.md): one JSON Lines file per article, every piece of the
// body in reading order, each either a sentence with its labels or a boilerplate piece with its
// role. This module reads and checks gold files; it never runs the analysis, so it can check
// sealed gold before the code has seen those articles.
import {readFileSync} from "node:fs";
import {parse as parseYaml} from "yaml";
import {normalizeText} from "../../../src/analysis/text/normalize.js";
import {SOURCE_CATEGORIES, type SourceCategory} from "../../../src/analysis/types.js";

export const BOILERPLATE_ROLES = [
  "headline", "subheading", "dateline", "byline", "editor_initials", "timestamp", "caption",
  "photo_credit", "related_link", "navigation", "widget", "duplicate", "other",
] as const;
export type BoilerplateRole = (typeof BOILERPLATE_ROLES)[number];

export interface GoldAttribution {
  source: string;
  aliases?: string[];
  category: SourceCategory;
  /** This source passes on another's words (`Reuters, citing KCNA`). */
  relay?: boolean;
  /** The relay this origin reached the outlet through. */
  via?: string;
}

export interface GoldQuote {
  speaker: string;
  aliases?: string[];
  category: SourceCategory;
  direct: boolean;
  via?: string;
}

export interface GoldSentence {
  kind: "sentence";
  text: string;
  attributions: GoldAttribution[];
  quotes: GoldQuote[];
  hedges: string[];
  boosters: string[];
}

export interface GoldBoilerplate {
  kind: "boilerplate";
  role: BoilerplateRole;
  text: string;
}

export type GoldRecord = GoldSentence | GoldBoilerplate;

/** A record placed in the article body: `[start, end)` in the body's flattened text. */
export type Placed<T extends GoldRecord = GoldRecord> = T & {start: number; end: number; line: number};

export interface GoldArticle {
  id: string;
  language: string;
  outlet: string;
  event: string;
  /** The article's body (after front matter) with white space runs collapsed: what gold positions index. */
  flat: string;
  records: Placed[];
}

/**
 * Text as gold compares it: the pipeline's normalisation, then every run of white space as one
 * space. Gold is copied by hand, so a line break typed as a space must not matter.
 * @example flatten("a \n\n b") // "a b"
 */
export function flatten(text: string): string {
  return normalizeText(text).replace(/\s+/gu, " ").trim();
}

/** Front matter and body of an article file, split the way `readArticle` splits them. */
export function splitArticle(text: string): {meta: Record<string, unknown>; body: string} {
  const normal = normalizeText(text);
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(normal);
  if (!match) return {meta: {}, body: normal};
  const meta = (parseYaml(match[1]) ?? {}) as Record<string, unknown>;
  return {meta, body: normal.slice(match[0].length)};
}

/** Problems with one record's shape; empty when it is well formed. */
export function recordProblems(record: unknown): string[] {
  const problems: string[] = [];
  if (typeof record !== "object" || record === null) return ["not a JSON object"];
  const r = record as Record<string, unknown>;
  if (typeof r.text !== "string" || r.text.trim() === "") problems.push("text must be a non-empty string");
  if (r.kind === "boilerplate") {
    if (!BOILERPLATE_ROLES.includes(r.role as BoilerplateRole)) problems.push(`unknown boilerplate role ${JSON.stringify(r.role)}`);
    return problems;
  }
  if (r.kind !== "sentence") return [...problems, `kind must be "sentence" or "boilerplate", not ${JSON.stringify(r.kind)}`];
  for (const list of ["attributions", "quotes", "hedges", "boosters"]) if (!Array.isArray(r[list])) problems.push(`${list} must be a list`);
  const people = [...((r.attributions as unknown[]) ?? []), ...((r.quotes as unknown[]) ?? [])] as Record<string, unknown>[];
  for (const p of people) {
    const name = p?.source ?? p?.speaker;
    if (typeof name !== "string" || name.trim() === "") problems.push(`a source or speaker has no name: ${JSON.stringify(p)}`);
    if (!SOURCE_CATEGORIES.includes(p?.category as SourceCategory)) problems.push(`unknown category ${JSON.stringify(p?.category)} for ${JSON.stringify(name)}`);
    if (p?.aliases !== undefined && !(Array.isArray(p.aliases) && p.aliases.every((a) => typeof a === "string"))) problems.push(`aliases of ${JSON.stringify(name)} must be a list of names`);
  }
  for (const q of ((r.quotes as unknown[]) ?? []) as Record<string, unknown>[]) {
    if (typeof q?.direct !== "boolean") problems.push(`quote of ${JSON.stringify(q?.speaker)} needs direct: true or false`);
  }
  for (const list of ["hedges", "boosters"]) {
    for (const cue of ((r[list] as unknown[]) ?? [])) {
      if (typeof cue !== "string" || cue.trim() === "") problems.push(`${list} entries must be the cue words as written`);
      else if (!flatten(r.text as string).toLowerCase().includes(flatten(cue).toLowerCase())) problems.push(`${list} cue ${JSON.stringify(cue)} is not in the sentence`);
    }
  }
  return problems;
}

export interface CheckedGold {
  article: GoldArticle | null;
  problems: string[];
}

/**
 * Read an article and its gold and place every record in the body, in order. Problems: a line
 * that is not a well-formed record, a record whose text is not found after the one before it, and
 * letters or digits of the body that no record covers.
 */
export function readGold(articlePath: string, goldPath: string): CheckedGold {
  const problems: string[] = [];
  const {meta, body} = splitArticle(readFileSync(articlePath, "utf8"));
  const flat = flatten(body);
  const lines = readFileSync(goldPath, "utf8").split("\n");
  const records: Placed[] = [];
  let cursor = 0;
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${i + 1}: not JSON (${(error as Error).message})`);
      return;
    }
    const shape = recordProblems(record);
    if (shape.length > 0) {
      problems.push(...shape.map((p) => `line ${i + 1}: ${p}`));
      return;
    }
    const text = flatten((record as GoldRecord).text);
    const start = flat.indexOf(text, cursor);
    if (start < 0) {
      const elsewhere = flat.indexOf(text) >= 0 ? " (it is found earlier: records must be in reading order)" : "";
      problems.push(`line ${i + 1}: text not found in the article${elsewhere}: ${JSON.stringify(text.slice(0, 80))}`);
      return;
    }
    const gap = flat.slice(cursor, start);
    if (/[\p{L}\p{N}]/u.test(gap)) problems.push(`line ${i + 1}: text before this record is covered by no record: ${JSON.stringify(gap.trim().slice(0, 80))}`);
    records.push({...(record as GoldRecord), start, end: start + text.length, line: i + 1});
    cursor = start + text.length;
  });
  const tail = flat.slice(cursor);
  if (/[\p{L}\p{N}]/u.test(tail)) problems.push(`the end of the article is covered by no record: ${JSON.stringify(tail.trim().slice(0, 80))}`);
  const field = (key: string) => (meta[key] === undefined || meta[key] === null ? "" : String(meta[key]));
  if (!["id", "en"].includes(field("language"))) problems.push(`front matter language must be id or en, not ${JSON.stringify(field("language"))}`);
  for (const key of ["id", "outlet", "url", "event"]) if (field(key) === "") problems.push(`front matter has no ${key}`);
  const article: GoldArticle = {id: field("id"), language: field("language"), outlet: field("outlet"), event: field("event"), flat, records};
  return {article: problems.length === 0 ? article : null, problems};
}
