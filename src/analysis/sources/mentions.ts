// Who a noun phrase names: a registry source, a person (classified by role words), an unnamed
// role holder (`para analis`), or a phrase that points back (`kantor berita tersebut`).
import type {SourceCategory} from "../types.js";
import {findAliases, findRoles, organisationCategory, type AliasMatch, type CompiledRegistry, type RegistryRole, type RegistrySource} from "./registry.js";

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
  /** Span of the mention in the sentence. */
  start: number;
  end: number;
  /** For anaphora: which sources the phrase may point back to (all when empty). */
  anaphoraFamily?: SourceCategory[];
  /** For anaphora: a role (`the senator`, `menteri itu`) points back to a person. */
  anaphoraPerson?: boolean;
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
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|\(|\)|,/gu;

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({text: m[0], start: m.index!, end: m.index! + m[0].length}));
}

/** Lowercase words that may sit inside an organisation's name (`Lembaga Kajian untuk Perdamaian`). */
const ORG_GLUE = new Set(["dan", "untuk", "of", "for", "and", "the", "&"]);

const PRONOUNS = new Set(["ia", "dia", "beliau", "mereka", "he", "she", "they"]);

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

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
 * Who a noun phrase names, or null if it names no source. `apposition` is the comma-separated
 * phrase after it (`, seorang profesor di ...`), which may give a named person's role and affiliation.
 * @example resolvePhrase("kantor berita Korea Selatan Yonhap", 0, compiled, new Map())?.source // "Yonhap"
 */
