// The source registry is data (src/reference/sources.json, documented in docs/sources.md): who
// reporting can rest on and the roles that classify unknown names. The words each language names
// them with, and its cue grammar, are that language's model (src/reference/lang/<code>.json,
// `attribution`). This file types both and compiles them once per registry and language.
import type {SourceCategory} from "../types.js";
import {aliasIndex, matchAliases, type AliasIndex} from "./aliasIndex.js";

/** One known source: an agency, outlet, government body or institution. */
export interface RegistrySource {
  /** Canonical name, used in every table. */
  name: string;
  category: SourceCategory;
  /** ISO 3166 alpha-2 code, or null for international bodies and unspecified generics. */
  country: string | null;
  state_controlled: boolean;
  /**
   * Described as semi-official (Fars, Tasnim, Mehr, ISNA): tied to state organs without being one.
   * Only on state-controlled entries; it changes no category or count, pages show it beside the name.
   */
  semi_official?: boolean;
  /** agency, newspaper, broadcaster, government, ministry, office, institution, generic_media, ... */
  kind: string;
  /** Ways the text names it, Indonesian and English. All-capital aliases match with their case. */
  aliases: string[];
  /** A generic entity (`North Korean state media`), used when the text names no specific source. */
  generic?: boolean;
  note?: string;
}

/** A role that classifies a person (named) or stands in for one (unnamed); each language gives its words (`role_words`). */
export interface RegistryRole {
  /** The key each language model lists the role's words under (`analyst`). */
  key: string;
  category: SourceCategory;
  /** Canonical name for an unnamed holder of the role (`unnamed analysts`); category then becomes anonymous. */
  unnamed: string;
  person: boolean;
  /** A spokesperson speaks for the body named with them: `juru bicara Kementerian X` is the ministry. */
  speaks_for_body?: boolean;
  /** The role says little by itself (`direktur`, `ketua`): a known affiliation decides the category. */
  category_from_affiliation?: boolean;
}

/** Cue word lists, by where the source stands relative to the cue. */
export interface RegistryCues {
  /** The source follows the cue: `kata X`, `menurut X`, `said X`. */
  before_source: string[];
  /** The source precedes the cue: `X mengatakan`, `X said`. */
  after_source: string[];
  /** Cues after which the named source relays someone else's words (`dikutip oleh X`). */
  relay: string[];
  /** Cues whose subject relays the object's words (`X mengutip Y`). */
  relay_subject: string[];
  /** Cues whose object is the origin of words another source in the sentence passes on (`Reuters, citing KCNA`). */
  origin: string[];
  /** Passive cues whose subject is the origin and whose object, if any, the relay (`Kim was quoted by KCNA`, `officials were quoted as saying`). Read both ways. */
  passive_relay?: string[];
  /** Cues that point back to the last named speaker (`katanya`). */
  pronoun: string[];
  /** Statements about what a source did not say (`tidak merinci`): mentions that attribute nothing. */
  meta: string[];
  imagery_nouns: string[];
  imagery_verbs: string[];
  /** Cues a broken translation repeats (`kata Korea Utara. kata media.`). */
  stutter: string[];
  /** Cues that report or source rather than say (`melaporkan`, `reported`, `dilansir`, `menurut`): a body sourced through them (`menurut data BPS`, `KCNA reported the launch`) is no quote. */
  report: string[];
  /** Indonesian speech-verb roots (`kata`, `jelas`, `pungkas`): each is a cue before its source
   * (`jelas Iksan`), and with an enclitic or a pronoun after it a pronoun cue (`pungkasnya`, `lanjut dia`). */
  speech_roots?: string[];
  /** Enclitics that make a root a pronoun cue (`-nya`). */
  pronoun_enclitics?: string[];
  /** Pronouns that, after a root, make a pronoun cue (`dia`, `beliau`). */
  pronoun_words?: string[];
  /** Participles whose speaker is the sentence's subject (`..., calling the count "flawed"`). */
  participle: string[];
}

