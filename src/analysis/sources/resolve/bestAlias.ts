import type {SourceCategory} from "../../types.js";
import type {AliasMatch} from "../registry.js";

/**
 * The alias a phrase most likely means: one of a preferred category, then a specific source over a
 * generic one, then the longer, then the earlier.
 * @example bestAlias(findAliases("media pemerintah KCNA", compiled), ["state_media"]).source.name // "KCNA"
 */
export function bestAlias(matches: AliasMatch[], preferred: SourceCategory[]): AliasMatch {
  const score = (m: AliasMatch) => (preferred.includes(m.source.category) ? 4 : 0) + (m.source.generic ? 0 : 2);
  return [...matches].sort((a, b) => score(b) - score(a) || b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
}