export function resolvePhrase(phrase: string, start: number, compiled: CompiledRegistry, people: Map<string, Person>, apposition?: string): Mention | null {
  const text = phrase.trim();
  if (!text) return null;
  // `the Joint Chiefs of Staff`, `the Kremlin`: an English article before a name is not part of it.
  const article = /^[Tt]he\s+(?=\p{Lu})/u.exec(text);
  if (article) return resolvePhrase(text.slice(article[0].length), start + (phrase.length - phrase.trimStart().length) + article[0].length, compiled, people, apposition);
  const toks = tokens(text);
  if (toks.length === 0 || toks.length > 14) return null;
  const w = compiled.words;
  const aliases = findAliases(text, compiled);
  // Role words inside an alias (`Kepala Staf Gabungan`) are part of a name, not a role.
  const roles = findRoles(text, compiled).filter((r) => !aliases.some((a) => a.start <= r.start && r.end <= a.end));
  const covered = (t: Tok) => aliases.some((a) => a.start <= t.start && t.end <= a.end) || roles.some((r) => r.start <= t.start && t.end <= r.end);
  const first = toks[0];
  const firstLower = first.text.toLowerCase();
  const startsWithAlias = aliases.length > 0 && aliases[0].start === 0;
  const startsWithRole = roles.length > 0 && roles[0].start === 0;
  const mediaHead = w.mediaHeads.test(text);
  const institutionHead = w.institutionHeads.test(text);
  const determiner = w.determiners.has(firstLower);
  const honorific = w.honorifics.has(first.text);
  const capital = isCapitalized(first.text) && !w.notNames.has(first.text);
  const span = {start, end: start + text.length};
  // Pointing back in English: `the agency`, `the ministry`, `the company`, `the senator`.
  if (firstLower === "the" && toks.length <= 3 && aliases.length === 0) {
    const rest = text.slice(first.end).trim();
    const roleBack = findRoles(rest, compiled)[0];
    if (w.mediaHeads.test(rest)) return {...blank(span), resolution: "anaphora", anaphoraFamily: ["state_media", "independent_media"]};
    if (roleBack && roleBack.start === 0) return {...blank(span), resolution: "anaphora", anaphoraFamily: [roleBack.role.category], anaphoraPerson: true};
    if (w.institutionHeads.test(rest)) {
      const itself = w.governmentHeads.test(rest) ? "government" : undefined;
      return {...blank(span), resolution: "anaphora", anaphoraFamily: ["government"], anaphoraKind: itself, fallback: {...blank(span), source: rest, category: "government", resolution: "role_words"}};
    }
    if (w.anaphoraHeads.test(rest)) return {...blank(span), resolution: "anaphora", anaphoraFamily: []};
    // `the electoral commission`: a public body named by its function; points back if the article
    // named one before, else stands as written.
    const lastWord = toks[toks.length - 1].text.toLowerCase();
    if (w.bodyNouns.has(lastWord) && !/\p{Lu}/u.test(rest)) {
      return {...blank(span), resolution: "anaphora", anaphoraFamily: ["government"], fallback: {...blank(span), source: rest, category: "government", resolution: "role_words"}};
    }
  }
  // Personal pronouns as subjects (`Ia mengatakan`, `He said`) point back to the last speaker.
  if (toks.length === 1 && PRONOUNS.has(firstLower)) return {...blank(span), resolution: "pronoun"};
  const pointingHead = w.anaphoraHeads.test(text) && w.anaphora.has(toks[toks.length - 1].text.toLowerCase());
  if (!(startsWithAlias || startsWithRole || mediaHead || institutionHead || determiner || honorific || capital || pointingHead)) return null;

  // Pointing back: `kantor berita tersebut`, `laporan itu`, `media pemerintah itu`.
  const last = toks[toks.length - 1].text.toLowerCase();
  if (w.anaphora.has(last) && toks.length <= 4 && aliases.every((a) => a.source.generic)) {
    if (mediaHead) return {...blank(span), resolution: "anaphora", anaphoraFamily: ["state_media", "independent_media"]};
    if (institutionHead) return {...blank(span), resolution: "anaphora", anaphoraFamily: ["government"], anaphoraKind: w.governmentHeads.test(text) ? "government" : undefined};
    if (roles.length) return {...blank(span), resolution: "anaphora", anaphoraFamily: [roles[0].role.category], anaphoraPerson: true};
    if (w.anaphoraHeads.test(text)) return {...blank(span), resolution: "anaphora", anaphoraFamily: []};
  }

  // The part before an affiliation marker (`Ankit Panda dari Carnegie ...`).
  const markerAt = toks.findIndex((t, i) => i > 0 && w.affiliation.has(t.text.toLowerCase()) && !aliases.some((a) => a.start <= t.start && t.end <= a.end));
  const head = markerAt > 0 ? toks.slice(0, markerAt) : toks;
  const headEnd = head[head.length - 1].end;
  const affiliationText = markerAt > 0 ? text.slice(toks[markerAt + 1]?.start ?? text.length).trim() : null;
  const headAliases = aliases.filter((a) => a.end <= headEnd);
  const headRoles = roles.filter((r) => r.end <= headEnd);

  // `seorang diplomat Eropa`, `para analis`: a determiner before the role word means nobody is named.
  const unnamedLead = determiner && headRoles.length > 0 && headRoles[0].start === toks[1]?.start;
  // A named person: the last run of capitalized words not taken by an alias, role or honorific.
  if (!institutionHead && !unnamedLead) {
    const runs: Tok[][] = [];
    let run: Tok[] = [];
    for (const t of head) {
      const name = isCapitalized(t.text) && !covered(t) && !w.honorifics.has(t.text) && !w.notNames.has(t.text) && !w.determiners.has(t.text.toLowerCase()) && /\p{L}/u.test(t.text);
      if (name) run.push(t);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    const nameRun = runs[runs.length - 1];
    const onlyName = nameRun && head.every((t) => nameRun.includes(t) || w.honorifics.has(t.text) || t.text === "(" || t.text === ")");
    const appositionRoles = apposition ? findRoles(apposition, compiled) : [];
    // The role that titles the name is the nearest one before it, with at most a few lowercase
    // words between (`Juru bicara keamanan nasional Gedung Putih John Kirby`).
    const titling = nameRun ? headRoles.filter((r) => r.end <= nameRun[0].start).pop() : undefined;
    const gap = titling ? head.filter((t) => t.start >= titling.end && t.end <= nameRun[0].start && !covered(t) && !isCapitalized(t.text)).length : 0;
    const titled = titling && gap <= 3 ? titling : undefined;
    // An organisation, not a person: `Wahana Lingkungan Hidup Indonesia (Walhi)`, `Polda Jateng`.
    if (nameRun && !titled && appositionRoles.length === 0) {
      const untitled = text.slice(0, headEnd).replace(/\s*\([^)]*\)\s*$/u, "").trim();
      const orgCategory = organisationCategory(untitled, compiled);
      if (orgCategory && isCapitalized(untitled) && head.every((t) => isCapitalized(t.text) || covered(t) || t.text === "(" || t.text === ")" || /^\p{Lu}/u.test(t.text) || ORG_GLUE.has(t.text.toLowerCase()))) {
        return {...blank(span), source: untitled, category: orgCategory === "anonymous" ? "other" : orgCategory, resolution: "name", end: start + untitled.length};
      }
    }
    if (nameRun && (titled || onlyName || appositionRoles.length > 0)) {
      // `Ekonom Universitas Gadjah Mada Fithra Faisal`, `Gubernur Jawa Barat Ridwan Kamil`: an
      // organisation's or region's name runs into the person's; keep the last two words as the name.
      const runText = text.slice(nameRun[0].start, nameRun[nameRun.length - 1].end);
      const orgAt = nameRun.findIndex((t) => organisationCategory(t.text, compiled) !== undefined);
      // An acronym (`BMKG`) is a whole organisation name; a word (`Universitas Airlangga`) takes one more.
      const afterOrg = orgAt >= 0 ? nameRun.slice(orgAt + (/^\p{Lu}+$/u.test(nameRun[orgAt].text) ? 1 : 2)) : [];
      const personRun = !titled ? nameRun : orgAt >= 0 && afterOrg.length >= 1 && afterOrg.length <= 3 ? afterOrg : (orgAt >= 0 && nameRun.length > 2) || nameRun.length > 3 ? nameRun.slice(-2) : nameRun;
      const written = text.slice(personRun[0].start, personRun[personRun.length - 1].end).replace(/\.$/, "");
      const known = personNamed(written, people);
      const role: RegistryRole | undefined = titled?.role ?? appositionRoles[0]?.role;
      const between = titled ? affiliationOf(text.slice(titled.end, personRun[0].start), compiled, true) : null;
      const affiliation = affiliationOf(affiliationText, compiled) ?? affiliationOf(appositionAffiliation(apposition, compiled), compiled) ?? between ?? known?.affiliation ?? null;
      // A country (`dari Kyiv`) is where someone is from, not who employs them: only bodies,
      // institutions and organisation words decide a category.
      const entry = affiliation ? compiled.byName.get(affiliation.toLowerCase()) : undefined;
      const affiliationCategory = entry ? (entry.kind === "government" ? undefined : entry.category) : affiliation ? organisationCategory(affiliation, compiled) : undefined;
      const fromAffiliation = affiliationCategory === "analyst" || affiliationCategory === "government" ? affiliationCategory : undefined;
      const category: SourceCategory = (role?.category_from_affiliation ? fromAffiliation ?? role.category : role?.category) ?? known?.category ?? fromAffiliation ?? "other";
      return {
        ...blank(span),
        source: known?.name ?? written,
        category: category === "anonymous" ? "other" : category,
        affiliation,
        named: true,
        person: true,
        resolution: role ? "role_words" : "name",
        country: null,
      };
    }
  }

  // `International observers from the European Union`: observers and spokespeople speak for the
  // body they come from.
  const speaker = headRoles.find((r) => r.role.speaks_for_body);
  const fromBody = speaker && affiliationText ? findAliases(affiliationText, compiled).filter((a) => a.source.kind !== "government" || a.start === 0)[0] : undefined;
  if (speaker && fromBody && headAliases.length === 0) return fromRegistry(fromBody.source, span, "role_words");

  // An unnamed holder of a role that does not speak for a body: `seorang pejabat senior AS` is an
  // anonymous official (affiliated with the US government), not the US government.
  const leadRole = headRoles.length > 0 && !startsWithAlias && (determiner || headRoles[0].start === 0) ? headRoles[0].role : undefined;
  if (leadRole && !leadRole.speaks_for_body && !institutionHead) {
    return {
      ...blank(span),
      source: leadRole.unnamed,
      category: "anonymous",
      affiliation: affiliationOf(affiliationText, compiled) ?? headAliases.map((a) => a.source.name)[0] ?? null,
      named: false,
      person: true,
      resolution: "role_words",
    };
  }

  // `Taiwan's coast guard`, `South Korea's military`: a country's body the registry does not list,
  // kept as written (a listed one, `China's foreign ministry`, matched as an alias above).
  const possessive = headAliases.length === 1 && headAliases[0].start === 0 && headAliases[0].source.kind === "government" && /^['’]s\s+[\p{Ll}]/u.test(text.slice(headAliases[0].end));
  if (possessive && !headRoles.some((r) => r.role.speaks_for_body) && toks.length <= 6) {
    return {...fromRegistry(headAliases[0].source, span, "role_words"), source: text, country: headAliases[0].source.country};
  }

  // `Badan Meteorologi Jepang (JMA)`: a body the registry does not list, of a country it does. Kept
  // as written; `pemerintah Jepang` (the government itself) is the country's entry.
  if (institutionHead && !w.governmentHeads.test(text) && headAliases.length > 0 && headAliases.every((a) => a.start > 0 && a.source.kind === "government")) {
    const written = text.slice(0, headEnd).replace(/\s*\([^)]*\)\s*$/u, "").trim();
    return {...blank({start, end: start + written.length}), source: written, category: "government", country: headAliases[0].source.country, resolution: "role_words"};
  }

  // A registry source: prefer the kind the head noun asks for (a generic media alias such as `state
  // news agency` asks for media too), then specific over generic, then longer.
  if (headAliases.length > 0 && !(headRoles.length > 0 && headRoles[0].start === 0 && !institutionHead)) {
    const wantsMedia = mediaHead || headAliases.some((a) => a.source.kind === "generic_media");
    const best = bestAlias(headAliases, wantsMedia ? ["state_media", "independent_media"] : institutionHead ? ["government"] : []);
    return fromRegistry(best.source, span, "direct");
  }
  if (headAliases.length > 0 && headRoles.length > 0 && headRoles[0].role.category === "government" && !determiner) {
    // `juru bicara Kementerian Luar Negeri China`: an unnamed spokesperson speaks for the body.
    const best = bestAlias(headAliases, ["government"]);
    return fromRegistry(best.source, span, "direct");
  }

  // An unnamed role holder: `para analis`, `seorang pejabat`, `sumber`.
  if (headRoles.length > 0 && (determiner || startsWithRole)) {
    const role = headRoles[0].role;
    return {
      ...blank(span),
      source: role.unnamed,
      category: "anonymous",
      affiliation: affiliationOf(affiliationText, compiled) ?? headAliases.map((a) => a.source.name)[0] ?? null,
      named: false,
      person: true,
      resolution: "role_words",
    };
  }

  // A body we do not know, named by its head noun: `Kementerian Perdagangan Vietnam`.
  if (institutionHead && toks.length >= 2 && toks.slice(1).some((t) => isCapitalized(t.text))) {
    return {...blank(span), source: text, category: "government", named: true, resolution: "role_words"};
  }
  return null;
}

