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
 * How deep front matter may nest. The YAML parser recurses per level, so past a few hundred levels
 * whether it overflows the stack (and where) depends on how deep the caller's stack already is;
 * refusing by a count keeps the outcome and the message the same on every run.
 */
export const MAX_FRONT_MATTER_DEPTH = 64;

const TOO_DEEP = `broken front matter: nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep; skipped`;

/**
 * An upper bound on the nesting of YAML, counted without parsing, in one pass: block levels
 * (indentation steps and compact `- ` entries on a line) plus open flow brackets `[` `{`.
 * @example nestingDepth("a:\n  b: [1, [2]]") // 4
 */
export function nestingDepth(yaml: string): number {
  let deepest = 0;
  let flow = 0;
  const indents: number[] = [];
  for (const line of yaml.split("\n")) {
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (content === "" || content.startsWith("#")) continue;
    while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
    indents.push(indent);
    const block = indents.length + countEntryMarkers(content);
    deepest = Math.max(deepest, block + flow);
    for (let i = 0; i < content.length; i++) {
      const c = content[i];
      if (c === "[" || c === "{") deepest = Math.max(deepest, block + ++flow);
      else if ((c === "]" || c === "}") && flow > 0) flow--;
    }
  }
  return deepest;
}

/** Compact block entries opening a line: `- - x` is two levels. */
function countEntryMarkers(content: string): number {
  let count = 0;
  let i = 0;
  while ((content[i] === "-" || content[i] === "?") && (content[i + 1] === " " || content[i + 1] === "\t")) {
    count++;
    i += 2;
    while (content[i] === " " || content[i] === "\t") i++;
  }
  return count;
}

/**
 * The key: value pairs of front matter, numbers and booleans as their source text; null (`~`, an
 * empty value) stays null. An error names what is wrong in one line.
 * @example parseFrontMatter("id: 004\nbased_on: [AP, 7]") // {fields: {id: "004", based_on: ["AP", "7"]}}
 */
export function parseFrontMatter(yaml: string): {fields: Record<string, unknown>} | {error: string} {
  if (nestingDepth(yaml) > MAX_FRONT_MATTER_DEPTH) return {error: TOO_DEEP};
  const document = parseDocument(yaml);
  // Within the limit the stack should hold; should it not, the message still names no position.
  if (document.errors.some((e) => /call stack/i.test(e.message))) return {error: TOO_DEEP};
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
    if (error instanceof RangeError) return {error: TOO_DEEP};
    return {error: `broken front matter: ${firstLine((error as Error).message)}; skipped`};
  }
  if (parsed === null || parsed === undefined) return {fields: {}};
  if (typeof parsed !== "object" || Array.isArray(parsed)) return {error: "broken front matter: expected key: value pairs; skipped"};
  return {fields: parsed as Record<string, unknown>};
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}
