// Registry aliases found by their first word instead of by one alternation of every alias: with
// thousands of aliases a single case-insensitive regular expression is run at every position of
// every phrase, while a word index looks up only the aliases that can start at each word.
import type {RegistrySource} from "./registry.js";

interface Entry {
  alias: string;
  /** The alias lowercased, for aliases matched without case. */
  lower: string;
  /** All-capital aliases (`AP`, `AS`) match with their case. */
  exact: boolean;
  source: RegistrySource;
}

/** Aliases by their first word, lowercased; longest first within a word. */
export type AliasIndex = Map<string, Entry[]>;

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function firstWord(text: string): string | undefined {
  return /^[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase();
}

/**
 * The index of a registry's aliases. The first source to claim an alias (with its case, or without
 * it) keeps it, as in the registry's own order.
 * @example aliasIndex([{name: "KCNA", aliases: [], ...}]).get("kcna")?.[0].alias // "KCNA"
 */
export function aliasIndex(sources: {alias: string; exact: boolean; source: RegistrySource}[]): AliasIndex {
  const index: AliasIndex = new Map();
  const claimed = new Set<string>();
  for (const {alias, exact, source} of sources) {
    const key = firstWord(alias);
    const claim = exact ? `=${alias}` : `~${alias.toLowerCase()}`;
    if (!key || claimed.has(claim)) continue;
    claimed.add(claim);
    const entries = index.get(key) ?? [];
    entries.push({alias, lower: alias.toLowerCase(), exact, source});
    index.set(key, entries);
  }
  for (const entries of index.values()) entries.sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
  return index;
}

/**
 * Every alias match in a text: at each word start the longest alias that matches there (whole
 * words only), leftmost first, none overlapping.
 * @example matchAliases("kata Gedung Putih", index).map((m) => m.source.name) // ["White House"]
 */
export function matchAliases(text: string, index: AliasIndex): {source: RegistrySource; start: number; end: number}[] {
  const found: {source: RegistrySource; start: number; end: number}[] = [];
  let lower: string | undefined;
  let after = 0;
  for (const word of text.matchAll(WORD)) {
    const start = word.index!;
    if (start < after) continue;
    const entries = index.get(word[0].toLowerCase());
    if (!entries) continue;
    lower ??= text.toLowerCase();
    const hit = entries.find((e) => {
      const end = start + e.alias.length;
      if (end > text.length || LETTER_OR_DIGIT.test(text[end] ?? "")) return false;
      return e.exact ? text.startsWith(e.alias, start) : lower!.length === text.length ? lower!.startsWith(e.lower, start) : text.slice(start, end).toLowerCase() === e.lower;
    });
    if (!hit) continue;
    found.push({source: hit.source, start, end: start + hit.alias.length});
    after = start + hit.alias.length;
  }
  return found;
}
