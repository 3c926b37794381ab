// The hedging page's recompute: a reader edits the cue list, and the hedges table and every
// outlet column follow, in the browser, with the code the loaders ran.
import type {Tables} from "../types.js";
import {outletTable} from "../outlets.js";
import type {HedgeLexicon} from "./lexicon.js";
import {findHedges, type FindHedgesOptions} from "./hedges.js";
import type {HedgeVoice} from "./voice.js";

export interface WithLexiconOptions extends FindHedgesOptions {
  /**
   * Keep only the cues of one voice: `outlet` (the writer's own words) or `speaker` (inside
   * quotations); null or absent keeps both. The denominators stay every body word and sentence.
   */
  voice?: HedgeVoice | null;
}

/**
 * The tables with hedges found again under another lexicon (and, with `voice`, only the outlet's
 * or only the speakers' cues) and the outlet rows recomputed (all domains' columns, so nothing
 * else goes stale). Other tables are returned as they are.
 *
 * @example
 * const {lexicon} = parseCueList(textarea.value, settings.lexicon);
 * const tables = withLexicon(forEvent(corpus, event), lexicon, {voice: "outlet"});
 * tables.outlets.map((o) => o.hedges_per_1000_words) // the outlets' own hedging
 */
export function withLexicon<T extends Pick<Tables, "articles" | "sentences" | "attributions" | "quotes" | "hedges" | "claims" | "outlets">>(
  tables: T,
  lexicon: HedgeLexicon,
  options: WithLexiconOptions = {},
): T {
  const found = findHedges(tables.sentences, lexicon, {attributions: tables.attributions, ...options});
  const hedges = options.voice ? found.filter((h) => h.voice === options.voice) : found;
  const updated = {...tables, hedges};
  return {...updated, outlets: outletTable(updated)};
}
