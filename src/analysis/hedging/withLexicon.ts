// The hedging page's recompute: a reader edits the cue list, and the hedges table and every
// outlet column follow, in the browser, with the code the loaders ran.
import type {Tables} from "../types.js";
import {outletTable} from "../outlets.js";
import type {HedgeLexicon} from "./lexicon.js";
import {findHedges, type FindHedgesOptions} from "./hedges.js";

/**
 * The tables with hedges found again under another lexicon and the outlet rows recomputed
 * (all domains' columns, so nothing else goes stale). Other tables are returned as they are.
 *
 * @example
 * const {lexicon} = parseCueList(textarea.value, settings.lexicon);
 * const tables = withLexicon(forEvent(corpus, event), lexicon);
 * tables.outlets.map((o) => o.hedges_per_1000_words)
 */
export function withLexicon<T extends Pick<Tables, "articles" | "sentences" | "attributions" | "quotes" | "hedges" | "claims" | "outlets">>(
  tables: T,
  lexicon: HedgeLexicon,
  options: FindHedgesOptions = {},
): T {
  const hedges = findHedges(tables.sentences, lexicon, options);
  const updated = {...tables, hedges};
  return {...updated, outlets: outletTable(updated)};
}
