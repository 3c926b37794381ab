// A source as found in a sentence (a mention), the noun phrase a cue points at, and the people an
// article introduced. Who a phrase names is decided by the rules in ./resolve/.
import type {SourceCategory} from "../types.js";
import type {CompiledRegistry, RegistrySource} from "./registry.js";
import {isCapitalized, tokens} from "./resolve/phrase.js";

/** How a mention was resolved to its source. */
export type Resolution = "direct" | "role_words" | "name" | "pronoun" | "anaphora" | "quote_span" | "imagery" | "repaired" | "generic";

/** A source as found in a sentence. */
export interface Mention {
  source: string;
  category: SourceCategory;
  country: string | null;
  state_controlled: boolean;
  affiliation: string | null;
  /** A person or body named in the text, as opposed to an unnamed role holder. */
  named: boolean;
  /** A person (not an agency, outlet or government body). */
  person: boolean;
  resolution: Resolution;
  /** The rule that decided it (`registry_alias`, `named_person`, ...; src/analysis/sources/resolve/). */
  rule: string;
  /** Span of the mention in the sentence. */
  start: number;
  end: number;
  /** For anaphora: which sources the phrase may point back to (all when empty). */
  anaphoraFamily?: SourceCategory[];
  /** For anaphora: a role (`the senator`, `menteri itu`) points back to a person. */
  anaphoraPerson?: boolean;
  /** For anaphora by a role: the role (its `unnamed` name), to find the person introduced with it. */
  anaphoraRole?: string;
  /** For anaphora with nothing to point back to: the body as written (`the electoral commission`). */
  fallback?: Mention;
  /** For anaphora: only registry entries of this kind (`the government` → a country's government). */
  anaphoraKind?: string;
  /** For generic state media with no country: resolve by the article's last state media. */
  genericNoCountry?: boolean;
}

/** A person introduced in an article with a role (`Menteri Pertahanan Rusia Sergei Shoigu`). */
export interface Person {
  name: string;
  category: SourceCategory;
  affiliation: string | null;
  /** The sentence that introduced them, where known. */
  introduced?: number;
  /** The role they were introduced with (its `unnamed` name: `unnamed leader`), where known. */
  role?: string;
}


/**
 * The noun phrase at the start of `text` (from `offset` in the sentence): leading connectors
 * dropped, cut at the first clause boundary (punctuation or a boundary word such as `yang`).
 * @example nounPhrase("Kim seperti dikutip oleh KCNA", 0, compiled).text // "Kim"
 */
export function nounPhrase(text: string, offset: number, compiled: CompiledRegistry): {text: string; start: number} {
  let s = 0;
  // Leading connectors: `namun`, `dan`, `meskipun` ...
  for (;;) {
    const m = /^\s*([\p{L}]+)/u.exec(text.slice(s));
    if (!m || !compiled.words.leading.has(m[1].toLowerCase())) break;
    s += m[0].length;
  }
  while (s < text.length && /\s/.test(text[s])) s++;
  const rest = text.slice(s);
  // The first clause break; a dot that ends an honorific (`Tn.`) or an initialism (`U.S.`) is not one.
  let limit = rest.length;
  for (const stop of rest.matchAll(/[,;:!?“”"]|\.(?=\s|$)/gu)) {
    if (stop[0] === ".") {
      const word = rest.slice(0, stop.index! + 1).split(/\s+/).pop() ?? "";
      if (compiled.words.honorifics.has(word) || /^(?:\p{Lu}\.)+$/u.test(word)) continue;
    }
    limit = stop.index!;
    break;
  }
  let e = s + limit;
  for (const t of tokens(rest.slice(0, limit))) {
    if (t.start > 0 && compiled.words.boundaries.has(t.text.toLowerCase()) && !isCapitalized(t.text)) {
      e = s + t.start;
      break;
    }
  }
  const phrase = text.slice(s, e);
  return {text: phrase.trimEnd(), start: offset + s};
}

/**
 * A mention of a registry source.
 * @example fromRegistry(registryEntry("Yonhap", registry)!, {start: 0, end: 6}, "direct").category // "independent_media"
 */
export function fromRegistry(source: RegistrySource, span: {start: number; end: number}, resolution: Resolution): Mention {
  return {
    source: source.name,
    category: source.category,
    country: source.country,
    state_controlled: source.state_controlled,
    affiliation: null,
    named: source.category !== "anonymous",
    person: false,
    resolution,
    rule: "",
    start: span.start,
    end: span.end,
    genericNoCountry: source.generic === true && source.country === null,
  };
}

/**
 * The person a (possibly short) name refers to: an exact name, or one whose first or last word it is
 * (`Kim` → `Kim Jong Un`, `Panda` → `Ankit Panda`). The earliest introduced wins.
 * @example personNamed("Panda", new Map([["Ankit Panda", {name: "Ankit Panda", category: "analyst", affiliation: null}]]))?.name // "Ankit Panda"
 */
export function personNamed(written: string, people: Map<string, Person>): Person | undefined {
  const exact = people.get(written);
  if (exact) return exact;
  const words = written.split(/\s+/);
  if (words.length !== 1) return undefined;
  for (const person of people.values()) {
    const parts = person.name.split(/\s+/);
    if (parts.length > 1 && (parts[0] === written || parts[parts.length - 1] === written)) return person;
  }
  return undefined;
}