function blank(span: {start: number; end: number}): Mention {
  return {source: "", category: "other", country: null, state_controlled: false, affiliation: null, named: true, person: false, resolution: "direct", ...span};
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
    start: span.start,
    end: span.end,
    genericNoCountry: source.generic === true && source.country === null,
  };
}

function bestAlias(matches: AliasMatch[], preferred: SourceCategory[]): AliasMatch {
  const score = (m: AliasMatch) => (preferred.includes(m.source.category) ? 4 : 0) + (m.source.generic ? 0 : 2);
  return [...matches].sort((a, b) => score(b) - score(a) || b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
}

/**
 * An affiliation phrase as the registry names it, else as written (trimmed to its name). Only an
 * alias that is a whole name counts: `Kyiv School of Economics` and `Universitas Indonesia` are not
 * governments. `titleWords` is for the words between a title and a name (`keamanan nasional Gedung
 * Putih`): there an alias anywhere counts, and lowercase words alone are no affiliation.
 */
function affiliationOf(text: string | null | undefined, compiled: CompiledRegistry, titleWords = false): string | null {
  if (!text || !text.trim()) return null;
  const nameish = (word: string | undefined) => word !== undefined && isCapitalized(word) && !compiled.words.notNames.has(word);
  const found = findAliases(text, compiled).filter((a) => {
    // A country or city (`di Jakarta`, `dari Korea Selatan`) says where someone is, not who employs them.
    if (!titleWords && a.source.kind === "government") return false;
    // `the Indo-Pacific program at the German Marshall Fund`: the institution after a nested marker.
    const nested = compiled.words.affiliation.has((text.slice(0, a.start).trim().split(/\s+/).pop() ?? "").toLowerCase()) || /\bthe\s*$/iu.test(text.slice(0, a.start));
    if (!titleWords && a.start !== 0 && !nested) return false;
    const before = text.slice(0, a.start).trim().split(/\s+/).pop();
    const after = text.slice(a.end).trim().split(/\s+/)[0];
    return !nameish(before) && !nameish(after) && !/^(?:of|for)$/u.test(after ?? "");
  });
  if (found.length > 0) return bestAlias(found, ["analyst", "government", "independent_media", "state_media"]).source.name;
  const cut = text.split(/\s+(?:yang|who|which|that)\s+/u)[0].trim().replace(/^[,\s]+|[,\s]+$/gu, "");
  if (titleWords && !tokens(cut).some((t) => nameish(t.text))) return null;
  return cut || null;
}

/** `seorang profesor di Universitas X` → `Universitas X`; a bare title `Direktur Eksekutif Walhi` → `Walhi`. */
function appositionAffiliation(apposition: string | undefined, compiled: CompiledRegistry): string | null {
  if (!apposition) return null;
  const toks = tokens(apposition);
  const at = toks.findIndex((t) => compiled.words.affiliation.has(t.text.toLowerCase()));
  if (at >= 0 && toks[at + 1]) return apposition.slice(toks[at + 1].start).trim();
  const roles = findRoles(apposition, compiled);
  const rest = roles.length ? apposition.slice(roles[roles.length - 1].end).trim() : "";
  return rest && isCapitalized(rest) ? rest : null;
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