/** Words of organisations' names: no language's words, since a name is written alike in any text. */
export interface NameWords {
  /** Capitalised words that make a name an organisation's, by the category such an organisation has (`Universitas`, `Watch`, `Polda`). */
  org_words?: Partial<Record<SourceCategory, string[]>>;
  /** Lowercase words that may sit inside an organisation's name (`untuk`, `of`, `&`). */
  glue?: string[];
  /** Words after a listed name that make it part of a longer one (`Ministry of`, `Institute for`). */
  continuers?: string[];
}

/** A language's function words: the small closed classes the attribution rules test. */
export interface FunctionWords {
  /** Personal pronouns, subject and object (`dia`, `he`, `them`): they point back to the last speaker. */
  pronouns?: string[];
  /** Words that open a reported clause (`bahwa`, `that`): the subject of a cue stands after the last one. */
  complementisers?: string[];
  /** Words that open a relative clause (`yang`, `who`): a clause that may describe a subject. */
  relativisers?: string[];
  /** Indefinite articles before a role in apposition (`seorang`, `a`). */
  indefinites?: string[];
  /** Words that join two subjects (`dan`, `and`). */
  coordinators?: string[];
  /** Definite articles (`the`): `the agency` points back. */
  definite_articles?: string[];
}

/** One language's words for attribution: `attribution` in src/reference/lang/<code>.json. */
export interface AttributionWords {
  /** Each role's words, by the role's key (`{"analyst": ["analis", "pengamat"]}`). */
  role_words?: Record<string, string[]>;
  determiners?: {anonymous: string[]};
  institution_heads?: string[];
  /** Heads that mean a country's government itself (`pemerintah`, `administration`), not one body of it. */
  government_heads?: string[];
  /** Nouns that end the name of a public body (`the electoral commission`): a first mention, category government. */
  body_nouns?: string[];
  /** Heads that point back to the last source of any kind with `itu`/`tersebut`/`the` (`the company`, `pernyataan itu`). */
  anaphora_heads?: string[];
  media_heads?: string[];
  anaphora?: string[];
  honorifics?: string[];
  not_names?: string[];
  cues?: RegistryCues;
  np_boundaries?: string[];
  affiliation_markers?: string[];
  /** Words after which a news medium is the one a speaker talked to (`kepada Kompas.com`, `told Reuters`): that medium relays. */
  interview_markers?: string[];
  leading?: string[];
  subject_adverbs?: string[];
  /** Words between a cue and its source: `mengutip pernyataan Kim`. */
  skip_heads?: string[];
  /** More organisation words, for this language only (the registry's `org_words` apply to all). */
  org_words?: Partial<Record<SourceCategory, string[]>>;
  function_words?: FunctionWords;
  /** Prefixes of the language's verbs: a one-word cue verb with one also ends a noun phrase (`lapor Yonhap mengutip`). */
  verb_prefixes?: string[];
}

export interface SourceRegistry {
  sources: RegistrySource[];
  roles?: RegistryRole[];
  /** The words of organisations' names, which are written alike in every language's text. */
  names?: NameWords;
  /** Each language's words, by language code: the models' `attribution` parts (withLanguageModels). */
  languages?: Record<string, AttributionWords>;
}

/** A registry alias found in a text. */
export interface AliasMatch {
  source: RegistrySource;
  start: number;
  end: number;
}

/** A role word found in a text. */
export interface RoleMatch {
  role: RegistryRole;
  start: number;
  end: number;
}

