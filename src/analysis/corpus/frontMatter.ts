// YAML front matter: a `---` block at the top of an article. Its values are names and ids a person
// typed, so scalars are kept as written: `id: 004` is "004" and `.nan` is ".nan", where YAML's
// core schema would make them the numbers 4 and NaN.
import {parseDocument, visit} from "yaml";

export type FrontMatterSplit = {yaml: string | null; body: string} | {error: string};

/**
 * Front matter is a `---` line at the very start, closed by a `---` (or `...`) line.
 * @example splitFrontMatter("---\nid: a\n---\nTeks.") // {yaml: "id: a\n", body: "Teks."}
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (!/^---[ \t]*\n/.test(text)) return {yaml: null, body: text};
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(text.indexOf("\n") + 1);
  const match = close.exec(rest);
  if (!match) return {error: "broken front matter: no closing --- line; skipped"};
  return {yaml: rest.slice(0, match.index), body: rest.slice(match.index + match[0].length).replace(/^\n/, "")};
}

/**
 * The key: value pairs of front matter, numbers and booleans as their source text; null (`~`, an
 * empty value) stays null. An error names what is wrong in one line.
 * @example parseFrontMatter("id: 004\nbased_on: [AP, 7]") // {fields: {id: "004", based_on: ["AP", "7"]}}
 */
export function parseFrontMatter(yaml: string): {fields: Record<string, unknown>} | {error: string} {
  const document = parseDocument(yaml);
  if (document.errors.length > 0) return {error: `broken front matter: ${firstLine(document.errors[0].message)}; skipped`};
  visit(document, {
    Scalar(_key, node) {
      if (node.type === "PLAIN" && (typeof node.value === "number" || typeof node.value === "boolean") && typeof node.source === "string") node.value = node.source;
    },
  });
  let parsed: unknown;
  try {
    parsed = document.toJS({maxAliasCount: 100});
  } catch (error) {
    return {error: `broken front matter: ${firstLine((error as Error).message)}; skipped`};
  }
  if (parsed === null || parsed === undefined) return {fields: {}};
  if (typeof parsed !== "object" || Array.isArray(parsed)) return {error: "broken front matter: expected key: value pairs; skipped"};
  return {fields: parsed as Record<string, unknown>};
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}
