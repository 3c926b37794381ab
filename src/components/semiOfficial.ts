// The semi-official mark: state media that wires call semi-official (Fars, Tasnim, Mehr, ISNA) are
// counted as state media like any other; pages show the registry's flag beside the name so a
// reader can tell them apart. Pure: names in, strings out.
import {compareText} from "../analysis/outlets.js";
import {registryEntry, type SourceRegistry} from "../analysis/sources/registry.js";

export const SEMI_OFFICIAL_MARK = "semi-official";

/**
 * Whether the registry flags a source (by canonical name or alias) as semi-official.
 * @example isSemiOfficial("Fars", registry) // true
 */
export function isSemiOfficial(source: string, registry: SourceRegistry): boolean {
  return registryEntry(source, registry)?.semi_official === true;
}

/**
 * A source's name with the mark when it is semi-official, for axis labels and lists.
 * @example sourceLabel("Tasnim", registry) // "Tasnim (semi-official)"
 * @example sourceLabel("KCNA", registry) // "KCNA"
 */
export function sourceLabel(source: string, registry: SourceRegistry): string {
  return isSemiOfficial(source, registry) ? `${source} (${SEMI_OFFICIAL_MARK})` : source;
}

/**
 * The sentence that explains the mark, naming the registry's semi-official sources; null if it has none.
 * @example semiOfficialNote(registry) // "A name marked (semi-official) is state media tied to state organs without being one (Fars, ISNA, Mehr, Tasnim); it counts as state media."
 */
export function semiOfficialNote(registry: SourceRegistry): string | null {
  const names = registry.sources.filter((s) => s.semi_official).map((s) => s.name).sort(compareText);
  if (names.length === 0) return null;
  return `A name marked (${SEMI_OFFICIAL_MARK}) is state media tied to state organs without being one (${names.join(", ")}); it counts as state media.`;
}