/** The registry compiled with one language's words for matching; built once per registry and language. */
export interface CompiledRegistry {
  registry: SourceRegistry;
  /** The language whose words were compiled, or null for every language's (an article in none of them). */
  language: string | null;
  /** Every alias by its first word (all-capital aliases match with their case, others without). */
  aliasIndex: AliasIndex;
  aliasSource: Map<string, RegistrySource>;
  aliasSourceExact: Map<string, RegistrySource>;
  roles: RegExp;
  roleOf: Map<string, RegistryRole>;
  byName: Map<string, RegistrySource>;
  genericByCountry: Map<string, RegistrySource>;
  words: {
    determiners: Set<string>;
    institutionHeads: RegExp;
    governmentHeads: RegExp;
    anaphoraHeads: RegExp;
    bodyNouns: Set<string>;
    mediaHeads: RegExp;
    anaphora: Set<string>;
    honorifics: Set<string>;
    notNames: Set<string>;
    boundaries: Set<string>;
    affiliation: Set<string>;
    /** `attribution.interview_markers`, each as a whole word or phrase. */
    interviewMarkers: RegExp;
    leading: Set<string>;
    adverbs: Set<string>;
    skipHeads: RegExp;
    /** `cues.report`, lowercased. */
    reportCues: Set<string>;
    pronouns: Set<string>;
    nameGlue: Set<string>;
    nameContinuers: Set<string>;
    definiteArticles: Set<string>;
  };
  /** Patterns built from the function words. */
  clauses: {
    /** Everything up to the last complementiser and its space (`... bahwa `). */
    throughComplementiser: RegExp;
    /** A complementiser opening the text, after any edge punctuation. */
    leadingComplementiser: RegExp;
    /** A coordinator between two phrases (`X dan Y`). */
    coordinator: RegExp;
    /** A relative clause opening the text (`yang tidak mau disebut namanya`). */
    relativeClause: RegExp;
    /** A relativiser or complementiser between words: where a description ends. */
    clauseBreak: RegExp;
    /** An indefinite article closing the text (`Artyom Lukin, seorang `). */
    trailingIndefinite: RegExp;
    /** A definite article closing the text (`at the `). */
    trailingDefinite: RegExp;
  };
  /** Organisation words (`Universitas`, `Yayasan`, `Polda`), matched with their case. */
  orgWords: RegExp;
  orgCategory: Map<string, SourceCategory>;
  cues: RegistryCues;
}

const EMPTY_CUES: RegistryCues = {before_source: [], after_source: [], relay: [], relay_subject: [], origin: [], pronoun: [], meta: [], imagery_nouns: [], imagery_verbs: [], stutter: [], participle: [], report: []};

const cache = new WeakMap<SourceRegistry, Map<string | null, CompiledRegistry>>();

/**
 * The registry compiled with one language's words into regular expressions and maps, cached per
 * registry object and language (the same object is passed on every call, in Node and in the
 * browser). A language with no model, or none given, gets every model's words: an article whose
 * language nobody described is still read as well as the known languages allow.
 * @example compileRegistry({sources: [{name: "KCNA", aliases: ["KCNA"], category: "state_media", country: "KP", state_controlled: true, kind: "agency"}]}).byName.get("kcna")?.name // "KCNA"
 */
export function compileRegistry(registry: SourceRegistry, language?: string): CompiledRegistry {
  const known = language !== undefined && registry.languages !== undefined && Object.hasOwn(registry.languages, language) ? language : null;
  let byLanguage = cache.get(registry);
  if (!byLanguage) cache.set(registry, (byLanguage = new Map()));
  const cached = byLanguage.get(known);
  if (cached) return cached;
  const compiled = compile(registry, known);
  byLanguage.set(known, compiled);
  return compiled;
}

