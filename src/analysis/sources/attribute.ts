// PLACEHOLDER until issue 3 lands: finds nothing. Owned by the sourcing work (src/analysis/sources/).
import type {AttributionRow, QuoteRow, SentenceRow} from "../types.js";
import type {SourceRegistry} from "./registry.js";

export interface Sourcing {
  attributions: AttributionRow[];
  quotes: QuoteRow[];
}

/** Who each body sentence is attributed to, and the quotes it carries. */
export function attributeSentences(_sentences: SentenceRow[], _registry: SourceRegistry): Sourcing {
  return {attributions: [], quotes: []};
}
