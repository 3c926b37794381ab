// A noun phrase read once for the resolution rules: its tokens, the registry aliases and role words
// in it, the part before an affiliation marker (`Ankit Panda dari Carnegie`), and the shape flags
// the rules test. Pure; built per phrase by `readPhrase`.
import type {AliasMatch, CompiledRegistry, RoleMatch} from "../registry.js";
import {findAliases, findRoles} from "../registry.js";
import type {Mention, Person} from "../mentions.js";

export interface Tok {
  text: string;
  start: number;
  end: number;
}

export interface Phrase {
  /** The phrase, trimmed. */
  text: string;
  /** Where it starts in the sentence. */
  start: number;
  span: {start: number; end: number};
  compiled: CompiledRegistry;
  people: Map<string, Person>;
  /** The comma-separated phrase after it (`, seorang profesor di ...`), if any. */
  apposition?: string;
  toks: Tok[];
  aliases: AliasMatch[];
  /** Role words, except those inside an alias (`Kepala Staf Gabungan` is a name). */
  roles: RoleMatch[];
  firstLower: string;
  startsWithAlias: boolean;
  startsWithRole: boolean;
  /** Opens with a media noun (`kantor berita`, `state media`). */
  mediaHead: boolean;
  /** Opens with an institution noun (`Kementerian`, `the ministry`). */
  institutionHead: boolean;
  /** Opens with a determiner of anonymity (`seorang`, `para`, `a`). */
  determiner: boolean;
  honorific: boolean;
  /** Opens with a capital that is not a known non-name. */
  capital: boolean;
  /** The tokens before an affiliation marker (all of them when there is none). */
  head: Tok[];
  headEnd: number;
  /** The words after the affiliation marker (`Carnegie Endowment`), if any. */
  affiliationText: string | null;
  headAliases: AliasMatch[];
  headRoles: RoleMatch[];
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|\(|\)|,/gu;

export function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({text: m[0], start: m.index!, end: m.index! + m[0].length}));
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/** The longest phrase, in tokens, that can still name a source. */
const MAX_TOKENS = 14;

/**
 * A phrase read for resolution, or null when it is empty or too long to name a source.
 * @example readPhrase("para analis", 0, compiled, new Map())?.determiner // true
 */
export function readPhrase(phrase: string, start: number, compiled: CompiledRegistry, people: Map<string, Person>, apposition?: string): Phrase | null {
  const text = phrase.trim();
  const toks = tokens(text);
  if (toks.length === 0 || toks.length > MAX_TOKENS) return null;
  const w = compiled.words;
  const aliases = findAliases(text, compiled);
  const roles = findRoles(text, compiled).filter((r) => !aliases.some((a) => a.start <= r.start && r.end <= a.end));
  const first = toks[0];
  const markerAt = toks.findIndex((t, i) => i > 0 && w.affiliation.has(t.text.toLowerCase()) && !aliases.some((a) => a.start <= t.start && t.end <= a.end));
  const head = markerAt > 0 ? toks.slice(0, markerAt) : toks;
  const headEnd = head[head.length - 1].end;
  return {
    text,
    start,
    span: {start, end: start + text.length},
    compiled,
    people,
    apposition,
    toks,
    aliases,
    roles,
    firstLower: first.text.toLowerCase(),
    startsWithAlias: aliases.length > 0 && aliases[0].start === 0,
    startsWithRole: roles.length > 0 && roles[0].start === 0,
    mediaHead: w.mediaHeads.test(text),
    institutionHead: w.institutionHeads.test(text),
    determiner: w.determiners.has(first.text.toLowerCase()),
    honorific: w.honorifics.has(first.text),
    capital: isCapitalized(first.text) && !w.notNames.has(first.text),
    head,
    headEnd,
    affiliationText: markerAt > 0 ? text.slice(toks[markerAt + 1]?.start ?? text.length).trim() : null,
    headAliases: aliases.filter((a) => a.end <= headEnd),
    headRoles: roles.filter((r) => r.end <= headEnd),
  };
}

/** A token taken by an alias or a role word. */
export function covered(phrase: Phrase, t: Tok): boolean {
  return phrase.aliases.some((a) => a.start <= t.start && t.end <= a.end) || phrase.roles.some((r) => r.start <= t.start && t.end <= r.end);
}

/** A mention over the phrase's span with nothing decided yet. */
export function blank(span: {start: number; end: number}): Mention {
  return {source: "", category: "other", country: null, state_controlled: false, affiliation: null, named: true, person: false, resolution: "direct", rule: "", ...span};
}