function compile(registry: SourceRegistry, language: string | null): CompiledRegistry {
  const w = language === null ? mergedWords(Object.values(registry.languages ?? {})) : registry.languages![language];
  const aliasSource = new Map<string, RegistrySource>();
  const aliasSourceExact = new Map<string, RegistrySource>();
  const byName = new Map<string, RegistrySource>();
  const genericByCountry = new Map<string, RegistrySource>();
  const listed: {alias: string; exact: boolean; source: RegistrySource}[] = [];
  for (const source of registry.sources ?? []) {
    byName.set(source.name.toLowerCase(), source);
    if (source.generic && source.country && !genericByCountry.has(source.country)) genericByCountry.set(source.country, source);
    for (const alias of [source.name, ...source.aliases]) {
      if (isCaseSensitive(alias)) {
        if (!aliasSourceExact.has(alias)) aliasSourceExact.set(alias, source);
        listed.push({alias, exact: true, source});
      } else {
        const key = alias.toLowerCase();
        if (!aliasSource.has(key)) aliasSource.set(key, source);
        listed.push({alias, exact: false, source});
      }
    }
  }
  const roleOf = new Map<string, RegistryRole>();
  for (const role of registry.roles ?? []) for (const word of wordsOf(w.role_words, role.key)) if (!roleOf.has(word.toLowerCase())) roleOf.set(word.toLowerCase(), role);
  const lower = (list: string[] | undefined) => new Set((list ?? []).map((x) => x.toLowerCase()));
  const orgCategory = new Map<string, SourceCategory>();
  for (const table of [registry.names?.org_words, w.org_words]) for (const [category, list] of Object.entries(table ?? {})) for (const word of list ?? []) if (!orgCategory.has(word)) orgCategory.set(word, category as SourceCategory);
  const f = w.function_words ?? {};
  const prefixes = w.verb_prefixes ?? [];
  const alternation = (list: string[] | undefined) => wordPattern(list ?? [], "iu").source;
  return {
    registry,
    language,
    aliasIndex: aliasIndex(listed),
    aliasSource,
    aliasSourceExact,
    roles: wordPattern([...roleOf.keys()], "giu"),
    roleOf,
    byName,
    genericByCountry,
    words: {
      determiners: lower(w.determiners?.anonymous),
      institutionHeads: new RegExp(`^${alternation(w.institution_heads)}`, "iu"),
      governmentHeads: new RegExp(`^${alternation(w.government_heads)}`, "iu"),
      bodyNouns: lower(w.body_nouns),
      anaphoraHeads: new RegExp(`^${alternation(w.anaphora_heads)}`, "iu"),
      mediaHeads: new RegExp(`^${alternation(w.media_heads)}`, "iu"),
      anaphora: lower(w.anaphora),
      honorifics: new Set(w.honorifics ?? []),
      notNames: new Set(w.not_names ?? []),
      // A cue verb also ends a noun phrase: `lapor Yonhap mengutip ...` names Yonhap.
      boundaries: lower([...(w.np_boundaries ?? []), ...(w.cues?.after_source ?? []).filter((c) => !c.includes(" ") && c === c.toLowerCase() && prefixes.some((p) => c.startsWith(p)))]),
      affiliation: lower(w.affiliation_markers),
      interviewMarkers: wordPattern(w.interview_markers ?? [], "giu"),
      leading: lower(w.leading),
      adverbs: lower(w.subject_adverbs),
      skipHeads: new RegExp(`^\\s*${alternation(w.skip_heads)}\\s*`, "iu"),
      reportCues: lower(w.cues?.report),
      pronouns: lower(f.pronouns),
      nameGlue: lower(registry.names?.glue),
      nameContinuers: lower(registry.names?.continuers),
      definiteArticles: lower(f.definite_articles),
    },
    clauses: {
      throughComplementiser: new RegExp(`^.*${alternation(f.complementisers)}\\s`, "su"),
      leadingComplementiser: new RegExp(`^[\\s,;:—–-]*(?:${alternation(f.complementisers)}\\s+)?`, "iu"),
      coordinator: new RegExp(`\\s+${alternation(f.coordinators)}\\s+`, "u"),
      relativeClause: new RegExp(`^${alternation(f.relativisers)}\\s`, "iu"),
      clauseBreak: new RegExp(`\\s+${wordPattern([...(f.relativisers ?? []), ...(f.complementisers ?? [])], "u").source}\\s+`, "u"),
      trailingIndefinite: new RegExp(`${alternation(f.indefinites)}\\s+$`, "iu"),
      trailingDefinite: new RegExp(`${alternation(f.definite_articles)}\\s*$`, "iu"),
    },
    cues: withPassiveRelays(withSpeechRoots({...EMPTY_CUES, ...w.cues})),
    orgWords: wordPattern([...orgCategory.keys()], "gu"),
    orgCategory,
  };
}

function wordsOf(table: Record<string, string[]> | undefined, key: string): string[] {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : [];
}

/**
 * Every language's words in one set of lists, for an article in a language with no model: each
 * list is the union of the languages' lists, in the order the languages were given.
 * @example mergedWords([{leading: ["namun"]}, {leading: ["but"]}]).leading // ["namun", "but"]
 */
export function mergedWords(languages: AttributionWords[]): AttributionWords {
  return languages.reduce<AttributionWords>((merged, words) => mergeLists(merged, words) as AttributionWords, {});
}

function mergeLists(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) || Array.isArray(b)) return [...new Set([...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])])];
  if (typeof b !== "object" || b === null) return a ?? b;
  const merged: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries((a ?? {}) as Record<string, unknown>)) merged[key] = value;
  for (const [key, value] of Object.entries(b as Record<string, unknown>)) merged[key] = mergeLists(merged[key], value);
  return {...merged};
}

