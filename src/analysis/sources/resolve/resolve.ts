// Who a noun phrase names, decided by an ordered list of small named rules: the first rule that
// decides wins, and its name is recorded on the mention (and so on every row it produces).
import type {CompiledRegistry} from "../registry.js";
import type {Mention, Person} from "../mentions.js";
import {readPhrase} from "./phrase.js";
import {NO_SOURCE, type ResolutionRule} from "./rule.js";
import {pointingBackDefinite} from "./pointingBackDefinite.js";
import {pronoun} from "./pronoun.js";
import {notSourceShaped} from "./notSourceShaped.js";
import {pointingBack} from "./pointingBack.js";
import {organisationName} from "./organisationName.js";
import {namedPerson} from "./namedPerson.js";
import {spokespersonForBody} from "./spokespersonForBody.js";
import {unnamedRoleHolder} from "./unnamedRoleHolder.js";
import {describedRoleHolder} from "./describedRoleHolder.js";
import {possessiveBody} from "./possessiveBody.js";
import {unlistedBody} from "./unlistedBody.js";
import {registryAlias} from "./registryAlias.js";
import {stateMediaOfCountry} from "./stateMediaOfCountry.js";
import {spokespersonOfAlias} from "./spokespersonOfAlias.js";
import {unnamedRole} from "./unnamedRole.js";
import {unknownBody} from "./unknownBody.js";

/** The rules in the order they are asked. The order is the policy: earlier rules are more specific. */
export const RULES: readonly ResolutionRule[] = [
  pointingBackDefinite,
  pronoun,
  notSourceShaped,
  pointingBack,
  organisationName,
  namedPerson,
  spokespersonForBody,
  unnamedRoleHolder,
  describedRoleHolder,
  possessiveBody,
  unlistedBody,
  stateMediaOfCountry,
  registryAlias,
  spokespersonOfAlias,
  unnamedRole,
  unknownBody,
];

/**
 * Who a noun phrase names, or null if it names no source. `apposition` is the comma-separated
 * phrase after it (`, seorang profesor di ...`), which may give a named person's role and affiliation.
 * @example resolvePhrase("kantor berita Korea Selatan Yonhap", 0, compiled, new Map())?.source // "Yonhap"
 * @example resolvePhrase("kantor berita Korea Selatan Yonhap", 0, compiled, new Map())?.rule // "registry_alias"
 */
export function resolvePhrase(phrase: string, start: number, compiled: CompiledRegistry, people: Map<string, Person>, apposition?: string): Mention | null {
  const text = phrase.trim();
  const at = start + (phrase.length - phrase.trimStart().length);
  const read = readPhrase(text, start, compiled, people, apposition);
  if (!read) return null;
  // `the Joint Chiefs of Staff`, `the Kremlin`: a definite article before a name is not part of it,
  // unless the phrase points back (`the Russian president`) or an alias holds the article (`the Fed`).
  const article = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(text);
  const aliasWithArticle = read.headAliases.some((a) => a.start === 0 && article && a.end > article[0].length);
  const isArticle = article && compiled.words.definiteArticles.has(article[1].toLowerCase()) && !aliasWithArticle;
  const pointing = isArticle ? pointingBackDefinite.decide(read) : undefined;
  if (isArticle && !pointing) return resolvePhrase(text.slice(article[0].length), at + article[0].length, compiled, people, apposition);
  for (const rule of RULES) {
    // The first rule's decision on an article phrase is already known.
    const decision = rule === pointingBackDefinite && isArticle ? pointing : rule.decide(read);
    if (decision === NO_SOURCE) return null;
    if (decision) return {...decision, rule: decision.rule || rule.name};
  }
  return null;
}
