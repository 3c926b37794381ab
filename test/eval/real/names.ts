// When a predicted source or speaker is the gold one. Names compare without case, spaces or
// punctuation; a gold name matches through its aliases and through the registry (a name written as
// an alias means that entry); a single family name matches the full name that ends with it
// (`Powell` = `Jerome Powell`) unless it is itself a registry name (`Indonesia` is not `Bank
// Indonesia`); and unnamed sources (`unnamed official`, `para analis`) compare as one name, since
// the role word is not what is scored.
import {registryEntry, type SourceRegistry} from "../../../src/analysis/sources/registry.js";

export const UNNAMED = "~unnamed";

const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const words = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A name's comparable forms: as written and as the registry's canonical name. */
export function nameForms(names: string[], registry: SourceRegistry): Set<string> {
  const forms = new Set<string>();
  for (const name of names) {
    if (/^unnamed\b/i.test(name.trim())) forms.add(UNNAMED);
    forms.add(squash(name));
    const entry = registryEntry(name, registry);
    if (entry) forms.add(squash(entry.name));
  }
  return forms;
}

/**
 * Does a predicted name match a gold source's names?
 * @example sameSource(["Jerome Powell"], "Powell", registry) // true
 */
export function sameSource(goldNames: string[], predicted: string, registry: SourceRegistry, predictedUnnamed = false): boolean {
  const gold = nameForms(goldNames, registry);
  if (predictedUnnamed || /^unnamed\b/i.test(predicted.trim())) return gold.has(UNNAMED);
  const forms = nameForms([predicted], registry);
  for (const form of forms) if (gold.has(form)) return true;
  return goldNames.some((name) => familyNameMatch(name, predicted, registry));
}

function familyNameMatch(a: string, b: string, registry: SourceRegistry): boolean {
  const [long, short] = words(a).length >= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  if (short.length !== 1 || long.length < 2 || short[0].length < 3) return false;
  if (registryEntry(short[0], registry)) return false;
  return long[long.length - 1] === short[0];
}