/**
 * The cue lists with every speech root added as a cue before its source and, with each enclitic
 * and pronoun, as a pronoun cue: the morphology once, instead of every form listed by hand.
 * @example withSpeechRoots({...cues, speech_roots: ["pungkas"], pronoun_enclitics: ["nya"], pronoun_words: ["dia"]}).pronoun // [..., "pungkasnya", "pungkas dia"]
 */
export function withSpeechRoots(cues: RegistryCues): RegistryCues {
  const roots = cues.speech_roots ?? [];
  if (roots.length === 0) return cues;
  const forms = roots.flatMap((root) => [...(cues.pronoun_enclitics ?? []).map((e) => `${root}${e}`), ...(cues.pronoun_words ?? []).map((w) => `${root} ${w}`)]);
  return {...cues, before_source: [...new Set([...cues.before_source, ...roots])], pronoun: [...new Set([...cues.pronoun, ...forms])]};
}

/**
 * A passive relay cue has its origin before it and its relay after it, so it is a cue both ways.
 * @example withPassiveRelays({...cues, passive_relay: ["was quoted by"]}).after_source.includes("was quoted by") // true
 */
export function withPassiveRelays(cues: RegistryCues): RegistryCues {
  const passive = cues.passive_relay ?? [];
  if (passive.length === 0) return cues;
  return {...cues, before_source: [...new Set([...cues.before_source, ...passive])], after_source: [...new Set([...cues.after_source, ...passive])]};
}

/**
 * All registry aliases in a text, longest first at each position, never overlapping.
 * @example findAliases("kata Gedung Putih", compileRegistry(registry)).map((m) => m.source.name) // ["White House"]
 */
export function findAliases(text: string, compiled: CompiledRegistry): AliasMatch[] {
  return matchAliases(text, compiled.aliasIndex);
}

/**
 * All role words in a text.
 * @example findRoles("kata seorang analis", compileRegistry(registry)).map((r) => r.role.category) // ["analyst"]
 */
export function findRoles(text: string, compiled: CompiledRegistry): RoleMatch[] {
  const found: RoleMatch[] = [];
  for (const match of text.matchAll(compiled.roles)) {
    const role = compiled.roleOf.get(match[0].toLowerCase());
    if (role) found.push({role, start: match.index!, end: match.index! + match[0].length});
  }
  return found;
}

/**
 * The category an organisation word gives a name (`Universitas Gadjah Mada` → analyst), if any.
 * @example organisationCategory("Yayasan Lestari", compileRegistry(registry)) // "other"
 */
export function organisationCategory(name: string, compiled: CompiledRegistry): SourceCategory | undefined {
  for (const match of name.matchAll(compiled.orgWords)) {
    const category = compiled.orgCategory.get(match[0]);
    if (category) return category;
  }
  return undefined;
}

/**
 * The category of a source by canonical name or alias; `other` when the registry does not know it.
 * For the Sources page: colour a name the reader typed, or check a filter.
 * @example categoryOf("Yonhap", registry) // "independent_media"
 * @example categoryOf("kantor berita resmi Korea Pusat", registry) // "state_media"
 */
export function categoryOf(source: string, registry: SourceRegistry): SourceCategory {
  return registryEntry(source, registry)?.category ?? "other";
}

/**
 * The registry entry a name or alias denotes, if any.
 * @example registryEntry("Gedung Putih", registry)?.name // "White House"
 */
export function registryEntry(source: string, registry: SourceRegistry): RegistrySource | undefined {
  const compiled = compileRegistry(registry);
  return compiled.byName.get(source.toLowerCase()) ?? compiled.aliasSourceExact.get(source) ?? compiled.aliasSource.get(source.toLowerCase());
}

/** Short all-capital aliases (`AP`, `AS`, `UN`) are acronyms: matching them without case would find English words. */
function isCaseSensitive(alias: string): boolean {
  return /\p{Lu}/u.test(alias) && alias === alias.toUpperCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole words only: a letter or digit may not touch either end. */
function wordPattern(words: string[], flags: string): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (sorted.length === 0) return new RegExp("(?!)", flags);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}])`, flags);
}

