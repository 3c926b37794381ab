// How the overview names state media for the event on screen: the agencies its outlets cite,
// from the attribution rows, so an event about Iran never reads "North Korean state media".
import {ascending, descending, rollups} from "d3";
import type {AttributionRow} from "../analysis/types.js";
import {registryEntry, type SourceRegistry} from "../analysis/sources/registry.js";

/**
 * "state media such as KCNA and TASS": the most-cited named state media of the rows (generic
 * registry entries such as "North Korean state media" are not agencies); plain "state media" when none.
 * @example stateMediaWording(tables.attributions, settings.registry) // "state media such as KCNA and Rodong Sinmun"
 */
export function stateMediaWording(attributions: Pick<AttributionRow, "source" | "category" | "counts">[], registry: SourceRegistry, limit = 2): string {
  const named = attributions.filter((a) => a.category === "state_media" && a.counts !== false && !registryEntry(a.source, registry)?.generic);
  const top = rollups(named, (rows) => rows.length, (a) => a.source)
    .sort((a, b) => descending(a[1], b[1]) || ascending(a[0], b[0]))
    .slice(0, limit)
    .map(([source]) => source);
  return top.length ? `state media such as ${top.length > 1 ? `${top.slice(0, -1).join(", ")} and ${top.at(-1)}` : top[0]}` : "state media";
}
