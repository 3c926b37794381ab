// PLACEHOLDER until issue 4 lands. The lexicon is data: src/reference/hedges.json.
export interface HedgeLexicon {
  cues: unknown[];
}
