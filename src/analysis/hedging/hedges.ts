// PLACEHOLDER until issue 4 lands: finds nothing. Owned by the hedging work (src/analysis/hedging/).
import type {HedgeRow, SentenceRow} from "../types.js";
import type {HedgeLexicon} from "./lexicon.js";

/** Hedge and booster cues in each body sentence. */
export function findHedges(_sentences: SentenceRow[], _lexicon: HedgeLexicon): HedgeRow[] {
  return [];
}
